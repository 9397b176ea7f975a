import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import { anyOf, scopeValues } from '../auth/scope-helpers';
import type { Db } from '../db/client';
import { runCompiled } from '../db/compiled';
import { chargeRegularisations, tenantRegularisations } from '../db/schema';
import { byId, childrenOf, ph } from '../graphql/loaders';

/** Regularisations and their tenant records, each through its row scope; a lot's last billing date in one grouped statement. */
export function regularisationLoaders(db: Db, actor: Actor) {
  return {
    chargeRegularisationById: byId(db, actor, chargeRegularisations, scope.chargeRegularisations),
    tenantRegularisationById: byId(db, actor, tenantRegularisations, scope.tenantRegularisations),
    recordsOfRegularisation: childrenOf(db, actor, tenantRegularisations, tenantRegularisations.regularisationId, scope.tenantRegularisations, [
      tenantRegularisations.days,
      tenantRegularisations.id,
    ]),
    /** The lot's "Régularisation le" (manual: "Fiche LOT"): the last day one of its regularisations was billed. */
    lastRegularisedOnOfLot: new DataLoader<string, string | null>(async (lotIds) => {
      const shape = scope.tenantRegularisations.shapeOf(actor);
      const rows = await runCompiled<{ lot_id: string; day: string | null }>(
        db,
        `lastRegularisedOnOfLot|${shape}`,
        () => sql`SELECT ${chargeRegularisations.lotId} AS lot_id, max(${tenantRegularisations.billedOn})::text AS day
          FROM ${tenantRegularisations} JOIN ${chargeRegularisations} ON ${chargeRegularisations.agencyId} = ${tenantRegularisations.agencyId}
            AND ${chargeRegularisations.id} = ${tenantRegularisations.regularisationId}
          WHERE (${scope.tenantRegularisations.template(shape)}) AND ${anyOf(chargeRegularisations.lotId, ph('ids'))}
          GROUP BY ${chargeRegularisations.lotId}`,
        { ...scopeValues(actor), ids: lotIds },
      );
      const days = new Map(rows.map((row) => [row.lot_id, row.day]));
      return lotIds.map((id) => days.get(id) ?? null);
    }),
  };
}

type RegularisationLoaders = ReturnType<typeof regularisationLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends RegularisationLoaders {}
}
