import { and, desc, eq, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { accounts, binders, documents, leases, managementMandates, mandateLots, ownerships } from '../db/schema';
import { matchesAllWords, searchWords } from '../db/search';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { pageWindow, toPage, type Cursor, type Page, type PageArgs } from '../graphql/connection';
import type { Row } from '../graphql/loaders';
import type { Space } from '../identity/identity.types';
import { modulesOf } from './binder-list.service';

export type DocumentRow = Row<typeof documents>;

export interface DocumentListArgs extends PageArgs {
  space?: Space | null;
  /** A binder's own id (decoded); its documents only. */
  binderId?: string | null;
  /** Words of the title, in any order, accents and case ignored ("Mes documents" search). */
  search?: string | null;
  /** A person's own id (decoded): the documents that concern them (the console's person page). */
  concerningPersonId?: string | null;
}

/**
 * Documents whose target is the person or one of their relations: their accounts, the leases they
 * rent, the lots they co-own or (under a mandate) own. Whether the caller may see each is the scope's.
 */
function concerningPerson(personId: string) {
  return sql`(${documents.personId} = ${personId}
    OR ${documents.accountId} IN (SELECT a.id FROM ${accounts} a WHERE a.agency_id = ${documents.agencyId} AND a.person_id = ${personId})
    OR ${documents.leaseId} IN (SELECT l.id FROM ${leases} l WHERE l.agency_id = ${documents.agencyId} AND l.tenant_person_id = ${personId})
    OR ${documents.lotId} IN (SELECT o.lot_id FROM ${ownerships} o WHERE o.agency_id = ${documents.agencyId} AND o.person_id = ${personId}
      UNION SELECT ml.lot_id FROM ${mandateLots} ml JOIN ${managementMandates} m ON m.agency_id = ml.agency_id AND m.id = ml.mandate_id
        WHERE ml.agency_id = ${documents.agencyId} AND m.owner_person_id = ${personId}))`;
}

/**
 * A cursor of a list ordered by publication date then id (documents, photos): its parts are cast
 * in SQL, so only the shape these lists issue is accepted (a forged one is BAD_USER_INPUT, not a SQL error).
 */
export function assertPublicationCursor(after: Cursor | null): void {
  if (after && (!/^\d{4}-\d{2}-\d{2}$/.test(after[0]) || !/^[0-9a-f-]{36}$/.test(after[1]))) throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
}

/**
 * Documents visible to the actor, newest first (publication date, then id), as a keyset page:
 * one statement whatever the number of documents, the document scope ANDed in SQL like every
 * other path (node, counts, downloads).
 */
export async function documentPage(ctx: Ctx, args: DocumentListArgs): Promise<Page<DocumentRow>> {
  assertCan(ctx.actor, 'document.list');
  const { first, after } = pageWindow(args);
  assertPublicationCursor(after);
  const modules = modulesOf(args.space);
  const words = searchWords(args.search);
  const rows = await ctx.db
    .select()
    .from(documents)
    .where(
      and(
        scope.documents(ctx.actor),
        args.binderId ? eq(documents.binderId, args.binderId) : undefined,
        args.concerningPersonId ? concerningPerson(args.concerningPersonId) : undefined,
        words.length ? matchesAllWords(sql`lower(immutable_unaccent(${documents.title}))`, words) : undefined,
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
