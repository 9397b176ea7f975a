import type { ErrorRequestHandler } from 'express';
import { describeForLog } from './graphql/format-error';
import { log } from './observability/log';
import { requestStorage } from './observability/request-context';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/** body-parser's failure types, answered as what the client did wrong. */
const BODY_FAILURES: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON' },
  'entity.too.large': { status: 413, message: 'The request body is too large' },
  'charset.unsupported': { status: 415, message: 'Unsupported charset: send UTF-8' },
  'encoding.unsupported': { status: 415, message: 'Unsupported content encoding' },
  'request.aborted': { status: 400, message: 'The request was aborted' },
  'request.size.invalid': { status: 400, message: 'The request size does not match its Content-Length' },
};

/**
 * The last error handler: every failure answers JSON in the GraphQL error shape, without a stack
 * or a server path. Nothing of the request body is logged: a JSON parse error's message quotes
 * the body (a password may be in it), so only the failure type goes to the log.
 */
export const jsonErrorHandler: ErrorRequestHandler = (error: HttpError, _req, res, _next) => {
  const requestId = requestStorage.getStore()?.requestId;
  const known = error.type ? BODY_FAILURES[error.type] : undefined;
  if (known) {
    log({ level: 'warn', msg: 'bad request body', requestId, type: error.type });
    res.status(known.status).json({ errors: [{ message: known.message, extensions: { code: 'BAD_REQUEST', reason: error.type } }] });
    return;
  }
  const status = error.status ?? error.statusCode;
  if (status && status >= 400 && status < 500 && error.expose) {
    log({ level: 'warn', msg: 'bad request', requestId, status });
    res.status(status).json({ errors: [{ message: 'Bad request', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  log({ level: 'error', msg: 'unexpected HTTP error', requestId, ...(error instanceof Error ? describeForLog(error) : { error: 'unknown' }) });
  res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
};
