import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { describeForLog } from './format-error';

/** Forged input (issue 13): NUL characters, dates out of range, non-canonical ids, forged cursors. */
let api: TestApi;
let manager: Client;
let denise: Client;
beforeAll(async () => {
  api = await startTestApi();
  manager = await api.as('GESTIONNAIRE');
  denise = await api.as('ALOXECORTONDENISE');
});
afterAll(() => api.close());

const LOGIN = graphql(`
  mutation ForgedLogin($i: String!, $p: String!) {
    login(identifier: $i, password: $p) {
      viewer {
        identifier
      }
    }
  }
`);
const BUILDINGS = graphql(`
  query ForgedBuildings {
    buildings(first: 1) {
      nodes {
        id
        code
      }
    }
  }
`);
const NODE = graphql(`
  query ForgedNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const STATEMENT = graphql(`
  query ForgedStatement($from: Date!, $to: Date!, $after: String) {
    viewer {
      person {
        mandates {
          nodes {
            account {
              statement(from: $from, to: $to) {
                entries(first: 2, after: $after) {
                  nodes {
                    balance
                  }
                  pageInfo {
                    endCursor
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

describe('NUL characters', () => {
  it('answers BAD_USER_INPUT naming the variable, never a database error', async () => {
    const result = await api.client().gql(LOGIN, { i: 'GESTION\u0000NAIRE', p: 'x' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i', reason: 'INVALID_VALUE' });
    expect(result.data ?? null).toBeNull();
  });

  it('answers BAD_USER_INPUT for a NUL inside a literal string of the document, nested in an input', async () => {
    const result = await manager.raw('mutation { createApiToken(input: { name: "a\\u0000b", scopes: [PEOPLE_READ] }) { token } }');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
  });
});

describe('dates', () => {
  it.each(['0001-01-01', '1899-12-31', '2201-01-01', '9999-12-31'])('refuses %s as out of the supported range', async (from) => {
    const result = await denise.gql(STATEMENT, { from, to: '2020-12-31' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/1900-01-01 and 2200-12-31|Date/);
  });
});

describe('global ids', () => {
  it('accepts only the canonical spelling of an id', async () => {
    const building = (await manager.gql(BUILDINGS)).data!.buildings.nodes[0];
    expect((await manager.gql(NODE, { id: building.id })).data?.node?.id).toBe(building.id);
    for (const forged of [`${building.id}=`, `${building.id}.`, `${building.id.slice(0, 4)} ${building.id.slice(4)}`]) {
      const result = await manager.gql(NODE, { id: forged });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    }
  });
});

describe('statement cursors carrying a running balance', () => {
  const range = { from: '2000-01-01', to: '2030-12-31' };
  const firstPage = async () => (await denise.gql(STATEMENT, range)).data!.viewer!.person.mandates.nodes[0].account!.statement;

  it('follows its own cursor', async () => {
    const page = await firstPage();
    const next = await denise.gql(STATEMENT, { ...range, after: page.entries.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data!.viewer!.person.mandates.nodes[0].account!.statement.entries.nodes.length).toBeGreaterThan(0);
  });

  it('refuses a cursor whose balance was changed, an unsigned one, and one replayed on another range', async () => {
    const cursor = (await firstPage()).entries.pageInfo.endCursor!;
    const [payload, signature] = cursor.split('.');
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { b: string };
    const richer = Buffer.from(JSON.stringify({ ...value, b: '-1000000.00' })).toString('base64url');
    for (const forged of [`${richer}.${signature}`, richer, payload, `${payload}.`]) {
      expect((await denise.gql(STATEMENT, { ...range, after: forged })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    }
    const replayed = await denise.gql(STATEMENT, { from: '2001-01-01', to: range.to, after: cursor });
    expect(replayed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });
});

describe('SQL errors in the log', () => {
  it('carry the statement with placeholders and PostgreSQL code, never the bound values', async () => {
    const failure = await api.database.db.execute(sql`SELECT ${'secret-label@example.org'}::int`).catch((error: unknown) => error);
    const logged = JSON.stringify(describeForLog(failure));
    expect(logged).toContain('SQL statement failed');
    expect(logged).toContain('::int');
    expect(logged).toContain('22P02');
    expect(logged).not.toContain('secret-label');
  });
});
