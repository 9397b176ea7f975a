import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { accounts } from '../db/schema';
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
    await tx.update(accounts).set({ isPublished: false }).where(and(eq(accounts.agencyId, agencyId), eq(accounts.id, accountId)));
  }
  const result = await tx.execute(sql`
    SELECT
      EXISTS (SELECT 1 FROM ownerships o WHERE o.agency_id = ${agencyId} AND o.person_id = ${personId}
              AND o.id IS DISTINCT FROM ${input.endedOwnershipId ?? null}::uuid AND (o.end_date IS NULL OR o.end_date > current_date))
      OR EXISTS (SELECT 1 FROM leases l WHERE l.agency_id = ${agencyId} AND l.tenant_person_id = ${personId}
              AND l.id IS DISTINCT FROM ${input.endedLeaseId ?? null}::uuid AND l.notice_date IS NULL AND l.departure_date IS NULL)
      OR EXISTS (SELECT 1 FROM management_mandates m WHERE m.agency_id = ${agencyId} AND m.owner_person_id = ${personId}
              AND (m.end_date IS NULL OR m.end_date > current_date))
      OR EXISTS (SELECT 1 FROM staff_members s WHERE s.agency_id = ${agencyId} AND s.person_id = ${personId})
      AS keeps_access`);
  const keepsAccess = rowsOf<{ keeps_access: boolean }>(result)[0]?.keeps_access;
  if (!keepsAccess) await switchOffAccess(tx, agencyId, personId);
}
