import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { buildAgency, buildPerson, type BuiltAgency, type PersonWithAccess } from '../../test/builders';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../../test/harness';

let api: TestApi;
let agency: BuiltAgency;
let other: BuiltAgency;
let manager: Client;
let client: PersonWithAccess;
beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  other = await buildAgency(db);
  client = await buildPerson(db, agency.id, { displayName: 'CLIENT Externe', externalId: 'CLIENTEXTERNE', access: true });
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const UPSERT = graphql(`
  mutation PersonImportUpsert($persons: [PersonInput!]!) {
    upsertPersons(persons: $persons) {
      received
      created
      updated
      unchanged
    }
  }
`);
const TOKEN = graphql(`
  mutation PersonImportToken($name: String!, $scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) {
      token
    }
  }
`);
const PEOPLE = graphql(`
  query PersonImportPeople($search: String) {
    people(search: $search, first: 10) {
      nodes {
        externalId
        civility
        displayName
        emails
        phones
        postalAddress {
          line1
          line2
          postalCode
          city
        }
      }
    }
  }
`);
const OWN = graphql(`
  query PersonImportOwn {
    viewer {
      person {
        displayName
        externalId
      }
    }
  }
`);

type Row = {
  externalId: string;
  displayName: string;
  civility?: string;
  emails?: string[];
  phones?: string[];
  postalAddress?: { line1: string; line2?: string; postalCode: string; city: string };
};
const person = (n: number, extra: Partial<Row> = {}): Row => ({
  externalId: `TIERS${n}`,
  civility: 'Madame',
  displayName: `IMPORTEE${n} Jeanne`,
  emails: [`jeanne${n}@example.org`],
  phones: ['03 83 00 00 00'],
  postalAddress: { line1: `${n}, rue des Carmes`, line2: 'Bâtiment B', postalCode: '54000', city: 'NANCY' },
  ...extra,
});
const tokenClient = async (scopes: ('PEOPLE_WRITE' | 'PEOPLE_READ' | 'PORTFOLIO_WRITE')[]) => {
  const token = (await manager.gql(TOKEN, { name: scopes.join('+'), scopes })).data!.createApiToken.token;
  return api.client({ authorization: `Bearer ${token}` });
};
const countImported = () => api.database.db.$count(t.persons, and(eq(t.persons.agencyId, agency.id)));

