import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { ownerships } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { badInput, notFound } from '../graphql/errors';
import { switchOffAfterRelationEnds } from '../identity/access-automation.service';

/** Records a co-owner's sale ("mutation"): the ownership ends; access follows the agency setting. */
export async function recordSale(ctx: Ctx, ownershipId: string, saleDate: string) {
  assertCan(ctx.actor, 'ownership.recordSale');
  const ownership = await ctx.loaders.ownershipById.load(ownershipId);
  if (!ownership) throw notFound('Ownership');
  if (saleDate < ownership.startDate) throw badInput('saleDate', 'DATE_BEFORE_START', 'The sale cannot precede the purchase');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(ownerships)
      .set({ endDate: saleDate })
      .where(and(eq(ownerships.agencyId, ownership.agencyId), eq(ownerships.id, ownership.id)))
      .returning();
    if (ctx.settings.disableAccessOnSale) {
      await switchOffAfterRelationEnds(tx, { agencyId: row.agencyId, personId: row.personId, accountId: row.accountId, endedOwnershipId: row.id });
    }
    return row;
  });
}
