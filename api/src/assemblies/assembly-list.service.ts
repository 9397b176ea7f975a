import { and, desc, eq, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { generalAssemblies } from '../db/schema';
import { pageWindow, toPage, type Page, type PageArgs } from '../graphql/connection';
import type { Ctx } from '../graphql/context';
import { expectGlobalId } from '../graphql/node';
import type { AssemblyRow } from './assembly-state';

/**
 * The AGs the actor may see (a building's, or all), latest first, as a keyset page: one
 * statement, the assembly scope ANDed in SQL like `node(id:)`.
 */
export async function assemblyPage(ctx: Ctx, args: PageArgs & { buildingId?: string | null }): Promise<Page<AssemblyRow>> {
  assertCan(ctx.actor, 'assembly.list');
  const { first, after } = pageWindow(args);
  const buildingId = args.buildingId ? expectGlobalId(args.buildingId, 'Building', 'buildingId') : null;
  const rows = await ctx.db
    .select()
    .from(generalAssemblies)
    .where(
      and(
        scope.generalAssemblies(ctx.actor),
        buildingId ? eq(generalAssemblies.buildingId, buildingId) : undefined,
        after ? sql`(${generalAssemblies.startsAt}, ${generalAssemblies.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(generalAssemblies.startsAt), desc(generalAssemblies.id))
    .limit(first + 1);
  return toPage(rows, first, (row) => [row.startsAt.toISOString(), row.id]);
}
