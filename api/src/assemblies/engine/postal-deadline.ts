import { agencyDay } from '../../db/calendar';

/**
 * "Trois jours francs" (decree of 17 March 1967, art. 9 bis; manual "Vote par correspondance"):
 * neither the day the form arrives nor the day of the AG counts, so three whole days lie between
 * them. An AG on 13/07/2020 needs the form by 09/07/2020 (10, 11 and 12 are the clear days). No
 * shift for weekends or holidays: the decree has none.
 */
const DAY_MS = 86_400_000;

/** The last day a postal form may be received for an AG held on `assemblyDate` (YYYY-MM-DD). */
export function postalVoteDeadline(assemblyDate: string): string {
  const day = Date.parse(`${assemblyDate}T00:00:00Z`);
  if (Number.isNaN(day)) throw new RangeError(`not a date: ${assemblyDate}`);
  return new Date(day - 4 * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a form received on `receivedOn` counts; a late form is kept but its holder is absent. */
export function isPostalFormOnTime(receivedOn: string, assemblyDate: string): boolean {
  // ISO dates compare as strings.
  return receivedOn <= postalVoteDeadline(assemblyDate);
}

/** The AG's calendar day where it is held (France), from its start instant. */
export function assemblyDay(startsAt: Date): string {
  return agencyDay(startsAt);
}

/**
 * The online postal vote closes at the end of the deadline day, French time: the instant after
 * which `castPostalVote` answers POSTAL_VOTE_CLOSED.
 */
export function isOnlinePostalVoteOpen(now: Date, startsAt: Date): boolean {
  return assemblyDay(now) <= postalVoteDeadline(assemblyDay(startsAt));
}
