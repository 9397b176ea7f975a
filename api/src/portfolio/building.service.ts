import { and, asc, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { buildings } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { afterCursor, pageWindow, toPage, type PageArgs } from '../graphql/connection';

/** Every building of the agency, by code, optionally filtered on code or name. */
export async function listBuildings(ctx: Ctx, args: PageArgs & { search?: string | null }) {
  assertCan(ctx.actor, 'building.list');
  const { first, after } = pageWindow(args);
  const term = args.search?.trim().toLowerCase();
  const rows = await ctx.db
    .select()
    .from(buildings)
    .where(
      and(
        scope.buildings(ctx.actor),
        term ? sql`(lower(${buildings.code}) LIKE ${`%${term}%`} OR lower(${buildings.name}) LIKE ${`%${term}%`})` : undefined,
        afterCursor(buildings.code, buildings.id, after),
      ),
    )
    .orderBy(asc(buildings.code), asc(buildings.id))
    .limit(first + 1);
  return toPage(rows, first, (row) => [row.code, row.id]);
}
