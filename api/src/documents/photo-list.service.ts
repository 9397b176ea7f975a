import { and, desc, eq, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { photos } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { pageWindow, toPage, type Page, type PageArgs } from '../graphql/connection';
import { badInput } from '../graphql/errors';
import type { Row } from '../graphql/loaders';

export type PhotoRow = Row<typeof photos>;

/**
 * Photos visible to the actor ("Mes photos"), newest first (publication date, then id), of one
 * building or of all theirs, as a keyset page: one statement whatever the number of photos, the
 * photo scope ANDed in SQL like node(id:), Building.photos and the downloads.
 */
export async function photoPage(ctx: Ctx, args: PageArgs & { buildingId?: string | null }): Promise<Page<PhotoRow>> {
  assertCan(ctx.actor, 'photo.list');
  const { first, after } = pageWindow(args);
  // The cursor's parts are cast in SQL: only the shape this list issues is accepted.
  if (after && (!/^\d{4}-\d{2}-\d{2}$/.test(after[0]) || !/^[0-9a-f-]{36}$/.test(after[1]))) throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
  const rows = await ctx.db
    .select()
    .from(photos)
    .where(
      and(
        scope.photos(ctx.actor),
        args.buildingId ? eq(photos.buildingId, args.buildingId) : undefined,
        after ? sql`(${photos.publishedOn}, ${photos.id}) < (${after[0]}::date, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(photos.publishedOn), desc(photos.id))
    .limit(first + 1);
  for (const row of rows) ctx.loaders.photoById.prime(row.id, row);
  return toPage(rows, first, (row) => [row.publishedOn, row.id]);
}
