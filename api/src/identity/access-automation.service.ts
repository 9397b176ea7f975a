import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { isCurrentLease, isCurrentMandate, isCurrentOwnership } from '../db/current';
import { accounts, leases, managementMandates, ownerships, staffMembers } from '../db/schema';
import { rowsOf } from '../db/client';
import { switchOffAccess } from './access.service';

/**
 * Manual, "Inactiver uniquement les comptes...": at a tenant's notice or departure, or a seller's
 * sale (each per agency setting), the account tied to that relation is unpublished; the client's
 * access goes off too unless another current relation or published account still justifies it
 * (a tenant who is also a co-owner elsewhere keeps their syndic space).
 */
export async function switchOffAfterRelationEnds(
  tx: Executor,
  input: { agencyId: string; personId: string; accountId: string | null; endedOwnershipId?: string; endedLeaseId?: string },
): Promise<void> {
  const { agencyId, personId, accountId } = input;
  if (accountId) {
    await tx
      .update(accounts)
      .set({ isPublished: false })
      .where(and(eq(accounts.agencyId, agencyId), eq(accounts.id, accountId)));
  }
  // "Another current relation": the same definitions as the actor's (a tenant under notice is
  // still a tenant until the departure date), minus the relation that just ended.
  const result = await tx.execute(sql`
    SELECT
      EXISTS (SELECT 1 FROM ${ownerships} WHERE ${ownerships.agencyId} = ${agencyId} AND ${ownerships.personId} = ${personId}
              AND ${ownerships.id} IS DISTINCT FROM ${input.endedOwnershipId ?? null}::uuid AND ${isCurrentOwnership})
      OR EXISTS (SELECT 1 FROM ${leases} WHERE ${leases.agencyId} = ${agencyId} AND ${leases.tenantPersonId} = ${personId}
              AND ${leases.id} IS DISTINCT FROM ${input.endedLeaseId ?? null}::uuid AND ${isCurrentLease})
      OR EXISTS (SELECT 1 FROM ${managementMandates} WHERE ${managementMandates.agencyId} = ${agencyId} AND ${managementMandates.ownerPersonId} = ${personId}
              AND ${isCurrentMandate})
      OR EXISTS (SELECT 1 FROM ${staffMembers} WHERE ${staffMembers.agencyId} = ${agencyId} AND ${staffMembers.personId} = ${personId})
      AS keeps_access`);
  const keepsAccess = rowsOf<{ keeps_access: boolean }>(result)[0]?.keeps_access;
  if (!keepsAccess) await switchOffAccess(tx, agencyId, personId);
}
