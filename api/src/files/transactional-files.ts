import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import type { FileStore } from './file-store';

export interface StagedFile {
  key: string;
  bytes: Buffer;
}

/** A content-addressed key: `<prefix>/<sha256 of the bytes>.<ext>`, so no two contents share a file. */
export function contentKey(prefix: string, bytes: Buffer, ext: string): StagedFile {
  return { key: `${prefix}/${createHash('sha256').update(bytes).digest('hex')}.${ext}`, bytes };
}

/** One transaction-scoped advisory lock per key, taken in key order (no deadlock between batches). */
async function lockKeys(tx: Executor, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.execute(sql`
    SELECT pg_advisory_xact_lock(hashtext(k))
    FROM (SELECT k FROM json_array_elements_text(${JSON.stringify([...keys].sort())}::json) AS k ORDER BY k) AS sorted`);
}

/**
 * Runs `work` in one transaction together with the files its rows reference, so that a committed
 * row always has its file and a rolled-back batch leaves none behind:
 * - files are content-addressed (contentKey): writing one twice writes the same bytes;
 * - inside the transaction, under a lock per key, each missing file is written (whole, by rename)
 *   before the rows that name it; a commit therefore finds every file in place;
 * - on rollback, the files this call created are removed under the same locks, unless a row
 *   committed meanwhile references them (`referenced`); a crash between the write and the commit
 *   can leave an unreferenced file, never a row without its file.
 */
export async function withFiles<T>(
  db: Db,
  store: FileStore,
  files: StagedFile[],
  referenced: (tx: Executor, keys: string[]) => Promise<string[]>,
  work: (tx: Executor) => Promise<T>,
): Promise<T> {
  const unique = [...new Map(files.map((file) => [file.key, file])).values()];
  const created: string[] = [];
  try {
    return await db.transaction(async (tx) => {
      await lockKeys(
        tx,
        unique.map((file) => file.key),
      );
      for (const file of unique) {
        if (await store.has(file.key)) continue;
        await store.put(file.key, file.bytes);
        created.push(file.key);
      }
      return work(tx);
    });
  } catch (error) {
    if (created.length > 0) {
      await db.transaction(async (tx) => {
        await lockKeys(tx, created);
        const kept = new Set(await referenced(tx, created));
        for (const key of created) if (!kept.has(key)) await store.remove(key);
      });
    }
    throw error;
  }
}

/**
 * Removes the files of `keys` that no committed row references any more (after a delete), under
 * the same per-key locks as `withFiles`, so a publication of the same content in flight either
 * commits first (the file is kept) or writes it again after.
 */
export async function removeUnreferenced(db: Db, store: FileStore, keys: string[], referenced: (tx: Executor, keys: string[]) => Promise<string[]>): Promise<void> {
  if (keys.length === 0) return;
  await db.transaction(async (tx) => {
    await lockKeys(tx, keys);
    const kept = new Set(await referenced(tx, keys));
    for (const key of keys) if (!kept.has(key)) await store.remove(key);
  });
}
