import { Decimal } from 'decimal.js';
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '../db/client';
import { assertCan } from '../auth/policy';
import { accountMonthTotals, accounts, ledgerEntries } from '../db/schema';
import type { AgencySettings } from '../settings/registry';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { pageWindow, type PageArgs } from '../graphql/connection';
import { BalancePresentation } from './account.types';

type AccountRow = typeof accounts.$inferSelect;

/** How one account is shown: the agency's settings applied to the account's kind (manual: "Paramètres"). */
export interface AccountView {
  presentation: BalancePresentation;
  groupTreasury: boolean;
  excludeNotPaidBack: boolean;
}

export function accountView(account: AccountRow, settings: AgencySettings): AccountView {
  const s = settings;
  const groupTreasury =
    (account.kind === 'OWNER' && s.groupTreasuryForOwners) ||
    (account.kind === 'TENANT' && s.groupTreasuryForTenants) ||
    (account.kind === 'COOWNER' && s.groupTreasuryForCoOwners);
  return {
    presentation: BalancePresentation[s.balancePresentation],
    groupTreasury,
    excludeNotPaidBack: account.kind === 'OWNER' && s.excludeAnalyticsNotPaidBack,
  };
}

/** Balances are stored as debit − credit; the agency chooses how they read. */
export function present(debitMinusCredit: Decimal.Value, presentation: BalancePresentation): string {
  const value = new Decimal(debitMinusCredit);
  return (presentation === BalancePresentation.CREDIT_MINUS_DEBIT ? value.negated() : value).toFixed(2);
}

export interface StatementLine {
  date: string;
  label: string;
  debit: string;
  credit: string;
  /** Running balance after the line, presented. */
  balance: string;
  /** Entries the line stands for (more than one for grouped treasury entries). */
  entryCount: number;
}

/** A statement page's cursor: position and the raw running balance there (O(page) pages at any depth). */
type StatementCursor = { d: string; i: number; b: string };

function decodeStatementCursor(after: string | null | undefined): StatementCursor | null {
  if (!after) return null;
  try {
    const c = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as StatementCursor;
    if (/^\d{4}-\d{2}-\d{2}$/.test(c.d) && Number.isSafeInteger(c.i) && /^-?\d+(\.\d+)?$/.test(c.b)) return c;
  } catch {
    // fall through
  }
  throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
}

function validateRange(from: string, to: string): void {
  if (to < from) throw badInput('to', 'INVALID_RANGE', 'The end of the range precedes its start');
}

/** Clients see the account pages only when the agency enables the module ("Activation du module"): a rule. */
function viewFor(ctx: Ctx, account: AccountRow): AccountView {
  assertCan(ctx.actor, 'account.readStatement');
  return accountView(account, ctx.settings);
}

function entryFilter(account: AccountRow, view: AccountView): SQL {
  return sql`agency_id = ${account.agencyId} AND account_id = ${account.id}${view.excludeNotPaidBack ? sql` AND NOT is_analytic_not_paid_back` : sql``}`;
}

/** Opening balance before `from` and closing balance at the end of `to`, raw, in one statement. */
export async function rangeBalances(ctx: Ctx, account: AccountRow, view: AccountView, from: string, to: string) {
  const monthPart = view.excludeNotPaidBack
    ? sql`debit - credit - (not_paid_back_debit - not_paid_back_credit)`
    : sql`debit - credit`;
  const before = (day: SQL) => sql`(
    (SELECT coalesce(sum(${monthPart}), 0) FROM ${accountMonthTotals}
      WHERE agency_id = ${account.agencyId} AND account_id = ${account.id} AND month < date_trunc('month', ${day})::date)
    + (SELECT coalesce(sum(debit - credit), 0) FROM ${ledgerEntries}
      WHERE ${entryFilter(account, view)} AND entry_date >= date_trunc('month', ${day})::date AND entry_date < ${day}))::text`;
  const result = await ctx.db.execute(sql`SELECT ${before(sql`${from}::date`)} AS opening, ${before(sql`(${to}::date + 1)`)} AS closing`);
  const row = rowsOf<{ opening: string; closing: string }>(result)[0];
  return { opening: new Decimal(row.opening), closing: new Decimal(row.closing) };
}

interface LineRow {
  id: number | string;
  day: string;
  label: string;
  debit: string;
  credit: string;
  entry_count: number | string;
}

