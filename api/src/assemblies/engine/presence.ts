import type { AttendanceStatus, EffectiveVote, PostalChoice, VoteChoice } from './vocabulary';

/** A participant as the engine sees them; resolution positions are indexes in agenda order. */
export interface EngineParticipant {
  id: string;
  displayName: string;
  status: AttendanceStatus;
  /** The participant holding this one's proxy; null for a named third party or no proxy. */
  proxyHolderId: string | null;
  /** False for a form received after the deadline: its holder counts as absent everywhere. */
  postalFormValid: boolean;
  postalChoices: ReadonlyMap<string, PostalChoice>;
  arrival: { fromIndex: number; status: 'PRESENT' | 'REMOTE' } | null;
  departure: { fromIndex: number } | null;
}

/** How a participant takes part in the resolution at `index`. */
export type Presence = 'PRESENT' | 'REMOTE' | 'REPRESENTED' | 'POSTAL' | 'ABSENT';

/**
 * The participant's own presence at a resolution: the code entered, then the arrival and the
 * departure from their resolution on, in agenda order ("à 11:51, résolution 6"). An arrival sets
 * a postal form aside from then on: the co-owner votes in person.
 */
function ownPresence(participant: EngineParticipant, index: number): Presence {
  // Called for every member of every resolution (16 000 times for 400 × 40): no allocation here.
  let presence: Presence = participant.status === 'POSTAL' && !participant.postalFormValid ? 'ABSENT' : participant.status;
  const { arrival, departure } = participant;
  const arrived = arrival !== null && arrival.fromIndex <= index;
  const left = departure !== null && departure.fromIndex <= index;
  if (arrived && left) {
    // Both passed: the later one decides; at the same resolution the arrival comes first, so
    // "arrived and left at résolution 6" ends absent.
    return arrival.fromIndex > departure.fromIndex ? arrival.status : 'ABSENT';
  }
  if (arrived) presence = arrival.status;
  if (left) presence = 'ABSENT';
  return presence;
}

/**
 * Presence at a resolution, proxies included: a represented co-owner takes part only while their
 * proxy holder (a participant) is in the room or remote; a named third party stays all along.
 */
export function presenceAt(participant: EngineParticipant, index: number, byId: ReadonlyMap<string, EngineParticipant>): Presence {
  const own = ownPresence(participant, index);
  if (own !== 'REPRESENTED' || participant.proxyHolderId === null) return own;
  const holder = byId.get(participant.proxyHolderId);
  if (!holder) return 'ABSENT';
  const holderPresence = ownPresence(holder, index);
  return holderPresence === 'PRESENT' || holderPresence === 'REMOTE' ? 'REPRESENTED' : 'ABSENT';
}

/**
 * The vote that counts for a participant on one ballot of one resolution.
 * - absent (or late postal form): ABSENT;
 * - postal: the form's choice, on the first vote and on a passerelle's second vote alike; a
 *   resolution left off the form is NOT_VOTING; on an amended resolution a favourable postal
 *   vote is DEFAILLANT (decree of 1967, art. 17-1 A; manual "Annulation des votes favorables");
 * - in the room, remote or represented: the recorded vote, the second ballot starting as a copy
 *   of the first, NOT_VOTING when nothing was recorded.
 */
export function effectiveVote(input: {
  presence: Presence;
  participant: EngineParticipant;
  resolutionId: string;
  amended: boolean;
  firstVote: VoteChoice | undefined;
  secondVote: VoteChoice | undefined;
  ballot: 'FIRST' | 'SECOND';
}): EffectiveVote {
  if (input.presence === 'ABSENT') return 'ABSENT';
  if (input.presence === 'POSTAL') {
    const choice = input.participant.postalChoices.get(input.resolutionId);
    if (!choice) return 'NOT_VOTING';
    return input.amended && choice === 'YES' ? 'DEFAILLANT' : choice;
  }
  const recorded = input.ballot === 'SECOND' ? (input.secondVote ?? input.firstVote) : input.firstVote;
  return recorded ?? 'NOT_VOTING';
}
