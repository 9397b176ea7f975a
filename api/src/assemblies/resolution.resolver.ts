import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { GuardedBy, Policy } from '../auth/declarations';
import type { Ctx } from '../graphql/context';
import { toGlobalId } from '../graphql/node';
import { AllocationKey } from '../portfolio/portfolio.types';
import { computeResults, type AssemblyRow, type AssemblyState, type ResolutionRow } from './assembly-state';
import { RecordUnanimousVoteInput, RecordVotesInput } from './assembly.inputs';
import { Art22Reduction, AssemblyParticipant, Resolution, ResolutionResult } from './assembly.types';
import type { Art22Reduction as Art22Row, ResolutionResult as ResultRow } from './engine/resolution-result';
import { amendResolution } from './resolution.service';
import { recordUnanimousVote, recordVotes } from './vote.service';

/** Results are computed once per AG state and request. */
const resultsOf = new WeakMap<AssemblyState, Map<string, ResultRow>>();
export function resultsFor(state: AssemblyState): Map<string, ResultRow> {
  let results = resultsOf.get(state);
  if (!results) resultsOf.set(state, (results = computeResults(state)));
  return results;
}

@Resolver(() => Resolution)
export class ResolutionResolver {
  @FieldResolver(() => ID)
  id(@Root() resolution: ResolutionRow) {
    return toGlobalId('Resolution', resolution.id);
  }

  @FieldResolver(() => AllocationKey, { nullable: true, description: 'The key its shares come from (null where the key is not visible).' })
  allocationKey(@Root() resolution: ResolutionRow, @Context() ctx: Ctx) {
    return ctx.loaders.allocationKeyById.loadNow(resolution.allocationKeyId);
  }

  @GuardedBy('resolution.readResult', (resolution: ResolutionRow, ctx: Ctx): Promise<AssemblyRow | null> => ctx.loaders.assemblyById.load(resolution.assemblyId))
  @FieldResolver(() => ResolutionResult, {
    nullable: true,
    description:
      "The result computed on the server from the key (managers and assemblies integrators; everyone once the minutes are published; nobody reads others' votes before).",
  })
  async result(@Root() resolution: ResolutionRow, @Context() ctx: Ctx): Promise<ResultRow | null> {
    const state = await ctx.loaders.assemblyState.load(resolution.assemblyId);
    return state ? (resultsFor(state).get(resolution.id) ?? null) : null;
  }
}

@Resolver(() => Art22Reduction)
export class Art22ReductionResolver {
  @FieldResolver(() => AssemblyParticipant, { nullable: true })
  participant(@Root() reduction: Art22Row, @Context() ctx: Ctx) {
    return ctx.loaders.participantById.loadNow(reduction.participantId);
  }
}

@Resolver()
export class ResolutionRootResolver {
  @Policy('assembly.manage')
  @Mutation(() => Resolution, { description: 'Marks a resolution amended during the AG: favourable postal votes on it become défaillants.' })
  amendResolution(@Arg('resolutionId', () => ID) resolutionId: string, @Context() ctx: Ctx) {
    return amendResolution(ctx, resolutionId);
  }

  @Policy('assembly.recordVotes')
  @Mutation(() => Resolution, { description: 'Votes of the room or of a remote-voting provider on one ballot; the second starts as a copy of the first; send only what changes.' })
  recordVotes(@Arg('input', () => RecordVotesInput) input: RecordVotesInput, @Context() ctx: Ctx) {
    return recordVotes(ctx, input);
  }

  @Policy('assembly.recordVotes')
  @Mutation(() => Resolution, { description: 'The unanimity buttons: one choice for everyone voting in the room or remotely; postal choices untouched.' })
  recordUnanimousVote(@Arg('input', () => RecordUnanimousVoteInput) input: RecordUnanimousVoteInput, @Context() ctx: Ctx) {
    return recordUnanimousVote(ctx, input);
  }
}
