import { Router } from 'express';
import { assertCan } from '../auth/policy';
import { attachment, downloadRoute, found } from '../files/download-route';
import { stagedUploadRoute } from '../files/staged-upload-route';
import { assertText, TEXT_LIMITS } from '../graphql/batch';
import { fromGlobalId } from '../graphql/node';
import type { RouteDeps } from '../module-manifest';
import { MAX_ATTACHMENT_BYTES, stageRequestUpload } from './request-files';

/** The requests module's HTTP routes: staged attachments (clients too), their downloads authorised like the messages, and tickets' quotes and invoices (managers). */
export function requestRoutes(deps: RouteDeps): Router {
  const router = Router();

  // The raw bytes as the body (application/octet-stream), the file's name in ?name=; answers { uploadId }.
  router.post(
    '/requests/uploads',
    stagedUploadRoute(deps, {
      limit: MAX_ATTACHMENT_BYTES,
      authorize: (ctx) => assertCan(ctx.actor, 'request.attach'),
      stage: (ctx, bytes, req) => {
        const name = assertText('name', (typeof req.query.name === 'string' && req.query.name ? req.query.name : 'piece-jointe').replace(/[\p{Cc}/\\]+/gu, '-'), TEXT_LIMITS.name);
        return stageRequestUpload(ctx, bytes, name);
      },
    }),
  );

  router.get(
    '/files/request-attachments/:id',
    downloadRoute(deps, async (ctx, req, res) => {
      assertCan(ctx.actor, 'request.downloadAttachment');
      const { type, id } = fromGlobalId(String(req.params.id));
      // The scoped loader: another client's, an internal note's or another agency's → 404, like a missing one.
      const file = found(type === 'RequestAttachment' ? await ctx.loaders.requestAttachmentById.load(id) : null, 'RequestAttachment');
      const bytes = found(await ctx.files.get(file.storageKey), 'RequestAttachment');
      res.setHeader('content-disposition', attachment(file.fileName));
      res.setHeader('cache-control', 'private, no-store');
      res.type(file.contentType).send(bytes);
    }),
  );

  router.get(
    '/files/ticket-documents/:id',
    downloadRoute(deps, async (ctx, req, res) => {
      assertCan(ctx.actor, 'ticket.readInternal');
      const { type, id } = fromGlobalId(String(req.params.id));
      const file = found(type === 'TicketDocument' ? await ctx.loaders.ticketDocumentById.load(id) : null, 'TicketDocument');
      const bytes = found(await ctx.files.get(file.storageKey), 'TicketDocument');
      res.setHeader('content-disposition', attachment(file.fileName));
      res.setHeader('cache-control', 'private, no-store');
      res.type(file.contentType).send(bytes);
    }),
  );
  return router;
}
