/**
 * Palier's days are the agencies' days: French calendar days (Europe/Paris). The SPA sends the
 * day its French user sees, so the database session runs in this time zone (`current_date` is
 * that day, for every connection: client.ts) and the API's own "today" is read here. With UTC on
 * one side, a document published just after midnight in Paris was scheduled for the next day and
 * shown to nobody for an hour or two.
 */
export const AGENCY_TIME_ZONE = 'Europe/Paris';

const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: AGENCY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The agency's day of an instant, as 'YYYY-MM-DD'. */
export function agencyDay(at: Date): string {
  return dayOf.format(at);
}

/** The agency's day now, as 'YYYY-MM-DD'. */
export function agencyToday(): string {
  return dayOf.format(new Date());
}

/** A calendar day moved by whole days ('2026-12-31' + 1 → '2027-01-01'), whatever the time zone's clock changes. */
export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
