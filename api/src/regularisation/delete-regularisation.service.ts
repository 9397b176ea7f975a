import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { chargeRegularisations, tenantRegularisations } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { conflict, notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';

/**
 * "Supprimer" (no password, a confirmation in the SPA): the regularisation and its records, in one
 * transaction; refused once one record is billed (its entries are on the account for good). The
 * records are locked first, so a billing running at the same time either wins or waits.
 */
export async function deleteChargeRegularisation(ctx: Ctx, globalId: string): Promise<boolean> {
  assertCan(ctx.actor, 'regularisation.delete');
  const regularisation = await ctx.loaders.chargeRegularisationById.load(expectGlobalId(globalId, 'ChargeRegularisation', 'id'));
  if (!regularisation) throw notFound('ChargeRegularisation');
  const { agencyId, id } = regularisation;
  await ctx.db.transaction(async (tx) => {
    const records = await tx
      .select({ status: tenantRegularisations.status })
      .from(tenantRegularisations)
      .where(and(eq(tenantRegularisations.agencyId, agencyId), eq(tenantRegularisations.regularisationId, id)))
      .for('update');
    if (records.some((record) => record.status === 'BILLED')) throw conflict('REGULARISATION_BILLED', 'A billed regularisation cannot be deleted');
    await tx.delete(tenantRegularisations).where(and(eq(tenantRegularisations.agencyId, agencyId), eq(tenantRegularisations.regularisationId, id)));
    await tx.delete(chargeRegularisations).where(sql`${chargeRegularisations.agencyId} = ${agencyId} AND ${chargeRegularisations.id} = ${id}`);
  });
  ctx.loaders.chargeRegularisationById.clear(id);
  return true;
}
