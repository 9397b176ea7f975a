import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import { sameAgency } from '../auth/scope-helpers';
import type { Db } from '../db/client';
import { leases, managementMandates, mandateLots } from '../db/schema';
import { byId, childPages, childrenOf, lazyScope } from '../graphql/loaders';

/** Management mandates and leases. */
export function leasingLoaders(db: Db, actor: Actor) {
  const mandates = lazyScope(() => scope.managementMandates(actor));
  const leaseScope = lazyScope(() => scope.leases(actor));
  return {
    mandateById: byId(db, managementMandates, mandates),
    leaseById: byId(db, leases, leaseScope),
    mandatesOfPerson: childPages(db, {
      table: managementMandates,
      parentColumn: managementMandates.ownerPersonId,
      sortColumn: managementMandates.code,
      idColumn: managementMandates.id,
      scoped: mandates,
      cursorOf: (r) => [r.code, r.id],
    }),
    leasesOfPerson: childPages(db, {
      table: leases,
      parentColumn: leases.tenantPersonId,
      sortColumn: leases.startDate,
      idColumn: leases.id,
      scoped: leaseScope,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    leasesOfLot: childPages(db, {
      table: leases,
      parentColumn: leases.lotId,
      sortColumn: leases.startDate,
      idColumn: leases.id,
      scoped: leaseScope,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    /** The mandate's lot links; the lots themselves load through the scoped `lotById`. */
    lotIdsOfMandate: childrenOf(
      db,
      mandateLots,
      mandateLots.mandateId,
      lazyScope(() => sameAgency(actor, mandateLots.agencyId)),
      [mandateLots.lotId],
    ),
  };
}

type LeasingLoaders = ReturnType<typeof leasingLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends LeasingLoaders {}
}
