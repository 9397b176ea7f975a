import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAgency,
  buildBuilding,
  buildCoOwner,
  buildCouncilMember,
  buildLot,
  buildOwner,
  buildPerson,
  buildTenant,
  type BuiltAgency,
  type BuiltBuilding,
} from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { toGlobalId } from '../graphql/node';

/**
 * "Activation par salve" (manual, "Accès extranet"): the portfolio filters that build a selection
 * ("co-owners of GILBERT without access") and the bulk switch on/off with one PDF of letters.
 */
let api: TestApi;
let agency: BuiltAgency;
let manager: Client;
let north: BuiltBuilding;
let south: BuiltBuilding;
const ids: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  north = await buildBuilding(db, agency, { code: 'NORD' });
  south = await buildBuilding(db, agency, { code: 'SUD' });
  const [n1, n2, n3, s1] = [await buildLot(db, agency, north), await buildLot(db, agency, north), await buildLot(db, agency, north), await buildLot(db, agency, south)];
  // North: two co-owners without access, one with; a tenant; an owner under mandate; south: one co-owner.
  ids.alpha = (await buildCoOwner(db, agency, { lot: n1, displayName: 'ALPHA Anne', access: false })).person.id;
  ids.bravo = (await buildCoOwner(db, agency, { lot: n2, displayName: 'BRAVO Bruno', access: false })).person.id;
  const charlie = await buildCoOwner(db, agency, { lot: n3, displayName: 'CHARLIE Chloé' });
  ids.charlie = charlie.person.id;
  await buildCouncilMember(db, agency, { building: north, person: charlie.person });
  ids.delta = (await buildTenant(db, agency, { lot: n1, displayName: 'DELTA Denis', access: false })).person.id;
  ids.echo = (await buildOwner(db, agency, { lots: [n2], displayName: 'ECHO Émile', access: false })).person.id;
  ids.foxtrot = (await buildCoOwner(db, agency, { lot: s1, displayName: 'FOXTROT Fanny', access: false })).person.id;
  ids.golf = (await buildPerson(db, agency.id, { displayName: 'GOLF Gaston' })).id;
  manager = await api.as(agency.manager.signIn);
}, 60_000);
afterAll(() => api.close());

const FILTERED = graphql(`
  query BulkPeopleFiltered($buildingId: ID, $role: PersonRole, $hasAccess: Boolean, $first: Int) {
    people(buildingId: $buildingId, role: $role, hasAccess: $hasAccess, first: $first) {
      totalCount
      nodes {
        displayName
        roles
        extranetAccess {
          isEnabled
        }
      }
    }
  }
`);
const ENABLE_BULK = graphql(`
  mutation BulkEnable($personIds: [ID!]!) {
    enableExtranetAccessInBulk(personIds: $personIds) {
      grants {
        identifier
        temporaryPassword
        person {
          displayName
          extranetAccess {
            isEnabled
            mustChangePassword
          }
        }
      }
      lettersPdfBase64
    }
  }
`);
const DISABLE = graphql(`
  mutation BulkDisable($personIds: [ID!]!) {
    disableExtranetAccess(personIds: $personIds) {
      displayName
    }
  }
`);

const person = (name: string) => toGlobalId('Person', ids[name]);
const names = async (variables: { buildingId?: string; role?: 'COOWNER' | 'TENANT' | 'OWNER' | 'COUNCIL_MEMBER' | 'MANAGER'; hasAccess?: boolean }, client = manager) => {
  const result = await client.gql(FILTERED, { first: 50, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data!.people.nodes.map((node) => node.displayName);
};

describe('people(buildingId:, role:, hasAccess:)', () => {
  it('lists the co-owners of a building without access, and only them', async () => {
    expect(await names({ buildingId: toGlobalId('Building', north.id), role: 'COOWNER', hasAccess: false })).toEqual(['ALPHA Anne', 'BRAVO Bruno']);
    expect(await names({ buildingId: toGlobalId('Building', north.id), role: 'COOWNER', hasAccess: true })).toEqual(['CHARLIE Chloé']);
  });

  it('reads a building without a role as any current relation there: co-owner, council, owner under mandate, tenant', async () => {
    expect(await names({ buildingId: toGlobalId('Building', north.id) })).toEqual(['ALPHA Anne', 'BRAVO Bruno', 'CHARLIE Chloé', 'DELTA Denis', 'ECHO Émile']);
    expect(await names({ buildingId: toGlobalId('Building', south.id) })).toEqual(['FOXTROT Fanny']);
    expect(await names({ buildingId: toGlobalId('Building', north.id), role: 'TENANT' })).toEqual(['DELTA Denis']);
    expect(await names({ buildingId: toGlobalId('Building', north.id), role: 'OWNER' })).toEqual(['ECHO Émile']);
    expect(await names({ buildingId: toGlobalId('Building', north.id), role: 'COUNCIL_MEMBER' })).toEqual(['CHARLIE Chloé']);
    expect(await names({ buildingId: toGlobalId('Building', south.id), role: 'TENANT' })).toEqual([]);
  });

  it('counts people without access across the agency, the manager and a person with no relation included', async () => {
    const without = await names({ hasAccess: false });
    expect(without).toEqual(['ALPHA Anne', 'BRAVO Bruno', 'DELTA Denis', 'ECHO Émile', 'FOXTROT Fanny', 'GOLF Gaston']);
    expect(await names({ hasAccess: true })).toEqual(['CHARLIE Chloé', agency.manager.displayName]);
  });

  it("matches nobody with another agency's building, without saying it exists", async () => {
    const other = await buildAgency(api.database.db);
    const foreign = await buildBuilding(api.database.db, other, { code: 'AILLEURS' });
    await buildCoOwner(api.database.db, other, { lot: await buildLot(api.database.db, other, foreign), access: false });
    expect(await names({ buildingId: toGlobalId('Building', foreign.id) })).toEqual([]);
    expect(await names({ buildingId: toGlobalId('Building', foreign.id), role: 'COOWNER', hasAccess: false })).toEqual([]);
  });

  it('refuses an id of another type as the building (INVALID_ID)', async () => {
    const result = await manager.gql(FILTERED, { buildingId: person('alpha') });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'buildingId', reason: 'INVALID_ID' });
  });

  it('runs the same number of statements for a filtered page of 1 row and of 5 rows, count included', async () => {
    const one = await manager.gql(FILTERED, { buildingId: toGlobalId('Building', south.id), hasAccess: false, first: 50 });
    const five = await manager.gql(FILTERED, { buildingId: toGlobalId('Building', north.id), first: 50 });
    expect(one.data?.people.totalCount).toBe(1);
    expect(five.data?.people.totalCount).toBe(5);
    expect(five.statements).toBe(one.statements);
    // The page, the roles and the access of every row: a bounded handful, never one per person.
    expect(five.statements).toBeLessThanOrEqual(6);
  });

  it('keeps the filters from clients and from integrators without people:read', async () => {
    const client = await api.as((await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, south) })).person.signIn);
    expect(errorCode(await client.gql(FILTERED, { hasAccess: false }))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(FILTERED, { hasAccess: false }))).toBe('UNAUTHENTICATED');
  });
});

