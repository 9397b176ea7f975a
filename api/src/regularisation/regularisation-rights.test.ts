import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildLot, buildOwner, buildTenant, type BuiltAgency, type BuiltLot } from '../test/builders';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { BILL, CREATE, CREATE_MANY, DELETE, integratorWith, LIST, NODE, UPDATE, UPDATE_REGULARISATION, VALIDATE } from '../test/regularisation';

let api: TestApi;
let agency: BuiltAgency;
let other: BuiltAgency;
let manager: Client;
let otherManager: Client;
let tenant: Client;
let owner: Client;
let lot: BuiltLot;
let otherLot: BuiltLot;
let regularisationId: string;
let recordId: string;

beforeAll(async () => {
  api = await startTestApi();
  const db = api.database.db;
  agency = await buildAgency(db);
  other = await buildAgency(db);
  manager = await api.as(agency.manager.signIn);
  otherManager = await api.as(other.manager.signIn);
  lot = await buildLot(db, agency, await buildBuilding(db, agency));
  otherLot = await buildLot(db, other, await buildBuilding(db, other));
  const built = await buildTenant(db, agency, { lot, startDate: '2019-01-01' });
  tenant = await api.as(built.person.signIn);
  owner = await api.as((await buildOwner(db, agency, { lots: [lot] })).person.signIn);
  await buildTenant(db, other, { lot: otherLot, startDate: '2019-01-01' });
  const created = await manager.gql(CREATE, {
    input: { lotId: toGlobalId('Lot', lot.id), periodStart: '2020-01-01', periodEnd: '2020-12-31', charges: [{ label: 'Charges', amount: '1500.00' }] },
  });
  regularisationId = created.data!.createChargeRegularisation.id;
  recordId = created.data!.createChargeRegularisation.records[0].id;
});
afterAll(() => api.close());

const input = (lotId: string) => ({ lotId: toGlobalId('Lot', lotId), periodStart: '2020-01-01', periodEnd: '2020-12-31', charges: [{ label: 'Charges', amount: '1.00' }] });

