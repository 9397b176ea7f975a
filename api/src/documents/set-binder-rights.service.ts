import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { binders } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { BinderRow } from './binder-list.service';
import { rightsFor } from './binder-input';
import type { SetBinderRightsInput } from './document.types';

/**
 * Changes who a binder opens to: a syndic level or the gérance owner/tenant columns. Takes effect
 * on the next request for every document in it (the rights are read by the document scope).
 * `notifyByDefault`, when given, is the model's "Activer les notifications" for later publications.
 */
export async function setBinderRights(ctx: Ctx, input: SetBinderRightsInput): Promise<BinderRow> {
  assertCan(ctx.actor, 'binder.manage');
  const binder = await ctx.loaders.binderById.load(expectGlobalId(input.binderId, 'Binder', 'binderId'));
  if (!binder) throw notFound('Binder');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(binders)
      .set({ ...rightsFor(binder.module, input), ...(input.notifyByDefault != null && { notifyByDefault: input.notifyByDefault }) })
      .where(and(eq(binders.agencyId, binder.agencyId), eq(binders.id, binder.id)))
      .returning();
    return row;
  });
}
