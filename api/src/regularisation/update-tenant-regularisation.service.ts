import { and, eq, ne } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { tenantRegularisations } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { conflict, notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { RecordRow } from './record-figures';
import { assertInstalments, assertMoney, assertQuantity, chargeLines, lineShares, waterLines } from './regularisation-input';
import type { UpdateTenantRegularisationInput } from './regularisation.types';

/**
 * "Modification / complément sur la déclaration": a field left out keeps its value (a list given
 * replaces the previous one; `newMonthlyProvision: null` goes back to the computed provisions).
 * Changed figures need validating again, so a validated record goes back to pending; a billed one
 * never changes (REGULARISATION_BILLED, and the database's trigger says the same).
 */
export async function updateTenantRegularisation(ctx: Ctx, input: UpdateTenantRegularisationInput): Promise<RecordRow> {
  assertCan(ctx.actor, 'regularisation.update');
  const record = await ctx.loaders.tenantRegularisationById.load(expectGlobalId(input.recordId, 'TenantRegularisation', 'recordId'));
  if (!record) throw notFound('TenantRegularisation');
  if (record.status === 'BILLED') throw conflict('REGULARISATION_BILLED', 'A billed record never changes');

  const patch: Partial<RecordRow> = { status: 'PENDING' };
  if (input.share != null) patch.share = assertQuantity('share', input.share);
  if (input.lineShares != null) patch.lineShares = lineShares('lineShares', input.lineShares);
  if (input.extraCharges != null) patch.extraCharges = chargeLines('extraCharges', input.extraCharges);
  if (input.water != null) patch.water = waterLines('water', input.water);
  // A figure typed over the ledger's prefill is the manager's from then on: a change of period keeps it
  // (update-regularisation.service.ts). The SPA sends every field, so only a different value counts as typed.
  if (input.provisions != null) {
    patch.provisions = assertMoney('provisions', input.provisions, true);
    if (patch.provisions !== record.provisions) patch.isProvisionsEntered = true;
  }
  if (input.retained != null) patch.retained = assertMoney('retained', input.retained, true);
  if (input.instalments != null) patch.instalments = assertInstalments('instalments', input.instalments);
  if (input.currentMonthlyProvision != null) {
    patch.currentMonthlyProvision = assertMoney('currentMonthlyProvision', input.currentMonthlyProvision);
    if (patch.currentMonthlyProvision !== record.currentMonthlyProvision) patch.isCurrentMonthlyProvisionEntered = true;
  }
  if (input.newMonthlyProvision !== undefined)
    patch.newMonthlyProvision = input.newMonthlyProvision === null ? null : assertMoney('newMonthlyProvision', input.newMonthlyProvision);

  // The status is checked again in the statement itself: a concurrent billing wins, this update then changes nothing.
  const [updated] = await ctx.db
    .update(tenantRegularisations)
    .set(patch)
    .where(and(eq(tenantRegularisations.agencyId, record.agencyId), eq(tenantRegularisations.id, record.id), ne(tenantRegularisations.status, 'BILLED')))
    .returning();
  if (!updated) throw conflict('REGULARISATION_BILLED', 'A billed record never changes');
  ctx.loaders.tenantRegularisationById.clear(record.id).prime(record.id, updated);
  return updated;
}
