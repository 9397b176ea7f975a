import { sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { documents } from '../db/schema';
import { contentKey, withFiles } from '../files/transactional-files';
import { assertText, optionalText, TEXT_LIMITS, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { DocumentRow } from './document-list.service';
import { assertDocumentContent, assertDocumentType, decodeInline, DOCUMENT_TYPES } from './document-content';
import { queueDocumentNotifications } from './document-notifications';
import { referencedDocumentFiles } from './document-files';
import { resolveTarget } from './document-target';
import type { PublishDocumentInput } from './document.types';
import { claimableUpload, spendUpload } from './upload.service';

/** Longest publication a document may have, in months (50 years; none = "ad vitam"). */
const MAX_DURATION_MONTHS = 600;

/**
 * Publishes one document (manual: an event with its attachment, "Publier un document"): checks
 * the binder, the target and the file's content (on its bytes), then stores the file and writes
 * the row in one transaction (files/transactional-files.ts), so a refused or failed publication
 * stores nothing. The title may be the file name ("Utiliser le nom des pièces jointes…", the
 * agency's or this call's choice) and carry the dossier reference as a prefix ("Préfixer les
 * documents"); the period runs from `publishOn` (today) for `durationMonths` (none: forever).
 */
export async function publishDocument(ctx: Ctx, input: PublishDocumentInput): Promise<DocumentRow> {
  assertCan(ctx.actor, 'document.publish');
  const agencyId = writerAgencyId(ctx.actor);
  const binder = await ctx.loaders.binderById.load(expectGlobalId(input.binderId, 'Binder', 'binderId'));
  if (!binder) throw badInput('binderId', 'UNKNOWN_REFERENCE', 'No such binder in the agency');
  const fileName = assertText('fileName', input.fileName.replace(/[\p{Cc}/\\]+/gu, '-'), TEXT_LIMITS.name);
  const contentType = assertDocumentType(input.contentType);
  const useFileName = input.useFileNameAsTitle ?? ctx.settings.useAttachmentNameAsTitle;
  const reference = optionalText('dossierReference', input.dossierReference, TEXT_LIMITS.code);
  const baseTitle = useFileName ? fileName : assertText('title', input.title);
  const title = assertText('title', reference ? `${reference} – ${baseTitle}` : baseTitle);
  const dossier = optionalText('dossier', input.dossier, TEXT_LIMITS.name);
  const months = input.durationMonths;
  if (months != null && (!Number.isInteger(months) || months < 1 || months > MAX_DURATION_MONTHS)) {
    throw badInput('durationMonths', 'INVALID_VALUE', `From 1 to ${MAX_DURATION_MONTHS} months, or none for ever`);
  }
  const target = await resolveTarget(ctx.db, agencyId, binder, input.target);

  if ((input.contentBase64 == null) === (input.uploadId == null)) throw badInput('contentBase64', 'CONTENT_REQUIRED', 'Give contentBase64 or uploadId');
  const upload = input.uploadId != null ? await claimableUpload(ctx, input.uploadId) : null;
  const bytes = upload ? upload.bytes : decodeInline(input.contentBase64!);
  await assertDocumentContent(upload ? 'uploadId' : 'contentBase64', bytes, contentType);

  const file = contentKey(`documents/${agencyId}`, bytes, DOCUMENT_TYPES[contentType]);
  const publishedOn = input.publishOn ? sql`${input.publishOn}::date` : sql`current_date`;
  const row = await withFiles(ctx.db, ctx.files, [file], referencedDocumentFiles, async (tx) => {
    if (upload) await spendUpload(tx, agencyId, upload.id);
    const [inserted] = await tx
      .insert(documents)
      .values({
        agencyId,
        binderId: binder.id,
        title,
        fileName,
        contentType,
        byteSize: bytes.length,
        sha256: file.key.slice(file.key.lastIndexOf('/') + 1, file.key.lastIndexOf('.')),
        storageKey: file.key,
        ...target,
        publishedOn,
        expiresOn: months ? sql`(${publishedOn} + make_interval(months => ${months}::int))::date` : null,
        isPublished: true,
        dossier,
        notify: input.notify ?? false,
      })
      .returning();
    // The e-mails commit with the document (or not at all) and leave after commit, never holding it.
    await queueDocumentNotifications({ ...ctx, db: tx }, agencyId, [inserted.id]);
    return inserted;
  });
  if (upload) await ctx.files.remove(upload.storageKey);
  void ctx.mailer.deliverPending(ctx.db);
  return row;
}
