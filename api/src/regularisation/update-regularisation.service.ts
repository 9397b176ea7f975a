import { Decimal } from 'decimal.js';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { chargeRegularisations, tenantRegularisations } from '../db/schema';
import { assertCode } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput, conflict, notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import { assertPeriod, leaseFiguresOf, leasesInPeriod, newRecordOf } from './create-regularisation.service';
import type { RecordRow, RegularisationRow } from './record-figures';
import { assertMoney, assertQuantity, chargeLines } from './regularisation-input';
import type { UpdateChargeRegularisationInput } from './regularisation.types';

/**
 * Figures the manager entered on a record, which deleting it would lose. Defaults (share 1, no
 * lines, nothing retained, one instalment, computed provisions) and the ledger's prefills are not:
 * the record is rebuilt the same from the lease should the period come back.
 */
export function hasEnteredFigures(record: RecordRow): boolean {
  return (
    !new Decimal(record.share).eq(1) ||
    record.lineShares.length > 0 ||
    record.extraCharges.length > 0 ||
    record.water.length > 0 ||
    record.isProvisionsEntered ||
    !new Decimal(record.retained).isZero() ||
    record.instalments !== 1 ||
    record.isCurrentMonthlyProvisionEntered ||
    record.newMonthlyProvision !== null
  );
}

const sameSettings = (a: RegularisationRow, b: Pick<RegularisationRow, 'periodStart' | 'periodEnd' | 'fiscalCode' | 'departedThreshold' | 'provisionRatePercent' | 'charges'>) =>
  a.periodStart === b.periodStart &&
  a.periodEnd === b.periodEnd &&
  a.fiscalCode === b.fiscalCode &&
  new Decimal(a.departedThreshold).eq(b.departedThreshold) &&
  new Decimal(a.provisionRatePercent).eq(b.provisionRatePercent) &&
  a.charges.length === b.charges.length &&
  a.charges.every((line, i) => line.label === b.charges[i].label && new Decimal(line.amount).eq(b.charges[i].amount));

/**
 * Changes a regularisation's period, charge lines or settings (fields left out keep their value),
 * in one transaction. The records follow the leases over the new period:
 * - a tenant still concerned keeps their record and every figure the manager entered (shares,
 *   extra lines, water, retained, instalments, typed provisions); only the days of presence and
 *   "departed" are recomputed, and the provisions and current provision are prefilled again from
 *   the ledger over the new period (or the new fiscal code) unless the manager typed them
 *   (`isProvisionsEntered`, `isCurrentMonthlyProvisionEntered`: those are never overwritten);
 * - a tenant whose lease now overlaps gets a new record, prefilled as at creation;
 * - a tenant no longer concerned loses their record; when it holds figures the manager entered,
 *   the change is refused (CONFLICT REGULARISATION_ENTERED_FIGURES) until `isRemovalConfirmed`,
 *   so nothing typed goes away silently.
 * Every record goes back to pending: its figures changed and need validating again (as a record's
 * own change does). Refused once a record is billed (REGULARISATION_BILLED): its entries are on
 * the account for good, with this period's label. Giving the same values again changes nothing.
 */
