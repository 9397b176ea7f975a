import type { ApolloCache } from '@apollo/client';

/**
 * After a record is written, drop what the console read of the portfolio (records opened by
 * `node`, the people and building lists, code lookups): the next screen asks the API again
 * rather than showing the record as it was. Coarse on purpose: a sale or a new lot changes key
 * totals, roles and lists that no single cache entry names.
 */
export function forgetPortfolio(cache: ApolloCache) {
  for (const fieldName of ['node', 'people', 'buildings', 'personByExternalId']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
