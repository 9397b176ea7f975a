import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ApiErrorReason } from '../../app/errors';

/** Field path inside the form's one row ("emails[1]", "postalAddress.city", "shares[0].shares") → message id. */
export type RowErrors = Record<string, string>;

/**
 * The BAD_USER_INPUT errors of a one-row batch, keyed by the path inside the row: the batch says
 * `persons[0].emails[1]` (and lists every error in `extensions.errors`), the form knows
 * `emails[1]`. A path naming only the batch (`persons`) or the row itself lands on `''`, the
 * form's own alert. Other errors give an empty map.
 */
export function rowErrorsOf(error: unknown): RowErrors {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const found: RowErrors = {};
  for (const item of error.errors) {
    const extensions = item.extensions ?? {};
    if (extensions.code !== 'BAD_USER_INPUT') continue;
    const listed = Array.isArray(extensions.errors) ? (extensions.errors as { field?: unknown; reason?: unknown }[]) : [{ field: extensions.field, reason: extensions.reason }];
    for (const entry of listed) {
      if (typeof entry.field !== 'string') continue;
      const path = rowPath(entry.field);
      const reason = (typeof entry.reason === 'string' ? entry.reason : 'INVALID_VALUE') as ApiErrorReason;
      found[path] ??= `errors.${reason}`;
    }
  }
  return found;
}

// The batch arguments of the write API (`upsertPersons(persons:)`, `upsertAllocationKeys(keys:)`…).
const BATCH_ARGUMENT = /^(persons|entities|buildings|keys|lots|ownerships|memberships|mandates|leases)(\[\d+\])?\.?/;

/** "persons[0].emails[1]" → "emails[1]"; "noticeDate" → "noticeDate"; "persons" or "persons[0]" → "". */
export function rowPath(field: string): string {
  return field.replace(BATCH_ARGUMENT, '');
}
