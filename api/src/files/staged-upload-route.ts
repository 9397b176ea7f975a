import type { Request, RequestHandler } from 'express';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import type { RouteDeps } from '../module-manifest';
import { downloadRoute } from './download-route';

/** Content types a browser may send cross-site without a preflight: refused, so no other site can post an upload with a signed-in person's cookie. */
const SIMPLE_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/** The request body, refused past `limit` bytes as soon as it passes it (never buffered beyond). */
async function bodyOf(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw badInput('file', 'FILE_TOO_LARGE', `At most ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw badInput('file', 'FILE_TOO_LARGE', `At most ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export interface StagedUploadOptions {
  /** At most this many bytes; refused while still arriving past it. */
  limit: number;
  /** Called first, before a byte is read: the module's `assertCan`. */
  authorize: (ctx: Ctx) => void;
  /** Stores the bytes for a later mutation and answers the upload's id. */
  stage: (ctx: Ctx, bytes: Buffer, req: Request) => Promise<string>;
}

/**
 * A staged-upload handler (as Shopify's): the raw bytes as the body under any non-simple type
 * (application/octet-stream), authorised like the data, answering 201 { uploadId }. The
 * documents' `/uploads` and the requests' `/requests/uploads` share it so that the CSRF and size
 * rules cannot drift apart.
 */
export function stagedUploadRoute(deps: RouteDeps, options: StagedUploadOptions): RequestHandler {
  return downloadRoute(deps, async (ctx, req, res) => {
    options.authorize(ctx);
    if (SIMPLE_TYPES.test(req.headers['content-type'] ?? 'text/plain')) throw badInput('content-type', 'INVALID_FILE_TYPE', 'Send the raw file as application/octet-stream');
    const uploadId = await options.stage(ctx, await bodyOf(req, options.limit), req);
    res.setHeader('cache-control', 'no-store');
    res.status(201).json({ uploadId });
  });
}
