import { and, desc, eq, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { binders, documents } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { pageWindow, toPage, type Page, type PageArgs } from '../graphql/connection';
import type { Row } from '../graphql/loaders';
import type { Space } from '../identity/identity.types';
import { modulesOf } from './binder-list.service';

export type DocumentRow = Row<typeof documents>;

export interface DocumentListArgs extends PageArgs {
  space?: Space | null;
  /** A binder's own id (decoded); its documents only. */
  binderId?: string | null;
}

/**
 * Documents visible to the actor, newest first (publication date, then id), as a keyset page:
 * one statement whatever the number of documents, the document scope ANDed in SQL like every
 * other path (node, counts, downloads).
 */
export async function documentPage(ctx: Ctx, args: DocumentListArgs): Promise<Page<DocumentRow>> {
  assertCan(ctx.actor, 'document.list');
  const { first, after } = pageWindow(args);
  // The cursor's parts are cast in SQL: only the shape this list issues is accepted.
  if (after && (!/^\d{4}-\d{2}-\d{2}$/.test(after[0]) || !/^[0-9a-f-]{36}$/.test(after[1]))) throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
  const modules = modulesOf(args.space);
  const rows = await ctx.db
    .select()
    .from(documents)
    .where(
      and(
        scope.documents(ctx.actor),
        args.binderId ? eq(documents.binderId, args.binderId) : undefined,
        modules.length < 2
          ? sql`EXISTS (SELECT 1 FROM ${binders} mb WHERE mb.agency_id = ${documents.agencyId} AND mb.id = ${documents.binderId} AND mb.module = ${modules[0]})`
          : undefined,
        after ? sql`(${documents.publishedOn}, ${documents.id}) < (${after[0]}::date, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(documents.publishedOn), desc(documents.id))
    .limit(first + 1);
  for (const row of rows) ctx.loaders.documentById.prime(row.id, row);
  return toPage(rows, first, (row) => [row.publishedOn, row.id]);
}
