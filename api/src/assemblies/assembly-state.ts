import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { assemblyParticipants, assemblyParticipantShares, assemblyVotes, generalAssemblies, postalVotes, resolutions } from '../db/schema';
import { summariseAttendance, type AttendanceSummary } from './engine/attendance-summary';
import { assemblyDay, isPostalFormOnTime } from './engine/postal-deadline';
import type { EngineParticipant } from './engine/presence';
import { compareResolutionNumbers } from './engine/resolution-order';
import { computeResolutionResult, type EngineResolution, type ResolutionResult } from './engine/resolution-result';
import type { PostalChoice, VoteChoice } from './engine/vocabulary';

export type AssemblyRow = typeof generalAssemblies.$inferSelect;
export type ParticipantRow = typeof assemblyParticipants.$inferSelect;
export type ResolutionRow = typeof resolutions.$inferSelect;

/**
 * Everything one AG's computations need, read in five statements whatever the number of
 * participants and resolutions. Only for an assembly the caller already loaded through its row
 * scope: the figures it gives are guarded by `assembly.readTally`.
 */
export interface AssemblyState {
  assembly: AssemblyRow;
  participants: ParticipantRow[];
  /** Resolutions in agenda order ("5" < "5.1" < "6" < "10"). */
  resolutions: ResolutionRow[];
  /** participantId → allocationKeyId → shares. */
  shares: Map<string, Map<string, string>>;
  postal: Map<string, Map<string, PostalChoice>>;
  /** resolutionId → ballot → participantId → choice. */
  votes: Map<string, { FIRST: Map<string, VoteChoice>; SECOND: Map<string, VoteChoice> }>;
}

const nested = <K, V>(map: Map<string, Map<K, V>>, key: string) => {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map<K, V>()));
  return inner;
};

export async function readAssemblyState(db: Executor, assembly: AssemblyRow): Promise<AssemblyState> {
  const inAssembly = (table: { agencyId: PgColumn; assemblyId: PgColumn }) => and(eq(table.agencyId, assembly.agencyId), eq(table.assemblyId, assembly.id));
  const participants = await db.select().from(assemblyParticipants).where(inAssembly(assemblyParticipants)).orderBy(assemblyParticipants.displayName, assemblyParticipants.id);
  const resolutionRows = await db.select().from(resolutions).where(inAssembly(resolutions));
  // Only the columns the engine reads: the votes are participants × resolutions rows (16 000 at 400 × 40).
  const shareRows = await db
    .select({ participantId: assemblyParticipantShares.participantId, allocationKeyId: assemblyParticipantShares.allocationKeyId, shares: assemblyParticipantShares.shares })
    .from(assemblyParticipantShares)
    .where(inAssembly(assemblyParticipantShares));
  const postalRows = await db
    .select({ participantId: postalVotes.participantId, resolutionId: postalVotes.resolutionId, choice: postalVotes.choice })
    .from(postalVotes)
    .where(inAssembly(postalVotes));
  // The votes are participants × resolutions (16 000 at 400 × 40): one row per resolution and
  // ballot, "participantId:choice,…", so neither the driver nor Drizzle maps 16 000 rows.
  const voteRows = await db
    .select({
      resolutionId: assemblyVotes.resolutionId,
      ballot: assemblyVotes.ballot,
      votes: sql<string>`string_agg(${assemblyVotes.participantId}::text || ':' || ${assemblyVotes.choice}::text, ',')`,
    })
    .from(assemblyVotes)
    .where(inAssembly(assemblyVotes))
    .groupBy(assemblyVotes.resolutionId, assemblyVotes.ballot);

  const shares = new Map<string, Map<string, string>>();
  for (const row of shareRows) nested(shares, row.participantId).set(row.allocationKeyId, row.shares);
  const postal = new Map<string, Map<string, PostalChoice>>();
  for (const row of postalRows) nested(postal, row.participantId).set(row.resolutionId, row.choice);
  const votes: AssemblyState['votes'] = new Map();
  for (const row of voteRows) {
    let ballots = votes.get(row.resolutionId);
    if (!ballots) votes.set(row.resolutionId, (ballots = { FIRST: new Map(), SECOND: new Map() }));
    const ballot = ballots[row.ballot];
    for (const entry of row.votes.split(',')) {
      const colon = entry.indexOf(':');
      ballot.set(entry.slice(0, colon), entry.slice(colon + 1) as VoteChoice);
    }
  }
  return {
    assembly,
    participants,
    resolutions: resolutionRows.sort((a, b) => compareResolutionNumbers(a.number, b.number)),
    shares,
    postal,
    votes,
  };
}

