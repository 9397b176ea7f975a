import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { leases } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { badInput, notFound } from '../graphql/errors';
import { switchOffAfterRelationsEnd } from '../identity/access-automation.service';

type Event = 'notice' | 'departure';

/**
 * Records a tenant's notice or departure; the client's access then follows the agency setting
 * (defaults: notice keeps access, departure switches it off).
 */
export async function recordLeaseEvent(ctx: Ctx, event: Event, leaseId: string, date: string) {
  assertCan(ctx.actor, event === 'notice' ? 'lease.recordNotice' : 'lease.recordDeparture');
  const lease = await ctx.loaders.leaseById.load(leaseId);
  if (!lease) throw notFound('Lease');
  const field = event === 'notice' ? 'noticeDate' : 'departureDate';
  if (date < lease.startDate) throw badInput(field, 'DATE_BEFORE_START', 'The date cannot precede the start of the lease');
  const switchesOff = event === 'notice' ? ctx.settings.disableAccessOnNotice : ctx.settings.disableAccessOnDeparture;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(leases)
      .set({ [field]: date })
      .where(and(eq(leases.agencyId, lease.agencyId), eq(leases.id, lease.id)))
      .returning();
    if (switchesOff) {
      await switchOffAfterRelationsEnd(tx, row.agencyId, [{ personId: row.tenantPersonId, accountId: row.accountId, date, leaseId: row.id }]);
    }
    return row;
  });
}
