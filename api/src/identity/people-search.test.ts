import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, buildOwner, buildPerson, buildTenant, type BuiltAgency } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

let api: TestApi;
let manager: Client;
beforeAll(async () => {
  api = await startTestApi();
  manager = await api.as('GESTIONNAIRE');
});
afterAll(() => api.close());

const PEOPLE = graphql(`
  query PeopleSearchNames($search: String, $first: Int, $after: String) {
    people(search: $search, first: $first, after: $after) {
      nodes {
        displayName
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const PEOPLE_COUNTED = graphql(`
  query PeopleSearchCounted($search: String, $first: Int, $after: String, $role: PersonRole) {
    people(search: $search, first: $first, after: $after, role: $role) {
      totalCount
      nodes {
        displayName
      }
      pageInfo {
        endCursor
      }
    }
  }
`);
const BUILDINGS = graphql(`
  query PeopleSearchBuildings($search: String) {
    buildings(search: $search) {
      totalCount
      nodes {
        code
      }
    }
  }
`);

const names = async (search: string, client = manager) => {
  const result = await client.gql(PEOPLE, { search, first: 50 });
  expect(result.errors).toBeUndefined();
  return result.data!.people.nodes.map((node) => node.displayName);
};

describe('people(search:) on the demo agency', () => {
  it('finds a person whatever the order of the words and their case', async () => {
    expect(await names('alfred brouilly')).toEqual(['BROUILLY Alfred']);
    expect(await names('Brouilly ALFRED')).toEqual(['BROUILLY Alfred']);
  });

  it('ignores accents on either side ("lépitre" finds LEPITRE)', async () => {
    expect(await names('lépitre')).toEqual(['LEPITRE Abel']);
    expect(await names('LÉPÎTRE abel')).toEqual(['LEPITRE Abel']);
  });

  it('finds a person by sign-in identifier, account number, lot code and e-mail', async () => {
    expect(await names('BROUILLYALFRED')).toEqual(['BROUILLY Alfred']);
    expect(await names('450CLIQUOT')).toEqual(['CLIQUOT Mathilde']);
    expect(await names('GILBERT/142')).toEqual(['CLIQUOT Mathilde']);
    expect(await names('denise.aloxe-corton@example.org')).toEqual(['YALOXE CORTON Denise']);
  });

  it('requires every word: a word found nowhere empties the result', async () => {
    expect(await names('brouilly zzzz')).toEqual([]);
  });

  it('takes "%" and "_" literally', async () => {
    expect(await names('%')).toEqual([]);
    expect(await names('_')).toEqual([]);
  });

  it('never finds a person of another agency', async () => {
    const lyon = await api.as('GESTIONNAIRE2');
    expect(await names('brouilly', lyon)).toEqual([]);
    expect(await names('GESTIONNAIRE', lyon)).not.toContain('GESTIONNAIRE Nancy');
  });

  it('refuses clients', async () => {
    const coOwner = await api.as('CLIQUOTMATHILDE');
    expect(errorCode(await coOwner.gql(PEOPLE, { search: 'brouilly' }))).toBe('FORBIDDEN');
  });
});

describe('totalCount', () => {
  let agency: BuiltAgency;
  let client: Client;
  beforeAll(async () => {
    agency = await buildAgency(api.database.db);
    const building = await buildBuilding(api.database.db, agency, { code: 'RIVOLI' });
    for (let i = 0; i < 27; i++) {
      const lot = await buildLot(api.database.db, agency, building);
      await buildCoOwner(api.database.db, agency, { lot, person: await buildPerson(api.database.db, agency.id, { displayName: `MARTIN${String(i).padStart(2, '0')} Hélène` }) });
    }
    client = await api.as(agency.manager.signIn);
  });

  it('counts the whole list, not the page, at one statement more, and the same on every page', async () => {
    const plain = await client.gql(PEOPLE, { search: 'helene', first: 10 });
    const first = await client.gql(PEOPLE_COUNTED, { search: 'helene', first: 10 });
    expect(first.data!.people.nodes).toHaveLength(10);
    expect(first.data!.people.totalCount).toBe(27);
    expect(first.statements).toBe(plain.statements + 1);
    const second = await client.gql(PEOPLE_COUNTED, { search: 'helene', first: 10, after: first.data!.people.pageInfo.endCursor });
    expect(second.data!.people.nodes[0].displayName).toBe('MARTIN10 Hélène');
    expect(second.data!.people.totalCount).toBe(27);
  });

  it('counts with the role filter and without a search (the manager included)', async () => {
    expect((await client.gql(PEOPLE_COUNTED, { first: 5, role: 'COOWNER' })).data!.people.totalCount).toBe(27);
    expect((await client.gql(PEOPLE_COUNTED, { first: 5 })).data!.people.totalCount).toBe(28);
  });

  it('costs no statement when the first page holds the whole list', async () => {
    const plain = await client.gql(PEOPLE, { search: 'martin03' });
    const counted = await client.gql(PEOPLE_COUNTED, { search: 'martin03' });
    expect(counted.data!.people.totalCount).toBe(1);
    expect(counted.statements).toBe(plain.statements);
  });
});

describe('the search document follows the writes', () => {
  let agency: BuiltAgency;
  let client: Client;
  beforeAll(async () => {
    agency = await buildAgency(api.database.db);
    client = await api.as(agency.manager.signIn);
  });

  it('follows lots held, rented and under mandate, accounts, identifiers and renames', async () => {
    const db = api.database.db;
    const building = await buildBuilding(db, agency, { code: 'FOCH' });
    const [held, rented, managed] = [
      await buildLot(db, agency, building, { code: 'FOCH/001' }),
      await buildLot(db, agency, building, { code: 'FOCH/002' }),
      await buildLot(db, agency, building, { code: 'FOCH/003' }),
    ];
    const coOwner = await buildCoOwner(db, agency, { lot: held, person: await buildPerson(db, agency.id, { displayName: 'DURAND Émile' }), account: { number: '450DURAND' } });
    await buildTenant(db, agency, { lot: rented, person: await buildPerson(db, agency.id, { displayName: 'PETIT Zoé' }) });
    await buildOwner(db, agency, { lots: [managed], person: await buildPerson(db, agency.id, { displayName: 'GRAND Noël' }) });
    expect(await names('foch/001', client)).toEqual(['DURAND Émile']);
    expect(await names('450durand', client)).toEqual(['DURAND Émile']);
    expect(await names('foch/002', client)).toEqual(['PETIT Zoé']);
    expect(await names('foch/003', client)).toEqual(['GRAND Noël']);

    await db.update(t.lots).set({ code: 'FOCH/101' }).where(eq(t.lots.id, held.id));
    expect(await names('foch/101', client)).toEqual(['DURAND Émile']);
    expect(await names('foch/001', client)).toEqual([]);

    await db
      .update(t.persons)
      .set({ displayName: 'DURAND-ROCHE Émile', emails: ['emile@example.org'] })
      .where(eq(t.persons.id, coOwner.person.id));
    expect(await names('roche emile', client)).toEqual(['DURAND-ROCHE Émile']);
    expect(await names('emile@example', client)).toEqual(['DURAND-ROCHE Émile']);

    await db.delete(t.ownerships).where(eq(t.ownerships.id, coOwner.ownershipId));
    expect(await names('foch/101', client)).toEqual([]);

    const withAccess = await buildPerson(db, agency.id, { displayName: 'LEGRAND Anaïs', access: true });
    expect(await names(withAccess.signIn.login, client)).toEqual(['LEGRAND Anaïs']);
  });
});

describe('buildings(search:)', () => {
  it('finds buildings by code, name, street and town, accents and case ignored, with a count', async () => {
    const search = async (term: string) => {
      const result = await manager.gql(BUILDINGS, { search: term });
      expect(result.errors).toBeUndefined();
      return { codes: result.data!.buildings.nodes.map((node) => node.code), total: result.data!.buildings.totalCount };
    };
    expect(await search('gilbert')).toEqual({ codes: ['GILBERT'], total: 1 });
    expect(await search('rue gilbert')).toEqual({ codes: ['GILBERT'], total: 1 });
    expect(await search('résidence lafayette')).toEqual({ codes: ['LAFAYETTE'], total: 1 });
    expect(await search('NANCY')).toEqual({ codes: ['GILBERT', 'LAFAYETTE'], total: 2 });
    expect(await search('54000 lafayette')).toEqual({ codes: ['LAFAYETTE'], total: 1 });
  });
});