export async function updateChargeRegularisation(ctx: Ctx, input: UpdateChargeRegularisationInput): Promise<RegularisationRow> {
  assertCan(ctx.actor, 'regularisation.update');
  const id = expectGlobalId(input.id, 'ChargeRegularisation', 'id');
  const result = await ctx.db.transaction(async (tx) => {
    // The regularisation, then its records, locked: two changes at once, or a billing meanwhile, wait for this one.
    const [current] = await tx
      .select()
      .from(chargeRegularisations)
      .where(and(scope.chargeRegularisations(ctx.actor), eq(chargeRegularisations.id, id)))
      .for('update');
    if (!current) throw notFound('ChargeRegularisation');
    const next = {
      periodStart: input.periodStart ?? current.periodStart,
      periodEnd: input.periodEnd ?? current.periodEnd,
      charges: input.charges == null ? current.charges : chargeLines('charges', input.charges),
      fiscalCode: input.fiscalCode == null ? current.fiscalCode : assertCode('fiscalCode', input.fiscalCode),
      departedThreshold: input.departedThreshold == null ? current.departedThreshold : assertMoney('departedThreshold', input.departedThreshold),
      provisionRatePercent: input.provisionRatePercent == null ? current.provisionRatePercent : assertQuantity('provisionRatePercent', input.provisionRatePercent),
    };
    assertPeriod(next.periodStart, next.periodEnd);
    const { agencyId } = current;
    const records = await tx
      .select()
      .from(tenantRegularisations)
      .where(and(eq(tenantRegularisations.agencyId, agencyId), eq(tenantRegularisations.regularisationId, id)))
      .for('update');
    if (records.some((record) => record.status === 'BILLED')) throw conflict('REGULARISATION_BILLED', 'A billed regularisation never changes');
    if (sameSettings(current, next)) return { regularisation: current, recordIds: [] };

    const found = await leasesInPeriod(tx, agencyId, current.lotId, next.periodStart, next.periodEnd, next.fiscalCode);
    if (found.length === 0) throw badInput('periodStart', 'NO_TENANT_IN_PERIOD', 'No lease of the lot runs over the period');
    const concerned = new Set(found.map((lease) => lease.id));
    const recordOfLease = new Map(records.map((record) => [record.leaseId, record]));
    const removed = records.filter((record) => !concerned.has(record.leaseId));
    if (!input.isRemovalConfirmed && removed.some(hasEnteredFigures)) {
      throw conflict('REGULARISATION_ENTERED_FIGURES', 'Tenants no longer concerned hold figures the manager entered; confirm their removal');
    }

    const [regularisation] = await tx
      .update(chargeRegularisations)
      .set(next)
      .where(and(eq(chargeRegularisations.agencyId, agencyId), eq(chargeRegularisations.id, id)))
      .returning();
    if (removed.length > 0) {
      await tx.delete(tenantRegularisations).where(
        and(
          eq(tenantRegularisations.agencyId, agencyId),
          inArray(
            tenantRegularisations.id,
            removed.map((record) => record.id),
          ),
        ),
      );
    }
    const kept = found.flatMap((lease) => {
      const record = recordOfLease.get(lease.id);
      return record ? [{ id: record.id, ...leaseFiguresOf(regularisation, lease) }] : [];
    });
    if (kept.length > 0) {
      // One statement for every kept record; typed provisions stay as they are (the CASE), prefilled ones follow the ledger.
      const figures = JSON.stringify(kept);
      await tx
        .update(tenantRegularisations)
        .set({
          days: sql`d.days`,
          isDeparted: sql`d."isDeparted"`,
          provisions: sql`CASE WHEN ${tenantRegularisations.isProvisionsEntered} THEN ${tenantRegularisations.provisions} ELSE d.provisions END`,
          currentMonthlyProvision: sql`CASE WHEN ${tenantRegularisations.isCurrentMonthlyProvisionEntered} THEN ${tenantRegularisations.currentMonthlyProvision} ELSE d."currentMonthlyProvision" END`,
          status: 'PENDING',
        })
        .from(sql`json_to_recordset(${figures}::json) AS d(id uuid, days integer, "isDeparted" boolean, provisions numeric, "currentMonthlyProvision" numeric)`)
        .where(and(eq(tenantRegularisations.agencyId, agencyId), sql`${tenantRegularisations.id} = d.id`));
    }
    const added = found.filter((lease) => !recordOfLease.has(lease.id));
    if (added.length > 0) await tx.insert(tenantRegularisations).values(added.map((lease) => newRecordOf(regularisation, lease)));
    return { regularisation, recordIds: records.map((record) => record.id) };
  });
  const { regularisation, recordIds } = result;
  ctx.loaders.chargeRegularisationById.clear(id).prime(id, regularisation);
  ctx.loaders.recordsOfRegularisation.clear(id);
  for (const recordId of recordIds) ctx.loaders.tenantRegularisationById.clear(recordId);
  return regularisation;
}
