import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildLot, buildTenant, type BuiltAgency, type BuiltLot } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { BILL, CREATE, CREATE_MANY, DELETE, entriesOf, LIST, MANUAL_CHARGES, MANUAL_WATER, UPDATE, VALIDATE } from '../test/regularisation';
import { firstOfMonthAfter } from './record-selection';
import { agencyToday } from '../db/calendar';

let api: TestApi;
let agency: BuiltAgency;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const IMPORT_ENTRIES = graphql(`
  mutation RegularisationTestImportEntries($entries: [LedgerEntryInput!]!) {
    importLedgerEntries(entries: $entries) {
      created
      unchanged
    }
  }
`);

const today = () => agencyToday();

/** A lot of its own building with one tenant (from 2019, provisions of 100,00 a month on code 30 in 2020, and other lines that are not provisions). */
async function lotWithTenant(options: { startDate?: string; departureDate?: string; entries?: boolean } = {}) {
  const building = await buildBuilding(api.database.db, agency);
  const lot = await buildLot(api.database.db, agency, building);
  const entries =
    options.entries === false
      ? []
      : [
          ...Array.from({ length: 12 }, (_, m) => ({
            date: `2020-${String(m + 1).padStart(2, '0')}-01`,
            label: `Provisions sur charges ${m + 1}/2020`,
            debit: '100.00',
            fiscalCode: '30',
          })),
          { date: '2020-03-01', label: 'Loyer 03/2020', debit: '600.00', fiscalCode: '10' },
          { date: '2019-12-01', label: 'Provisions sur charges 12/2019', debit: '90.00', fiscalCode: '30' },
          { date: '2020-06-10', label: 'Avoir provisions', credit: '20.00', fiscalCode: '30' },
        ];
  const tenant = await buildTenant(api.database.db, agency, { lot, startDate: options.startDate ?? '2019-01-01', departureDate: options.departureDate, account: { entries } });
  return { lot, tenant };
}

