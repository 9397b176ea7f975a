import { Router } from 'express';
import { assertCan } from '../auth/policy';
import { downloadRoute, found } from '../files/download-route';
import type { Ctx } from '../graphql/context';
import { fromGlobalId } from '../graphql/node';
import type { RouteDeps } from '../module-manifest';

/** The photo a link names through the scoped loader: another building's, another agency's or a forged id → 404, like a missing one. */
async function visiblePhoto(ctx: Ctx, globalId: string) {
  assertCan(ctx.actor, 'photo.download');
  const { type, id } = fromGlobalId(globalId);
  return found(type === 'Photo' ? await ctx.loaders.photoById.load(id) : null, 'Photo');
}

/**
 * A photo's image and thumbnail, authorised exactly like the photo (files/download-route.ts).
 * Shown inline (an <img>): only decoded JPEG, PNG and WebP are stored, served with their type and
 * nosniff, never SVG or markup.
 */
export function photoRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get(
    '/files/photos/:id',
    downloadRoute(deps, async (ctx, req, res) => {
      const photo = await visiblePhoto(ctx, String(req.params.id));
      const bytes = found(await ctx.files.get(photo.storageKey), 'Photo');
      res.setHeader('cache-control', 'private, no-store');
      res.type(photo.contentType).send(bytes);
    }),
  );
  router.get(
    '/files/photos/:id/thumbnail',
    downloadRoute(deps, async (ctx, req, res) => {
      const photo = await visiblePhoto(ctx, String(req.params.id));
      const bytes = found(await ctx.files.get(photo.thumbnailKey), 'Photo');
      res.setHeader('cache-control', 'private, no-store');
      res.type('image/jpeg').send(bytes);
    }),
  );
  return router;
}
