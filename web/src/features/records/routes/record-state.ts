import { errorCodeOf, fieldErrorsOf } from '../../../app/errors';

/** Loading / not found / error of a `node(id)` query, as RecordPage shows them. */
export function recordState(data: unknown, error: unknown, isFound: boolean, onRetry: () => void) {
  // A forged or malformed id is "not found" as much as a missing one.
  const isInvalidId = fieldErrorsOf(error).some((item) => item.reason === 'INVALID_ID') || errorCodeOf(error) === 'NOT_FOUND';
  return { isLoading: !data && !error, isMissing: (Boolean(data) && !isFound) || isInvalidId, error, onRetry };
}
