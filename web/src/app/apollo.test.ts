import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from './apollo';

const PEOPLE = gql`
  query CachedPeople($search: String, $role: PersonRole, $buildingId: ID, $hasAccess: Boolean, $first: Int, $after: String) {
    people(search: $search, role: $role, buildingId: $buildingId, hasAccess: $hasAccess, first: $first, after: $after) {
      edges {
        cursor
        node {
          __typename
          id
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

function page(ids: string[], totalCount: number) {
  return {
    people: {
      __typename: 'PersonConnection',
      edges: ids.map((id) => ({ __typename: 'PersonEdge', cursor: id, node: { __typename: 'Person', id } })),
      pageInfo: { __typename: 'PageInfo', endCursor: ids.at(-1) ?? null, hasNextPage: false },
      totalCount,
    },
  };
}

describe('the cache of the portfolio list', () => {
  // The bulk-access e2e met this: "co-owners of GILBERT" then "… without access" answered from the
  // cache with the first filter's rows and count, while "select all matching" asked the API.
  it('keeps one entry per filter: a building or an access filter is not answered with another filter’s rows', () => {
    const cache = createCache();
    const coOwners = { role: 'COOWNER', buildingId: 'B1', first: 10 };
    cache.writeQuery({ query: PEOPLE, variables: coOwners, data: page(['p1', 'p2', 'p3'], 3) });
    expect(cache.readQuery({ query: PEOPLE, variables: { ...coOwners, hasAccess: false } })).toBeNull();
    expect(cache.readQuery({ query: PEOPLE, variables: { ...coOwners, buildingId: 'B2' } })).toBeNull();
    expect(cache.readQuery<ReturnType<typeof page>>({ query: PEOPLE, variables: coOwners })?.people.totalCount).toBe(3);
  });

  it('still appends the next page of the same filter ("Voir plus")', () => {
    const cache = createCache();
    const filter = { role: 'COOWNER', buildingId: 'B1', hasAccess: false, first: 2 };
    cache.writeQuery({ query: PEOPLE, variables: filter, data: page(['p1', 'p2'], 3) });
    cache.writeQuery({ query: PEOPLE, variables: { ...filter, after: 'p2' }, data: page(['p3'], 3) });
    const read = cache.readQuery<ReturnType<typeof page>>({ query: PEOPLE, variables: filter });
    expect(read?.people.edges.map((edge) => edge.node.id)).toEqual(['p1', 'p2', 'p3']);
  });
});
