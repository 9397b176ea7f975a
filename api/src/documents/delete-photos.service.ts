import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { anyOf } from '../auth/scope-helpers';
import { photos } from '../db/schema';
import { removeUnreferenced } from '../files/transactional-files';
import { assertBatch, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import { referencedPhotoFiles } from './publish-photo.service';

/** Photos deleted in one call at most. */
const MAX_PHOTO_SELECTION = 500;

/**
 * Deletes a selection of photos, all of the writer's agency or nothing (UNKNOWN_REFERENCE). The
 * originals and thumbnails no remaining photo names are removed after the commit, under the file
 * locks (a crash in between leaves an unreferenced file, never a row without its file).
 */
export async function deletePhotos(ctx: Ctx, photoIds: string[]): Promise<number> {
  assertCan(ctx.actor, 'photo.delete');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('photoIds', photoIds.length, MAX_PHOTO_SELECTION);
  const ids = [...new Set(photoIds.map((id, index) => expectGlobalId(id, 'Photo', `photoIds[${index}]`)))];
  const keys = await ctx.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(photos)
      .where(and(eq(photos.agencyId, agencyId), anyOf(photos.id, ids)))
      .returning({ original: photos.storageKey, thumbnail: photos.thumbnailKey });
    if (deleted.length !== ids.length) throw badInput('photoIds', 'UNKNOWN_REFERENCE', 'A photo of the selection is not in the agency');
    return [...new Set(deleted.flatMap((row) => [row.original, row.thumbnail]))];
  });
  await removeUnreferenced(ctx.db, ctx.files, keys, referencedPhotoFiles);
  return ids.length;
}
