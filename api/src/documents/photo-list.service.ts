import { and, desc, eq, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { photos } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { pageWindow, toPage, type Page, type PageArgs } from '../graphql/connection';
import type { Row } from '../graphql/loaders';
import { assertPublicationCursor } from './document-list.service';

export type PhotoRow = Row<typeof photos>;

/**
 * Photos visible to the actor ("Mes photos"), newest first (publication date, then id), of one
 * building or of all theirs, as a keyset page: one statement whatever the number of photos, the
 * photo scope ANDed in SQL like node(id:), Building.photos and the downloads; `totalCount` when selected.
 */
export async function photoPage(ctx: Ctx, args: PageArgs & { buildingId?: string | null }): Promise<Page<PhotoRow>> {
  assertCan(ctx.actor, 'photo.list');
  const { first, after } = pageWindow(args);
  assertPublicationCursor(after);
  const listed = and(scope.photos(ctx.actor), args.buildingId ? eq(photos.buildingId, args.buildingId) : undefined);
  const rows = await ctx.db
    .select()
    .from(photos)
    .where(and(listed, after ? sql`(${photos.publishedOn}, ${photos.id}) < (${after[0]}::date, ${after[1]}::uuid)` : undefined))
    .orderBy(desc(photos.publishedOn), desc(photos.id))
    .limit(first + 1);
  for (const row of rows) ctx.loaders.photoById.prime(row.id, row);
  // "N photos publiées" above a gallery shown a page at a time: counted in SQL, only when selected.
  const count = async () =>
    (
      await ctx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(photos)
        .where(listed)
    )[0].n;
  return toPage(rows, first, (row) => [row.publishedOn, row.id], { after, count });
}
