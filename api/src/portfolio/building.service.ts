import { and, asc, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { buildings } from '../db/schema';
import { matchesAllWords, searchWords } from '../db/search';
import type { Ctx } from '../graphql/context';
import { afterCursor, pageWindow, toPage, type PageArgs } from '../graphql/connection';

/**
 * Every building of the agency, by code, optionally searched: every word in the code, name,
 * street or town (`buildings.search_text`, generated), in any order, accents and case ignored.
 */
export async function listBuildings(ctx: Ctx, args: PageArgs & { search?: string | null }) {
  assertCan(ctx.actor, 'building.list');
  const { first, after } = pageWindow(args);
  const filter = and(scope.buildings(ctx.actor), matchesAllWords(buildings.searchText, searchWords(args.search)));
  const rows = await ctx.db
    .select()
    .from(buildings)
    .where(and(filter, afterCursor(buildings.code, buildings.id, after)))
    .orderBy(asc(buildings.code), asc(buildings.id))
    .limit(first + 1);
  const count = async () => {
    const [row] = await ctx.db
      .select({ count: sql<number>`count(*)::int` })
      .from(buildings)
      .where(filter);
    return row?.count ?? 0;
  };
  return toPage(rows, first, (row) => [row.code, row.id], { after, count });
}
