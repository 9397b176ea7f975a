import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { assemblyParticipants, resolutions } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { badInput, conflict, notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import { assertOpen } from './assembly-access';
import type { AssemblyRow, ParticipantRow } from './assembly-state';
import type { RecordArrivalInput, RecordDepartureInput } from './assembly.inputs';

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

async function participantToRun(ctx: Ctx, participantId: string): Promise<{ participant: ParticipantRow; assembly: AssemblyRow }> {
  assertCan(ctx.actor, 'assembly.manage');
  const participant = await ctx.loaders.participantById.load(expectGlobalId(participantId, 'AssemblyParticipant', 'participantId'));
  if (!participant) throw notFound('AssemblyParticipant');
  const assembly = await ctx.loaders.assemblyById.load(participant.assemblyId);
  if (!assembly) throw notFound('AssemblyParticipant');
  assertOpen(assembly);
  return { participant, assembly };
}

/** The resolution number must be on the agenda: it is where the change starts to count. */
async function assertOnAgenda(ctx: Ctx, assembly: AssemblyRow, number: string): Promise<string> {
  const trimmed = number.trim();
  const [row] = await ctx.db
    .select({ id: resolutions.id })
    .from(resolutions)
    .where(and(eq(resolutions.agencyId, assembly.agencyId), eq(resolutions.assemblyId, assembly.id), eq(resolutions.number, trimmed)));
  if (!row) throw badInput('fromResolutionNumber', 'UNKNOWN_REFERENCE', 'No resolution with that number on the agenda');
  return trimmed;
}

function assertTime(time: string): string {
  if (!TIME.test(time.trim())) throw badInput('time', 'INVALID_VALUE', 'A time HH:MM');
  return time.trim();
}

async function update(ctx: Ctx, participant: ParticipantRow, patch: Partial<typeof assemblyParticipants.$inferInsert>): Promise<ParticipantRow> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(assemblyParticipants)
      .set(patch)
      .where(and(eq(assemblyParticipants.agencyId, participant.agencyId), eq(assemblyParticipants.id, participant.id)))
      .returning();
    return row;
  });
}

/**
 * "Arrivée en cours d'AG": from that resolution on the co-owner votes in the room or remotely; a
 * postal form is set aside from then on (its choices still count before).
 */
export async function recordArrival(ctx: Ctx, input: RecordArrivalInput): Promise<ParticipantRow> {
  const { participant, assembly } = await participantToRun(ctx, input.participantId);
  const time = assertTime(input.time);
  if (participant.status === 'PRESENT' || participant.status === 'REMOTE') throw conflict('ALREADY_PRESENT', 'Already present from the start');
  const number = await assertOnAgenda(ctx, assembly, input.fromResolutionNumber);
  return update(ctx, participant, { arrivalResolutionNumber: number, arrivalTime: time, arrivalStatus: input.status });
}

/** "Départ en cours d'AG": absent from that resolution on. */
export async function recordDeparture(ctx: Ctx, input: RecordDepartureInput): Promise<ParticipantRow> {
  const { participant, assembly } = await participantToRun(ctx, input.participantId);
  const time = assertTime(input.time);
  const number = await assertOnAgenda(ctx, assembly, input.fromResolutionNumber);
  return update(ctx, participant, { departureResolutionNumber: number, departureTime: time });
}
