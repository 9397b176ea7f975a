import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import { sameAgencyScope } from '../auth/scope-helpers';
import type { Db } from '../db/client';
import { leases, managementMandates, mandateLots } from '../db/schema';
import { byId, childPages, childrenOf } from '../graphql/loaders';

const MANDATE_LOTS = sameAgencyScope(mandateLots.agencyId);

/** Management mandates and leases. */
export function leasingLoaders(db: Db, actor: Actor) {
  return {
    mandateById: byId(db, actor, managementMandates, scope.managementMandates),
    leaseById: byId(db, actor, leases, scope.leases),
    mandatesOfPerson: childPages(db, actor, {
      table: managementMandates,
      parentColumn: managementMandates.ownerPersonId,
      sortColumn: managementMandates.code,
      idColumn: managementMandates.id,
      scope: scope.managementMandates,
      cursorOf: (r) => [r.code, r.id],
    }),
    leasesOfPerson: childPages(db, actor, {
      table: leases,
      parentColumn: leases.tenantPersonId,
      sortColumn: leases.startDate,
      idColumn: leases.id,
      scope: scope.leases,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    leasesOfLot: childPages(db, actor, {
      table: leases,
      parentColumn: leases.lotId,
      sortColumn: leases.startDate,
      idColumn: leases.id,
      scope: scope.leases,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    /** The mandate's lot links; the lots themselves load through the scoped `lotById`. */
    lotIdsOfMandate: childrenOf(db, actor, mandateLots, mandateLots.mandateId, MANDATE_LOTS, [mandateLots.lotId]),
  };
}

type LeasingLoaders = ReturnType<typeof leasingLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends LeasingLoaders {}
}
