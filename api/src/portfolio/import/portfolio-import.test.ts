import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, type BuiltAgency, type BuiltBuilding, type PersonWithAccess } from '../../test/builders';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../../test/harness';

let api: TestApi;
let agency: BuiltAgency;
let theirs: BuiltBuilding;
let manager: Client;
let coOwner: PersonWithAccess;
beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  const other = await buildAgency(db);
  theirs = await buildBuilding(db, other);
  const mine = await buildBuilding(db, agency);
  coOwner = (await buildCoOwner(db, agency, { lot: await buildLot(db, agency, mine) })).person;
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const ENTITIES = graphql(`
  mutation PortfolioImportEntities($entities: [EntityInput!]!) {
    upsertEntities(entities: $entities) {
      received
      created
      updated
      unchanged
    }
  }
`);
const BUILDINGS = graphql(`
  mutation PortfolioImportBuildings($buildings: [BuildingInput!]!) {
    upsertBuildings(buildings: $buildings) {
      received
      created
      updated
      unchanged
    }
  }
`);
const KEYS = graphql(`
  mutation PortfolioImportKeys($keys: [AllocationKeyInput!]!) {
    upsertAllocationKeys(keys: $keys) {
      received
      created
      updated
      unchanged
    }
  }
`);
const READ = graphql(`
  query PortfolioImportRead($search: String) {
    buildings(search: $search, first: 5) {
      nodes {
        code
        name
        postalAddress {
          line1
          line2
          postalCode
          city
        }
        syndicate {
          code
          name
          iban
          bic
        }
        allocationKeys {
          code
          label
        }
      }
    }
  }
`);
const TOKEN = graphql(`
  mutation PortfolioImportToken($name: String!, $scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) {
      token
    }
  }
`);

const entity = (code: string, extra: Partial<{ kind: 'GERANCE' | 'SYNDIC' | null; name: string; iban: string | null; bic: string | null }> = {}) => ({
  code,
  kind: 'SYNDIC' as const,
  name: `Syndicat ${code}`,
  iban: 'FR7630004000031234567890143',
  bic: 'bnpafrppxxx',
  ...extra,
});
const building = (code: string, extra: Partial<{ name: string; syndicateEntityCode: string | null; line2: string }> = {}) => ({
  code,
  name: extra.name ?? `Résidence ${code}`,
  postalAddress: { line1: '4, rue Gilbert', line2: extra.line2 ?? 'Entrée B', postalCode: '54000', city: 'NANCY' },
  syndicateEntityCode: extra.syndicateEntityCode === undefined ? 'SYN1' : extra.syndicateEntityCode,
});
const read = async (code: string) => (await manager.gql(READ, { search: code })).data!.buildings.nodes.find((node) => node.code === code);
const countOf = (table: typeof t.entities | typeof t.buildings | typeof t.allocationKeys) => api.database.db.$count(table, eq(table.agencyId, agency.id));

describe('upsertEntities', () => {
  it('creates entities, leaves them unchanged when sent again, and updates what changed', async () => {
    const batch = [entity('SYN1'), entity('SYN2', { iban: null, bic: null }), entity('G002', { kind: 'GERANCE' })];
    expect((await manager.gql(ENTITIES, { entities: batch })).data?.upsertEntities).toEqual({ received: 3, created: 3, updated: 0, unchanged: 0 });
    expect((await manager.gql(ENTITIES, { entities: batch })).data?.upsertEntities).toEqual({ received: 3, created: 0, updated: 0, unchanged: 3 });
    // Without its kind an existing entity keeps it; a new name is an update.
    const renamed = [entity('SYN1', { kind: null }), entity('SYN2', { name: 'Syndicat Deux', iban: null, bic: null }), entity('G002', { kind: 'GERANCE' })];
    expect((await manager.gql(ENTITIES, { entities: renamed })).data?.upsertEntities).toEqual({ received: 3, created: 0, updated: 1, unchanged: 2 });
    const [row] = await api.database.db
      .select()
      .from(t.entities)
      .where(and(eq(t.entities.agencyId, agency.id), eq(t.entities.code, 'SYN1')));
    expect(row).toMatchObject({ kind: 'SYNDIC', iban: 'FR76 3000 4000 0312 3456 7890 143', bic: 'BNPAFRPPXXX' });
  });

  it('checks IBAN and BIC, needs a kind for a new entity, and lists every bad row', async () => {
    const before = await countOf(t.entities);
    const result = await manager.gql(ENTITIES, {
      entities: [entity('BAD1', { iban: 'FR7630004000031234567890144' }), entity('OK1'), entity('BAD2', { kind: null }), entity('OK2'), entity('BAD3', { bic: 'BNP' })],
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entities[0].iban', reason: 'INVALID_VALUE' });
    const listed = (result.errors?.[0].extensions?.errors as { field: string }[]).map((error) => error.field);
    expect(listed).toEqual(['entities[0].iban', 'entities[2].kind', 'entities[4].bic']);
    expect(await countOf(t.entities)).toBe(before);
  });

  it('refuses a code twice in a batch and an over-long name', async () => {
    const duplicate = await manager.gql(ENTITIES, { entities: [entity('DUP'), entity('DUP')] });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ field: 'entities[1].code', reason: 'DUPLICATE_IN_BATCH' });
    const long = await manager.gql(ENTITIES, { entities: [entity('LONG', { name: 'N'.repeat(201) })] });
    expect(long.errors?.[0].extensions).toMatchObject({ field: 'entities[0].name', reason: 'TEXT_TOO_LONG' });
  });
});

