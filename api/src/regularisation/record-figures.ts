import type { chargeRegularisations, tenantRegularisations } from '../db/schema';
import type { Row } from '../graphql/loaders';
import { computeTenant, daysBetween, type TenantResult } from './regularisation-computation';

export type RegularisationRow = Row<typeof chargeRegularisations>;
export type RecordRow = Row<typeof tenantRegularisations>;

/** A record's computed figures: the regularisation's lines and rates with the tenant's own figures (the "CALCUL" screen). */
export function computeRecord(regularisation: RegularisationRow, record: RecordRow): TenantResult {
  return computeTenant({
    periodDays: daysBetween(regularisation.periodStart, regularisation.periodEnd),
    days: record.days,
    charges: regularisation.charges,
    share: record.share,
    lineShares: new Map(record.lineShares.map((line) => [line.label, line.share])),
    extraCharges: record.extraCharges,
    water: record.water,
    provisions: record.provisions,
    retained: record.retained,
    isDeparted: record.isDeparted,
    departedThreshold: regularisation.departedThreshold,
    instalmentsRequested: record.instalments,
    provisionRatePercent: regularisation.provisionRatePercent,
    currentMonthlyProvision: record.currentMonthlyProvision,
    newMonthlyProvisionOverride: record.newMonthlyProvision,
  });
}
