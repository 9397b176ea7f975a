import { Router, type Request } from 'express';
import { assertCan } from '../auth/policy';
import { attachment, downloadRoute, found } from '../files/download-route';
import { badInput } from '../graphql/errors';
import { fromGlobalId } from '../graphql/node';
import type { RouteDeps } from '../module-manifest';
import { MAX_STAGED_BYTES } from './document-content';
import { stageUpload } from './upload.service';

/** Content types a browser may send cross-site without a preflight: refused, so no other site can post an upload with a manager's cookie. */
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

/** The documents module's HTTP routes: staged uploads and document downloads, authorised like the data. */
export function documentRoutes(deps: RouteDeps): Router {
  const router = Router();

  // Staged upload (as Shopify's): the raw bytes as the body, any non-simple type (application/octet-stream); answers { uploadId }.
  router.post(
    '/uploads',
    downloadRoute(deps, async (ctx, req, res) => {
      assertCan(ctx.actor, 'document.upload');
      if (SIMPLE_TYPES.test(req.headers['content-type'] ?? 'text/plain')) throw badInput('content-type', 'INVALID_FILE_TYPE', 'Send the raw file as application/octet-stream');
      const uploadId = await stageUpload(ctx, await bodyOf(req, MAX_STAGED_BYTES));
      res.setHeader('cache-control', 'no-store');
      res.status(201).json({ uploadId });
    }),
  );

  router.get(
    '/files/documents/:id',
    downloadRoute(deps, async (ctx, req, res) => {
      assertCan(ctx.actor, 'document.download');
      const { type, id } = fromGlobalId(String(req.params.id));
      // The scoped loader: unpublished, expired, not yet published or not theirs → 404, like a missing one.
      const document = found(type === 'Document' ? await ctx.loaders.documentById.load(id) : null, 'Document');
      const bytes = found(await ctx.files.get(document.storageKey), 'Document');
      res.setHeader('content-disposition', attachment(document.fileName));
      res.setHeader('cache-control', 'private, no-store');
      res.type(document.contentType).send(bytes);
    }),
  );
  return router;
}
