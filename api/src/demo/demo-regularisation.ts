import type { Executor } from '../db/client';
import * as t from '../db/schema';

/**
 * LAFAYETTE/002's 2020 charge regularisation, pending (issue 11; manual: the "CALCUL" screen of
 * "Régularisation Elsa Locataire - 1/1"): the syndic's charges of 1 500,00 over 366 days, no
 * provisions called in 2020 on her account (its history here starts in September 2021), so
 * 1 500,00 in one instalment and new provisions of 125,00; her current provisions are 130,00.
 */
export async function seedDemoRegularisation(
  tx: Executor,
  agencyId: string,
  lease: { id: string; lotId: string; tenantPersonId: string; accountId: string | null },
): Promise<void> {
  const [regularisation] = await tx
    .insert(t.chargeRegularisations)
    .values({ agencyId, lotId: lease.lotId, periodStart: '2020-01-01', periodEnd: '2020-12-31', charges: [{ label: 'Charges établies par le syndic', amount: '1500.00' }] })
    .returning();
  await tx.insert(t.tenantRegularisations).values({
    agencyId,
    regularisationId: regularisation.id,
    leaseId: lease.id,
    tenantPersonId: lease.tenantPersonId,
    accountId: lease.accountId,
    days: 366,
    isDeparted: false,
    provisions: '0.00',
    currentMonthlyProvision: '130.00',
  });
}
