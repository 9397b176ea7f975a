import { createHash, randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, lt, or, sql, isNotNull } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Executor } from '../db/client';
import { assertCan } from '../auth/policy';
import { anyOf } from '../auth/scope-helpers';
import { uploads } from '../db/schema';
import { writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';

/** How long a staged upload waits for its publishDocument. */
export const UPLOAD_LIFETIME_MINUTES = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Who uploads: the manager's person or the integrator's token (an upload is theirs alone). */
export function uploaderOf(actor: Actor): { uploaderPersonId: string | null; uploaderTokenId: string | null } {
  if (actor.kind === 'person') return { uploaderPersonId: actor.personId, uploaderTokenId: null };
  if (actor.kind === 'integrator') return { uploaderPersonId: null, uploaderTokenId: actor.tokenId };
  throw new Error('unreachable: assertCan refuses anonymous uploads');
}

/**
 * Stages a file too large for GraphQL JSON (as Shopify's staged uploads do): stored under
 * `uploads/<agency>/<id>` through the FileStore, named by one later `publishDocument(uploadId:)`
 * of the same uploader within UPLOAD_LIFETIME_MINUTES. Its content is checked at publication,
 * against the type declared there. The agency's expired or spent uploads are cleared on the way.
 */
export async function stageUpload(ctx: Ctx, bytes: Buffer): Promise<string> {
  assertCan(ctx.actor, 'document.upload');
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
  return id;
}

/**
 * The caller's own unused, unexpired upload with its bytes, or UPLOAD_UNAVAILABLE in the same
 * words for another agency's, another uploader's, a spent, an expired or a missing one. Claimed
 * (spent) inside the publication's transaction.
 */
export async function claimableUpload(ctx: Ctx, uploadId: string): Promise<{ id: string; storageKey: string; bytes: Buffer }> {
  const agencyId = writerAgencyId(ctx.actor);
  if (!UUID.test(uploadId)) throw badInput('uploadId', 'INVALID_ID', 'Not an upload id');
  const uploader = uploaderOf(ctx.actor);
  const [row] = await ctx.db
    .select()
    .from(uploads)
    .where(
      and(
        eq(uploads.agencyId, agencyId),
        eq(uploads.id, uploadId),
        isNull(uploads.usedAt),
        sql`${uploads.expiresAt} > now()`,
        uploader.uploaderPersonId ? eq(uploads.uploaderPersonId, uploader.uploaderPersonId) : eq(uploads.uploaderTokenId, uploader.uploaderTokenId!),
      ),
    );
  const bytes = row ? await ctx.files.get(row.storageKey) : null;
  if (!row || !bytes) throw badInput('uploadId', 'UPLOAD_UNAVAILABLE', 'No such upload, or used or expired');
  return { id: row.id, storageKey: row.storageKey, bytes };
}

/**
 * Spends a claimable upload inside the publication's transaction (single use): the claim and the
 * row commit together, so a second publication of the same upload finds it spent.
 */
export async function spendUpload(tx: Executor, agencyId: string, uploadId: string): Promise<void> {
  const claimed = await tx
    .update(uploads)
    .set({ usedAt: sql`now()` })
    .where(and(eq(uploads.agencyId, agencyId), eq(uploads.id, uploadId), isNull(uploads.usedAt), gt(uploads.expiresAt, sql`now()`)))
    .returning({ id: uploads.id });
  if (claimed.length === 0) throw badInput('uploadId', 'UPLOAD_UNAVAILABLE', 'This upload is used or expired');
}

/**
 * The caller's claimable uploads of a batch, in one statement: each as `claimableUpload` says
 * (UPLOAD_UNAVAILABLE at its own field otherwise), by id.
 */
export async function claimableUploads(
  ctx: Ctx,
  requested: readonly { index: number; uploadId: string }[],
  fieldOf: (index: number, field: string) => string,
): Promise<Map<string, { id: string; storageKey: string; bytes: Buffer }>> {
  if (requested.length === 0) return new Map();
  const agencyId = writerAgencyId(ctx.actor);
  for (const { index, uploadId } of requested) if (!UUID.test(uploadId)) throw badInput(fieldOf(index, 'uploadId'), 'INVALID_ID', 'Not an upload id');
  const uploader = uploaderOf(ctx.actor);
  const rows = await ctx.db
    .select()
    .from(uploads)
    .where(
      and(
        eq(uploads.agencyId, agencyId),
        anyOf(uploads.id, [...new Set(requested.map((r) => r.uploadId))]),
        isNull(uploads.usedAt),
        sql`${uploads.expiresAt} > now()`,
        uploader.uploaderPersonId ? eq(uploads.uploaderPersonId, uploader.uploaderPersonId) : eq(uploads.uploaderTokenId, uploader.uploaderTokenId!),
      ),
    );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const claimed = new Map<string, { id: string; storageKey: string; bytes: Buffer }>();
  const seen = new Set<string>();
  for (const { index, uploadId } of requested) {
    const row = byId.get(uploadId);
    const bytes = row && !seen.has(uploadId) ? await ctx.files.get(row.storageKey) : null;
    // An upload is used once: named twice in a batch, the second is unavailable.
    if (!row || !bytes) throw badInput(fieldOf(index, 'uploadId'), 'UPLOAD_UNAVAILABLE', 'No such upload, or used or expired');
    seen.add(uploadId);
    claimed.set(uploadId, { id: row.id, storageKey: row.storageKey, bytes });
  }
  return claimed;
}

/** Spends a batch's uploads in its transaction, in one statement; any already spent refuses the batch. */
export async function spendUploads(tx: Executor, agencyId: string, uploadIds: readonly string[]): Promise<void> {
  if (uploadIds.length === 0) return;
  const claimed = await tx
    .update(uploads)
    .set({ usedAt: sql`now()` })
    .where(and(eq(uploads.agencyId, agencyId), anyOf(uploads.id, [...uploadIds]), isNull(uploads.usedAt), gt(uploads.expiresAt, sql`now()`)))
    .returning({ id: uploads.id });
  if (claimed.length !== uploadIds.length) throw badInput('uploadId', 'UPLOAD_UNAVAILABLE', 'An upload of the batch is used or expired');
}
