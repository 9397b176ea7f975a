import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { rowsOf, type Executor } from '../db/client';
import { chargeRegularisations, ledgerEntries, leases, lots, tenantRegularisations } from '../db/schema';
import { assertCode, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { RegularisationRow } from './record-figures';
import { daysBetween, daysPresent } from './regularisation-computation';
import { assertMoney, assertQuantity, chargeLines } from './regularisation-input';
import type { CreateChargeRegularisationInput } from './regularisation.types';

/** Longest period a regularisation covers: three years (a late regularisation of several years is still one statement). */
const MAX_PERIOD_DAYS = 3 * 366;

/** Today as a calendar date (UTC), the day a record is billed and departures are judged. */
export const today = () => new Date().toISOString().slice(0, 10);

export interface LeaseInPeriod {
  id: string;
  tenant_person_id: string;
  account_id: string | null;
  start_date: string;
  departure_date: string | null;
  provisions: string;
  current: string | null;
}

/**
 * The leases of the lot that overlap the period, each with the provisions called on it during its
 * presence in the period (ledger entries of the fiscal code on the lease's account, debit − credit)
 * and its current monthly provision (the last such call up to today): one statement.
 */
export async function leasesInPeriod(tx: Executor, agencyId: string, lotId: string, start: string, end: string, fiscalCode: string): Promise<LeaseInPeriod[]> {
  return rowsOf<LeaseInPeriod>(
    await tx.execute(sql`
      SELECT l.id, l.tenant_person_id, l.account_id, l.start_date::text AS start_date, l.departure_date::text AS departure_date,
        coalesce((SELECT sum(e.debit - e.credit) FROM ${ledgerEntries} e WHERE e.agency_id = l.agency_id AND e.account_id = l.account_id
          AND e.fiscal_code = ${fiscalCode} AND e.entry_date BETWEEN greatest(l.start_date, ${start}::date) AND least(coalesce(l.departure_date, ${end}::date), ${end}::date)), 0)::text AS provisions,
        (SELECT e.debit FROM ${ledgerEntries} e WHERE e.agency_id = l.agency_id AND e.account_id = l.account_id AND e.fiscal_code = ${fiscalCode}
          AND e.debit > 0 AND e.entry_date <= current_date ORDER BY e.entry_date DESC, e.id DESC LIMIT 1)::text AS current
      FROM ${leases} l
      WHERE l.agency_id = ${agencyId} AND l.lot_id = ${lotId} AND l.start_date <= ${end}::date AND (l.departure_date IS NULL OR l.departure_date >= ${start}::date)
      ORDER BY l.start_date, l.id`),
  );
}

/** A period a regularisation may cover: ordered, at most MAX_PERIOD_DAYS. */
export function assertPeriod(periodStart: string, periodEnd: string): void {
  if (periodEnd < periodStart) throw badInput('periodEnd', 'INVALID_RANGE', 'The period ends before it starts');
  if (daysBetween(periodStart, periodEnd) > MAX_PERIOD_DAYS) throw badInput('periodEnd', 'INVALID_RANGE', `At most ${MAX_PERIOD_DAYS} days`);
}

/**
 * What a lease gives its record over the regularisation's period: the days of presence, whether
 * the tenant has left (by the period's end or since: judged on the later of the two), and the
 * provisions prefilled from the ledger.
 */
export function leaseFiguresOf(regularisation: Pick<RegularisationRow, 'periodStart' | 'periodEnd'>, lease: LeaseInPeriod) {
  const { periodStart, periodEnd } = regularisation;
  const judgedOn = periodEnd > today() ? periodEnd : today();
  return {
    days: daysPresent({ start: periodStart, end: periodEnd }, { startDate: lease.start_date, departureDate: lease.departure_date }),
    isDeparted: lease.departure_date !== null && lease.departure_date <= judgedOn,
    provisions: lease.provisions,
    currentMonthlyProvision: lease.current ?? '0',
  };
}

/** A new record of a regularisation for a lease overlapping its period (figures at their defaults). */
export function newRecordOf(regularisation: RegularisationRow, lease: LeaseInPeriod) {
  return {
    agencyId: regularisation.agencyId,
    regularisationId: regularisation.id,
    leaseId: lease.id,
    tenantPersonId: lease.tenant_person_id,
    accountId: lease.account_id,
    ...leaseFiguresOf(regularisation, lease),
  };
}

/**
 * "Ajouter" (manual: "Régularisation des lots isolés"): the lot, the period, the real charges; one
 * record per tenant whose lease overlaps the period, with their days of presence and the provisions
 * prefilled from their ledger; everything in one transaction. Refused when no lease runs then.
 */
export async function createChargeRegularisation(ctx: Ctx, input: CreateChargeRegularisationInput): Promise<RegularisationRow> {
  assertCan(ctx.actor, 'regularisation.create');
  const agencyId = writerAgencyId(ctx.actor);
  const lotId = expectGlobalId(input.lotId, 'Lot', 'lotId');
  const { periodStart, periodEnd } = input;
  assertPeriod(periodStart, periodEnd);
  const charges = chargeLines('charges', input.charges);
  const departedThreshold = input.departedThreshold == null ? '10.00' : assertMoney('departedThreshold', input.departedThreshold);
  const provisionRatePercent = input.provisionRatePercent == null ? '100' : assertQuantity('provisionRatePercent', input.provisionRatePercent);
  const fiscalCode = input.fiscalCode == null ? '30' : assertCode('fiscalCode', input.fiscalCode);

  const created = await ctx.db.transaction(async (tx) => {
    // Another agency's lot reads as no lot at all (same words as a forged id).
    const [lot] = await tx
      .select({ id: lots.id })
      .from(lots)
      .where(and(eq(lots.agencyId, agencyId), eq(lots.id, lotId)));
    if (!lot) throw badInput('lotId', 'UNKNOWN_REFERENCE', 'No such lot in the agency');
    const found = await leasesInPeriod(tx, agencyId, lotId, periodStart, periodEnd, fiscalCode);
    if (found.length === 0) throw badInput('periodStart', 'NO_TENANT_IN_PERIOD', 'No lease of the lot runs over the period');
    const [regularisation] = await tx
      .insert(chargeRegularisations)
      .values({ agencyId, lotId, periodStart, periodEnd, charges, fiscalCode, departedThreshold, provisionRatePercent })
      .returning();
    await tx.insert(tenantRegularisations).values(found.map((lease) => newRecordOf(regularisation, lease)));
    return regularisation;
  });
  // Its records' figures read it: no second statement for what was just written.
  ctx.loaders.chargeRegularisationById.prime(created.id, created);
  return created;
}
