import { assertText, RowErrors, TEXT_LIMITS, unknownReference } from '../../graphql/batch';
import type { AccountReference } from '../../db/references';

/**
 * What the relation batches (ownerships, council seats, mandates, leases) share on top of the
 * kernel's batch helpers (graphql/batch.ts): code checks that record a row's error instead of
 * stopping, references resolved in the kernel's words, date order, the account holder check, and
 * dates read back for the access automation. Each service keeps its own parse → look up → check →
 * upsert → automation sequence in plain sight: the steps differ in every batch (a mandate's lots,
 * a council's president check), and a callback skeleton would hide what each one writes.
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

/**
 * What a row's code names in the agency (a map from a kernel look-up, db/references.ts); an
 * unknown code is recorded in the same words whether it is missing or another agency's. A code
 * whose own check failed (undefined) has its error already and is not looked up.
 */
export function referenceOf<T>(errors: RowErrors, field: string, code: string | null | undefined, found: ReadonlyMap<string, T>, what: string): T | undefined {
  if (!code) return undefined;
  const reference = found.get(code);
  if (reference === undefined) unknownReference(errors, field, what);
  return reference;
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

/**
 * A date the batch set or moved (`RETURNING` the new value beside the one the statement replaced):
 * what runs the access automation of a sale, a notice or a departure; resending it runs nothing.
 */
export function isNewlySet(date: string | Date | null, previous: string | Date | null): date is string | Date {
  return date !== null && (previous === null || dateText(date) !== dateText(previous));
}

/** A `date` column read through raw SQL: postgres.js gives 'YYYY-MM-DD', PGlite may give a Date. */
export function dateText(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
