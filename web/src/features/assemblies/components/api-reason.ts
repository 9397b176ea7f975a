import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { IntlShape } from 'react-intl';
import { errorMessageIdOf } from '../../../app/error-message-id';

/** The reason of a CONFLICT or BAD_USER_INPUT answer (POSTAL_VOTE_CLOSED, PROXY_LIMIT_EXCEEDED…). */
export function reasonOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const item of error.errors) {
    const reason = item.extensions?.reason;
    if (typeof reason === 'string') return reason;
  }
  return null;
}

/**
 * The message for a refused write: the rule's own words when the app has them
 * (`errors.POSTAL_VOTE_CLOSED`, `errors.PROXY_LIMIT_EXCEEDED`…), the app-wide one otherwise. In a
 * room full of co-owners, "refused" is not enough: the manager must say which rule refused.
 */
export function writeErrorMessage(intl: IntlShape, error: unknown): string {
  const reason = reasonOf(error);
  const id = reason && `errors.${reason}` in intl.messages ? `errors.${reason}` : errorMessageIdOf(error);
  return intl.formatMessage({ id });
}
