import { Decimal } from 'decimal.js';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { assertCan, can } from '../auth/policy';
import { rowsOf } from '../db/client';
import { allocationKeys, buildings, expenses, fiscalYears } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { pageWindow, type PageArgs } from '../graphql/connection';

type BuildingRow = typeof buildings.$inferSelect;
export type ExpenseRow = typeof expenses.$inferSelect;

/**
 * The expense list of a building (manual: "Liste des dépenses (syndic)"): the open fiscal years
 * of its syndicate (a selector, latest by default), grouped by allocation key then expense
 * account with totals, and the expenses themselves as a connection in the same order.
 */
export async function expenseList(ctx: Ctx, building: BuildingRow, fiscalYearId?: string | null) {
  assertCan(ctx.actor, 'expense.list', building);
  const years = building.syndicateEntityId
    ? await ctx.db
        .select()
        .from(fiscalYears)
        .where(and(eq(fiscalYears.agencyId, building.agencyId), eq(fiscalYears.entityId, building.syndicateEntityId), eq(fiscalYears.isOpen, true)))
        .orderBy(desc(fiscalYears.startDate))
    : [];
  const year = fiscalYearId ? years.find((y) => y.id === fiscalYearId) : years[0];
  if (fiscalYearId && !year) throw badInput('fiscalYearId', 'INVALID_VALUE', 'Not an open fiscal year of this building');
  if (!year) return { fiscalYears: years, fiscalYear: null, groups: [], total: '0.00', building, yearId: null };
  const result = await ctx.db.execute(sql`
    SELECT e.allocation_key_id, e.account_number, min(e.account_label) AS account_label, count(*)::int AS count,
           sum(e.amount)::text AS amount, sum(e.vat)::text AS vat, sum(e.deductible)::text AS deductible, sum(e.recoverable)::text AS recoverable
    FROM ${expenses} e JOIN ${allocationKeys} k ON k.agency_id = e.agency_id AND k.id = e.allocation_key_id
    WHERE e.agency_id = ${building.agencyId} AND e.building_id = ${building.id} AND e.fiscal_year_id = ${year.id}
    GROUP BY k.code, e.allocation_key_id, e.account_number ORDER BY k.code, e.account_number`);
  const groups = rowsOf<{
    allocation_key_id: string;
    account_number: string;
    account_label: string;
    count: number;
    amount: string;
    vat: string;
    deductible: string;
    recoverable: string;
  }>(result).map((g) => ({
    allocationKeyId: g.allocation_key_id,
    accountNumber: g.account_number,
    accountLabel: g.account_label,
    count: Number(g.count),
    amount: new Decimal(g.amount).toFixed(2),
    vat: new Decimal(g.vat).toFixed(2),
    deductible: new Decimal(g.deductible).toFixed(2),
    recoverable: new Decimal(g.recoverable).toFixed(2),
  }));
  const total = groups.reduce((sum, g) => sum.plus(g.amount), new Decimal(0)).toFixed(2);
  return { fiscalYears: years, fiscalYear: year, groups, total, building, yearId: year.id };
}

/** Expenses of one year of a building, ordered by key, account, date; keyset over that order. */
export async function expensePage(ctx: Ctx, building: BuildingRow, yearId: string, args: PageArgs) {
  const { first } = pageWindow({ first: args.first });
  let after: [string, string, string, string] | null = null;
  if (args.after) {
    // A cursor comes from the client: only the shape this API issues is accepted.
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'));
    } catch {
      parsed = null;
    }
    if (!Array.isArray(parsed) || parsed.length !== 4 || !parsed.every((part) => typeof part === 'string')) {
      throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
    }
    after = parsed as [string, string, string, string];
  }
  const rows = await ctx.db
    .select({ expense: expenses, keyCode: sql<string>`k.code` })
    .from(expenses)
    .innerJoin(sql`${allocationKeys} k`, sql`k.agency_id = ${expenses.agencyId} AND k.id = ${expenses.allocationKeyId}`)
    .where(
      and(
        eq(expenses.agencyId, building.agencyId),
        eq(expenses.buildingId, building.id),
        eq(expenses.fiscalYearId, yearId),
        after ? sql`(k.code, ${expenses.accountNumber}, ${expenses.expenseDate}, ${expenses.id}) > (${after[0]}, ${after[1]}, ${after[2]}::date, ${after[3]}::uuid)` : undefined,
      ),
    )
    .orderBy(sql`k.code`, asc(expenses.accountNumber), asc(expenses.expenseDate), asc(expenses.id))
    .limit(first + 1);
  const edges = rows.slice(0, first).map((row) => ({
    node: row.expense,
    cursor: Buffer.from(JSON.stringify([row.keyCode, row.expense.accountNumber, row.expense.expenseDate, row.expense.id])).toString('base64url'),
  }));
  return { edges, nodes: edges.map((e) => e.node), pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** One expense when the viewer may read its building's expense list, else null (node, invoice download). */
export async function visibleExpense(ctx: Ctx, id: string): Promise<ExpenseRow | null> {
  if (ctx.actor.kind === 'anonymous') return null;
  const [row] = await ctx.db
    .select()
    .from(expenses)
    .where(and(eq(expenses.agencyId, ctx.actor.agencyId), eq(expenses.id, id)));
  if (!row) return null;
  const building = await ctx.loaders.buildingById.load(row.buildingId);
  return building && can(ctx.actor, 'expense.list', building) ? row : null;
}
