import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { RowScope } from '../auth/rule';
import { anyOf, scopeValues } from '../auth/scope-helpers';
import type { Db } from '../db/client';
import { runCompiled } from '../db/compiled';
import { accounts, ledgerEntries } from '../db/schema';
import { ph } from '../graphql/loaders';
import { AccountDirection } from './account.types';
import { centsOf, formatCents } from './cents';

/** An account as of today: entries dated after today (a funds call posted ahead) are set aside. */
export interface AccountOutlook {
  /** Debit − credit of the entries dated after today, in cents. */
  futureDelta: bigint;
  /** The last day with treasury credits (a payment received) up to today, and their sum. */
  lastPayment: { date: string; amount: string } | null;
  /** The first day after today with debits (the next call or rent notice), and their sum. */
  nextCall: { date: string; amount: string } | null;
}

interface OutlookRow {
  id: string;
  future: string;
  last_payment_date: string | null;
  last_payment_amount: string | null;
  next_call_date: string | null;
  next_call_amount: string | null;
}

/**
 * One statement for every account of a page, whatever their number: the entries dated after
 * today, the last payment and the next call, each read through the (account, date, id) index.
 * Compiled once per scope shape (`runCompiled`), the ids as one array parameter, like the loaders.
 */
export function accountOutlookLoader(db: Db, actor: Actor, accountScope: RowScope) {
  return new DataLoader<string, AccountOutlook>(async (ids) => {
    const sameAccount = sql`e.agency_id = ${accounts.agencyId} AND e.account_id = ${accounts.id}`;
    const shape = accountScope.shapeOf(actor);
    const rows = await runCompiled<OutlookRow>(
      db,
      `accountOutlook|${shape}`,
      () => sql`
      SELECT ${accounts.id} AS id,
        (SELECT coalesce(sum(e.debit - e.credit), 0) FROM ${ledgerEntries} e WHERE ${sameAccount} AND e.entry_date > current_date)::text AS future,
        lp.day::text AS last_payment_date, lp.amount::text AS last_payment_amount,
        nc.day::text AS next_call_date, nc.amount::text AS next_call_amount
      FROM ${accounts}
      LEFT JOIN LATERAL (
        SELECT d.day, (SELECT sum(e.credit) FROM ${ledgerEntries} e WHERE ${sameAccount} AND e.entry_date = d.day AND e.is_treasury) AS amount
        FROM (SELECT e.entry_date AS day FROM ${ledgerEntries} e
          WHERE ${sameAccount} AND e.is_treasury AND e.credit > 0 AND e.entry_date <= current_date
          ORDER BY e.entry_date DESC LIMIT 1) d
      ) lp ON true
      LEFT JOIN LATERAL (
        SELECT d.day, (SELECT sum(e.debit) FROM ${ledgerEntries} e WHERE ${sameAccount} AND e.entry_date = d.day) AS amount
        FROM (SELECT e.entry_date AS day FROM ${ledgerEntries} e
          WHERE ${sameAccount} AND e.debit > 0 AND e.entry_date > current_date
          ORDER BY e.entry_date LIMIT 1) d
      ) nc ON true
      WHERE (${accountScope.template(shape)}) AND ${anyOf(accounts.id, ph('ids'))}`,
      { ...scopeValues(actor), ids },
    );
    const found = new Map(
      rows.map((row) => [
        row.id,
        {
          futureDelta: centsOf(row.future),
          lastPayment: row.last_payment_date && row.last_payment_amount ? { date: row.last_payment_date, amount: formatCents(centsOf(row.last_payment_amount)) } : null,
          nextCall: row.next_call_date && row.next_call_amount ? { date: row.next_call_date, amount: formatCents(centsOf(row.next_call_amount)) } : null,
        },
      ]),
    );
    const none: AccountOutlook = { futureDelta: 0n, lastPayment: null, nextCall: null };
    return ids.map((id) => found.get(id) ?? none);
  });
}

/** The balance as of today in cents (stored debit − credit, less the entries dated after today). */
export function balanceToday(storedBalance: string, outlook: AccountOutlook): bigint {
  return centsOf(storedBalance) - outlook.futureDelta;
}

/** Plain words for a debit − credit balance in cents: "you owe 743,32", "in credit by …", "settled". */
export function positionOf(debitMinusCredit: bigint) {
  const direction = debitMinusCredit === 0n ? AccountDirection.SETTLED : debitMinusCredit > 0n ? AccountDirection.OWING : AccountDirection.IN_CREDIT;
  return { amount: formatCents(debitMinusCredit < 0n ? -debitMinusCredit : debitMinusCredit), direction };
}
