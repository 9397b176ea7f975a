import { describe, expect, it } from 'vitest';
import { onDemoAgency, NODE, SALE } from '../../test/forbidden-paths';
import { graphql } from '../../test/gql';
import { errorCode } from '../../test/harness';

/** Forbidden paths of another agency's manager (STYLE.md §6; what the files share: test/forbidden-paths.ts). */
const demo = onDemoAgency();

describe("another agency's manager (GESTIONNAIRE2)", () => {
  it('sees nothing of the first agency by id, by search or by mutation', async () => {
    const other = await demo.api.as('GESTIONNAIRE2');
    for (const key of ['mathilde', 'gilbert', 'atrillonLot', 'atrillonAccount', 'elsaLease']) {
      expect((await other.gql(NODE, { id: demo.ids[key] })).data).toEqual({ node: null });
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
    const sale = await other.gql(SALE, { id: demo.ids.atrillonOwnership });
    expect(errorCode(sale)).toBe('NOT_FOUND');
    const enable = await other.gql(
      graphql(`
        mutation ForbiddenOtherEnable($ids: [ID!]!) {
          enableExtranetAccess(personIds: $ids) {
            temporaryPassword
          }
        }
      `),
      { ids: [demo.ids.mathilde] },
    );
    expect(errorCode(enable)).toBe('NOT_FOUND');
    expect(enable.data).toBeNull();
  });
});
