import { badInput, notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';

/** Records one call may validate or bill: the benchmark's 4 000 records go in batches of this size. */
export const MAX_RECORDS_PER_CALL = 1_000;

/** Decoded, distinct record ids of a selection (1 to MAX_RECORDS_PER_CALL). */
export function recordIdsOf(globalIds: readonly string[]): string[] {
  if (globalIds.length === 0 || globalIds.length > MAX_RECORDS_PER_CALL) throw badInput('recordIds', 'INVALID_VALUE', `Select 1 to ${MAX_RECORDS_PER_CALL} records`);
  return [...new Set(globalIds.map((id, i) => expectGlobalId(id, 'TenantRegularisation', `recordIds[${i}]`)))];
}

/** Every id of the selection must name a visible record: one missing refuses the whole selection. */
export function assertAllFound<T>(rows: readonly (T | null | Error)[]): T[] {
  if (rows.some((row) => row === null || row instanceof Error)) throw notFound('TenantRegularisation');
  return rows as T[];
}

/** The 1st of the month `offset` months after `day`'s month ("the next rent calls"). */
export function firstOfMonthAfter(day: string, offset: number): string {
  const [year, month] = day.split('-').map(Number);
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
