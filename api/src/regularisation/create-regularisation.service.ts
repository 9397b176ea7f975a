import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { assertCan } from '../auth/policy';
import { rowsOf, type Executor } from '../db/client';
import { chargeRegularisations, ledgerEntries, leases, lots, tenantRegularisations } from '../db/schema';
import { assertBatch, assertCode, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { RegularisationRow } from './record-figures';
import { daysBetween, daysPresent } from './regularisation-computation';
import { assertMoney, assertQuantity, chargeLines } from './regularisation-input';
import type { CreateChargeRegularisationInput } from './regularisation.types';
import { agencyToday } from '../db/calendar';

/** Longest period a regularisation covers: three years (a late regularisation of several years is still one statement). */
const MAX_PERIOD_DAYS = 3 * 366;

/** Today as a calendar date (UTC), the day a record is billed and departures are judged. */
export const today = () => agencyToday();

export interface LeaseInPeriod {
  id: string;
  tenant_person_id: string;
  account_id: string | null;
  start_date: string;
  departure_date: string | null;
  provisions: string;
  current: string | null;
}

/** A lot and a period whose leases are wanted (`fiscalCode`: the provisions' code). */
export interface PeriodOfLot {
  lotId: string;
  start: string;
  end: string;
  fiscalCode: string;
}

/**
 * The leases of each lot that overlap its period, each with the provisions called on it during its
 * presence in the period (ledger entries of the fiscal code on the lease's account, debit − credit)
 * and its current monthly provision (the last such call up to today): one statement for any number
 * of lots, the leases of `periods[i]` at index i.
 */
export async function leasesInPeriods(tx: Executor, agencyId: string, periods: readonly PeriodOfLot[]): Promise<LeaseInPeriod[][]> {
  const wanted = JSON.stringify(periods.map((p, i) => ({ i, lot_id: p.lotId, start: p.start, end: p.end, fiscal_code: p.fiscalCode })));
  const rows = rowsOf<LeaseInPeriod & { i: number }>(
    await tx.execute(sql`
      SELECT w.i, l.id, l.tenant_person_id, l.account_id, l.start_date::text AS start_date, l.departure_date::text AS departure_date,
        coalesce((SELECT sum(e.debit - e.credit) FROM ${ledgerEntries} e WHERE e.agency_id = l.agency_id AND e.account_id = l.account_id
          AND e.fiscal_code = w.fiscal_code AND e.entry_date BETWEEN greatest(l.start_date, w.start) AND least(coalesce(l.departure_date, w."end"), w."end")), 0)::text AS provisions,
        (SELECT e.debit FROM ${ledgerEntries} e WHERE e.agency_id = l.agency_id AND e.account_id = l.account_id AND e.fiscal_code = w.fiscal_code
          AND e.debit > 0 AND e.entry_date <= current_date ORDER BY e.entry_date DESC, e.id DESC LIMIT 1)::text AS current
      FROM json_to_recordset(${wanted}::json) AS w(i integer, lot_id uuid, start date, "end" date, fiscal_code text)
      JOIN ${leases} l ON l.agency_id = ${agencyId} AND l.lot_id = w.lot_id AND l.start_date <= w."end" AND (l.departure_date IS NULL OR l.departure_date >= w.start)
      ORDER BY w.i, l.start_date, l.id`),
  );
  const found = periods.map((): LeaseInPeriod[] => []);
  for (const { i, ...lease } of rows) found[Number(i)].push(lease);
  return found;
}

/** The leases of one lot over one period (leasesInPeriods of one). */
export async function leasesInPeriod(tx: Executor, agencyId: string, lotId: string, start: string, end: string, fiscalCode: string): Promise<LeaseInPeriod[]> {
  return (await leasesInPeriods(tx, agencyId, [{ lotId, start, end, fiscalCode }]))[0];
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

/** Regularisations one createChargeRegularisations call may create (the benchmark's 2 000 lots go in two calls). */
export const MAX_REGULARISATIONS_PER_CALL = 1_000;
/** Records per INSERT: ten parameters each, within PostgreSQL's 65 535. */
const RECORD_INSERT_CHUNK = 5_000;

type FieldOf = (index: number, field: string) => string;

/** Runs an input's checks, naming their fields `inputs[i].…` in a batch (the checks name bare fields). */
function atInput<T>(index: number, fieldOf: FieldOf, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof GraphQLError) || typeof error.extensions.field !== 'string' || fieldOf(index, error.extensions.field) === error.extensions.field) throw error;
    throw badInput(fieldOf(index, error.extensions.field), error.extensions.reason as Parameters<typeof badInput>[1], error.message);
  }
}

