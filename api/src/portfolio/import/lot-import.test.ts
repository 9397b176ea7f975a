import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, type BuiltAgency, type BuiltBuilding, type PersonWithAccess } from '../../test/builders';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../../test/harness';

let api: TestApi;
let agency: BuiltAgency;
/** A building of the agency built directly (key 010), and one of another agency. */
let mine: BuiltBuilding;
let theirs: BuiltBuilding;
let manager: Client;
let coOwner: PersonWithAccess;
beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  mine = await buildBuilding(db, agency);
  theirs = await buildBuilding(db, await buildAgency(db));
  coOwner = (await buildCoOwner(db, agency, { lot: await buildLot(db, agency, mine) })).person;
  manager = await api.as(agency.manager.signIn);
  const setup = await manager.gql(SETUP, {
    buildings: [{ code: 'LOTS', name: 'Résidence des Lots', postalAddress: { line1: '1, rue des Lots', postalCode: '54000', city: 'NANCY' } }],
    keys: [
      { buildingCode: 'LOTS', code: '010', label: 'CHARGES COMMUNES GENERALES' },
      { buildingCode: 'LOTS', code: '020', label: 'ASCENSEUR' },
    ],
  });
  expect(setup.errors).toBeUndefined();
});
afterAll(() => api.close());

const SETUP = graphql(`
  mutation LotImportSetup($buildings: [BuildingInput!]!, $keys: [AllocationKeyInput!]!) {
    upsertBuildings(buildings: $buildings) {
      created
    }
    upsertAllocationKeys(keys: $keys) {
      created
    }
  }
`);
const LOTS = graphql(`
  mutation LotImportLots($lots: [LotInput!]!) {
    upsertLots(lots: $lots) {
      received
      created
      updated
      unchanged
    }
  }
`);
const TOTALS = graphql(`
  query LotImportTotals($search: String) {
    buildings(search: $search, first: 1) {
      nodes {
        code
        allocationKeys {
          code
          totalShares
        }
        lots(first: 100) {
          nodes {
            code
            type
            floor
            surface
            rooms
            shares {
              shares
              allocationKey {
                code
              }
            }
          }
        }
      }
    }
  }
`);
const TOKEN = graphql(`
  mutation LotImportToken($name: String!, $scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) {
      token
    }
  }
`);

type Share = { allocationKeyCode: string; shares: string };
type LotRow = { code: string; buildingCode: string; type: string; floor?: string | null; surface?: string | null; rooms?: number | null; shares?: Share[] | null };
const lot = (n: number, extra: Partial<LotRow> = {}): LotRow => ({
  code: `LOTS/${String(n).padStart(3, '0')}`,
  buildingCode: 'LOTS',
  type: 'Appartement',
  floor: '1',
  surface: '68.50',
  rooms: 3,
  shares: [
    { allocationKeyCode: '010', shares: '66.01420' },
    { allocationKeyCode: '020', shares: '10' },
  ],
  ...extra,
});
const building = async () => (await manager.gql(TOTALS, { search: 'LOTS' })).data!.buildings.nodes[0];
const totals = async () => Object.fromEntries((await building()).allocationKeys.map((key) => [key.code, key.totalShares]));
const written = async () => ({
  lots: await api.database.db.$count(t.lots, eq(t.lots.agencyId, agency.id)),
  shares: await api.database.db.$count(t.lotShares, eq(t.lotShares.agencyId, agency.id)),
});