describe('enableExtranetAccessInBulk', () => {
  it('switches access on for the selection, answers each identifier and first password once, with one PDF of one page per letter', async () => {
    const result = await manager.gql(ENABLE_BULK, { personIds: [person('alpha'), person('bravo')] });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.enableExtranetAccessInBulk;
    expect(payload.grants.map((grant) => grant.identifier)).toEqual(['ALPHAANNE', 'BRAVOBRUNO']);
    expect(payload.grants.every((grant) => grant.person.extranetAccess?.isEnabled && grant.person.extranetAccess.mustChangePassword)).toBe(true);
    const pdf = Buffer.from(payload.lettersPdfBase64, 'base64').toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)?.length).toBe(2);
    // The first password signs in once and must be changed.
    const alpha = await api.as(payload.grants[0].identifier, payload.grants[0].temporaryPassword);
    expect(alpha).toBeDefined();
    expect(await names({ buildingId: toGlobalId('Building', north.id), role: 'COOWNER', hasAccess: false })).toEqual([]);
  });

  it('switches the same selection off at once, which the "without access" filter then finds again', async () => {
    const result = await manager.gql(DISABLE, { personIds: [person('alpha'), person('bravo')] });
    expect(result.errors).toBeUndefined();
    expect(await names({ buildingId: toGlobalId('Building', north.id), role: 'COOWNER', hasAccess: false })).toEqual(['ALPHA Anne', 'BRAVO Bruno']);
  });

  it('refuses more than 200 persons in one call and an empty selection', async () => {
    const many = Array.from({ length: 201 }, (_, index) => toGlobalId('Person', `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`));
    expect((await manager.gql(ENABLE_BULK, { personIds: many })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personIds' });
    expect((await manager.gql(ENABLE_BULK, { personIds: [] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personIds' });
    expect((await manager.gql(DISABLE, { personIds: many })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personIds' });
  });

  it("writes nothing when one id is forged or another agency's (NOT_FOUND)", async () => {
    const forged = toGlobalId('Person', '00000000-0000-4000-8000-000000000001');
    const demoPerson = (await (await api.as('GESTIONNAIRE')).gql(FILTERED, { first: 1 })).data!.people;
    expect(demoPerson.totalCount).toBeGreaterThan(0);
    expect(errorCode(await manager.gql(ENABLE_BULK, { personIds: [person('delta'), forged] }))).toBe('NOT_FOUND');
    expect(await names({ buildingId: toGlobalId('Building', north.id), role: 'TENANT', hasAccess: false })).toEqual(['DELTA Denis']);
  });

  it("refuses a client, another agency's manager on this agency's persons, and anonymous", async () => {
    const client = await api.as((await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, south) })).person.signIn);
    expect(errorCode(await client.gql(ENABLE_BULK, { personIds: [person('echo')] }))).toBe('FORBIDDEN');
    expect(errorCode(await (await api.as('GESTIONNAIRE')).gql(ENABLE_BULK, { personIds: [person('echo')] }))).toBe('NOT_FOUND');
    expect(errorCode(await api.client().gql(ENABLE_BULK, { personIds: [person('echo')] }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await (await api.as('GESTIONNAIRE')).gql(DISABLE, { personIds: [person('charlie')] }))).toBe('NOT_FOUND');
    expect(await names({ hasAccess: true })).toContain('CHARLIE Chloé');
  });
});
