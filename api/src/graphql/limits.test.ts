import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type GraphQLResponse, type TestApi } from '../test/harness';

let api: TestApi;
let manager: Client;
beforeAll(async () => {
  api = await startTestApi();
  manager = await api.as('GESTIONNAIRE');
});
afterAll(() => api.close());

// Documents over a limit are built at run time or invalid on purpose: they go through Client.raw.
describe('query limits, rejected before any resolver runs', () => {
  it('refuses a page larger than 100 with the field named', async () => {
    const result = await manager.gql(
      graphql(`
        query LimitsPageSize {
          people(first: 101) {
            nodes {
              id
            }
          }
        }
      `),
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', reason: 'PAGE_SIZE_OUT_OF_RANGE' });
  });

  it('refuses a cursor it did not issue', async () => {
    const result = await manager.gql(
      graphql(`
        query LimitsForgedCursor {
          people(after: "forged") {
            nodes {
              id
            }
          }
        }
      `),
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
  });

  it('refuses a query deeper than the limit', async () => {
    let selection = 'code';
    for (let level = 0; level < 7; level++) selection = `building { lots(first: 1) { nodes { ${selection} } } }`;
    const result = await manager.raw(`{ buildings(first: 1) { nodes { lots(first: 1) { nodes { ${selection} } } } } }`);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/depth/i);
    expect(result.statements).toBe(1); // the session lookup only
  });

  it('counts fields inside fragments toward the depth, so fragments cannot hide a deep query', async () => {
    let fragments = 'fragment F0 on Lot { code }';
    for (let level = 1; level <= 7; level++) fragments += ` fragment F${level} on Lot { building { lots(first: 1) { nodes { ...F${level - 1} } } } }`;
    const result = await manager.raw(`{ buildings(first: 1) { nodes { lots(first: 1) { nodes { ...F7 } } } } } ${fragments}`);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses an over-long document by token count', async () => {
    const fields = Array.from({ length: 3100 }, () => '__typename').join(' ');
    const result = await manager.raw(`{ ${fields} }`);
    // Counted while parsing (graphql's maxTokens): a parse failure, answered 200 to a plain JSON client.
    expect(errorCode(result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.[0].message).toMatch(/token/i);
    expect(result.status).toBe(200);
  });

  it('hides field suggestions from clients and anonymous callers, and gives them to managers', async () => {
    for (const client of [api.client(), await api.as('CLIQUOTMATHILDE')]) {
      const result = await client.raw(`{ viewr { identifier } }`);
      expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
    }
    expect((await manager.raw(`{ viewr { identifier } }`)).errors?.[0].message).toMatch(/Did you mean "viewer"/);
  });

  it('answers BAD_USER_INPUT, not a database error, for an id whose uuid is malformed', async () => {
    const result = await manager.gql(
      graphql(`
        query LimitsMalformedUuid($id: ID!) {
          node(id: $id) {
            id
          }
        }
      `),
      { id: Buffer.from('Person:not-a-uuid').toString('base64url') },
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
  });
});

const PEOPLE_PAGE = graphql(`
  query LimitsPeoplePage($after: String) {
    people(first: 5, after: $after) {
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
const PEOPLE_BY_ROLE = graphql(`
  query LimitsPeopleByRole($role: PersonRole, $search: String) {
    people(role: $role, search: $search) {
      nodes {
        displayName
      }
    }
  }
`);

describe('cursor pagination', () => {
  it('walks every person of the agency exactly once, page after page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResponse<ResultOf<typeof PEOPLE_PAGE>> = await manager.gql(PEOPLE_PAGE, { after });
      const people = page.data?.people;
      if (!people) throw new Error(JSON.stringify(page.errors));
      seen.push(...people.nodes.map((n) => n.displayName));
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor ?? null;
    }
    expect(seen).toHaveLength(15);
    expect(new Set(seen).size).toBe(15);
    expect(seen.slice(0, 3)).toEqual(['ATRILLON Bernard', 'BPETRUS Pierre', 'BROUILLY Alfred']);
  });

  it('filters people by role and by any part of the name', async () => {
    const councils = await manager.gql(PEOPLE_BY_ROLE, { role: 'COUNCIL_MEMBER' });
    expect(councils.data?.people.nodes).toEqual([{ displayName: 'BPETRUS Pierre' }, { displayName: 'BROUILLY Alfred' }]);
    const tenants = await manager.gql(PEOPLE_BY_ROLE, { role: 'TENANT', search: 'loca' });
    expect(tenants.data?.people.nodes).toEqual([{ displayName: 'LOCATAIRE Elsa' }]);
    const escaped = await manager.gql(PEOPLE_BY_ROLE, { search: '%' });
    expect(escaped.data?.people.nodes).toEqual([]);
  });
});
