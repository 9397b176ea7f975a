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
  isTreasury?: boolean;
  isAnalyticNotPaidBack?: boolean;
  externalId?: string;
}

const INSERT_CHUNK = 4000;

interface MonthDelta {
  debit: Decimal;
  credit: Decimal;
  notPaidBackDebit: Decimal;
  notPaidBackCredit: Decimal;
}

/**
 * Appends immutable entries and, in the same transaction, moves each account's balance
 * (debit − credit) and its monthly totals. Both move by atomic `x = x + delta` updates, so
 * concurrent writers on PostgreSQL cannot lose an update; deltas are summed exactly (decimal.js).
 */
export async function appendEntries(tx: Executor, agencyId: string, entries: NewLedgerEntry[]): Promise<void> {
  if (entries.length === 0) return;
  for (let start = 0; start < entries.length; start += INSERT_CHUNK) {
    const chunk = entries.slice(start, start + INSERT_CHUNK);
    await tx.insert(ledgerEntries).values(chunk.map((entry) => ({ agencyId, ...entry, debit: entry.debit ?? '0', credit: entry.credit ?? '0' })));
  }
  const months = new Map<string, MonthDelta>();
  const balances = new Map<string, Decimal>();
  for (const entry of entries) {
    const debit = new Decimal(entry.debit ?? 0);
    const credit = new Decimal(entry.credit ?? 0);
    const key = `${entry.accountId}|${entry.entryDate.slice(0, 7)}-01`;
    const month = months.get(key) ?? { debit: new Decimal(0), credit: new Decimal(0), notPaidBackDebit: new Decimal(0), notPaidBackCredit: new Decimal(0) };
    month.debit = month.debit.plus(debit);
    month.credit = month.credit.plus(credit);
    if (entry.isAnalyticNotPaidBack) {
      month.notPaidBackDebit = month.notPaidBackDebit.plus(debit);
      month.notPaidBackCredit = month.notPaidBackCredit.plus(credit);
    }
    months.set(key, month);
    balances.set(entry.accountId, (balances.get(entry.accountId) ?? new Decimal(0)).plus(debit).minus(credit));
  }
  const monthRows = [...months].map(([key, m]) => {
    const [accountId, month] = key.split('|');
    return sql`(${agencyId}::uuid, ${accountId}::uuid, ${month}::date, ${m.debit.toFixed(2)}::numeric, ${m.credit.toFixed(2)}::numeric, ${m.notPaidBackDebit.toFixed(2)}::numeric, ${m.notPaidBackCredit.toFixed(2)}::numeric)`;
  });
  for (let start = 0; start < monthRows.length; start += INSERT_CHUNK) {
    await tx.execute(sql`
      INSERT INTO account_month_totals AS t (agency_id, account_id, month, debit, credit, not_paid_back_debit, not_paid_back_credit)
      VALUES ${sql.join(monthRows.slice(start, start + INSERT_CHUNK), sql`, `)}
      ON CONFLICT (agency_id, account_id, month) DO UPDATE SET
        debit = t.debit + excluded.debit, credit = t.credit + excluded.credit,
        not_paid_back_debit = t.not_paid_back_debit + excluded.not_paid_back_debit,
        not_paid_back_credit = t.not_paid_back_credit + excluded.not_paid_back_credit`);
  }
  const balanceRows = [...balances].map(([accountId, delta]) => sql`(${accountId}::uuid, ${delta.toFixed(2)}::numeric)`);
  for (let start = 0; start < balanceRows.length; start += INSERT_CHUNK) {
    await tx.execute(sql`
      UPDATE accounts a SET balance = a.balance + d.delta
      FROM (VALUES ${sql.join(balanceRows.slice(start, start + INSERT_CHUNK), sql`, `)}) AS d(id, delta)
      WHERE a.agency_id = ${agencyId} AND a.id = d.id`);
  }
}
