import { anyOf } from '../auth/scope-helpers';
import type { Executor } from '../db/client';
import { documents } from '../db/schema';

/** The committed rows that still name these files (a rollback keeps them). */
export async function referencedDocumentFiles(tx: Executor, keys: string[]): Promise<string[]> {
  const rows = await tx.select({ key: documents.storageKey }).from(documents).where(anyOf(documents.storageKey, keys));
  return rows.map((row) => row.key);
}
