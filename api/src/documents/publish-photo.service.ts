import { and, eq, or, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { anyOf } from '../auth/scope-helpers';
import type { Executor } from '../db/client';
import { buildings, photos } from '../db/schema';
import { contentKey, withFiles } from '../files/transactional-files';
import { assertText, TEXT_LIMITS, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import { decodeInline } from './document-content';
import { decodePhoto } from './photo-image';
import type { PhotoRow } from './photo-list.service';
import type { PublishPhotoInput } from './photo.types';
import { claimableUpload, spendUpload } from './upload.service';

/** The committed photos that still name these files, as original or thumbnail (a rollback keeps them). */
export async function referencedPhotoFiles(tx: Executor, keys: string[]): Promise<string[]> {
  const rows = await tx
    .select({ original: photos.storageKey, thumbnail: photos.thumbnailKey })
    .from(photos)
    .where(or(anyOf(photos.storageKey, keys), anyOf(photos.thumbnailKey, keys)));
  return rows.flatMap((row) => [row.original, row.thumbnail]);
}

/**
 * Publishes a photo of a building (manual: "Mes photos", "les photos que vous publiez… classées
 * par immeuble"): the building of the writer's agency (UNKNOWN_REFERENCE otherwise, in the same
 * words for another agency's), the bytes decoded by sharp (photo-image.ts) and the thumbnail made
 * from them; then the original and the thumbnail are stored under their SHA-256 and the row is
 * written in one transaction (files/transactional-files.ts), so a refused photo stores nothing.
 */
export async function publishPhoto(ctx: Ctx, input: PublishPhotoInput): Promise<PhotoRow> {
  assertCan(ctx.actor, 'photo.publish');
  const agencyId = writerAgencyId(ctx.actor);
  const buildingId = expectGlobalId(input.buildingId, 'Building', 'buildingId');
  const caption = assertText('caption', input.caption);
  const fileName = assertText('fileName', input.fileName.replace(/[\p{Cc}/\\]+/gu, '-'), TEXT_LIMITS.name);
  const [building] = await ctx.db
    .select({ id: buildings.id })
    .from(buildings)
    .where(and(eq(buildings.agencyId, agencyId), eq(buildings.id, buildingId)));
  if (!building) throw badInput('buildingId', 'UNKNOWN_REFERENCE', 'No such building in the agency');

  if ((input.contentBase64 == null) === (input.uploadId == null)) throw badInput('contentBase64', 'CONTENT_REQUIRED', 'Give contentBase64 or uploadId');
  const upload = input.uploadId != null ? await claimableUpload(ctx, input.uploadId) : null;
  const bytes = upload ? upload.bytes : decodeInline(input.contentBase64!);
  const photo = await decodePhoto(upload ? 'uploadId' : 'contentBase64', bytes);

  const original = contentKey(`photos/${agencyId}`, bytes, photo.ext);
  const thumbnail = contentKey(`photos/${agencyId}`, photo.thumbnail.bytes, 'jpg');
  const sha256Of = (key: string) => key.slice(key.lastIndexOf('/') + 1, key.lastIndexOf('.'));
  const row = await withFiles(ctx.db, ctx.files, [original, thumbnail], referencedPhotoFiles, async (tx) => {
    if (upload) await spendUpload(tx, agencyId, upload.id);
    const [inserted] = await tx
      .insert(photos)
      .values({
        agencyId,
        buildingId: building.id,
        caption,
        takenOn: input.takenOn ?? null,
        publishedOn: sql`current_date`,
        fileName,
        contentType: photo.contentType,
        byteSize: bytes.length,
        sha256: sha256Of(original.key),
        storageKey: original.key,
        thumbnailKey: thumbnail.key,
        width: photo.width,
        height: photo.height,
        thumbnailWidth: photo.thumbnail.width,
        thumbnailHeight: photo.thumbnail.height,
      })
      .returning();
    return inserted;
  });
  if (upload) await ctx.files.remove(upload.storageKey);
  return row;
}