/**
 * "Ajouter" (manual: "Régularisation des lots isolés"), for one lot or many: the lot, the period,
 * the real charges; one record per tenant whose lease overlaps the period, with their days of
 * presence and the provisions prefilled from their ledger. All or none, in one transaction whose
 * statements do not grow with the batch (lots, leases, regularisations, records: one each).
 * Refused when no lease runs then (NO_TENANT_IN_PERIOD), or for a lot of another agency.
 */
export async function createChargeRegularisations(
  ctx: Ctx,
  inputs: readonly CreateChargeRegularisationInput[],
  fieldOf: FieldOf = (index, field) => `inputs[${index}].${field}`,
): Promise<RegularisationRow[]> {
  assertCan(ctx.actor, 'regularisation.create');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('inputs', inputs.length, MAX_REGULARISATIONS_PER_CALL);
  const wanted = inputs.map((input, index) =>
    atInput(index, fieldOf, () => {
      const lotId = expectGlobalId(input.lotId, 'Lot', 'lotId');
      assertPeriod(input.periodStart, input.periodEnd);
      return {
        id: randomUUID(),
        agencyId,
        lotId,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        charges: chargeLines('charges', input.charges),
        departedThreshold: input.departedThreshold == null ? '10.00' : assertMoney('departedThreshold', input.departedThreshold),
        provisionRatePercent: input.provisionRatePercent == null ? '100' : assertQuantity('provisionRatePercent', input.provisionRatePercent),
        fiscalCode: input.fiscalCode == null ? '30' : assertCode('fiscalCode', input.fiscalCode),
      };
    }),
  );

  const created = await ctx.db.transaction(async (tx) => {
    // Another agency's lot reads as no lot at all (same words as a forged id).
    const known = new Set(
      (
        await tx
          .select({ id: lots.id })
          .from(lots)
          .where(
            and(
              eq(lots.agencyId, agencyId),
              inArray(
                lots.id,
                wanted.map((w) => w.lotId),
              ),
            ),
          )
      ).map((lot) => lot.id),
    );
    const unknown = wanted.findIndex((w) => !known.has(w.lotId));
    if (unknown >= 0) throw badInput(fieldOf(unknown, 'lotId'), 'UNKNOWN_REFERENCE', 'No such lot in the agency');
    const found = await leasesInPeriods(
      tx,
      agencyId,
      wanted.map((w) => ({ lotId: w.lotId, start: w.periodStart, end: w.periodEnd, fiscalCode: w.fiscalCode })),
    );
    const empty = found.findIndex((leasesOfLot) => leasesOfLot.length === 0);
    if (empty >= 0) throw badInput(fieldOf(empty, 'periodStart'), 'NO_TENANT_IN_PERIOD', 'No lease of the lot runs over the period');
    // Ids chosen here: the records name their regularisation without relying on the order RETURNING gives.
    const regularisations = await tx.insert(chargeRegularisations).values(wanted).returning();
    const byId = new Map(regularisations.map((row) => [row.id, row]));
    const records = wanted.flatMap((w, i) => found[i].map((lease) => newRecordOf(byId.get(w.id)!, lease)));
    for (let start = 0; start < records.length; start += RECORD_INSERT_CHUNK) {
      await tx.insert(tenantRegularisations).values(records.slice(start, start + RECORD_INSERT_CHUNK));
    }
    return wanted.map((w) => byId.get(w.id)!);
  });
  // Their records' figures read them: no second statement for what was just written.
  for (const row of created) ctx.loaders.chargeRegularisationById.prime(row.id, row);
  return created;
}

/** "Ajouter" for one lot: createChargeRegularisations of one, its errors naming the input's own fields. */
export async function createChargeRegularisation(ctx: Ctx, input: CreateChargeRegularisationInput): Promise<RegularisationRow> {
  const [created] = await createChargeRegularisations(ctx, [input], (_index, field) => field);
  return created;
}
