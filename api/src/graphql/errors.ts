import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values; clients branch on these, never on messages. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'TOO_MANY_ATTEMPTS'
  | 'INTERNAL_SERVER_ERROR';

/** Reasons carried by BAD_USER_INPUT and CONFLICT; each has a French key `errors.<REASON>`. */
export type ErrorReason =
  /** The password is shorter than 8 characters. */
  | 'PASSWORD_TOO_SHORT'
  /** The password has no digit. */
  | 'PASSWORD_NEEDS_DIGIT'
  /** The password has no upper-case letter. */
  | 'PASSWORD_NEEDS_UPPERCASE'
  /** The password has no lower-case letter. */
  | 'PASSWORD_NEEDS_LOWERCASE'
  /** The password has no special character. */
  | 'PASSWORD_NEEDS_SPECIAL'
  /** The current password given to changePassword is wrong. */
  | 'WRONG_CURRENT_PASSWORD'
  /** The new password equals the current one. */
  | 'PASSWORD_UNCHANGED'
  /** Identifier or password is wrong (deliberately not saying which). */
  | 'INVALID_CREDENTIALS'
  /** The reset link is unknown, used or expired. */
  | 'INVALID_RESET_TOKEN'
  /** A page size outside 1..100. */
  | 'PAGE_SIZE_OUT_OF_RANGE'
  /** A cursor that this API did not issue. */
  | 'INVALID_CURSOR'
  /** A global id that does not decode or names another type. */
  | 'INVALID_ID'
  /** A value that is empty or malformed. */
  | 'INVALID_VALUE'
  /** The date is before the start of the lease or ownership. */
  | 'DATE_BEFORE_START'
  /** The client already has extranet access. */
  | 'ACCESS_ALREADY_ENABLED'
  /** An amount that is negative, has more than 2 decimals, or debit and credit both (un)set. */
  | 'INVALID_AMOUNT'
  /** A code or id in a batch row that names nothing in the agency. */
  | 'UNKNOWN_REFERENCE'
  /** The same back-office identifier twice in one batch. */
  | 'DUPLICATE_IN_BATCH'
  /** A ledger entry already loaded with other content: entries are immutable. */
  | 'LEDGER_ENTRY_IMMUTABLE'
  /** The end of a date range precedes its start. */
  | 'INVALID_RANGE'
  /** Extranet access is switched off for this client. */
  | 'ACCESS_DISABLED'
  /** The integrator scope does not exist. */
  | 'UNKNOWN_SCOPE';

function error(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const unauthenticated = () => error('UNAUTHENTICATED', 'Sign-in required');
export const forbidden = (action: string) => error('FORBIDDEN', `Not allowed: ${action}`, { action });
export const notFound = (entity: string) => error('NOT_FOUND', `${entity} not found`, { entity });
export const badInput = (field: string, reason: ErrorReason, message: string = reason) =>
  error('BAD_USER_INPUT', message, { field, reason });
export const conflict = (reason: ErrorReason, message: string = reason) => error('CONFLICT', message, { reason });
export const passwordChangeRequired = () =>
  error('PASSWORD_CHANGE_REQUIRED', 'The temporary password must be changed first');
export const tooManyAttempts = (retryAfterSeconds: number) =>
  error('TOO_MANY_ATTEMPTS', 'Too many failed sign-ins; try again later', { retryAfterSeconds });
