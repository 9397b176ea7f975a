import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildLot, buildTenant, type BuiltAgency, type BuiltLot } from '../test/builders';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { BILL, CREATE, MANUAL_CHARGES, MANUAL_WATER, UPDATE, UPDATE_REGULARISATION, VALIDATE } from '../test/regularisation';

let api: TestApi;
let agency: BuiltAgency;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

/** Provisions of 100,00 a month on code 30 in 2020, 90,00 in December 2019, a credit of 20,00 in June 2020. */
const PROVISIONS = [
  ...Array.from({ length: 12 }, (_, m) => ({ date: `2020-${String(m + 1).padStart(2, '0')}-01`, label: `Provisions ${m + 1}/2020`, debit: '100.00', fiscalCode: '30' })),
  { date: '2019-12-01', label: 'Provisions 12/2019', debit: '90.00', fiscalCode: '30' },
  { date: '2020-06-10', label: 'Avoir provisions', credit: '20.00', fiscalCode: '30' },
];

async function newLot(): Promise<BuiltLot> {
  return buildLot(api.database.db, agency, await buildBuilding(api.database.db, agency));
}

async function create(lot: BuiltLot, periodStart: string, periodEnd: string, charges = [{ label: 'Charges', amount: '1000.00' }]) {
  const result = await manager.gql(CREATE, { input: { lotId: toGlobalId('Lot', lot.id), periodStart, periodEnd, charges } });
  expect(result.errors).toBeUndefined();
  return result.data!.createChargeRegularisation;
}

async function changePeriod(id: string, input: Record<string, unknown>) {
  const result = await manager.gql(UPDATE_REGULARISATION, { input: { id, ...input } });
  expect(result.errors).toBeUndefined();
  return result.data!.updateChargeRegularisation;
}

