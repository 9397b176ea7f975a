import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The API's `extensions.code` values (api/src/graphql/errors.ts). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'TOO_MANY_ATTEMPTS'
  | 'INTERNAL_SERVER_ERROR';

/** A BAD_USER_INPUT error reduced to what a form needs: the input path's last name and the reason. */
export type FieldError = { field: string; reason: string };

function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The first error code of a failed operation, or null for a network failure. */
export function errorCodeOf(error: unknown): ApiErrorCode | null {
  for (const item of graphQLErrorsOf(error)) {
    const code = item.extensions?.code;
    if (typeof code === 'string') return code as ApiErrorCode;
  }
  return null;
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return graphQLErrorsOf(error).some((item) => item.extensions?.code === code);
}

/**
 * BAD_USER_INPUT errors with their field: `extensions.field` is an input path
 * ("input.newPassword" or "newPassword"), forms know their fields by the last segment.
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return graphQLErrorsOf(error).flatMap((item) => {
    const { code, field, reason } = item.extensions ?? {};
    if (code !== 'BAD_USER_INPUT' || typeof field !== 'string') return [];
    return [{ field: field.split('.').pop() ?? field, reason: typeof reason === 'string' ? reason : 'INVALID_VALUE' }];
  });
}

/** Seconds until a locked sign-in may be tried again (TOO_MANY_ATTEMPTS). */
export function retryAfterSecondsOf(error: unknown): number | null {
  for (const item of graphQLErrorsOf(error)) {
    const seconds = item.extensions?.retryAfterSeconds;
    if (item.extensions?.code === 'TOO_MANY_ATTEMPTS' && typeof seconds === 'number') return seconds;
  }
  return null;
}

/** True when no GraphQL answer came back at all (offline, server down, proxy error). */
export function isNetworkFailure(error: unknown): boolean {
  if (ServerError.is(error) || ServerParseError.is(error)) return true;
  // fetch() rejects with a TypeError when the network is down ("Failed to fetch", "NetworkError…").
  return error instanceof TypeError && /fetch|network|load failed/i.test(error.message);
}
