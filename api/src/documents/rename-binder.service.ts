import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { binders } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { BinderRow } from './binder-list.service';
import { binderName } from './binder-input';

/** Renames a binder (manual: "modifier un nom existant"); "Factures" and "Documents du syndic" keep their role under a new name. */
export async function renameBinder(ctx: Ctx, binderId: string, name: string): Promise<BinderRow> {
  assertCan(ctx.actor, 'binder.manage');
  const binder = await ctx.loaders.binderById.load(expectGlobalId(binderId, 'Binder', 'binderId'));
  if (!binder) throw notFound('Binder');
  const newName = binderName(name);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(binders)
      .set({ name: newName })
      .where(and(eq(binders.agencyId, binder.agencyId), eq(binders.id, binder.id)))
      .returning();
    return row;
  });
}
