import { assertText, RowErrors, TEXT_LIMITS, unknownReference } from '../../graphql/batch';
import type { AccountReference } from '../../db/references';

/**
 * What the relation batches (ownerships, council seats, mandates, leases) share on top of the
 * kernel's batch helpers (graphql/batch.ts): code checks that record a row's error instead of
 * stopping, date order, the account holder check, and dates read back for the access automation.
 */

/** A code (lot, building, external id) trimmed, or undefined with the row's error recorded. */
export function codeOf(errors: RowErrors, field: string, value: string): string | undefined {
  return errors.check(() => assertText(field, value, TEXT_LIMITS.code));
}

/** An optional code: null when blank. */
export function optionalCodeOf(errors: RowErrors, field: string, value: string | null | undefined): string | null | undefined {
  if (value == null || value.trim() === '') return null;
  return codeOf(errors, field, value);
}

/** Records DATE_BEFORE_START when `date` (set) precedes `start`. */
export function checkNotBefore(errors: RowErrors, field: string, start: string, date: string | null | undefined): void {
  if (date && date < start) errors.add(field, 'DATE_BEFORE_START', `${field} precedes the start date ${start}`);
}

/** The account given for a person's relation, when it is held by that person or by no one. */
export function accountOf(errors: RowErrors, field: string, account: AccountReference | undefined, personId: string | undefined): string | null {
  if (!account) {
    unknownReference(errors, field, 'account');
    return null;
  }
  if (account.personId && personId && account.personId !== personId) errors.add(field, 'ACCOUNT_OF_ANOTHER_PERSON', "The account is another person's");
  return account.id;
}

/** Two `date` values read through raw SQL are the same day (either may be null). */
export function sameDate(a: string | Date | null, b: string | Date | null): boolean {
  return a === null || b === null ? a === b : dateText(a) === dateText(b);
}

/** A `date` column read through raw SQL: postgres.js gives 'YYYY-MM-DD', PGlite may give a Date. */
export function dateText(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