/** "2020-02-11" → "11/02/2020", for labels and exports. */
export const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const isoDate = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

/** One page of statement lines, keyset on (date, id), with running balances carried by the cursor. */
export async function statementPage(ctx: Ctx, account: AccountRow, view: AccountView, range: { from: string; to: string }, opening: Decimal, args: PageArgs, exportLimit?: number) {
  // Exports read a whole range at once (bounded by the caller); API pages stay within 1..100.
  const first = exportLimit ?? pageWindow({ first: args.first }).first;
  const cursor = decodeStatementCursor(args.after);
  const inRange = sql`${entryFilter(account, view)} AND entry_date BETWEEN ${range.from}::date AND ${range.to}::date`;
  const source = view.groupTreasury
    ? sql`(SELECT id, entry_date, label, debit, credit, 1 AS entry_count FROM ${ledgerEntries} WHERE ${inRange} AND NOT is_treasury
        UNION ALL
        SELECT min(id), entry_date, min(label), sum(debit), sum(credit), count(*) FROM ${ledgerEntries} WHERE ${inRange} AND is_treasury GROUP BY entry_date)`
    : sql`(SELECT id, entry_date, label, debit, credit, 1 AS entry_count FROM ${ledgerEntries} WHERE ${inRange})`;
  // Order by the source columns, never by a text alias: the index (account, date, id) then serves
  // the page by keyset at any depth instead of sorting every entry of the range.
  const result = await ctx.db.execute(sql`
    SELECT lines.id, lines.entry_date::text AS day, lines.label, lines.debit::text AS debit, lines.credit::text AS credit, lines.entry_count
    FROM ${source} AS lines
    ${cursor ? sql`WHERE (lines.entry_date, lines.id) > (${cursor.d}::date, ${cursor.i}::bigint)` : sql``}
    ORDER BY lines.entry_date, lines.id LIMIT ${first + 1}`);
  const rows = rowsOf<LineRow>(result);
  let running = cursor ? new Decimal(cursor.b) : opening;
  const edges = rows.slice(0, first).map((row) => {
    running = running.plus(row.debit).minus(row.credit);
    const date = isoDate(row.day);
    const count = Number(row.entry_count);
    const node: StatementLine = {
      date,
      label: count > 1 ? `Règlements du ${frenchDate(date)}` : row.label,
      debit: new Decimal(row.debit).toFixed(2),
      credit: new Decimal(row.credit).toFixed(2),
      balance: present(running, view.presentation),
      entryCount: count,
    };
    return { node, cursor: Buffer.from(JSON.stringify({ d: date, i: Number(row.id), b: running.toFixed(2) })).toString('base64url') };
  });
  return { edges, nodes: edges.map((e) => e.node), pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** The statement of an account over [from, to]: opening and closing balances and a page of lines. */
export async function accountStatement(ctx: Ctx, account: AccountRow, from: string, to: string) {
  validateRange(from, to);
  const view = viewFor(ctx, account);
  const { opening, closing } = await rangeBalances(ctx, account, view, from, to);
  return {
    from,
    to,
    presentation: view.presentation,
    openingBalance: present(opening, view.presentation),
    closingBalance: present(closing, view.presentation),
    entries: (args: PageArgs) => statementPage(ctx, account, view, { from, to }, opening, args),
    raw: { opening, view },
  };
}

/** End-of-day balances over [from, to] for the chart, from daily sums (one point per day with movements). */
export async function balanceHistory(ctx: Ctx, account: AccountRow, from: string, to: string) {
  validateRange(from, to);
  const view = viewFor(ctx, account);
  const { opening } = await rangeBalances(ctx, account, view, from, to);
  const result = await ctx.db.execute(sql`
    SELECT entry_date::text AS day, sum(debit - credit)::text AS delta FROM ${ledgerEntries}
    WHERE ${entryFilter(account, view)} AND entry_date BETWEEN ${from}::date AND ${to}::date
    GROUP BY entry_date ORDER BY entry_date`);
  let running = opening;
  const points = [{ date: from, balance: present(opening, view.presentation) }];
  for (const row of rowsOf<{ day: string; delta: string }>(result)) {
    running = running.plus(row.delta);
    points.push({ date: row.day, balance: present(running, view.presentation) });
  }
  return points;
}

