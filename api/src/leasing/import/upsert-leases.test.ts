import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { buildAccount, buildAgency, buildBuilding, buildLot, buildPerson, setAgencySettings, type AgencySettingsPatch } from '../../test/builders';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type TestApi } from '../../test/harness';
import { FUTURE, integrator, rowErrors } from '../../test/relation-batches';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const UPSERT = graphql(`
  mutation UpsertLeasesBatch($rows: [LeaseInput!]!) {
    upsertLeases(leases: $rows) {
      received
      created
      updated
      unchanged
    }
  }
`);

const MY_LEASES = graphql(`
  query UpsertLeasesMine {
    viewer {
      person {
        leases {
          nodes {
            isActive
            lot {
              code
            }
          }
        }
      }
    }
  }
`);

let counter = 0;
const code = (prefix: string) => `${prefix}${++counter}`;

/** A fresh agency (settings patched) with `count` lots and tenants with externalIds, signed-in-able, each with an 81 account. */
async function rentals(count: number, settings: AgencySettingsPatch = {}) {
  const { db } = api.database;
  const agency = await buildAgency(db);
  await setAgencySettings(db, agency.id, settings);
  const building = await buildBuilding(db, agency);
  const units = [];
  for (let i = 0; i < count; i++) {
    const lot = await buildLot(db, agency, building);
    const tenant = await buildPerson(db, agency.id, { externalId: code('LOC'), access: true });
    const account = await buildAccount(db, agency, { entity: agency.gerance, kind: 'TENANT', person: tenant });
    units.push({
      lot,
      tenant,
      account,
      row: { externalId: code('BAIL'), lotCode: lot.code, tenantExternalId: tenant.externalId!, startDate: '2021-09-01', accountNumber: account.number },
    });
  }
  return { agency, building, units, manager: await api.as(agency.manager.signIn) };
}

