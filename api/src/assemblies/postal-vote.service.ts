import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { assemblyParticipants, postalVotes } from '../db/schema';
import type { Executor } from '../db/client';
import type { Ctx } from '../graphql/context';
import { badInput, conflict, forbidden, notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import { assertOpen, auditAs, visibleAssembly } from './assembly-access';
import { readAssemblyState, type AssemblyRow, type ParticipantRow } from './assembly-state';
import type { CastPostalVoteInput, PostalChoiceInput, RecordPostalVoteInput } from './assembly.inputs';
import { assemblyDay, isOnlinePostalVoteOpen } from './engine/postal-deadline';

/** Each resolution once, each of this AG; decoded before any write. */
function decodeChoices(choices: PostalChoiceInput[], resolutionIds: Set<string>) {
  const seen = new Set<string>();
  return choices.map((choice, i) => {
    const field = `choices[${i}].resolutionId`;
    const resolutionId = expectGlobalId(choice.resolutionId, 'Resolution', field);
    if (!resolutionIds.has(resolutionId)) throw badInput(field, 'UNKNOWN_REFERENCE', 'Not a resolution of this AG');
    if (seen.has(resolutionId)) throw badInput(field, 'DUPLICATE_IN_BATCH', 'The same resolution twice');
    seen.add(resolutionId);
    return { resolutionId, choice: choice.choice };
  });
}

/** Replaces a participant's postal form: its date, its choices (a resolution left out is "not voting"). */
async function writeForm(
  tx: Executor,
  assembly: AssemblyRow,
  participant: ParticipantRow,
  form: { receivedOn: string; castAt: Date | null; choices: { resolutionId: string; choice: string }[] },
): Promise<ParticipantRow> {
  await tx.delete(postalVotes).where(and(eq(postalVotes.agencyId, assembly.agencyId), eq(postalVotes.participantId, participant.id)));
  if (form.choices.length) {
    await tx.execute(sql`
      INSERT INTO ${postalVotes} (agency_id, assembly_id, participant_id, resolution_id, choice)
      SELECT ${assembly.agencyId}::uuid, ${assembly.id}::uuid, ${participant.id}::uuid, v.resolution_id, v.choice::postal_choice
      FROM unnest(${sql.param(form.choices.map((c) => c.resolutionId))}::uuid[], ${sql.param(form.choices.map((c) => c.choice))}::text[]) AS v(resolution_id, choice)`);
  }
  const [row] = await tx
    .update(assemblyParticipants)
    .set({ status: 'POSTAL', proxyHolderParticipantId: null, proxyHolderName: null, postalFormReceivedOn: form.receivedOn, postalCastAt: form.castAt })
    .where(and(eq(assemblyParticipants.agencyId, participant.agencyId), eq(assemblyParticipants.id, participant.id)))
    .returning();
  return row;
}

/**
 * A paper form entered by a manager with the day it was received ("Particularités des votes par
 * correspondance"); a late one is kept and its holder counts as absent.
 */
export async function recordPostalVote(ctx: Ctx, input: RecordPostalVoteInput): Promise<ParticipantRow> {
  assertCan(ctx.actor, 'assembly.manage');
  const participant = await ctx.loaders.participantById.load(expectGlobalId(input.participantId, 'AssemblyParticipant', 'participantId'));
  if (!participant) throw notFound('AssemblyParticipant');
  const assembly = await ctx.loaders.assemblyById.load(participant.assemblyId);
  if (!assembly) throw notFound('AssemblyParticipant');
  assertOpen(assembly);
  return ctx.db.transaction(async (tx) => {
    const state = await readAssemblyState(tx, assembly);
    const choices = decodeChoices(input.choices, new Set(state.resolutions.map((r) => r.id)));
    // Someone present holding proxies cannot become a postal voter under them.
    if (state.participants.some((other) => other.proxyHolderParticipantId === participant.id)) {
      throw badInput('participantId', 'PROXY_HOLDER_INVALID', 'This participant holds proxies: reassign them first');
    }
    await auditAs(tx, ctx.actor);
    return writeForm(tx, assembly, participant, { receivedOn: input.receivedOn, castAt: null, choices });
  });
}

/**
 * The signed-in co-owner's own postal vote, online, until the end of the deadline day (three
 * clear days before the AG); refused after with CONFLICT POSTAL_VOTE_CLOSED. It may be changed
 * until then. Answers what was sent and when.
 */
export async function castPostalVote(ctx: Ctx, input: CastPostalVoteInput, now = new Date()): Promise<ParticipantRow> {
  assertCan(ctx.actor, 'assembly.castPostalVote');
  const assembly = await visibleAssembly(ctx, input.assemblyId);
  const participant = await ctx.loaders.viewerParticipantOf.load(assembly.id);
  if (!participant) throw forbidden('assembly.castPostalVote');
  assertOpen(assembly);
  if (!isOnlinePostalVoteOpen(now, assembly.startsAt)) throw conflict('POSTAL_VOTE_CLOSED', 'The postal vote closed three clear days before the AG');
  return ctx.db.transaction(async (tx) => {
    const state = await readAssemblyState(tx, assembly);
    const choices = decodeChoices(input.choices, new Set(state.resolutions.map((r) => r.id)));
    if (state.participants.some((other) => other.proxyHolderParticipantId === participant.id)) {
      throw badInput('assemblyId', 'PROXY_HOLDER_INVALID', 'You hold proxies for this AG: ask the syndic');
    }
    await auditAs(tx, ctx.actor);
    return writeForm(tx, assembly, participant, { receivedOn: assemblyDay(now), castAt: now, choices });
  });
}
