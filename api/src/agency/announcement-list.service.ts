import { and, desc, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { announcements } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { pageWindow, toPage, type Page, type PageArgs } from '../graphql/connection';
import { badInput } from '../graphql/errors';
import type { Row } from '../graphql/loaders';

export type AnnouncementRow = Row<typeof announcements>;

/**
 * The announcements meant for the actor ("Mes informations"), newest publication day first, as a
 * keyset page: one statement whatever their number, the announcement scope (audience, building,
 * publication day, module switch) ANDed in SQL as for node(id:). Managers get every one of the
 * agency, scheduled ones included.
 */
export async function announcementPage(ctx: Ctx, args: PageArgs): Promise<Page<AnnouncementRow>> {
  assertCan(ctx.actor, 'announcement.list');
  const { first, after } = pageWindow(args);
  // The cursor's parts are cast in SQL: only the shape this list issues is accepted.
  if (after && (!/^\d{4}-\d{2}-\d{2}$/.test(after[0]) || !/^[0-9a-f-]{36}$/.test(after[1]))) throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
  const where = scope.announcements(ctx.actor);
  const rows = await ctx.db
    .select()
    .from(announcements)
    .where(and(where, after ? sql`(${announcements.publishOn}, ${announcements.id}) < (${after[0]}::date, ${after[1]}::uuid)` : undefined))
    .orderBy(desc(announcements.publishOn), desc(announcements.id))
    .limit(first + 1);
  for (const row of rows) ctx.loaders.announcementById.prime(row.id, row);
  return toPage(rows, first, (row) => [row.publishOn, row.id], {
    after,
    count: async () => {
      const [{ count }] = await ctx.db
        .select({ count: sql<number>`count(*)::int` })
        .from(announcements)
        .where(where);
      return Number(count);
    },
  });
}