describe('upsertLeases: by externalId', () => {
  it('creates, updates and leaves unchanged', async () => {
    const { agency, units, manager } = await rentals(2);
    const rows = units.map((unit) => unit.row);
    expect((await manager.gql(UPSERT, { rows })).data?.upsertLeases).toEqual({ received: 2, created: 2, updated: 0, unchanged: 0 });
    expect((await manager.gql(UPSERT, { rows })).data?.upsertLeases).toEqual({ received: 2, created: 0, updated: 0, unchanged: 2 });
    // An omitted account keeps the linked one; a new start date is a change.
    const changed = [
      { ...rows[0], accountNumber: null },
      { ...rows[1], startDate: '2021-10-01' },
    ];
    expect((await manager.gql(UPSERT, { rows: changed })).data?.upsertLeases).toEqual({ received: 2, created: 0, updated: 1, unchanged: 1 });
    const stored = await api.database.db.select().from(t.leases).where(eq(t.leases.agencyId, agency.id));
    expect(stored.map((lease) => lease.accountId).sort()).toEqual(units.map((unit) => unit.account.id).sort());
  });

  it('writes nothing when any row is bad, and names each one', async () => {
    const mine = await rentals(1);
    const theirs = await rentals(1);
    const row = mine.units[0].row;
    const result = await mine.manager.gql(UPSERT, {
      rows: [
        { ...row, externalId: code('B'), lotCode: theirs.units[0].lot.code },
        { ...row, externalId: code('B'), tenantExternalId: theirs.units[0].tenant.externalId! },
        { ...row, externalId: code('B'), accountNumber: theirs.units[0].account.number },
        { ...row, externalId: code('B'), departureDate: '2020-01-01' },
        { ...row, externalId: code('B'), noticeDate: '2021-01-01' },
        { ...row, externalId: code('B'), noticeDate: '2024-05-01', departureDate: '2024-04-30' },
        row,
        row,
      ],
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leases[0].lotCode', reason: 'UNKNOWN_REFERENCE' });
    expect(rowErrors(result)).toEqual({
      'leases[0].lotCode': 'UNKNOWN_REFERENCE',
      'leases[1].tenantExternalId': 'UNKNOWN_REFERENCE',
      'leases[2].accountNumber': 'UNKNOWN_REFERENCE',
      'leases[3].departureDate': 'DATE_BEFORE_START',
      'leases[4].noticeDate': 'DATE_BEFORE_START',
      'leases[5].noticeDate': 'INVALID_RANGE',
      'leases[7].externalId': 'DUPLICATE_IN_BATCH',
    });
    expect(await api.database.db.$count(t.leases, eq(t.leases.agencyId, mine.agency.id))).toBe(0);
  });

  it('runs the same number of SQL statements for 2 leases as for 10, departures included', async () => {
    const { units, manager } = await rentals(12);
    const rows = units.map((unit) => unit.row);
    const small = await manager.gql(UPSERT, { rows: rows.slice(0, 2) });
    const large = await manager.gql(UPSERT, { rows: rows.slice(2) });
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
    const gone = rows.map((row) => ({ ...row, departureDate: '2026-11-15' }));
    const smallDepartures = await manager.gql(UPSERT, { rows: gone.slice(0, 2) });
    const largeDepartures = await manager.gql(UPSERT, { rows: gone.slice(2) });
    expect(largeDepartures.data?.upsertLeases.updated).toBe(10);
    expect(largeDepartures.statements).toBe(smallDepartures.statements);
  });
});

describe('a notice or departure through upsertLeases', () => {
  async function signedInTenant(settings: AgencySettingsPatch) {
    const r = await rentals(1, settings);
    await r.manager.gql(UPSERT, { rows: [r.units[0].row] });
    const client = await api.as(r.units[0].tenant.signIn);
    expect((await client.gql(MY_LEASES)).data?.viewer?.person.leases.nodes).toEqual([{ isActive: true, lot: { code: r.units[0].lot.code } }]);
    return { ...r, unit: r.units[0], client };
  }
  const accountOf = async (id: string) => (await api.database.db.select().from(t.accounts).where(eq(t.accounts.id, id)))[0];

  it('ends the lease on the tenant’s next request when the agency keeps departed tenants signed in', async () => {
    const s = await signedInTenant({ disableAccessOnDeparture: false });
    await s.manager.gql(UPSERT, { rows: [{ ...s.unit.row, departureDate: '2026-11-15' }] });
    expect((await s.client.gql(MY_LEASES)).data?.viewer?.person.leases.nodes).toEqual([{ isActive: false, lot: null }]);
    expect((await accountOf(s.unit.account.id)).isPublished).toBe(true);
  });

  it('switches the tenant off at departure by default, and at notice only when the agency says so', async () => {
    const departing = await signedInTenant({});
    await departing.manager.gql(UPSERT, { rows: [{ ...departing.unit.row, noticeDate: '2026-10-01' }] });
    expect((await departing.client.gql(MY_LEASES)).data?.viewer).not.toBeNull();
    await departing.manager.gql(UPSERT, { rows: [{ ...departing.unit.row, noticeDate: '2026-10-01', departureDate: '2026-11-15' }] });
    expect((await departing.client.gql(MY_LEASES)).data).toEqual({ viewer: null });
    expect((await accountOf(departing.unit.account.id)).isPublished).toBe(false);

    const noticed = await signedInTenant({ disableAccessOnNotice: true });
    await noticed.manager.gql(UPSERT, { rows: [{ ...noticed.unit.row, noticeDate: '2026-10-01' }] });
    expect((await noticed.client.gql(MY_LEASES)).data).toEqual({ viewer: null });
  });

  it('keeps a tenant leaving at a future date signed in until then', async () => {
    const s = await signedInTenant({});
    await s.manager.gql(UPSERT, { rows: [{ ...s.unit.row, departureDate: FUTURE }] });
    expect((await s.client.gql(MY_LEASES)).data?.viewer?.person.leases.nodes).toEqual([{ isActive: true, lot: { code: s.unit.lot.code } }]);
    const account = await accountOf(s.unit.account.id);
    expect([account.isPublished, account.unpublishedFrom]).toEqual([true, FUTURE]);
  });
});

describe('upsertLeases: who may call it', () => {
  it('is refused to integrators without portfolio:write, to clients and to anonymous callers', async () => {
    const { units, manager } = await rentals(1);
    const rows = [units[0].row];
    expect(errorCode(await (await integrator(api, manager, ['PORTFOLIO_READ', 'LEDGER_WRITE'])).gql(UPSERT, { rows }))).toBe('FORBIDDEN');
    expect((await (await integrator(api, manager, ['PORTFOLIO_WRITE'])).gql(UPSERT, { rows })).data?.upsertLeases.created).toBe(1);
    expect(errorCode(await (await api.as(units[0].tenant.signIn)).gql(UPSERT, { rows }))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(UPSERT, { rows }))).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});
