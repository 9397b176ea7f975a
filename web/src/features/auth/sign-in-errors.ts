import { errorCodeOf, fieldErrorsOf, isNetworkFailure, retryAfterSecondsOf } from '../../app/errors';

export type SignInField = 'identifier' | 'password';

/** What the sign-in form shows for a failed `login`: a field's message, or one for the form. */
export type SignInError = { kind: 'field'; field: SignInField; messageId: string } | { kind: 'locked'; retryAfterSeconds: number } | { kind: 'form'; messageId: string };

/**
 * INVALID_CREDENTIALS never says which of the two was wrong (the API will not either);
 * ACCESS_DISABLED is about the identifier; TOO_MANY_ATTEMPTS carries the wait.
 */
export function signInErrorOf(error: unknown): SignInError {
  const retryAfterSeconds = retryAfterSecondsOf(error);
  if (retryAfterSeconds !== null) return { kind: 'locked', retryAfterSeconds };
  const [fieldError] = fieldErrorsOf(error);
  if (fieldError) {
    const field: SignInField = fieldError.field === 'identifier' ? 'identifier' : 'password';
    return { kind: 'field', field, messageId: `errors.${fieldError.reason}` };
  }
  if (isNetworkFailure(error)) return { kind: 'form', messageId: 'app.error.network' };
  if (errorCodeOf(error) === 'TOO_MANY_ATTEMPTS') return { kind: 'locked', retryAfterSeconds: 15 * 60 };
  return { kind: 'form', messageId: 'app.error.unexpected' };
}

/** Whole minutes to wait, at least one ("réessayez dans 15 minutes"). */
export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
