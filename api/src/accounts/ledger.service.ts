import { Decimal } from 'decimal.js';
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { ledgerEntries } from '../db/schema';

export interface NewLedgerEntry {
  accountId: string;
  entryDate: string;
  label: string;
  debit?: string;
  credit?: string;
  externalId?: string;
}

const INSERT_CHUNK = 5000;

/**
 * Appends immutable entries and moves each account's maintained balance (debit − credit) in the
 * same transaction. The balance moves by an atomic `balance = balance + delta`, so concurrent
 * writers on PostgreSQL cannot lose an update; deltas are summed exactly with decimal.js.
 */
export async function appendEntries(tx: Executor, agencyId: string, entries: NewLedgerEntry[]): Promise<void> {
  if (entries.length === 0) return;
  for (let start = 0; start < entries.length; start += INSERT_CHUNK) {
    const chunk = entries.slice(start, start + INSERT_CHUNK);
    await tx.insert(ledgerEntries).values(chunk.map((entry) => ({ agencyId, ...entry, debit: entry.debit ?? '0', credit: entry.credit ?? '0' })));
  }
  const deltas = new Map<string, Decimal>();
  for (const entry of entries) {
    const delta = new Decimal(entry.debit ?? 0).minus(entry.credit ?? 0);
    deltas.set(entry.accountId, (deltas.get(entry.accountId) ?? new Decimal(0)).plus(delta));
  }
  const values = [...deltas].map(([accountId, delta]) => sql`(${accountId}::uuid, ${delta.toFixed(2)}::numeric)`);
  await tx.execute(sql`
    UPDATE accounts a SET balance = a.balance + d.delta
    FROM (VALUES ${sql.join(values, sql`, `)}) AS d(id, delta)
    WHERE a.agency_id = ${agencyId} AND a.id = d.id`);
}
