import { anyOf } from '../auth/scope-helpers';
import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { documents } from '../db/schema';
import { assertBatch, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { DocumentRow } from './document-list.service';
import { queueDocumentNotifications } from './document-notifications';

/** At most this many documents per selection (the console's "Actions" on a selection). */
export const MAX_DOCUMENT_SELECTION = 1_000;

/** The decoded ids of a selection, each a Document id; every one must be of the writer's agency. */
export function documentSelection(documentIds: string[]): string[] {
  assertBatch('documentIds', documentIds.length, MAX_DOCUMENT_SELECTION);
  return [...new Set(documentIds.map((id, index) => expectGlobalId(id, 'Document', `documentIds[${index}]`)))];
}

/**
 * "(Dé)publier des événements": unpublishes or republishes a selection in one statement; clients
 * lose or regain them at the next request. An id of another agency, or of nothing, refuses the
 * whole selection (UNKNOWN_REFERENCE) and changes nothing.
 */
export async function setDocumentsPublished(ctx: Ctx, documentIds: string[], isPublished: boolean): Promise<DocumentRow[]> {
  assertCan(ctx.actor, 'document.setPublished');
  const agencyId = writerAgencyId(ctx.actor);
  const ids = documentSelection(documentIds);
  const published = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(documents)
      .set({ isPublished })
      .where(and(eq(documents.agencyId, agencyId), anyOf(documents.id, ids)))
      .returning();
    if (rows.length !== ids.length) throw badInput('documentIds', 'UNKNOWN_REFERENCE', 'A document of the selection is not in the agency');
    // A republication is a batch: one e-mail per person for the documents never announced yet.
    if (isPublished) await queueDocumentNotifications({ ...ctx, db: tx }, agencyId, ids);
    return rows;
  });
  if (isPublished) void ctx.mailer.deliverPending(ctx.db);
  return published;
}
