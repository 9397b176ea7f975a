import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The cache: `Viewer` has no id and is one per session, so it is a singleton entity; lists are
 * cursor connections merged page after page by "Voir plus", one cache entry per filter.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Documents: one list per space, binder and page size, "Voir plus" appending pages; photos: one
      // gallery per building (or all), "Afficher plus" appending pages of 100.
      Viewer: { keyFields: [], fields: { documents: relayStylePagination(['space', 'binderId', 'search', 'first']), photos: relayStylePagination(['buildingId']) } },
      // Value objects without ids: a newer answer completes or replaces the older one.
      ExtranetAccess: { merge: true },
      PostalAddress: { merge: true },
      // A statement and an expense list are values under their account or building (one per date
      // range, one per fiscal year): "Voir plus" appends its page to the lines already shown.
      AccountStatement: { merge: true, fields: { entries: relayStylePagination() } },
      ExpenseList: { merge: true, fields: { expenses: relayStylePagination() } },
      Query: {
        fields: {
          // Every filter argument is a key: one left out (the building and access filters were)
          // makes the cache answer a filter with another's rows and count, which "select all
          // matching", asking the API, then contradicts. Only `first` and `after` are paging.
          people: relayStylePagination(['search', 'role', 'buildingId', 'hasAccess']),
          buildings: relayStylePagination(['search']),
        },
      },
    },
  });
}

export type CreateApolloClientOptions = {
  /** Tests replace the network with a scripted link. */
  link?: ApolloLink;
};

/**
 * Same-origin `/graphql` (Vite proxies it in dev): the session is an httpOnly cookie, and JSON
 * POSTs satisfy the API's CSRF prevention. Apollo's own data masking stays off: codegen masks.
 */
export function createApolloClient({ link }: CreateApolloClientOptions = {}): ApolloClient {
  return new ApolloClient({
    link: link ?? new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
    dataMasking: false,
  });
}
