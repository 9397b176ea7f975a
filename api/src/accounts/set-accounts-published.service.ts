import { and, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { accounts } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { assertBatch, writerAgencyId } from '../graphql/batch';

/** Publishes or unpublishes accounts ("Marquer les comptes sélectionnés pour publication"). */
export async function setAccountsPublished(ctx: Ctx, accountIds: string[], isPublished: boolean) {
  assertCan(ctx.actor, 'account.publish');
  assertBatch('accountIds', accountIds.length);
  const rows = await ctx.loaders.accountById.loadMany(accountIds);
  rows.forEach((row, i) => {
    if (!row || row instanceof Error) throw badInput(`accountIds[${i}]`, 'UNKNOWN_REFERENCE', 'No such account');
  });
  const agencyId = writerAgencyId(ctx.actor);
  const updated = await ctx.db
    .update(accounts)
    .set({ isPublished, unpublishedFrom: null })
    .where(and(eq(accounts.agencyId, agencyId), inArray(accounts.id, accountIds)))
    .returning();
  return updated;
}