describe('changing the period of a regularisation', () => {
  it("recomputes the days over the leap year 2020 and keeps every figure the manager entered: the manual's 1 106,50 in 3 instalments", async () => {
    const lot = await newLot();
    await buildTenant(api.database.db, agency, { lot, startDate: '2019-01-01', account: { entries: PROVISIONS } });
    const first = await create(lot, '2020-01-01', '2020-06-30', MANUAL_CHARGES);
    expect([first.periodDays, first.records[0].days, first.records[0].provisions]).toEqual([182, 182, '580.00']);
    const [record] = first.records;
    await manager.gql(UPDATE, { input: { recordId: record.id, water: MANUAL_WATER, provisions: '5000.00', retained: '300.00', instalments: 3 } });
    expect((await manager.gql(VALIDATE, { ids: [record.id] })).data?.validateTenantRegularisations[0].status).toBe('VALIDATED');

    const changed = await changePeriod(first.id, { periodEnd: '2020-12-31' });
    expect(changed).toMatchObject({ periodStart: '2020-01-01', periodEnd: '2020-12-31', periodDays: 366, status: 'PENDING' });
    // The same record, back to pending; the typed provisions are kept, not prefilled again (1 180,00).
    expect(changed.records).toEqual([
      expect.objectContaining({
        id: record.id,
        days: 366,
        status: 'PENDING',
        waterTotal: '1225.50',
        chargesTotal: '5181.00',
        total: '6406.50',
        provisions: '5000.00',
        isProvisionsEntered: true,
        retained: '300.00',
        regularisation: '1106.50',
        instalments: 3,
        newMonthlyProvision: '533.88',
      }),
    ]);
  });

  it('prefills again the provisions it prefilled, over the new period and the new fiscal code', async () => {
    const lot = await newLot();
    await buildTenant(api.database.db, agency, { lot, startDate: '2019-01-01', account: { entries: PROVISIONS } });
    const regularisation = await create(lot, '2020-01-01', '2020-06-30');
    expect(regularisation.records[0]).toMatchObject({ provisions: '580.00', currentMonthlyProvision: '100.00' });
    // A non-calendar period over the leap day: 366 days, December 2019 now among the provisions.
    const shifted = await changePeriod(regularisation.id, { periodStart: '2019-12-01', periodEnd: '2020-11-30' });
    expect(shifted.periodDays).toBe(366);
    expect(shifted.records[0]).toMatchObject({ days: 366, provisions: '1170.00', isProvisionsEntered: false, total: '1000.00', regularisation: '-170.00' });
    const otherCode = await changePeriod(regularisation.id, { fiscalCode: '31' });
    expect(otherCode.records[0]).toMatchObject({ provisions: '0.00', currentMonthlyProvision: '0.00', regularisation: '1000.00' });
  });

  it('adds a tenant who moved in inside the new period, and removes one no longer concerned who holds nothing typed', async () => {
    const lot = await newLot();
    await buildTenant(api.database.db, agency, { lot, startDate: '2015-03-01', departureDate: '2020-04-30', displayName: 'PARTI Paul' });
    await buildTenant(api.database.db, agency, { lot, startDate: '2020-05-01', displayName: 'ARRIVEE Anne' });
    const regularisation = await create(lot, '2020-01-01', '2020-04-30');
    expect(regularisation.records.map((r) => [r.tenant?.displayName, r.days])).toEqual([['PARTI Paul', 121]]);
    const paul = regularisation.records[0].id;

    const year = await changePeriod(regularisation.id, { periodEnd: '2020-12-31' });
    expect(year.records.map((r) => [r.tenant?.displayName, r.days, r.isDeparted, r.total, r.newMonthlyProvision])).toEqual([
      ['PARTI Paul', 121, true, '330.60', null],
      ['ARRIVEE Anne', 245, false, '669.40', '55.78'],
    ]);
    expect(year.records[0].id).toBe(paul);

    const later = await changePeriod(regularisation.id, { periodStart: '2020-06-01' });
    expect(later.records.map((r) => [r.tenant?.displayName, r.days, r.total])).toEqual([['ARRIVEE Anne', 214, '1000.00']]);
    expect(later.periodDays).toBe(214);
  });

  it('refuses to drop the figures typed for a tenant no longer concerned until the removal is confirmed', async () => {
    const lot = await newLot();
    await buildTenant(api.database.db, agency, { lot, startDate: '2015-03-01', departureDate: '2020-04-30', displayName: 'PARTI Paul' });
    await buildTenant(api.database.db, agency, { lot, startDate: '2020-05-01', displayName: 'ARRIVEE Anne' });
    const regularisation = await create(lot, '2020-01-01', '2020-12-31');
    const anne = regularisation.records[1];
    await manager.gql(UPDATE, { input: { recordId: anne.id, water: MANUAL_WATER.slice(0, 1) } });

    const refused = await manager.gql(UPDATE_REGULARISATION, { input: { id: regularisation.id, periodEnd: '2020-04-30' } });
    expect([errorCode(refused), refused.errors?.[0]?.extensions?.reason]).toEqual(['CONFLICT', 'REGULARISATION_ENTERED_FIGURES']);
    // Nothing changed.
    const unchanged = await changePeriod(regularisation.id, {});
    expect([unchanged.periodEnd, unchanged.records.map((r) => r.days), unchanged.records[1].waterTotal]).toEqual(['2020-12-31', [121, 245], '1000.00']);

    const confirmed = await changePeriod(regularisation.id, { periodEnd: '2020-04-30', isRemovalConfirmed: true });
    expect(confirmed.records.map((r) => [r.tenant?.displayName, r.days])).toEqual([['PARTI Paul', 121]]);
    expect(errorCode(await manager.gql(UPDATE, { input: { recordId: anne.id, retained: '1.00' } }))).toBe('NOT_FOUND');
  });

  it('changes nothing when given the same values: a validated record stays validated', async () => {
    const lot = await newLot();
    await buildTenant(api.database.db, agency, { lot, startDate: '2019-01-01' });
    const regularisation = await create(lot, '2020-01-01', '2020-12-31');
    await manager.gql(VALIDATE, { ids: [regularisation.records[0].id] });
    const same = await changePeriod(regularisation.id, { periodStart: '2020-01-01', periodEnd: '2020-12-31', charges: [{ label: 'Charges', amount: '1000.00' }] });
    expect(same).toMatchObject({ status: 'VALIDATED', records: [expect.objectContaining({ status: 'VALIDATED' })] });
    const charges = await changePeriod(regularisation.id, { charges: [{ label: 'Charges', amount: '1200.00' }] });
    expect(charges).toMatchObject({ status: 'PENDING', records: [expect.objectContaining({ total: '1200.00', status: 'PENDING' })] });
  });

  it('refuses an inverted period and a period with no lease, and any change once a record is billed', async () => {
    const lot = await newLot();
    await buildTenant(api.database.db, agency, { lot, startDate: '2019-01-01', departureDate: '2021-12-31' });
    const regularisation = await create(lot, '2020-01-01', '2020-12-31');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ periodStart: '2021-01-01' }, 'INVALID_RANGE', 'periodEnd'],
      [{ periodStart: '2022-01-01', periodEnd: '2022-12-31' }, 'NO_TENANT_IN_PERIOD', 'periodStart'],
      [{ charges: [{ label: 'Charges', amount: '1.001' }] }, 'INVALID_AMOUNT', 'charges[0].amount'],
    ];
    for (const [input, reason, field] of cases) {
      const result = await manager.gql(UPDATE_REGULARISATION, { input: { id: regularisation.id, ...input } });
      expect([errorCode(result), result.errors?.[0]?.extensions?.reason, result.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', reason, field]);
    }
    const [record] = regularisation.records;
    await manager.gql(VALIDATE, { ids: [record.id] });
    await manager.gql(BILL, { ids: [record.id] });
    const billed = await manager.gql(UPDATE_REGULARISATION, { input: { id: regularisation.id, periodEnd: '2020-06-30' } });
    expect([errorCode(billed), billed.errors?.[0]?.extensions?.reason]).toEqual(['CONFLICT', 'REGULARISATION_BILLED']);
    const again = await manager.gql(BILL, { ids: [record.id] });
    expect(again.data?.billTenantRegularisations[0]).toMatchObject({ status: 'BILLED', days: 366, billedAmount: '1000.00' });
  });
});