describe('upsertBuildings', () => {
  it('creates buildings with their address line 2 and syndicate, then leaves them unchanged, then updates', async () => {
    const batch = [building('B1'), building('B2', { syndicateEntityCode: null })];
    expect((await manager.gql(BUILDINGS, { buildings: batch })).data?.upsertBuildings).toEqual({ received: 2, created: 2, updated: 0, unchanged: 0 });
    expect((await manager.gql(BUILDINGS, { buildings: batch })).data?.upsertBuildings).toEqual({ received: 2, created: 0, updated: 0, unchanged: 2 });
    const moved = [building('B1', { line2: 'Entrée C' }), building('B2', { syndicateEntityCode: 'SYN2' })];
    expect((await manager.gql(BUILDINGS, { buildings: moved })).data?.upsertBuildings).toEqual({ received: 2, created: 0, updated: 2, unchanged: 0 });
    expect(await read('B1')).toMatchObject({
      name: 'Résidence B1',
      postalAddress: { line1: '4, rue Gilbert', line2: 'Entrée C', postalCode: '54000', city: 'NANCY' },
      syndicate: { code: 'SYN1', iban: 'FR76 3000 4000 0312 3456 7890 143', bic: 'BNPAFRPPXXX' },
    });
    expect((await read('B2'))?.syndicate?.code).toBe('SYN2');
  });

  it("refuses another agency's syndicate in the same words as a missing one, and a gérance entity", async () => {
    const before = await countOf(t.buildings);
    const result = await manager.gql(BUILDINGS, {
      buildings: [building('B3', { syndicateEntityCode: theirs.syndicate.code }), building('B4', { syndicateEntityCode: 'NOPE' }), building('B5', { syndicateEntityCode: 'G002' })],
    });
    const listed = result.errors?.[0].extensions?.errors as { field: string; reason: string; message: string }[];
    expect(listed).toEqual([
      { field: 'buildings[0].syndicateEntityCode', reason: 'UNKNOWN_REFERENCE', message: `No syndicate entity ${theirs.syndicate.code} in the agency` },
      { field: 'buildings[1].syndicateEntityCode', reason: 'UNKNOWN_REFERENCE', message: 'No syndicate entity NOPE in the agency' },
      { field: 'buildings[2].syndicateEntityCode', reason: 'UNKNOWN_REFERENCE', message: 'No syndicate entity G002 in the agency' },
    ]);
    expect(await countOf(t.buildings)).toBe(before);
  });

  it('names each bad part of an address and refuses a code twice', async () => {
    const bad = { ...building('B6'), postalAddress: { line1: '', postalCode: '54000', city: 'C'.repeat(201) } };
    const result = await manager.gql(BUILDINGS, { buildings: [building('B6'), bad] });
    expect((result.errors?.[0].extensions?.errors as { field: string; reason: string }[]).map((error) => [error.field, error.reason])).toEqual([
      ['buildings[1].code', 'DUPLICATE_IN_BATCH'],
      ['buildings[1].postalAddress.line1', 'INVALID_VALUE'],
      ['buildings[1].postalAddress.city', 'TEXT_TOO_LONG'],
    ]);
  });
});