async function create(lot: BuiltLot, overrides: Record<string, unknown> = {}) {
  const result = await manager.gql(CREATE, {
    input: {
      lotId: toGlobalId('Lot', lot.id),
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
      charges: [{ label: 'Charges établies par le syndic', amount: '1500.00' }],
      ...overrides,
    },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.createChargeRegularisation;
}

describe('creating a regularisation ("ajouter")', () => {
  it("prefills the provisions from the tenant's ledger lines of fiscal code 30 in the period, and the current provision from the last one", async () => {
    const { lot } = await lotWithTenant();
    const regularisation = await create(lot);
    expect(regularisation).toMatchObject({ periodDays: 366, status: 'PENDING', lot: { code: lot.code, regularisedOn: null } });
    const [record] = regularisation.records;
    // 12 × 100,00 − 20,00 of credit; December 2019 and the rent are not provisions of 2020.
    expect(record).toMatchObject({
      days: 366,
      provisions: '1180.00',
      currentMonthlyProvision: '100.00',
      total: '1500.00',
      regularisation: '320.00',
      newMonthlyProvision: '125.00',
    });
  });

  it('sums the provisions loaded through importLedgerEntries with their fiscal code', async () => {
    const { lot, tenant } = await lotWithTenant({ entries: false });
    const line = (n: number, fiscalCode: string | null) => ({
      externalId: `PROV-${tenant.account.number}-${n}`,
      entityCode: agency.gerance.code,
      accountNumber: tenant.account.number,
      date: `2020-0${n}-01`,
      label: `Provisions ${n}/2020`,
      debit: '249.02',
      fiscalCode,
    });
    const loaded = await manager.gql(IMPORT_ENTRIES, { entries: [line(1, '30'), line(2, '30'), line(3, null)] });
    expect(loaded.data?.importLedgerEntries.created).toBe(3);
    // The same batch again is unchanged; the same entry with another fiscal code is another content.
    expect((await manager.gql(IMPORT_ENTRIES, { entries: [line(1, '30')] })).data?.importLedgerEntries.unchanged).toBe(1);
    expect(errorCode(await manager.gql(IMPORT_ENTRIES, { entries: [line(1, '31')] }))).toBe('BAD_USER_INPUT');
    const [record] = (await create(lot)).records;
    expect(record).toMatchObject({ provisions: '498.04', currentMonthlyProvision: '249.02' });
  });

  it('takes another fiscal code when asked, and none found gives no provisions', async () => {
    const { lot } = await lotWithTenant();
    const [record] = (await create(lot, { fiscalCode: '31' })).records;
    expect(record).toMatchObject({ provisions: '0.00', currentMonthlyProvision: '0.00', regularisation: '1500.00' });
  });

  it('gives one record per tenant whose lease overlaps the period, with their days: a move-out and a move-in', async () => {
    const building = await buildBuilding(api.database.db, agency);
    const lot = await buildLot(api.database.db, agency, building);
    await buildTenant(api.database.db, agency, { lot, startDate: '2015-03-01', departureDate: '2020-04-30', displayName: 'PARTI Paul' });
    await buildTenant(api.database.db, agency, { lot, startDate: '2020-05-01', displayName: 'ARRIVEE Anne' });
    await buildTenant(api.database.db, agency, { lot, startDate: '2014-01-01', departureDate: '2019-12-31', displayName: 'ANCIEN Alain' });
    const regularisation = await create(lot, { charges: [{ label: 'Charges', amount: '1000.00' }] });
    expect(regularisation.records.map((r) => [r.tenant?.displayName, r.days, r.isDeparted, r.total, r.newMonthlyProvision])).toEqual([
      ['PARTI Paul', 121, true, '330.60', null],
      ['ARRIVEE Anne', 245, false, '669.40', '55.78'],
    ]);
  });

  it('refuses a period with no lease, an inverted period and a malformed amount, creating nothing', async () => {
    const { lot } = await lotWithTenant({ startDate: '2022-01-01', entries: false });
    const before = (await manager.gql(LIST)).data!.chargeRegularisations.nodes.length;
    const input = { lotId: toGlobalId('Lot', lot.id), periodStart: '2020-01-01', periodEnd: '2020-12-31', charges: [{ label: 'Charges', amount: '10.00' }] };
    const cases: [Record<string, unknown>, string, string][] = [
      [{}, 'NO_TENANT_IN_PERIOD', 'periodStart'],
      [{ periodStart: '2023-01-01', periodEnd: '2022-12-31' }, 'INVALID_RANGE', 'periodEnd'],
      [{ periodStart: '2022-01-01', periodEnd: '2022-12-31', charges: [{ label: 'Charges', amount: '10.005' }] }, 'INVALID_AMOUNT', 'charges[0].amount'],
      [{ periodStart: '2022-01-01', periodEnd: '2022-12-31', charges: [{ label: '  ', amount: '10.00' }] }, 'INVALID_VALUE', 'charges[0].label'],
      [{ periodStart: '2022-01-01', periodEnd: '2022-12-31', fiscalCode: '30; DROP' }, 'INVALID_CODE', 'fiscalCode'],
    ];
    for (const [overrides, reason, field] of cases) {
      const result = await manager.gql(CREATE, { input: { ...input, ...overrides } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions).toMatchObject({ reason, field });
    }
    expect((await manager.gql(LIST)).data!.chargeRegularisations.nodes.length).toBe(before);
  });
});

describe('creating many at once', () => {
  it('creates the regularisations of several lots in one call, in the order given, in a number of statements that does not grow with them', async () => {
    const lots = await Promise.all([1, 2, 3].map(() => lotWithTenant()));
    const input = (lot: BuiltLot, periodEnd: string) => ({
      lotId: toGlobalId('Lot', lot.id),
      periodStart: '2020-01-01',
      periodEnd,
      charges: [{ label: 'Charges établies par le syndic', amount: '1500.00' }],
    });
    const two = await manager.gql(CREATE_MANY, { inputs: [input(lots[0].lot, '2020-12-31'), input(lots[1].lot, '2020-06-30')] });
    expect(two.errors).toBeUndefined();
    expect(two.data!.createChargeRegularisations.map((r) => [r.lot?.code, r.periodDays, r.records[0].days, r.records[0].provisions])).toEqual([
      [lots[0].lot.code, 366, 366, '1180.00'],
      [lots[1].lot.code, 182, 182, '580.00'],
    ]);
    const three = await manager.gql(CREATE_MANY, { inputs: lots.map(({ lot }) => input(lot, '2020-12-31')) });
    expect(three.errors).toBeUndefined();
    expect(three.statements).toBe(two.statements);
  });

  it('creates none when one input is refused, naming it', async () => {
    const { lot } = await lotWithTenant();
    const before = (await manager.gql(LIST)).data!.chargeRegularisations.nodes.length;
    const good = { lotId: toGlobalId('Lot', lot.id), periodStart: '2020-01-01', periodEnd: '2020-12-31', charges: [{ label: 'Charges', amount: '10.00' }] };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ lotId: toGlobalId('Lot', '00000000-0000-4000-8000-000000000000') }, 'UNKNOWN_REFERENCE', 'inputs[1].lotId'],
      [{ periodStart: '2010-01-01', periodEnd: '2010-12-31' }, 'NO_TENANT_IN_PERIOD', 'inputs[1].periodStart'],
      [{ charges: [{ label: 'Charges', amount: '1.001' }] }, 'INVALID_AMOUNT', 'inputs[1].charges[0].amount'],
    ];
    for (const [overrides, reason, field] of cases) {
      const result = await manager.gql(CREATE_MANY, { inputs: [good, { ...good, ...overrides }] });
      expect([errorCode(result), result.errors?.[0]?.extensions?.reason, result.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', reason, field]);
    }
    expect((await manager.gql(LIST)).data!.chargeRegularisations.nodes.length).toBe(before);
  });
});

describe("changing a tenant's figures", () => {
  it('keeps every field left out, and goes back to the computed provisions when the typed one is cleared', async () => {
    const { lot } = await lotWithTenant();
    const [record] = (await create(lot)).records;
    const first = await manager.gql(UPDATE, { input: { recordId: record.id, water: MANUAL_WATER, retained: '100.00', newMonthlyProvision: '150.00' } });
    expect(first.data?.updateTenantRegularisation).toMatchObject({ waterTotal: '1225.50', retained: '100.00', newMonthlyProvision: '150.00' });
    const second = (await manager.gql(UPDATE, { input: { recordId: record.id, instalments: 2 } })).data!.updateTenantRegularisation;
    expect(second).toMatchObject({ waterTotal: '1225.50', retained: '100.00', provisions: '1180.00', instalments: 2, newMonthlyProvision: '150.00' });
    const third = (await manager.gql(UPDATE, { input: { recordId: record.id, newMonthlyProvision: null } })).data!.updateTenantRegularisation;
    // (1 500,00 + 1 225,50) / 12 = 227,125 → 227,13, rounded once.
    expect(third).toMatchObject({ waterTotal: '1225.50', newMonthlyProvision: '227.13' });
  });

  it('applies a share to every line and a line share to one line (co-tenants)', async () => {
    const { lot } = await lotWithTenant();
    const [record] = (
      await create(lot, {
        charges: [
          { label: 'Charges', amount: '1500.01' },
          { label: 'Ascenseur', amount: '100.00' },
        ],
      })
    ).records;
    const updated = (await manager.gql(UPDATE, { input: { recordId: record.id, share: '0.5', lineShares: [{ label: 'Ascenseur', share: '0.3' }] } })).data!
      .updateTenantRegularisation;
    expect(updated.lines.map((l) => [l.label, l.share, l.amountDue])).toEqual([
      ['Charges', '0.50', '750.01'],
      ['Ascenseur', '0.30', '30.00'],
    ]);
  });

  it('refuses bad figures with the field named, changing nothing', async () => {
    const { lot } = await lotWithTenant();
    const [record] = (await create(lot)).records;
    for (const [input, field] of [
      [{ instalments: 13 }, 'instalments'],
      [{ retained: '1.234' }, 'retained'],
      [{ share: '-1' }, 'share'],
      [{ water: [{ label: 'Eau', indexStart: 'x', indexEnd: '1', unitPrice: '1' }] }, 'water'],
    ] as [Record<string, unknown>, string][]) {
      const result = await manager.gql(UPDATE, { input: { recordId: record.id, ...input } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      if (field !== 'water') expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
    const unchanged = (await manager.gql(UPDATE, { input: { recordId: record.id } })).data!.updateTenantRegularisation;
    expect(unchanged).toMatchObject({ instalments: 1, retained: '0.00', share: '1.00000', water: [] });
  });
});

describe('billing ("Quittancer")', () => {
  it("bills the manual's 1 106,50 in 3 instalments on the next rent calls, in one go, and never twice", async () => {
    const { lot, tenant } = await lotWithTenant({ entries: false });
    const regularisation = await create(lot, { charges: MANUAL_CHARGES });
    const [record] = regularisation.records;
    const updated = (await manager.gql(UPDATE, { input: { recordId: record.id, water: MANUAL_WATER, provisions: '5000.00', retained: '300.00', instalments: 3 } })).data!
      .updateTenantRegularisation;
    expect(updated).toMatchObject({ total: '6406.50', regularisation: '1106.50', instalments: 3, newMonthlyProvision: '533.88', status: 'PENDING' });

    const refused = await manager.gql(BILL, { ids: [record.id] });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('REGULARISATION_NOT_VALIDATED');
    expect(await entriesOf(api.database.db, agency.id, tenant.account.id)).toEqual([]);

    expect((await manager.gql(VALIDATE, { ids: [record.id] })).data?.validateTenantRegularisations).toEqual([{ id: record.id, status: 'VALIDATED' }]);
    const billed = (await manager.gql(BILL, { ids: [record.id] })).data!.billTenantRegularisations;
    expect(billed).toEqual([expect.objectContaining({ status: 'BILLED', billedAmount: '1106.50' })]);
    const label = 'Régularisation des charges du 01/01/2020 au 31/12/2020';
    const expected = [1, 2, 3].map((n, i) => ({ entryDate: firstOfMonthAfter(today(), n), label: `${label} (${n}/3)`, debit: ['368.83', '368.83', '368.84'][i], credit: '0.00' }));
    expect(await entriesOf(api.database.db, agency.id, tenant.account.id)).toEqual(expected);

    // Billing again changes nothing, and a billed record never changes nor goes away.
    expect((await manager.gql(BILL, { ids: [record.id] })).data?.billTenantRegularisations).toEqual(billed);
    expect(await entriesOf(api.database.db, agency.id, tenant.account.id)).toEqual(expected);
    const change = await manager.gql(UPDATE, { input: { recordId: record.id, retained: '0.00' } });
    expect([errorCode(change), change.errors?.[0]?.extensions?.reason]).toEqual(['CONFLICT', 'REGULARISATION_BILLED']);
    const deletion = await manager.gql(DELETE, { id: regularisation.id });
    expect([errorCode(deletion), deletion.errors?.[0]?.extensions?.reason]).toEqual(['CONFLICT', 'REGULARISATION_BILLED']);
    const list = (await manager.gql(LIST)).data!.chargeRegularisations.nodes.find((r) => r.id === regularisation.id);
    expect(list?.status).toBe('BILLED');
  });

  it('credits a creditor tenant in one instalment, and dates the lot\'s "régularisation le"', async () => {
    const { lot, tenant } = await lotWithTenant();
    const regularisation = await create(lot, { charges: [{ label: 'Charges', amount: '1000.00' }] });
    const [record] = regularisation.records;
    const updated = (await manager.gql(UPDATE, { input: { recordId: record.id, instalments: 3 } })).data!.updateTenantRegularisation;
    expect(updated).toMatchObject({ regularisation: '-180.00', isCreditor: true, instalments: 1 });
    await manager.gql(VALIDATE, { ids: [record.id] });
    await manager.gql(BILL, { ids: [record.id] });
    const entries = await entriesOf(api.database.db, agency.id, tenant.account.id);
    expect(entries.at(-1)).toEqual({ entryDate: firstOfMonthAfter(today(), 1), label: 'Régularisation des charges du 01/01/2020 au 31/12/2020', debit: '0.00', credit: '180.00' });
    const again = await create(lot, { periodStart: '2020-01-01', periodEnd: '2020-06-30' });
    expect(again.lot?.regularisedOn).toBe(today());
  });

  it('bills nothing for a departed tenant under the threshold, and the full amount at the threshold', async () => {
    const departed = async (provisions: string) => {
      const { lot, tenant } = await lotWithTenant({ departureDate: '2020-12-31', entries: false });
      const [record] = (await create(lot, { charges: [{ label: 'Charges', amount: '100.00' }] })).records;
      await manager.gql(UPDATE, { input: { recordId: record.id, provisions, instalments: 3 } });
      await manager.gql(VALIDATE, { ids: [record.id] });
      const [billed] = (await manager.gql(BILL, { ids: [record.id] })).data!.billTenantRegularisations;
      return { billed, entries: await entriesOf(api.database.db, agency.id, tenant.account.id) };
    };
    const under = await departed('90.01');
    expect(under.billed).toMatchObject({ isSkipped: true, isDeparted: true, billedAmount: '0.00', instalments: 1, newMonthlyProvision: null });
    expect(under.entries).toEqual([]);
    const at = await departed('90.00');
    expect(at.billed).toMatchObject({ isSkipped: false, billedAmount: '10.00', instalments: 1 });
    expect(at.entries.map((e) => e.debit)).toEqual(['10.00']);
  });

  it('bills a whole selection in one transaction: one record that cannot be billed refuses them all', async () => {
    const a = await lotWithTenant();
    const b = await lotWithTenant();
    const [ra] = (await create(a.lot)).records;
    const [rb] = (await create(b.lot)).records;
    await manager.gql(VALIDATE, { ids: [ra.id] });
    const refused = await manager.gql(BILL, { ids: [ra.id, rb.id] });
    expect(errorCode(refused)).toBe('CONFLICT');
    const before = await entriesOf(api.database.db, agency.id, a.tenant.account.id);
    expect(before.filter((e) => e.label.startsWith('Régularisation'))).toEqual([]);
    await manager.gql(VALIDATE, { ids: [rb.id] });
    const billed = (await manager.gql(BILL, { ids: [ra.id, rb.id] })).data!.billTenantRegularisations;
    expect(billed.map((r) => r.status)).toEqual(['BILLED', 'BILLED']);
  });
});

describe('deleting ("Supprimer")', () => {
  it('deletes a regularisation that is not billed, with its records', async () => {
    const { lot } = await lotWithTenant();
    const regularisation = await create(lot);
    expect((await manager.gql(DELETE, { id: regularisation.id })).data?.deleteChargeRegularisation).toBe(true);
    expect((await manager.gql(LIST)).data!.chargeRegularisations.nodes.some((r) => r.id === regularisation.id)).toBe(false);
    const gone = await manager.gql(UPDATE, { input: { recordId: regularisation.records[0].id, retained: '1.00' } });
    expect(errorCode(gone)).toBe('NOT_FOUND');
  });
});
