import { GraphQLError } from 'graphql';
import { sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { documents } from '../db/schema';
import { contentKey, withFiles, type StagedFile } from '../files/transactional-files';
import { assertBatch, assertText, optionalText, TEXT_LIMITS, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { DocumentRow } from './document-list.service';
import { assertDocumentContent, assertDocumentType, decodeInline, DOCUMENT_TYPES } from './document-content';
import { queueDocumentNotifications } from './document-notifications';
import { referencedDocumentFiles } from './document-files';
import { resolveTargets } from './document-target';
import type { PublishDocumentInput } from './document.types';
import { claimableUploads, spendUploads } from './upload.service';

/** Longest publication a document may have, in months (50 years; none = "ad vitam"). */
const MAX_DURATION_MONTHS = 600;
/** Documents per publishDocuments call (the benchmark's batch; the body limit allows 1 000 small PDFs inline). */
export const MAX_DOCUMENTS_PER_BATCH = 1_000;

type FieldOf = (index: number, field: string) => string;

/** Runs an item's checks, naming its fields `inputs[i].…` in a batch (the checks name bare fields). */
async function atItem<T>(index: number, fieldOf: FieldOf, check: () => T | Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof GraphQLError) || typeof error.extensions.field !== 'string') throw error;
    const field = error.extensions.field;
    if (fieldOf(index, field) === field) throw error;
    throw badInput(fieldOf(index, field), error.extensions.reason as Parameters<typeof badInput>[1], error.message);
  }
}

/**
 * Publishes documents (manual: an event with its attachment, "Publier un document"), one or a
 * batch, all or none: checks each binder, target and file content (on its bytes), then stores the
 * files and writes every row in one transaction (files/transactional-files.ts), so a refused or
 * failed publication stores nothing. The statements do not grow with the batch: binders, targets
 * (one per kind), uploads, the insert and the announcement are each one statement. The title may
 * be the file name ("Utiliser le nom des pièces jointes…", the agency's or this call's choice) and
 * carry the dossier reference as a prefix ("Préfixer les documents"); the period runs from
 * `publishOn` (today) for `durationMonths` (none: forever). One announcement for the batch: a
 * person gets one message for all its documents they may see.
 */
export async function publishDocuments(
  ctx: Ctx,
  inputs: readonly PublishDocumentInput[],
  fieldOf: FieldOf = (index, field) => `inputs[${index}].${field}`,
): Promise<DocumentRow[]> {
  assertCan(ctx.actor, 'document.publish');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('inputs', inputs.length, MAX_DOCUMENTS_PER_BATCH);
  const binders = await Promise.all(inputs.map((input, index) => atItem(index, fieldOf, () => ctx.loaders.binderById.load(expectGlobalId(input.binderId, 'Binder', 'binderId')))));
  const prepared = await Promise.all(
    inputs.map((input, index) =>
      atItem(index, fieldOf, () => {
        const binder = binders[index];
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
        if ((input.contentBase64 == null) === (input.uploadId == null)) throw badInput('contentBase64', 'CONTENT_REQUIRED', 'Give contentBase64 or uploadId');
        const inline = input.contentBase64 != null ? decodeInline(input.contentBase64) : null;
        return { binder, fileName, contentType, title, dossier, months, inline };
      }),
    ),
  );
  const targets = await resolveTargets(
    ctx.db,
    agencyId,
    inputs.map((input, index) => ({ binder: prepared[index].binder, target: input.target })),
    fieldOf,
  );
  const uploads = await claimableUploads(
    ctx,
    inputs.flatMap((input, index) => (input.uploadId != null ? [{ index, uploadId: input.uploadId }] : [])),
    fieldOf,
  );
  const files: StagedFile[] = [];
  for (const [index, item] of prepared.entries()) {
    const upload = inputs[index].uploadId != null ? uploads.get(inputs[index].uploadId) : null;
    const bytes = upload ? upload.bytes : item.inline!;
    await atItem(index, fieldOf, () => assertDocumentContent(upload ? 'uploadId' : 'contentBase64', bytes, item.contentType));
    files.push(contentKey(`documents/${agencyId}`, bytes, DOCUMENT_TYPES[item.contentType]));
  }

  const rows = await withFiles(ctx.db, ctx.files, files, referencedDocumentFiles, async (tx) => {
    await spendUploads(tx, agencyId, [...uploads.keys()]);
    const inserted = await tx
      .insert(documents)
      .values(
        prepared.map((item, index) => {
          const input = inputs[index];
          const file = files[index];
          const publishedOn = input.publishOn ? sql`${input.publishOn}::date` : sql`current_date`;
          return {
            agencyId,
            binderId: item.binder.id,
            title: item.title,
            fileName: item.fileName,
            contentType: item.contentType,
            byteSize: file.bytes.length,
            sha256: file.key.slice(file.key.lastIndexOf('/') + 1, file.key.lastIndexOf('.')),
            storageKey: file.key,
            ...targets[index],
            publishedOn,
            expiresOn: item.months ? sql`(${publishedOn} + make_interval(months => ${item.months}::int))::date` : null,
            isPublished: true,
            dossier: item.dossier,
            // Omitted: the binder's model decides when announcing ("Paramétrage des modèles d'événement").
            notify: input.notify ?? null,
          };
        }),
      )
      .returning();
    // The e-mails commit with the documents (or not at all) and leave after commit, never holding them.
    await queueDocumentNotifications(
      { ...ctx, db: tx },
      agencyId,
      inserted.map((row) => row.id),
    );
    return inserted;
  });
  for (const upload of uploads.values()) await ctx.files.remove(upload.storageKey);
  void ctx.mailer.deliverPending(ctx.db);
  return rows;
}

/** Publishes one document: `publishDocuments` of one, its errors naming the input's own fields. */
export async function publishDocument(ctx: Ctx, input: PublishDocumentInput): Promise<DocumentRow> {
  const [row] = await publishDocuments(ctx, [input], (_index, field) => field);
  return row;
}
