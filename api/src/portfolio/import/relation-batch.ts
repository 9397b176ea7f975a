import { writerAgencyId } from '../../graphql/batch';
import { assertCan } from '../../auth/policy';
import type { Ctx } from '../../graphql/context';
import { assertText, RowErrors, TEXT_LIMITS } from '../../graphql/batch';
import type { AccountReference } from '../../db/references';

/**
 * What the relation batches (ownerships, council seats, mandates, leases) share on top of the
 * kernel's batch helpers (graphql/batch.ts): the writer's agency, code checks that record a row's
 * error instead of stopping, date order, and the account holder check.
 */

/** The agency of a writer allowed `action` (managers, `portfolio:write` integrators). */
export function writerAgency(ctx: Ctx, action: Parameters<typeof assertCan>[1]): string {
  assertCan(ctx.actor, action);
  return writerAgencyId(ctx.actor);
}

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

/** A reference the caller's agency does not hold: the same words whether it is missing or elsewhere. */
export function unknownReference(errors: RowErrors, field: string, what: string): void {
  errors.add(field, 'UNKNOWN_REFERENCE', `No ${what} with this code in the agency`);
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

/** The row number of an input path (`leases[12].lotCode` → 12). */
const rowIndex = (field: string) => Number(/\[(\d+)\]/.exec(field)?.[1] ?? -1);

/**
 * Throws the batch's errors in row order (checks run in passes: texts first, then references),
 * so that `field`/`reason` name the first bad row and the list reads like the file.
 */
export function throwIfBadRows(errors: RowErrors): void {
  errors.list.sort((a, b) => rowIndex(a.field) - rowIndex(b.field));
  errors.throwIfAny();
}
