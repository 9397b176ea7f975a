import type { GraphQLFormattedError } from 'graphql';
import { requestStorage } from '../observability/request-context';
import { log } from '../observability/log';
import { APOLLO_CLIENT_CODES, ERROR_CODES } from './errors';

/** Codes whose messages are written for clients; anything else is masked. */
const CLIENT_CODES = new Set<string>([...Object.keys(ERROR_CODES).filter((code) => code !== 'INTERNAL_SERVER_ERROR'), ...APOLLO_CLIENT_CODES]);

/** PostgreSQL's fields that name what failed without quoting a value. */
const PG_FIELDS = ['code', 'severity', 'routine', 'constraint', 'constraint_name', 'table', 'table_name', 'column', 'column_name'] as const;

/**
 * An error as it may be logged. A failed SQL statement (Drizzle's DrizzleQueryError, whose message
 * lists the bound values: a label, an e-mail, a token hash) is logged as its statement text with
 * placeholders, PostgreSQL's code and names, and the stack without the message line.
 */
export function describeForLog(error: unknown): Record<string, unknown> {
  const query = (error as { query?: unknown })?.query;
  if (error instanceof Error && typeof query === 'string' && 'params' in error) {
    const cause = (error.cause ?? {}) as Record<string, unknown>;
    const pg = Object.fromEntries(PG_FIELDS.filter((field) => typeof cause[field] === 'string').map((field) => [field, cause[field]]));
    const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
    return { error: 'SQL statement failed', sql: query, pg, stack: frames.join('\n') };
  }
  return { error: String((error as Error)?.stack ?? error) };
}

/**
 * Masks and logs unknown errors (with the request id the client can quote); maps type-graphql's
 * UNAUTHORIZED to FORBIDDEN and PostgreSQL's unique violation (23505) to CONFLICT.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const original = (error as { originalError?: { code?: string; cause?: { code?: string } } })?.originalError;
  const pgCode = original?.code ?? original?.cause?.code;
  if (pgCode === '23505') {
    return { message: 'This value is already taken', path: formatted.path, extensions: { code: 'CONFLICT', reason: 'UNIQUE_VIOLATION' } };
  }
  if (code === 'UNAUTHORIZED') return { ...formatted, extensions: { code: 'FORBIDDEN' } };
  if (code && CLIENT_CODES.has(code)) {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const requestId = requestStorage.getStore()?.requestId;
  log({ level: 'error', msg: 'unexpected error', requestId, ...describeForLog((error as { originalError?: unknown })?.originalError ?? error) });
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
}
