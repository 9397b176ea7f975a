import { randomUUID } from 'node:crypto';
import { create as contentDisposition } from 'content-disposition';
import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { actorFromRequest } from '../auth/request-actor';
import { createContext, type Ctx } from '../graphql/context';
import { ERROR_CODES, notFound, type ErrorCode } from '../graphql/errors';
import type { RouteDeps } from '../module-manifest';
import { log } from '../observability/log';
import { requestStorage } from '../observability/request-context';

/**
 * A download handler authorised exactly like the data: the request's actor, the same scoped
 * loaders and the same rules (the handler calls `assertCan` first), so a link copied to someone
 * else answers 404 (or 401 signed out, 403 before a temporary password is changed). Errors
 * answer JSON in the API's error shape, with the status of the error list.
 */
export function downloadRoute(deps: RouteDeps, handler: (ctx: Ctx, req: Request, res: Response) => Promise<void>): RequestHandler {
  return async (req, res) => {
    try {
      const actor = await actorFromRequest(deps.db, req);
      const ctx = createContext({
        ...deps,
        actor,
        req,
        res,
        requestId: requestStorage.getStore()?.requestId ?? randomUUID(),
        clientAddress: req.ip ?? 'unknown',
      });
      // A download is never to be read as anything but its declared type (a PDF holding HTML).
      res.setHeader('x-content-type-options', 'nosniff');
      await handler(ctx, req, res);
    } catch (error) {
      const code = (error instanceof GraphQLError ? error.extensions.code : undefined) as ErrorCode | undefined;
      const known = code && code !== 'INTERNAL_SERVER_ERROR' && code in ERROR_CODES ? code : null;
      if (!known) log({ level: 'error', msg: 'download failed', error: String((error as Error)?.stack ?? error) });
      const extensions = known ? { ...(error as GraphQLError).extensions, code: known } : { code: 'INTERNAL_SERVER_ERROR' };
      res.status(ERROR_CODES[known ?? 'INTERNAL_SERVER_ERROR'].httpStatus).json({ error: { ...extensions, message: known ? (error as Error).message : 'Internal server error' } });
    }
  };
}

/** The row a download names, or NOT_FOUND: the same answer for missing and not visible. */
export function found<T>(row: T | null | undefined, entity: string): T {
  if (!row) throw notFound(entity);
  return row;
}

/**
 * `Content-Disposition: attachment` for a file name with accents and quotes (RFC 6266 / RFC 5987,
 * written by the `content-disposition` package): an ASCII `filename` for old clients and a UTF-8
 * `filename*` that modern browsers prefer. Path separators and control characters never reach
 * the header; quotes are escaped, so "É" and `"` survive and nothing breaks out of it.
 */
export function attachment(fileName: string): string {
  const safe = fileName
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}/\\:*?<>|]+/gu, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, 150);
  const ascii = safe
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._"'()-]+/g, '-')
    .replace(/-{2,}/g, '-');
  return contentDisposition(safe, { type: 'attachment', fallback: ascii });
}
