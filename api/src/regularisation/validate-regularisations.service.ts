import { and, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { tenantRegularisations } from '../db/schema';
import type { Ctx } from '../graphql/context';
import type { RecordRow } from './record-figures';
import { assertAllFound, recordIdsOf } from './record-selection';

/**
 * Ticks "Validé" on a selection (manual: "Case Validé"): pending records become validated; validated
 * and billed ones are left as they are, so validating twice changes nothing. One statement.
 */
export async function validateTenantRegularisations(ctx: Ctx, recordIds: readonly string[]): Promise<RecordRow[]> {
  assertCan(ctx.actor, 'regularisation.validate');
  const ids = recordIdsOf(recordIds);
  const records = assertAllFound(await ctx.loaders.tenantRegularisationById.loadMany(ids));
  const pending = records.filter((record) => record.status === 'PENDING').map((record) => record.id);
  if (pending.length === 0) return records;
  const agencyId = records[0].agencyId;
  const updated = await ctx.db
    .update(tenantRegularisations)
    .set({ status: 'VALIDATED' })
    .where(and(eq(tenantRegularisations.agencyId, agencyId), inArray(tenantRegularisations.id, pending), eq(tenantRegularisations.status, 'PENDING')))
    .returning();
  const byId = new Map(updated.map((row) => [row.id, row]));
  return records.map((record) => byId.get(record.id) ?? record);
}
