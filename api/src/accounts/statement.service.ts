import DataLoader from 'dataloader';
import { Decimal } from 'decimal.js';
import { sql, type SQL } from 'drizzle-orm';
import { runCompiled } from '../db/compiled';
import { assertCan } from '../auth/policy';
import { accountMonthTotals, accounts, ledgerEntries } from '../db/schema';
import type { AgencySettings } from '../settings/registry';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { ph } from '../graphql/loaders';
import { pageWindow, type PageArgs } from '../graphql/connection';
import { openCursor, sealCursor } from '../graphql/sealed-cursor';
import { BalancePresentation } from './account.types';
import { frenchDate } from './french-date';
import { centsOf, formatCents } from './cents';

export { frenchDate };

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

/** A debit − credit balance in cents as the agency chooses it reads. */
export function presentCents(debitMinusCredit: bigint, presentation: BalancePresentation): string {
  return formatCents(presentation === BalancePresentation.CREDIT_MINUS_DEBIT ? -debitMinusCredit : debitMinusCredit);
}

/** Balances are stored as debit − credit; the agency chooses how they read. */
export function present(debitMinusCredit: Decimal.Value, presentation: BalancePresentation): string {
  const value = debitMinusCredit instanceof Decimal ? debitMinusCredit : new Decimal(debitMinusCredit);
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

/** What a cursor's balance is valid for: the account, the range (its opening balance) and the view (which lines count). */
export const cursorBinding = (account: AccountRow, view: AccountView, range: { from: string; to: string }) =>
  `statement|${account.id}|${range.from}|${range.to}|${JSON.stringify(view)}`;

/** The cursor carries a balance the page trusts: it is sealed (HMAC), so a forged or replayed one is refused. */
function decodeStatementCursor(ctx: Ctx, binding: string, after: string | null | undefined): StatementCursor | null {
  if (!after) return null;
  const c = openCursor(ctx.config.cursorSecret!, binding, after) as Partial<StatementCursor> | null;
  if (c && typeof c.d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.d) && Number.isSafeInteger(c.i) && typeof c.b === 'string' && /^-?\d+(\.\d+)?$/.test(c.b)) {
    return c as StatementCursor;
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

/**
 * The statements below are compiled once per view (`runCompiled`): Drizzle otherwise walked their
 * few hundred chunks on every request (6 % of the statement page's CPU). Their values are named
 * placeholders (`statementValues`); the key names everything the text depends on.
 */
const viewKey = (view: AccountView) => `${view.excludeNotPaidBack}|${view.groupTreasury}`;

/** The placeholders' values: the account, the range, and the page's cursor and size when one is read. */
function statementValues(account: AccountRow, range: { from: string; to: string }, page?: { cursor: StatementCursor | null; first: number }) {
  return {
    agencyId: account.agencyId,
    accountId: account.id,
    from: range.from,
    to: range.to,
    afterDay: page?.cursor?.d,
    afterId: page?.cursor?.i,
    limit: page ? page.first + 1 : undefined,
  };
}

function entryFilter(view: AccountView): SQL {
  return sql`agency_id = ${ph('agencyId')}::uuid AND account_id = ${ph('accountId')}::uuid${view.excludeNotPaidBack ? sql` AND NOT is_analytic_not_paid_back` : sql``}`;
}

/**
 * `SELECT opening, closing, total_debit, total_credit` (raw, as text): the balance before `from`
 * and at the end of `to`, and the debits and credits between. Each is "everything before a day"
 * read from the monthly totals plus one month of entries, so a range of years costs no more.
 */
function balancesSql(view: AccountView): SQL {
  const monthPart = (side: 'debit' | 'credit') => (view.excludeNotPaidBack ? sql.raw(`${side} - not_paid_back_${side}`) : sql.raw(side));
  const before = (day: SQL, month: SQL, entry: SQL) => sql`(
    (SELECT coalesce(sum(${month}), 0) FROM ${accountMonthTotals}
      WHERE agency_id = ${ph('agencyId')}::uuid AND account_id = ${ph('accountId')}::uuid AND month < date_trunc('month', ${day})::date)
    + (SELECT coalesce(sum(${entry}), 0) FROM ${ledgerEntries}
      WHERE ${entryFilter(view)} AND entry_date >= date_trunc('month', ${day})::date AND entry_date < ${day}))`;
  const start = sql`${ph('from')}::date`;
  const end = sql`(${ph('to')}::date + 1)`;
  const balance = sql`${monthPart('debit')} - (${monthPart('credit')})`;
  const debitBefore = (day: SQL) => before(day, monthPart('debit'), sql`debit`);
  const creditBefore = (day: SQL) => before(day, monthPart('credit'), sql`credit`);
  return sql`SELECT ${before(start, balance, sql`debit - credit`)}::text AS opening, ${before(end, balance, sql`debit - credit`)}::text AS closing,
    (${debitBefore(end)} - ${debitBefore(start)})::text AS total_debit, (${creditBefore(end)} - ${creditBefore(start)})::text AS total_credit`;
}

type RangeBalances = { opening: Decimal; closing: Decimal; totalDebit: Decimal; totalCredit: Decimal };
type BalancesRow = { opening: string; closing: string; total_debit: string; total_credit: string };
const readBalances = (row: BalancesRow): RangeBalances => ({
  opening: new Decimal(row.opening),
  closing: new Decimal(row.closing),
  totalDebit: new Decimal(row.total_debit),
  totalCredit: new Decimal(row.total_credit),
});

/** Opening balance before `from`, closing balance at the end of `to` and the range's totals, raw, in one statement. */
export async function rangeBalances(ctx: Ctx, account: AccountRow, view: AccountView, from: string, to: string): Promise<RangeBalances> {
  const [row] = await runCompiled<BalancesRow>(ctx.db, `statementBalances|${viewKey(view)}`, () => balancesSql(view), statementValues(account, { from, to }));
  return readBalances(row);
}

interface LineRow {
  id: number | string;
  day: string;
  label: string;
  debit: string;
  credit: string;
  entry_count: number | string;
}

const isoDate = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

/** The page's statement: lines after the cursor (when `isAfter`), keyset on (date, id), `first + 1` of them. */
function pageSql(view: AccountView, isAfter: boolean): SQL {
  const inRange = sql`${entryFilter(view)} AND entry_date BETWEEN ${ph('from')}::date AND ${ph('to')}::date`;
  const source = view.groupTreasury
    ? sql`(SELECT id, entry_date, label, debit, credit, 1 AS entry_count FROM ${ledgerEntries} WHERE ${inRange} AND NOT is_treasury
        UNION ALL
        SELECT min(id), entry_date, min(label), sum(debit), sum(credit), count(*) FROM ${ledgerEntries} WHERE ${inRange} AND is_treasury GROUP BY entry_date)`
    : sql`(SELECT id, entry_date, label, debit, credit, 1 AS entry_count FROM ${ledgerEntries} WHERE ${inRange})`;
  // Order by the source columns, never by a text alias: the index (account, date, id) then serves
  // the page by keyset at any depth instead of sorting every entry of the range.
  return sql`
    SELECT lines.id, lines.entry_date::text AS day, lines.label, lines.debit::text AS debit, lines.credit::text AS credit, lines.entry_count
    FROM ${source} AS lines
    ${isAfter ? sql`WHERE (lines.entry_date, lines.id) > (${ph('afterDay')}::date, ${ph('afterId')}::bigint)` : sql``}
    ORDER BY lines.entry_date, lines.id LIMIT ${ph('limit')}`;
}

const TWO_DECIMALS = /^-?\d+\.\d{2}$/;
/** An amount of a 2-decimal column as text, as it comes (PostgreSQL writes its scale); anything else through Decimal. */
const cents = (text: string) => (TWO_DECIMALS.test(text) ? text : new Decimal(text).toFixed(2));

/** Statement lines with running balances from the page's rows (the cursor carries the balance). */
function toStatementPage(rows: LineRow[], first: number, cursor: StatementCursor | null, opening: Decimal, view: AccountView, seal: (value: StatementCursor) => string) {
  const pageRows = rows.slice(0, first);
  // Exact cents: the amounts are numeric(14,2), the opening their sum, the cursor's balance written to the cent.
  let running = centsOf(cursor ? cursor.b : opening.toFixed());
  const edges = pageRows.map((row) => {
    running += centsOf(row.debit) - centsOf(row.credit);
    const date = isoDate(row.day);
    const count = Number(row.entry_count);
    const node: StatementLine = {
      date,
      label: count > 1 ? `Règlements du ${frenchDate(date)}` : row.label,
      debit: cents(row.debit),
      credit: cents(row.credit),
      balance: presentCents(running, view.presentation),
      entryCount: count,
    };
    const position: StatementCursor = { d: date, i: Number(row.id), b: formatCents(running) };
    return lazyEdge(node, () => seal(position));
  });
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: rows.length > first,
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/** An edge whose cursor is sealed only when read: a page usually asks for `endCursor` alone, and each seal is an HMAC. */
function lazyEdge(node: StatementLine, seal: () => string) {
  let cursor: string | undefined;
  return {
    node,
    get cursor() {
      return (cursor ??= seal());
    },
  };
}

type StatementPageResult = ReturnType<typeof toStatementPage>;

/** One page of statement lines, keyset on (date, id), with running balances carried by the cursor. */
export async function statementPage(ctx: Ctx, account: AccountRow, view: AccountView, range: { from: string; to: string }, opening: Decimal, args: PageArgs, exportLimit?: number) {
  // Exports read a whole range at once (bounded by the caller); API pages stay within 1..100.
  const first = exportLimit ?? pageWindow({ first: args.first }).first;
  const binding = cursorBinding(account, view, range);
  const cursor = decodeStatementCursor(ctx, binding, args.after);
  const rows = await runCompiled<LineRow>(
    ctx.db,
    `statementPage|${viewKey(view)}|${cursor !== null}`,
    () => pageSql(view, cursor !== null),
    statementValues(account, range, { cursor, first }),
  );
  return toStatementPage(rows, first, cursor, opening, view, (value) => sealCursor(ctx.config.cursorSecret!, binding, value));
}

/**
 * Balances and one page in one statement: the balances row, LEFT JOIN LATERAL the page (planned
 * on its own, so the keyset index scan is unchanged); a row without a line is an empty page.
 */
async function balancesAndPage(ctx: Ctx, account: AccountRow, view: AccountView, range: { from: string; to: string }, args: PageArgs) {
  const first = pageWindow({ first: args.first }).first;
  const binding = cursorBinding(account, view, range);
  const cursor = decodeStatementCursor(ctx, binding, args.after);
  const rows = await runCompiled<LineRow & BalancesRow>(
    ctx.db,
    `statementBalancesAndPage|${viewKey(view)}|${cursor !== null}`,
    () => sql`
      SELECT b.opening, b.closing, b.total_debit, b.total_credit, p.* FROM (${balancesSql(view)}) b
      LEFT JOIN LATERAL (${pageSql(view, cursor !== null)}) p ON true
      ORDER BY p.day, p.id`,
    statementValues(account, range, { cursor, first }),
  );
  const balances = readBalances(rows[0]);
  return {
    balances,
    page: toStatementPage(
      rows.filter((row) => row.id !== null),
      first,
      cursor,
      balances.opening,
      view,
      (value) => sealCursor(ctx.config.cursorSecret!, binding, value),
    ),
  };
}

/** The statement of an account over [from, to]: opening and closing balances and a page of lines. */
export async function accountStatement(ctx: Ctx, account: AccountRow, from: string, to: string) {
  validateRange(from, to);
  const view = viewFor(ctx, account);
  const { opening, closing, totalDebit, totalCredit } = await rangeBalances(ctx, account, view, from, to);
  return {
    from,
    to,
    presentation: view.presentation,
    openingBalance: present(opening, view.presentation),
    closingBalance: present(closing, view.presentation),
    totalDebit: totalDebit.toFixed(2),
    totalCredit: totalCredit.toFixed(2),
    entries: (args: PageArgs) => statementPage(ctx, account, view, { from, to }, opening, args),
    raw: { opening, view },
  };
}

const BALANCES = 'balances';

/**
 * The statement as its GraphQL fields read it: the balances and the pages are loaded on demand
 * by sibling fields, in the same tick, through one loader per statement: balances with a single
 * page (the usual query) cost one statement; more pages (aliases) one statement each more.
 */
export async function accountStatementParts(ctx: Ctx, account: AccountRow, from: string, to: string) {
  validateRange(from, to);
  const view = viewFor(ctx, account);
  const range = { from, to };
  const parts = new DataLoader<string, RangeBalances | StatementPageResult>(async (keys) => {
    const pages = keys.filter((key) => key !== BALANCES);
    if (pages.length === 1) {
      const { balances, page } = await balancesAndPage(ctx, account, view, range, JSON.parse(pages[0]) as PageArgs);
      return keys.map((key) => (key === BALANCES ? balances : page));
    }
    const balances = await rangeBalances(ctx, account, view, from, to);
    const results = new Map(
      await Promise.all(pages.map(async (key) => [key, await statementPage(ctx, account, view, range, balances.opening, JSON.parse(key) as PageArgs)] as const)),
    );
    return keys.map((key) => (key === BALANCES ? balances : results.get(key)!));
  });
  const balances = () => parts.load(BALANCES) as Promise<RangeBalances>;
  return {
    from,
    to,
    presentation: view.presentation,
    openingBalance: async () => present((await balances()).opening, view.presentation),
    closingBalance: async () => present((await balances()).closing, view.presentation),
    totalDebit: async () => (await balances()).totalDebit.toFixed(2),
    totalCredit: async () => (await balances()).totalCredit.toFixed(2),
    entries: (args: PageArgs) => parts.load(JSON.stringify({ first: args.first ?? null, after: args.after ?? null })) as Promise<StatementPageResult>,
  };
}

/** End-of-day balances over [from, to] for the chart, from daily sums (one point per day with movements). */
export async function balanceHistory(ctx: Ctx, account: AccountRow, from: string, to: string) {
  validateRange(from, to);
  const view = viewFor(ctx, account);
  const { opening } = await rangeBalances(ctx, account, view, from, to);
  const days = await runCompiled<{ day: string; delta: string }>(
    ctx.db,
    `balanceHistory|${viewKey(view)}`,
    () => sql`
      SELECT entry_date::text AS day, sum(debit - credit)::text AS delta FROM ${ledgerEntries}
      WHERE ${entryFilter(view)} AND entry_date BETWEEN ${ph('from')}::date AND ${ph('to')}::date
      GROUP BY entry_date ORDER BY entry_date`,
    statementValues(account, { from, to }),
  );
  let running = opening;
  const points = [{ date: from, balance: present(opening, view.presentation) }];
  for (const row of days) {
    running = running.plus(row.delta);
    points.push({ date: row.day, balance: present(running, view.presentation) });
  }
  return points;
}
