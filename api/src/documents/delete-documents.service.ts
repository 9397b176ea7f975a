import { anyOf } from '../auth/scope-helpers';
import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { documents } from '../db/schema';
import { writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { removeUnreferenced } from '../files/transactional-files';
import { referencedDocumentFiles } from './document-files';
import { documentSelection } from './set-documents-published.service';

/**
 * Deletes a selection of documents (manual: "cochez puis cliquez sur la croix"); all of the
 * writer's agency or nothing (UNKNOWN_REFERENCE). A file no remaining document names is removed
 * after the commit, under the file locks (a crash in between leaves an unreferenced file, never a row without its file).
 */
export async function deleteDocuments(ctx: Ctx, documentIds: string[]): Promise<number> {
  assertCan(ctx.actor, 'document.delete');
  const agencyId = writerAgencyId(ctx.actor);
  const ids = documentSelection(documentIds);
  const keys = await ctx.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(documents)
      .where(and(eq(documents.agencyId, agencyId), anyOf(documents.id, ids)))
      .returning({ key: documents.storageKey });
    if (deleted.length !== ids.length) throw badInput('documentIds', 'UNKNOWN_REFERENCE', 'A document of the selection is not in the agency');
    return [...new Set(deleted.map((row) => row.key))];
  });
  await removeUnreferenced(ctx.db, ctx.files, keys, referencedDocumentFiles);
  return ids.length;
}
