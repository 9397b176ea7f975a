import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiErrorCode, ApiErrorReason } from './api-errors.generated';

// The lists come from the API (api-errors.generated.ts), so that a renamed code or reason breaks
// the build here instead of silently never matching.
export type { ApiErrorCode, ApiErrorReason };

/** A BAD_USER_INPUT error reduced to what a form needs: the input path's last name and the reason. */
export type FieldError = { field: string; reason: ApiErrorReason };

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

/**
 * True when the API refused because the agency switched the module off (FORBIDDEN with reason
 * MODULE_DISABLED): the viewer has the right, the agency does not offer the service, so the
 * page says so instead of "you are not allowed".
 */
export function isModuleDisabled(error: unknown): boolean {
  return graphQLErrorsOf(error).some((item) => item.extensions?.code === 'FORBIDDEN' && item.extensions.reason === ('MODULE_DISABLED' satisfies ApiErrorReason));
}

/**
 * BAD_USER_INPUT errors with their field: `extensions.field` is an input path
 * ("input.newPassword" or "newPassword"), forms know their fields by the last segment.
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return graphQLErrorsOf(error).flatMap((item) => {
    const { code, field, reason } = item.extensions ?? {};
    if (code !== 'BAD_USER_INPUT' || typeof field !== 'string') return [];
    return [{ field: field.split('.').pop() ?? field, reason: typeof reason === 'string' ? (reason as ApiErrorReason) : 'INVALID_VALUE' }];
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
