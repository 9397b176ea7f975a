import { Router } from 'express';
import { assertCan } from '../auth/policy';
import { attachment, downloadRoute, found } from '../files/download-route';
import { stagedUploadRoute } from '../files/staged-upload-route';
import { fromGlobalId } from '../graphql/node';
import type { RouteDeps } from '../module-manifest';
import { MAX_STAGED_BYTES } from './document-content';
import { stageUpload } from './upload.service';

/** The documents module's HTTP routes: staged uploads and document downloads, authorised like the data. */
export function documentRoutes(deps: RouteDeps): Router {
  const router = Router();

  // Staged upload (as Shopify's): the raw bytes as the body, any non-simple type (application/octet-stream); answers { uploadId }.
  router.post(
    '/uploads',
    stagedUploadRoute(deps, {
      limit: MAX_STAGED_BYTES,
      authorize: (ctx) => assertCan(ctx.actor, 'document.upload'),
      stage: (ctx, bytes) => stageUpload(ctx, bytes),
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
