import { and, eq } from 'drizzle-orm';
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
  const shareRows = await db.select().from(assemblyParticipantShares).where(inAssembly(assemblyParticipantShares));
  const postalRows = await db.select().from(postalVotes).where(inAssembly(postalVotes));
  const voteRows = await db.select().from(assemblyVotes).where(inAssembly(assemblyVotes));

  const shares = new Map<string, Map<string, string>>();
  for (const row of shareRows) nested(shares, row.participantId).set(row.allocationKeyId, row.shares);
  const postal = new Map<string, Map<string, PostalChoice>>();
  for (const row of postalRows) nested(postal, row.participantId).set(row.resolutionId, row.choice);
  const votes: AssemblyState['votes'] = new Map();
  for (const row of voteRows) {
    let ballots = votes.get(row.resolutionId);
    if (!ballots) votes.set(row.resolutionId, (ballots = { FIRST: new Map(), SECOND: new Map() }));
    ballots[row.ballot].set(row.participantId, row.choice);
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

export function engineResolution(state: AssemblyState, resolution: ResolutionRow): EngineResolution {
  const shares = new Map<string, string>();
  for (const participant of state.participants) {
    const held = state.shares.get(participant.id)?.get(resolution.allocationKeyId);
    if (held) shares.set(participant.id, held);
  }
  const ballots = state.votes.get(resolution.id);
  return {
    id: resolution.id,
    index: state.resolutions.indexOf(resolution),
    majority: resolution.majority,
    amended: resolution.amended,
    shares,
    firstVotes: ballots?.FIRST ?? new Map(),
    secondVotes: ballots?.SECOND ?? new Map(),
  };
}

/** Every resolution's result, by resolution id. */
export function computeResults(state: AssemblyState): Map<string, ResolutionResult> {
  const participants = engineParticipants(state);
  return new Map(state.resolutions.map((resolution) => [resolution.id, computeResolutionResult(engineResolution(state, resolution), participants)]));
}

/** The attendance screen's totals under the AG's attendance key. */
export function attendanceOf(state: AssemblyState): AttendanceSummary {
  return summariseAttendance(
    state.participants.map((participant) => ({ status: participant.status, shares: state.shares.get(participant.id)?.get(state.assembly.attendanceKeyId) ?? '0' })),
  );
}
