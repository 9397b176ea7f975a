import { and, desc, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { chargeRegularisations } from '../db/schema';
import { pageWindow, toPage, type Page, type PageArgs } from '../graphql/connection';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import type { RegularisationRow } from './record-figures';

/** The agency's regularisations, the latest period first (period end, then id), as a keyset page: one statement. */
export async function regularisationPage(ctx: Ctx, args: PageArgs): Promise<Page<RegularisationRow>> {
  assertCan(ctx.actor, 'regularisation.read');
  const { first, after } = pageWindow(args);
  if (after && (!/^\d{4}-\d{2}-\d{2}$/.test(after[0]) || !/^[0-9a-f-]{36}$/.test(after[1]))) throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
  const rows = await ctx.db
    .select()
    .from(chargeRegularisations)
    .where(
      and(
        scope.chargeRegularisations(ctx.actor),
        after ? sql`(${chargeRegularisations.periodEnd}, ${chargeRegularisations.id}) < (${after[0]}::date, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(chargeRegularisations.periodEnd), desc(chargeRegularisations.id))
    .limit(first + 1);
  for (const row of rows) ctx.loaders.chargeRegularisationById.prime(row.id, row);
  return toPage(rows, first, (row) => [row.periodEnd, row.id]);
}