/** Whether a participant's postal form counts (received three clear days before the AG). */
export function isPostalFormValid(participant: Pick<ParticipantRow, 'status' | 'postalFormReceivedOn'>, assembly: Pick<AssemblyRow, 'startsAt'>): boolean {
  return participant.postalFormReceivedOn !== null && isPostalFormOnTime(participant.postalFormReceivedOn, assemblyDay(assembly.startsAt));
}

/** The agenda position of a resolution number (arrivals and departures); -1 when unknown. */
export function indexOfNumber(state: Pick<AssemblyState, 'resolutions'>, number: string | null): number {
  return number === null ? -1 : state.resolutions.findIndex((resolution) => resolution.number === number);
}

export function engineParticipants(state: AssemblyState): EngineParticipant[] {
  return state.participants.map((participant) => {
    const arrivalIndex = indexOfNumber(state, participant.arrivalResolutionNumber);
    const departureIndex = indexOfNumber(state, participant.departureResolutionNumber);
    return {
      id: participant.id,
      displayName: participant.displayName,
      status: participant.status,
      proxyHolderId: participant.proxyHolderParticipantId,
      postalFormValid: isPostalFormValid(participant, state.assembly),
      postalChoices: state.postal.get(participant.id) ?? new Map(),
      arrival: arrivalIndex >= 0 ? { fromIndex: arrivalIndex, status: participant.arrivalStatus === 'REMOTE' ? 'REMOTE' : 'PRESENT' } : null,
      departure: departureIndex >= 0 ? { fromIndex: departureIndex } : null,
    };
  });
}

/** Participant → shares under one key. */
function sharesUnder(state: AssemblyState, allocationKeyId: string): Map<string, string> {
  const shares = new Map<string, string>();
  for (const participant of state.participants) {
    const held = state.shares.get(participant.id)?.get(allocationKeyId);
    if (held) shares.set(participant.id, held);
  }
  return shares;
}

/**
 * One resolution as the engine reads it. `keyShares` hands every resolution of the same key the
 * same shares map, so the engine parses a key's shares once per AG rather than once per resolution.
 */
export function engineResolution(
  state: AssemblyState,
  resolution: ResolutionRow,
  index = state.resolutions.indexOf(resolution),
  keyShares: (allocationKeyId: string) => Map<string, string> = (keyId) => sharesUnder(state, keyId),
): EngineResolution {
  const ballots = state.votes.get(resolution.id);
  return {
    id: resolution.id,
    index,
    majority: resolution.majority,
    amended: resolution.amended,
    shares: keyShares(resolution.allocationKeyId),
    firstVotes: ballots?.FIRST ?? new Map(),
    secondVotes: ballots?.SECOND ?? new Map(),
  };
}

/** Every resolution's result, by resolution id: linear in participants × resolutions, each key's shares read once. */
export function computeResults(state: AssemblyState): Map<string, ResolutionResult> {
  const participants = engineParticipants(state);
  const byId = new Map(participants.map((participant) => [participant.id, participant]));
  const byKey = new Map<string, Map<string, string>>();
  const keyShares = (keyId: string) => {
    let shares = byKey.get(keyId);
    if (!shares) byKey.set(keyId, (shares = sharesUnder(state, keyId)));
    return shares;
  };
  return new Map(state.resolutions.map((resolution, index) => [resolution.id, computeResolutionResult(engineResolution(state, resolution, index, keyShares), participants, byId)]));
}

/** The attendance screen's totals under the AG's attendance key. */
export function attendanceOf(state: AssemblyState): AttendanceSummary {
  return summariseAttendance(
    state.participants.map((participant) => ({ status: participant.status, shares: state.shares.get(participant.id)?.get(state.assembly.attendanceKeyId) ?? '0' })),
  );
}
