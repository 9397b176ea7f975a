import { Ctx as Context, FieldResolver, ID, Mutation, Arg, Resolver, Root } from 'type-graphql';
import { Guarded, Policy } from '../auth/declarations';
import type { Ctx } from '../graphql/context';
import { toGlobalId } from '../graphql/node';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { Person } from '../identity/identity.types';
import { recordArrival, recordDeparture } from './arrival.service';
import { isPostalFormValid, type ParticipantRow, type ResolutionRow } from './assembly-state';
import { CastPostalVoteInput, RecordArrivalInput, RecordDepartureInput, RecordPostalVoteInput } from './assembly.inputs';
import { AssemblyParticipant, AttendanceChange, PostalChoice, PostalVoteEntry, PostalVoteReceipt, Resolution } from './assembly.types';
import { castPostalVote, recordPostalVote } from './postal-vote.service';
import { compareResolutionNumbers } from './engine/resolution-order';

type ReceiptRow = { receivedOn: string; castAt: Date | null; participant: ParticipantRow; assemblyId: string };
type EntryRow = { choice: PostalChoice; resolution: ResolutionRow };

@Resolver(() => AssemblyParticipant)
export class AssemblyParticipantResolver {
  @FieldResolver(() => ID)
  id(@Root() participant: ParticipantRow) {
    return toGlobalId('AssemblyParticipant', participant.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person, where the viewer may see them.' })
  person(@Root() participant: ParticipantRow, @Context() ctx: Ctx) {
    return ctx.loaders.personById.loadNow(participant.personId);
  }

  @FieldResolver(() => AssemblyParticipant, { nullable: true, description: 'The participant holding the proxy (R), when it is one.' })
  proxyHolder(@Root() participant: ParticipantRow, @Context() ctx: Ctx) {
    return participant.proxyHolderParticipantId ? ctx.loaders.participantById.loadNow(participant.proxyHolderParticipantId) : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'For a postal voter (C): whether the form arrived three clear days before the AG; a late form counts as absent.' })
  async postalFormValid(@Root() participant: ParticipantRow, @Context() ctx: Ctx) {
    if (participant.status !== 'POSTAL') return null;
    const assembly = await ctx.loaders.assemblyById.load(participant.assemblyId);
    return assembly ? isPostalFormValid(participant, assembly) : null;
  }

  @FieldResolver(() => AttendanceChange, { nullable: true })
  arrival(@Root() participant: ParticipantRow) {
    return participant.arrivalResolutionNumber ? { resolutionNumber: participant.arrivalResolutionNumber, time: participant.arrivalTime } : null;
  }

  @FieldResolver(() => AttendanceChange, { nullable: true })
  departure(@Root() participant: ParticipantRow) {
    return participant.departureResolutionNumber ? { resolutionNumber: participant.departureResolutionNumber, time: participant.departureTime } : null;
  }

  @FieldResolver(() => DecimalScalar, { description: "Shares under the AG's attendance key on its date." })
  async shares(@Root() participant: ParticipantRow, @Context() ctx: Ctx) {
    const state = await ctx.loaders.assemblyState.load(participant.assemblyId);
    return state?.shares.get(participant.id)?.get(state.assembly.attendanceKeyId) ?? '0.00000';
  }

  @Guarded('participant.readPostalVote')
  @FieldResolver(() => PostalVoteReceipt, { nullable: true, description: 'The postal form: the co-owner who sent it and managers only.' })
  postalVote(@Root() participant: ParticipantRow): ReceiptRow | null {
    if (participant.status !== 'POSTAL' || !participant.postalFormReceivedOn) return null;
    return { receivedOn: participant.postalFormReceivedOn, castAt: participant.postalCastAt, participant, assemblyId: participant.assemblyId };
  }
}

@Resolver(() => PostalVoteReceipt)
export class PostalVoteReceiptResolver {
  @FieldResolver(() => AssemblyParticipant)
  participant(@Root() receipt: ReceiptRow) {
    return receipt.participant;
  }

  @FieldResolver(() => [PostalVoteEntry], { description: 'The answers, in agenda order; a resolution left out is "not voting".' })
  async choices(@Root() receipt: ReceiptRow, @Context() ctx: Ctx): Promise<EntryRow[]> {
    const state = await ctx.loaders.assemblyState.load(receipt.assemblyId);
    if (!state) return [];
    const answers = state.postal.get(receipt.participant.id) ?? new Map();
    return state.resolutions
      .filter((resolution) => answers.has(resolution.id))
      .sort((a, b) => compareResolutionNumbers(a.number, b.number))
      .map((resolution) => ({ resolution, choice: answers.get(resolution.id) as PostalChoice }));
  }
}

@Resolver(() => PostalVoteEntry)
export class PostalVoteEntryResolver {
  @FieldResolver(() => Resolution)
  resolution(@Root() entry: EntryRow) {
    return entry.resolution;
  }
}

@Resolver()
export class ParticipantRootResolver {
  @Policy('assembly.manage')
  @Mutation(() => AssemblyParticipant, { description: 'A paper postal form, entered with the day it was received (a late one is kept, its holder absent).' })
  recordPostalVote(@Arg('input', () => RecordPostalVoteInput) input: RecordPostalVoteInput, @Context() ctx: Ctx) {
    return recordPostalVote(ctx, input);
  }

  @Policy('assembly.castPostalVote')
  @Mutation(() => PostalVoteReceipt, {
    description: "The co-owner's own postal vote online, until the deadline (CONFLICT POSTAL_VOTE_CLOSED after): answers what was sent and when.",
  })
  async castPostalVote(@Arg('input', () => CastPostalVoteInput) input: CastPostalVoteInput, @Context() ctx: Ctx): Promise<ReceiptRow> {
    const participant = await castPostalVote(ctx, input);
    ctx.loaders.assemblyState.clear(participant.assemblyId);
    return { receivedOn: participant.postalFormReceivedOn!, castAt: participant.postalCastAt, participant, assemblyId: participant.assemblyId };
  }

  @Policy('assembly.manage')
  @Mutation(() => AssemblyParticipant, { description: '"Arrivée en cours d\'AG": votes from that resolution on (a postal form is set aside from then).' })
  recordArrival(@Arg('input', () => RecordArrivalInput) input: RecordArrivalInput, @Context() ctx: Ctx) {
    return recordArrival(ctx, input);
  }

  @Policy('assembly.manage')
  @Mutation(() => AssemblyParticipant, { description: '"Départ en cours d\'AG": absent from that resolution on.' })
  recordDeparture(@Arg('input', () => RecordDepartureInput) input: RecordDepartureInput, @Context() ctx: Ctx) {
    return recordDeparture(ctx, input);
  }
}
