import { graphql } from './gql';
import type { Client, GraphQLResponse, TestApi } from './harness';

/** What the relation-batch tests (ownerships, council, mandates, leases) share: tokens and error reading. */

const CREATE_TOKEN = graphql(`
  mutation RelationBatchToken($name: String!, $scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) {
      token
    }
  }
`);

type Scope = 'PORTFOLIO_READ' | 'PORTFOLIO_WRITE' | 'PEOPLE_READ' | 'LEDGER_READ' | 'LEDGER_WRITE';

/** An integrator client of the manager's agency holding `scopes`. */
export async function integrator(api: TestApi, manager: Client, scopes: Scope[]): Promise<Client> {
  const token = (await manager.gql(CREATE_TOKEN, { name: `batch ${scopes.join(' ')}`, scopes })).data?.createApiToken.token;
  if (!token) throw new Error('token not created');
  return api.client({ authorization: `Bearer ${token}` });
}

/** The row errors of a refused batch (`extensions.errors`), as field → reason. */
export function rowErrors(result: GraphQLResponse<unknown>): Record<string, string> {
  const errors = (result.errors?.[0]?.extensions?.errors ?? []) as { field: string; reason: string }[];
  return Object.fromEntries(errors.map((error) => [error.field, error.reason]));
}

/** Some day well after the tests run: a sale or departure recorded ahead. */
export const FUTURE = '2099-06-30';
