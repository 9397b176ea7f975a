import { Router } from 'express';
import { assertCan } from '../auth/policy';
import { attachment, downloadRoute, found } from '../files/download-route';
import { fromGlobalId, toGlobalId } from '../graphql/node';
import type { RouteDeps } from '../module-manifest';
import type { RecordRow } from './record-figures';
import { renderStatements } from './statement.service';

/** Where a record's statement previews before it is published (managers, `regularisation:write` integrators). */
export const statementPreviewUrlOf = (record: RecordRow) => `/files/regularisations/${toGlobalId('TenantRegularisation', record.id)}/statement.pdf`;

/** The regularisation module's download: the statement preview, authorised like the record (the scoped loader). */
export function regularisationRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get(
    '/files/regularisations/:id/statement.pdf',
    downloadRoute(deps, async (ctx, req, res) => {
      assertCan(ctx.actor, 'regularisation.read');
      const { type, id } = fromGlobalId(String(req.params.id));
      const record = found(type === 'TenantRegularisation' ? await ctx.loaders.tenantRegularisationById.load(id) : null, 'TenantRegularisation');
      const statement = found((await renderStatements(ctx, [record])).get(record.id) ?? null, 'TenantRegularisation');
      // Inline: the manager's screen opens it in a new tab to read it before billing.
      res.setHeader('content-disposition', attachment(statement.fileName).replace(/^attachment/, 'inline'));
      res.setHeader('cache-control', 'private, no-store');
      res.type('application/pdf').send(statement.bytes);
    }),
  );
  return router;
}
