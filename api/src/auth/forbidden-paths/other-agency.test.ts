import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {} from '../../test/builders';
import { demoIds, NODE, SALE } from '../../test/forbidden-paths';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../../test/harness';

/**
 * Forbidden paths first (STYLE.md §6): for each role, another person's record, another
 * building, another agency, a forged or other-agency id, and a nested path, all answer a
 * clean error or null, and no data. The demo agency is read, never changed. This file: another agency's manager.
 */
let api: TestApi;
let manager: Client;
let ids: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  manager = await api.as('GESTIONNAIRE');
  ids = await demoIds(manager, await api.as('GESTIONNAIRE2'));
});
afterAll(() => api.close());

describe("another agency's manager (GESTIONNAIRE2)", () => {
  it('sees nothing of the first agency by id, by search or by mutation', async () => {
    const other = await api.as('GESTIONNAIRE2');
    for (const key of ['mathilde', 'gilbert', 'atrillonLot', 'atrillonAccount', 'elsaLease']) {
      expect((await other.gql(NODE, { id: ids[key] })).data).toEqual({ node: null });
    }
    const search = await other.gql(
      graphql(`
        query ForbiddenOtherSearch {
          people(search: "cliquot") {
            nodes {
              displayName
            }
          }
          buildings {
            nodes {
              code
            }
          }
        }
      `),
    );
    expect(search.data).toEqual({ people: { nodes: [] }, buildings: { nodes: [{ code: 'BELLECOUR' }] } });
    const sale = await other.gql(SALE, { id: ids.atrillonOwnership });
    expect(errorCode(sale)).toBe('NOT_FOUND');
    const enable = await other.gql(
      graphql(`
        mutation ForbiddenOtherEnable($ids: [ID!]!) {
          enableExtranetAccess(personIds: $ids) {
            temporaryPassword
          }
        }
      `),
      { ids: [ids.mathilde] },
    );
    expect(errorCode(enable)).toBe('NOT_FOUND');
    expect(enable.data).toBeNull();
  });
});