describe('who may regularise charges', () => {
  it("refuses another agency's lot in the same words as a lot that does not exist", async () => {
    for (const lotId of [otherLot.id, '00000000-0000-4000-8000-000000000000']) {
      const result = await manager.gql(CREATE, { input: input(lotId) });
      expect([errorCode(result), result.errors?.[0]?.extensions?.reason, result.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'UNKNOWN_REFERENCE', 'lotId']);
    }
  });

  it("shows another agency's manager nothing: no list entry, no node, no change, no billing, no deletion", async () => {
    expect((await otherManager.gql(LIST)).data!.chargeRegularisations.nodes).toEqual([]);
    expect((await otherManager.gql(NODE, { id: regularisationId })).data?.node).toBeNull();
    expect((await otherManager.gql(NODE, { id: recordId })).data?.node).toBeNull();
    expect(errorCode(await otherManager.gql(UPDATE, { input: { recordId, retained: '1.00' } }))).toBe('NOT_FOUND');
    expect(errorCode(await otherManager.gql(UPDATE_REGULARISATION, { input: { id: regularisationId, periodEnd: '2020-06-30' } }))).toBe('NOT_FOUND');
    expect(errorCode(await otherManager.gql(VALIDATE, { ids: [recordId] }))).toBe('NOT_FOUND');
    expect(errorCode(await otherManager.gql(BILL, { ids: [recordId] }))).toBe('NOT_FOUND');
    expect(errorCode(await otherManager.gql(DELETE, { id: regularisationId }))).toBe('NOT_FOUND');
    // Still there, untouched, for its own agency.
    expect((await manager.gql(NODE, { id: recordId })).data?.node).toMatchObject({ id: recordId, regularisation: '1500.00' });
  });

  it('lets no tenant nor owner read or write records, whatever the path', async () => {
    for (const client of [tenant, owner]) {
      expect(errorCode(await client.gql(LIST))).toBe('FORBIDDEN');
      expect((await client.gql(NODE, { id: regularisationId })).data?.node).toBeNull();
      expect((await client.gql(NODE, { id: recordId })).data?.node).toBeNull();
      expect(errorCode(await client.gql(CREATE, { input: input(lot.id) }))).toBe('FORBIDDEN');
      expect(errorCode(await client.gql(UPDATE, { input: { recordId, retained: '1.00' } }))).toBe('FORBIDDEN');
      expect(errorCode(await client.gql(UPDATE_REGULARISATION, { input: { id: regularisationId, periodEnd: '2020-06-30' } }))).toBe('FORBIDDEN');
      expect(errorCode(await client.gql(VALIDATE, { ids: [recordId] }))).toBe('FORBIDDEN');
      expect(errorCode(await client.gql(BILL, { ids: [recordId] }))).toBe('FORBIDDEN');
      expect(errorCode(await client.gql(DELETE, { id: regularisationId }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await api.client().gql(LIST))).toBe('UNAUTHENTICATED');
  });

  it('guards the batch create like the single one: no client, no other scope, no lot of another agency, nothing created', async () => {
    const before = (await manager.gql(LIST)).data!.chargeRegularisations.nodes.length;
    for (const client of [tenant, owner]) expect(errorCode(await client.gql(CREATE_MANY, { inputs: [input(lot.id)] }))).toBe('FORBIDDEN');
    const documentsWriter = await integratorWith(api, manager, ['DOCUMENTS_WRITE', 'LEDGER_WRITE', 'PORTFOLIO_WRITE']);
    expect(errorCode(await documentsWriter.gql(CREATE_MANY, { inputs: [input(lot.id)] }))).toBe('FORBIDDEN');
    const mixed = await manager.gql(CREATE_MANY, { inputs: [input(lot.id), input(otherLot.id)] });
    expect(errorCode(mixed)).toBe('BAD_USER_INPUT');
    expect((await manager.gql(LIST)).data!.chargeRegularisations.nodes.length).toBe(before);
  });

  it('refuses a forged or mistyped id cleanly', async () => {
    const forged = await manager.gql(UPDATE, { input: { recordId: `${recordId}x`, retained: '1.00' } });
    expect([errorCode(forged), forged.errors?.[0]?.extensions?.reason]).toEqual(['BAD_USER_INPUT', 'INVALID_ID']);
    const mistyped = await manager.gql(BILL, { ids: [regularisationId] });
    expect([errorCode(mistyped), mistyped.errors?.[0]?.extensions?.reason]).toEqual(['BAD_USER_INPUT', 'INVALID_ID']);
  });

  it('lets an integrator with regularisation:write do the whole round, and no other scope', async () => {
    const writer = await integratorWith(api, manager, ['REGULARISATION_WRITE']);
    const created = await writer.gql(CREATE, { input: input(lot.id) });
    expect(created.errors).toBeUndefined();
    const record = created.data!.createChargeRegularisation.records[0];
    // Reading the tenant and the lease needs their own scopes: null, not someone else's data.
    expect(record).toMatchObject({ tenant: null, lease: null, regularisation: '1.00' });
    const changed = await writer.gql(UPDATE_REGULARISATION, { input: { id: created.data!.createChargeRegularisation.id, periodEnd: '2020-06-30' } });
    expect(changed.data?.updateChargeRegularisation).toMatchObject({ periodDays: 182, records: [expect.objectContaining({ id: record.id, days: 182 })] });
    expect((await writer.gql(VALIDATE, { ids: [record.id] })).data?.validateTenantRegularisations[0].status).toBe('VALIDATED');
    expect(errorCode(await writer.gql(DELETE, { id: created.data!.createChargeRegularisation.id }))).toBeUndefined();

    const documentsWriter = await integratorWith(api, manager, ['DOCUMENTS_WRITE', 'LEDGER_WRITE', 'PORTFOLIO_WRITE']);
    expect(errorCode(await documentsWriter.gql(CREATE, { input: input(lot.id) }))).toBe('FORBIDDEN');
    expect(errorCode(await documentsWriter.gql(LIST))).toBe('FORBIDDEN');
    expect(errorCode(await documentsWriter.gql(UPDATE_REGULARISATION, { input: { id: regularisationId, periodEnd: '2020-06-30' } }))).toBe('FORBIDDEN');
    expect((await documentsWriter.gql(NODE, { id: recordId })).data?.node).toBeNull();
  });
});
