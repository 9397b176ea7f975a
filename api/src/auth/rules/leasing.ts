import { eq, or } from 'drizzle-orm';
import { leases, managementMandates } from '../../db/schema';
import type { RowScope, RuleSet } from '../rule';
import { agencyScope, within } from '../scope-helpers';

export const leasingRules = {
  'lease.recordNotice': { description: "Record a tenant's notice (préavis); may switch access off.", staff: true, integrator: 'portfolio:write' },
  'lease.recordDeparture': { description: "Record a tenant's departure; may switch access off.", staff: true, integrator: 'portfolio:write' },
  'mandate.upsert': { description: 'Load management mandates and their lots from a back-office (upsertManagementMandates).', staff: true, integrator: 'portfolio:write' },
  'lease.upsert': {
    description: 'Load leases from a back-office (upsertLeases); a notice or departure runs its access automation.',
    staff: true,
    integrator: 'portfolio:write',
  },
} satisfies RuleSet;

/** Mandates: the owner's own. */
export const mandateScope: RowScope = agencyScope(managementMandates.agencyId, 'portfolio:read', (p) => eq(managementMandates.ownerPersonId, p.personId));

/** Leases: the tenant's own, and the leases on lots under the owner's mandates. */
export const leaseScope: RowScope = agencyScope(leases.agencyId, 'portfolio:read', (p) => or(eq(leases.tenantPersonId, p.personId), within(leases.lotId, p.mandatedLotIds)));