describe('upsertPersons', () => {
  it('creates persons, leaves them unchanged when sent again, and updates what changed', async () => {
    const batch = [person(1), person(2), person(3, { civility: undefined, emails: undefined, phones: undefined, postalAddress: undefined })];
    expect((await manager.gql(UPSERT, { persons: batch })).data?.upsertPersons).toEqual({ received: 3, created: 3, updated: 0, unchanged: 0 });
    expect((await manager.gql(UPSERT, { persons: batch })).data?.upsertPersons).toEqual({ received: 3, created: 0, updated: 0, unchanged: 3 });
    const changed = [person(1, { phones: ['+33 6 12 34 56 78'] }), person(2), batch[2]];
    expect((await manager.gql(UPSERT, { persons: changed })).data?.upsertPersons).toEqual({ received: 3, created: 0, updated: 1, unchanged: 2 });
    const found = (await manager.gql(PEOPLE, { search: 'importee1' })).data!.people.nodes;
    expect(found).toEqual([
      {
        externalId: 'TIERS1',
        civility: 'Madame',
        displayName: 'IMPORTEE1 Jeanne',
        emails: ['jeanne1@example.org'],
        phones: ['+33 6 12 34 56 78'],
        postalAddress: { line1: '1, rue des Carmes', line2: 'Bâtiment B', postalCode: '54000', city: 'NANCY' },
      },
    ]);
    const bare = (await manager.gql(PEOPLE, { search: 'importee3' })).data!.people.nodes[0];
    expect(bare).toMatchObject({ civility: '', emails: [], phones: [], postalAddress: { line1: '', line2: '', postalCode: '', city: '' } });
  });

  it('writes nothing of a batch with bad rows, and lists every bad row (first, middle, last)', async () => {
    const before = await countImported();
    const result = await manager.gql(UPSERT, {
      persons: [
        person(10, { emails: ['not-an-address'] }),
        person(11),
        person(12, { phones: ['standard'] }),
        person(13),
        person(14, { displayName: '  ', postalAddress: { line1: 'x', postalCode: '', city: 'NANCY' } }),
      ],
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'persons[0].emails[0]', reason: 'INVALID_VALUE' });
    const listed = result.errors?.[0].extensions?.errors as { field: string; reason: string }[];
    expect(listed.map((error) => [error.field, error.reason])).toEqual([
      ['persons[0].emails[0]', 'INVALID_VALUE'],
      ['persons[2].phones[0]', 'INVALID_VALUE'],
      ['persons[4].displayName', 'INVALID_VALUE'],
      ['persons[4].postalAddress.postalCode', 'INVALID_VALUE'],
    ]);
    expect(await countImported()).toBe(before);
  });

  it('refuses the same externalId twice in a batch, and over-long texts', async () => {
    const duplicate = await manager.gql(UPSERT, { persons: [person(20), person(21), person(20)] });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ field: 'persons[2].externalId', reason: 'DUPLICATE_IN_BATCH' });
    const long = await manager.gql(UPSERT, { persons: [person(22, { displayName: 'X'.repeat(201) })] });
    expect(long.errors?.[0].extensions).toMatchObject({ field: 'persons[0].displayName', reason: 'TEXT_TOO_LONG' });
    const empty = await manager.gql(UPSERT, { persons: [] });
    expect(empty.errors?.[0].extensions).toMatchObject({ field: 'persons', reason: 'INVALID_VALUE' });
  });

  it("never touches another agency's person with the same externalId", async () => {
    const { db } = api.database;
    const theirs = await buildPerson(db, other.id, { displayName: 'AUTRE Agence', externalId: 'TIERS1' });
    expect((await manager.gql(UPSERT, { persons: [person(1, { displayName: 'CHANGE Ici' })] })).data?.upsertPersons.updated).toBe(1);
    const [row] = await db
      .select({ displayName: t.persons.displayName })
      .from(t.persons)
      .where(and(eq(t.persons.agencyId, other.id), eq(t.persons.id, theirs.id)));
    expect(row.displayName).toBe('AUTRE Agence');
  });

  it('runs the same number of SQL statements for 2 rows and for 60', async () => {
    const small = await manager.gql(UPSERT, { persons: [person(100), person(101)] });
    const large = await manager.gql(UPSERT, { persons: Array.from({ length: 60 }, (_, i) => person(200 + i)) });
    expect(large.data?.upsertPersons.created).toBe(60);
    expect(large.statements).toBe(small.statements);
    const unchanged = await manager.gql(UPSERT, { persons: Array.from({ length: 60 }, (_, i) => person(200 + i)) });
    expect(unchanged.data?.upsertPersons.unchanged).toBe(60);
    expect(unchanged.statements).toBe(small.statements);
  });
});

describe('who may upsert persons and read their externalId', () => {
  it('lets a people:write integrator upsert, and refuses other scopes, clients and anonymous callers', async () => {
    const writer = await tokenClient(['PEOPLE_WRITE']);
    expect((await writer.gql(UPSERT, { persons: [person(300)] })).data?.upsertPersons.created).toBe(1);
    const portfolioWriter = await tokenClient(['PORTFOLIO_WRITE', 'PEOPLE_READ']);
    expect(errorCode(await portfolioWriter.gql(UPSERT, { persons: [person(301)] }))).toBe('FORBIDDEN');
    const signedClient = await api.as(client.signIn);
    expect(errorCode(await signedClient.gql(UPSERT, { persons: [person(302)] }))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(UPSERT, { persons: [person(303)] }))).toBe('UNAUTHENTICATED');
    expect((await manager.gql(PEOPLE, { search: 'importee301' })).data!.people.nodes).toEqual([]);
  });

  it('shows the externalId to managers and people:read integrators, and null to the person themself', async () => {
    const reader = await tokenClient(['PEOPLE_READ']);
    expect((await reader.gql(PEOPLE, { search: 'client externe' })).data!.people.nodes.map((node) => node.externalId)).toEqual(['CLIENTEXTERNE']);
    expect((await manager.gql(PEOPLE, { search: 'client externe' })).data!.people.nodes.map((node) => node.externalId)).toEqual(['CLIENTEXTERNE']);
    const own = await (await api.as(client.signIn)).gql(OWN);
    expect(own.data?.viewer?.person).toEqual({ displayName: 'CLIENT Externe', externalId: null });
  });

  it('gives the demo persons the manual\'s "Code Tiers" as externalId', async () => {
    const demoManager = await api.as('GESTIONNAIRE');
    expect((await demoManager.gql(PEOPLE, { search: 'yaloxe corton' })).data!.people.nodes.map((node) => node.externalId)).toEqual(['YALOXECORTONDENISE']);
  });
});
