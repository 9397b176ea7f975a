import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { and, eq, isNotNull, lt, or, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { anyOf } from '../auth/scope-helpers';
import type { Executor } from '../db/client';
import { requestAttachments, requestUploadNames, ticketDocuments, uploads } from '../db/schema';
import { assertDocumentContent, DOCUMENT_TYPES } from '../documents/document-content';
import { claimableUpload, spendUpload, uploaderOf, UPLOAD_LIFETIME_MINUTES } from '../documents/upload.service';
import { contentKey, withFiles, type StagedFile } from '../files/transactional-files';
import { writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';

/** A request attachment's size limit: photos of a leak and a scanned letter, not archives. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Files per message. */
export const MAX_ATTACHMENTS = 5;

/**
 * Stages a file for a request or a message (POST /requests/uploads), like the documents' staged
 * uploads but open to clients: the same `uploads` table, so the file is the uploader's alone and
 * used once within UPLOAD_LIFETIME_MINUTES; its content is checked when attached.
 */
export async function stageRequestUpload(ctx: Ctx, bytes: Buffer, fileName: string): Promise<string> {
  assertCan(ctx.actor, 'request.attach');
  const agencyId = writerAgencyId(ctx.actor);
  if (bytes.length === 0) throw badInput('file', 'INVALID_VALUE', 'The file is empty');
  const stale = await ctx.db
    .delete(uploads)
    .where(and(eq(uploads.agencyId, agencyId), or(lt(uploads.expiresAt, sql`now()`), isNotNull(uploads.usedAt))))
    .returning({ key: uploads.storageKey });
  for (const { key } of stale) await ctx.files.remove(key);
  const id = randomUUID();
  const storageKey = `uploads/${agencyId}/${id}`;
  await ctx.files.put(storageKey, bytes);
  await ctx.db.insert(uploads).values({
    agencyId,
    id,
    ...uploaderOf(ctx.actor),
    storageKey,
    byteSize: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    expiresAt: sql`now() + make_interval(mins => ${UPLOAD_LIFETIME_MINUTES})`,
  });
  await ctx.db.insert(requestUploadNames).values({ agencyId, uploadId: id, fileName });
  return id;
}

/** A staged upload read and checked: its type sniffed from the bytes (PDF, JPEG, PNG) and its content decoded like a document's. */
export interface CheckedFile extends StagedFile {
  uploadId: string;
  uploadKey: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  fileName: string;
}

/**
 * Claims and checks the caller's staged uploads before any write (BAD_USER_INPUT on the
 * `uploadIds` field: UPLOAD_UNAVAILABLE, FILE_TOO_LARGE, INVALID_FILE_TYPE), so a refused file
 * changes nothing. Stored under `<prefix>/<sha256>.<ext>`.
 */
export async function checkedUploads(
  ctx: Ctx,
  uploadIds: readonly string[] | null | undefined,
  prefix: string,
  types: readonly string[] = Object.keys(DOCUMENT_TYPES),
): Promise<CheckedFile[]> {
  const ids = [...new Set(uploadIds ?? [])];
  if (ids.length > MAX_ATTACHMENTS) throw badInput('uploadIds', 'INVALID_VALUE', `At most ${MAX_ATTACHMENTS} files`);
  const files: CheckedFile[] = [];
  for (const id of ids) {
    const upload = await claimableUpload(ctx, id);
    if (upload.bytes.length > MAX_ATTACHMENT_BYTES) throw badInput('uploadIds', 'FILE_TOO_LARGE', `At most ${MAX_ATTACHMENT_BYTES} bytes a file`);
    const sniffed = (await fileTypeFromBuffer(upload.bytes))?.mime;
    if (!sniffed || !types.includes(sniffed)) throw badInput('uploadIds', 'INVALID_FILE_TYPE', `Attachments are ${types.join(', ')} files`);
    await assertDocumentContent('uploadIds', upload.bytes, sniffed);
    const file = contentKey(prefix, upload.bytes, DOCUMENT_TYPES[sniffed]);
    const [named] = await ctx.db
      .select({ fileName: requestUploadNames.fileName })
      .from(requestUploadNames)
      .where(and(eq(requestUploadNames.agencyId, writerAgencyId(ctx.actor)), eq(requestUploadNames.uploadId, upload.id)));
    const ext = DOCUMENT_TYPES[sniffed];
    files.push({
      ...file,
      uploadId: upload.id,
      uploadKey: upload.storageKey,
      contentType: sniffed,
      byteSize: upload.bytes.length,
      sha256: file.key.slice(file.key.lastIndexOf('/') + 1, file.key.lastIndexOf('.')),
      fileName: named?.fileName ?? `piece-jointe-${files.length + 1}.${ext}`,
    });
  }
  return files;
}

/** The committed rows that still name these files (a rollback keeps them). */
export async function referencedRequestFiles(tx: Executor, keys: string[]): Promise<string[]> {
  const attached = await tx.select({ key: requestAttachments.storageKey }).from(requestAttachments).where(anyOf(requestAttachments.storageKey, keys));
  const ticketed = await tx.select({ key: ticketDocuments.storageKey }).from(ticketDocuments).where(anyOf(ticketDocuments.storageKey, keys));
  return [...attached, ...ticketed].map((row) => row.key);
}

/**
 * Runs `work` in one transaction with the checked files stored and their uploads spent (single
 * use); the staged copies are removed after commit.
 */
export async function withCheckedFiles<T>(ctx: Ctx, files: CheckedFile[], work: (tx: Executor) => Promise<T>): Promise<T> {
  const agencyId = writerAgencyId(ctx.actor);
  const result = await withFiles(ctx.db, ctx.files, files, referencedRequestFiles, async (tx) => {
    for (const file of files) await spendUpload(tx, agencyId, file.uploadId);
    return work(tx);
  });
  for (const file of files) await ctx.files.remove(file.uploadKey);
  return result;
}

/** The attachment rows of a message, from its checked files. */
export async function insertAttachments(tx: Executor, agencyId: string, requestId: string, messageId: string, files: CheckedFile[]): Promise<void> {
  if (files.length === 0) return;
  await tx.insert(requestAttachments).values(
    files.map((file) => ({
      agencyId,
      requestId,
      messageId,
      fileName: file.fileName,
      contentType: file.contentType,
      byteSize: file.byteSize,
      sha256: file.sha256,
      storageKey: file.key,
    })),
  );
}
