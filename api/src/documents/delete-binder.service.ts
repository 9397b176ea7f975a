import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { binders, documents } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { conflict, notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';

/**
 * Removes a binder, only when it holds no document at all (published or not): CONFLICT
 * BINDER_NOT_EMPTY otherwise, and BINDER_RESERVED for the binders rules name. The emptiness test
 * and the delete run in one statement, so a document published meanwhile keeps its binder.
 */
export async function deleteBinder(ctx: Ctx, binderId: string): Promise<boolean> {
  assertCan(ctx.actor, 'binder.manage');
  const binder = await ctx.loaders.binderById.load(expectGlobalId(binderId, 'Binder', 'binderId'));
  if (!binder) throw notFound('Binder');
  if (binder.key) throw conflict('BINDER_RESERVED', `"${binder.name}" is named by the rules and cannot be deleted`);
  return ctx.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(binders)
      .where(
        and(
          eq(binders.agencyId, binder.agencyId),
          eq(binders.id, binder.id),
          sql`NOT EXISTS (SELECT 1 FROM ${documents} WHERE ${documents.agencyId} = ${binders.agencyId} AND ${documents.binderId} = ${binders.id})`,
        ),
      )
      .returning({ id: binders.id });
    if (deleted.length === 0) throw conflict('BINDER_NOT_EMPTY', 'The binder still holds documents');
    return true;
  });
}