describe('upsertAllocationKeys', () => {
  it('creates keys by building and code, leaves them unchanged, updates a label', async () => {
    const batch = [
      { buildingCode: 'B1', code: '010', label: 'CHARGES COMMUNES GENERALES' },
      { buildingCode: 'B1', code: '020', label: 'ASCENSEUR' },
      { buildingCode: 'B2', code: '010', label: 'CHARGES COMMUNES GENERALES' },
    ];
    expect((await manager.gql(KEYS, { keys: batch })).data?.upsertAllocationKeys).toEqual({ received: 3, created: 3, updated: 0, unchanged: 0 });
    expect((await manager.gql(KEYS, { keys: batch })).data?.upsertAllocationKeys).toEqual({ received: 3, created: 0, updated: 0, unchanged: 3 });
    const relabelled = [batch[0], { ...batch[1], label: 'ASCENSEUR BAT B' }, batch[2]];
    expect((await manager.gql(KEYS, { keys: relabelled })).data?.upsertAllocationKeys).toEqual({ received: 3, created: 0, updated: 1, unchanged: 2 });
    expect((await read('B1'))?.allocationKeys).toEqual([
      { code: '010', label: 'CHARGES COMMUNES GENERALES' },
      { code: '020', label: 'ASCENSEUR BAT B' },
    ]);
  });

  it("refuses another agency's building without saying it exists, and a key twice", async () => {
    const before = await countOf(t.allocationKeys);
    const result = await manager.gql(KEYS, {
      keys: [
        { buildingCode: theirs.code, code: '030', label: 'X' },
        { buildingCode: 'B1', code: '030', label: 'CHAUFFAGE' },
        { buildingCode: 'NOPE', code: '030', label: 'X' },
        { buildingCode: 'B1', code: '030', label: 'CHAUFFAGE' },
      ],
    });
    expect((result.errors?.[0].extensions?.errors as { field: string; reason: string; message: string }[]).map((e) => [e.field, e.reason, e.message])).toEqual([
      ['keys[0].buildingCode', 'UNKNOWN_REFERENCE', `No building ${theirs.code} in the agency`],
      ['keys[2].buildingCode', 'UNKNOWN_REFERENCE', 'No building NOPE in the agency'],
      ['keys[3].code', 'DUPLICATE_IN_BATCH', 'The batch holds key B1/030 twice'],
    ]);
    expect(await countOf(t.allocationKeys)).toBe(before);
  });
});

describe('SQL statements per portfolio batch', () => {
  it('runs the same statements for 2 rows and for 50, created or unchanged', async () => {
    const sizes = [2, 50];
    const counts: number[] = [];
    for (const size of sizes) {
      const codes = Array.from({ length: size }, (_, i) => `N${size}-${i}`);
      for (let pass = 0; pass < 2; pass++) {
        const e = await manager.gql(ENTITIES, { entities: codes.map((code) => entity(`S${code}`)) });
        const b = await manager.gql(BUILDINGS, { buildings: codes.map((code) => building(code)) });
        const k = await manager.gql(KEYS, { keys: codes.map((code) => ({ buildingCode: code, code: '010', label: 'CHARGES' })) });
        expect([e.data?.upsertEntities.received, b.data?.upsertBuildings.received, k.data?.upsertAllocationKeys.received]).toEqual([size, size, size]);
        counts.push(e.statements, b.statements, k.statements);
      }
    }
    expect(counts.slice(6)).toEqual(counts.slice(0, 6));
    expect(Math.max(...counts)).toBeLessThanOrEqual(4);
  });
});

describe('who may upsert entities, buildings and keys', () => {
  it('lets a portfolio:write integrator upsert, and refuses other scopes, clients and anonymous callers', async () => {
    const token = async (scopes: ('PORTFOLIO_WRITE' | 'PORTFOLIO_READ' | 'PEOPLE_WRITE')[]) =>
      api.client({ authorization: `Bearer ${(await manager.gql(TOKEN, { name: scopes.join('+'), scopes })).data!.createApiToken.token}` });
    const writer = await token(['PORTFOLIO_WRITE']);
    expect((await writer.gql(ENTITIES, { entities: [entity('INT1')] })).data?.upsertEntities.created).toBe(1);
    expect((await writer.gql(BUILDINGS, { buildings: [building('INT1', { syndicateEntityCode: 'INT1' })] })).data?.upsertBuildings.created).toBe(1);
    expect((await writer.gql(KEYS, { keys: [{ buildingCode: 'INT1', code: '010', label: 'X' }] })).data?.upsertAllocationKeys.created).toBe(1);
    const others = [await token(['PORTFOLIO_READ', 'PEOPLE_WRITE']), await api.as(coOwner.signIn)];
    for (const caller of others) {
      expect(errorCode(await caller.gql(ENTITIES, { entities: [entity('INT2')] }))).toBe('FORBIDDEN');
      expect(errorCode(await caller.gql(BUILDINGS, { buildings: [building('INT2')] }))).toBe('FORBIDDEN');
      expect(errorCode(await caller.gql(KEYS, { keys: [{ buildingCode: 'INT1', code: '020', label: 'X' }] }))).toBe('FORBIDDEN');
    }
    const anonymous = api.client();
    expect(errorCode(await anonymous.gql(ENTITIES, { entities: [entity('INT2')] }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.gql(BUILDINGS, { buildings: [building('INT2')] }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.gql(KEYS, { keys: [{ buildingCode: 'INT1', code: '020', label: 'X' }] }))).toBe('UNAUTHENTICATED');
    expect(await read('INT2')).toBeUndefined();
  });
});