describe('upsertLots', () => {
  it('creates lots with their shares, then leaves them unchanged, and the key totals are the sums', async () => {
    const batch = [lot(1), lot(2, { shares: [{ allocationKeyCode: '010', shares: '33.98580' }] }), lot(3, { type: 'Cave', floor: null, surface: null, rooms: null, shares: null })];
    expect((await manager.gql(LOTS, { lots: batch })).data?.upsertLots).toEqual({ received: 3, created: 3, updated: 0, unchanged: 0 });
    expect((await manager.gql(LOTS, { lots: batch })).data?.upsertLots).toEqual({ received: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await totals()).toEqual({ '010': '100.00000', '020': '10.00000' });
    expect((await building()).lots.nodes.map((node) => [node.code, node.type, node.floor, node.surface, node.rooms, node.shares.length])).toEqual([
      ['LOTS/001', 'Appartement', '1', '68.50', 3, 2],
      ['LOTS/002', 'Appartement', '1', '68.50', 3, 1],
      ['LOTS/003', 'Cave', null, null, null, 0],
    ]);
  });

  it("replaces a lot's shares under the keys given only, and counts a lot whose shares changed as updated", async () => {
    // Lot 1: 020 only (010 kept); lot 2: a new share under 020; lot 3: its row changes.
    const batch = [
      lot(1, { shares: [{ allocationKeyCode: '020', shares: '12.50000' }] }),
      lot(2, { shares: [{ allocationKeyCode: '020', shares: '7.5' }] }),
      lot(3, { type: 'Cave', floor: '-1', surface: null, rooms: null, shares: [] }),
      lot(4, { shares: [] }),
    ];
    expect((await manager.gql(LOTS, { lots: batch })).data?.upsertLots).toEqual({ received: 4, created: 1, updated: 3, unchanged: 0 });
    expect((await manager.gql(LOTS, { lots: batch })).data?.upsertLots).toEqual({ received: 4, created: 0, updated: 0, unchanged: 4 });
    // 010: 66,01420 + 33,98580 (kept); 020: 12,5 + 7,5.
    expect(await totals()).toEqual({ '010': '100.00000', '020': '20.00000' });
    // The same value written with other digits is unchanged: shares compare as numbers.
    expect((await manager.gql(LOTS, { lots: [lot(1, { shares: [{ allocationKeyCode: '020', shares: '12.5' }] })] })).data?.upsertLots.unchanged).toBe(1);
  });

  it('writes nothing of a batch with bad rows, and names every bad row and field (first, middle, last)', async () => {
    const before = { ...(await written()), totals: await totals() };
    const result = await manager.gql(LOTS, {
      lots: [
        lot(10, { shares: [{ allocationKeyCode: '010', shares: '0' }] }),
        lot(11),
        lot(12, { buildingCode: 'NOPE' }),
        lot(13, { shares: [{ allocationKeyCode: '010', shares: '1.123456' }] }),
        lot(1, {
          shares: [
            { allocationKeyCode: '010', shares: '1' },
            { allocationKeyCode: '999', shares: '1' },
          ],
        }),
      ],
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lots[0].shares[0].shares', reason: 'INVALID_VALUE' });
    expect((result.errors?.[0].extensions?.errors as { field: string; reason: string }[]).map((e) => [e.field, e.reason])).toEqual([
      ['lots[0].shares[0].shares', 'INVALID_VALUE'],
      ['lots[2].buildingCode', 'UNKNOWN_REFERENCE'],
      ['lots[3].shares[0].shares', 'INVALID_VALUE'],
      ['lots[4].shares[1].allocationKeyCode', 'UNKNOWN_REFERENCE'],
    ]);
    expect({ ...(await written()), totals: await totals() }).toEqual(before);
  });

  it("refuses another agency's building and another building's key without saying they exist", async () => {
    const result = await manager.gql(LOTS, {
      lots: [
        lot(20, { buildingCode: theirs.code }),
        lot(21, { buildingCode: 'NOPE' }),
        { ...lot(22), buildingCode: mine.code, shares: [{ allocationKeyCode: '020', shares: '1' }] },
      ],
    });
    expect((result.errors?.[0].extensions?.errors as { field: string; message: string }[]).map((e) => [e.field, e.message])).toEqual([
      ['lots[0].buildingCode', `No building ${theirs.code} in the agency`],
      ['lots[1].buildingCode', 'No building NOPE in the agency'],
      ['lots[2].shares[0].allocationKeyCode', `No allocation key 020 on building ${mine.code}`],
    ]);
  });

  it('refuses a lot twice, a key twice in one lot, a lot moving to another building and over-long texts', async () => {
    const result = await manager.gql(LOTS, {
      lots: [
        lot(30),
        lot(30),
        lot(31, {
          shares: [
            { allocationKeyCode: '010', shares: '1' },
            { allocationKeyCode: '010', shares: '2' },
          ],
        }),
        { ...lot(1), buildingCode: mine.code, shares: null },
        lot(32, { type: 'T'.repeat(201), surface: '-1' }),
      ],
    });
    expect((result.errors?.[0].extensions?.errors as { field: string; reason: string }[]).map((e) => [e.field, e.reason])).toEqual([
      ['lots[1].code', 'DUPLICATE_IN_BATCH'],
      ['lots[2].shares[1].allocationKeyCode', 'DUPLICATE_IN_BATCH'],
      ['lots[3].buildingCode', 'INVALID_VALUE'],
      ['lots[4].type', 'TEXT_TOO_LONG'],
      ['lots[4].surface', 'INVALID_VALUE'],
    ]);
  });

  it('runs the same number of SQL statements for 3 lots and for 60, created or unchanged', async () => {
    const batch = (size: number, from: number) => Array.from({ length: size }, (_, i) => lot(from + i));
    const small = await manager.gql(LOTS, { lots: batch(3, 100) });
    const large = await manager.gql(LOTS, { lots: batch(60, 200) });
    const again = await manager.gql(LOTS, { lots: batch(60, 200) });
    expect([small.data?.upsertLots.created, large.data?.upsertLots.created, again.data?.upsertLots.unchanged]).toEqual([3, 60, 60]);
    expect(large.statements).toBe(small.statements);
    expect(again.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(6);
    // 100 from the first lots plus 63 lots of 66,01420 under 010.
    expect((await totals())['010']).toBe('4258.89460');
  });
});

describe('who may upsert lots', () => {
  it('lets a portfolio:write integrator upsert, and refuses other scopes, clients and anonymous callers', async () => {
    const token = async (scopes: ('PORTFOLIO_WRITE' | 'PORTFOLIO_READ' | 'PEOPLE_WRITE')[]) =>
      api.client({ authorization: `Bearer ${(await manager.gql(TOKEN, { name: scopes.join('+'), scopes })).data!.createApiToken.token}` });
    expect((await (await token(['PORTFOLIO_WRITE'])).gql(LOTS, { lots: [lot(400)] })).data?.upsertLots.created).toBe(1);
    const before = await written();
    expect(errorCode(await (await token(['PORTFOLIO_READ', 'PEOPLE_WRITE'])).gql(LOTS, { lots: [lot(401)] }))).toBe('FORBIDDEN');
    expect(errorCode(await (await api.as(coOwner.signIn)).gql(LOTS, { lots: [lot(401)] }))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(LOTS, { lots: [lot(401)] }))).toBe('UNAUTHENTICATED');
    expect(await written()).toEqual(before);
  });
});
