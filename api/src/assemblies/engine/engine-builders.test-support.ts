/** Small builders for the engine's tests: participants and one resolution from plain rows. */
import type { EngineParticipant } from './presence';
import type { EngineResolution } from './resolution-result';
import type { AttendanceStatus, Majority, PostalChoice, VoteChoice } from './vocabulary';

export interface Row {
  name: string;
  shares: string;
  status?: AttendanceStatus;
  vote?: VoteChoice;
  second?: VoteChoice;
  postal?: PostalChoice;
  late?: boolean;
  proxyHolder?: string;
  arrival?: { fromIndex: number; status: 'PRESENT' | 'REMOTE' };
  departure?: { fromIndex: number };
}

export function participantsOf(rows: readonly Row[], resolutionId = 'r'): EngineParticipant[] {
  return rows.map((row) => ({
    id: row.name,
    displayName: row.name,
    status: row.status ?? (row.postal ? 'POSTAL' : 'PRESENT'),
    proxyHolderId: row.proxyHolder ?? null,
    postalFormValid: !row.late,
    postalChoices: new Map(row.postal ? [[resolutionId, row.postal]] : []),
    arrival: row.arrival ?? null,
    departure: row.departure ?? null,
  }));
}

export function resolutionOf(rows: readonly Row[], majority: Majority, options: { amended?: boolean; index?: number } = {}): EngineResolution {
  return {
    id: 'r',
    index: options.index ?? 0,
    majority,
    amended: options.amended ?? false,
    shares: new Map(rows.map((row) => [row.name, row.shares])),
    firstVotes: new Map(rows.flatMap((row) => (row.vote ? [[row.name, row.vote] as const] : []))),
    secondVotes: new Map(rows.flatMap((row) => (row.second ? [[row.name, row.second] as const] : []))),
  };
}
