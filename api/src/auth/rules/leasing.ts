import { and, eq, inArray, or } from 'drizzle-orm';
import { leases, managementMandates } from '../../db/schema';
import type { Actor } from '../actor';
import type { RowScope, RuleSet } from '../rule';
import { denyAll, readsWholeAgency } from '../scope-helpers';

export const leasingRules = {
  'lease.recordNotice': { description: 'Record a tenant\'s notice (préavis); may switch access off.', staff: true, integrator: 'portfolio:write' },
  'lease.recordDeparture': { description: 'Record a tenant\'s departure; may switch access off.', staff: true, integrator: 'portfolio:write' },
} satisfies RuleSet;

/** Mandates: the owner's own. */
export const mandateScope: RowScope = (actor: Actor) => {
  if (actor.kind === 'anonymous') return denyAll;
  const agency = eq(managementMandates.agencyId, actor.agencyId);
  if (readsWholeAgency(actor, 'portfolio:read')) return agency;
  if (actor.kind !== 'person') return denyAll;
  return and(agency, eq(managementMandates.ownerPersonId, actor.personId))!;
};

/** Leases: the tenant's own, and the leases on lots under the owner's mandates. */
export const leaseScope: RowScope = (actor: Actor) => {
  if (actor.kind === 'anonymous') return denyAll;
  const agency = eq(leases.agencyId, actor.agencyId);
  if (readsWholeAgency(actor, 'portfolio:read')) return agency;
  if (actor.kind !== 'person') return denyAll;
  const own = eq(leases.tenantPersonId, actor.personId);
  return and(agency, actor.mandatedLotIds.length ? or(own, inArray(leases.lotId, actor.mandatedLotIds)) : own)!;
};
