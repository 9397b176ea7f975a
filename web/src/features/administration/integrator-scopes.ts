import type { IntegratorScope } from '../../gql/graphql';

/**
 * Every scope a token may hold, in the order the form offers them. `satisfies` refuses a scope
 * the API does not have, and `Complete` below refuses to build when the API gains one that is
 * missing here (the schema's enum is the source: codegen regenerates IntegratorScope), so the
 * form cannot go stale; integrator-scopes.test.ts also reads schema/schema.graphql.
 */
export const INTEGRATOR_SCOPES = [
  'PEOPLE_READ',
  'PEOPLE_WRITE',
  'PORTFOLIO_READ',
  'PORTFOLIO_WRITE',
  'LEDGER_READ',
  'LEDGER_WRITE',
  'DOCUMENTS_READ',
  'DOCUMENTS_WRITE',
  'REGULARISATION_WRITE',
  'ASSEMBLIES_READ',
  'ASSEMBLIES_WRITE',
  'REQUESTS_READ',
  'REQUESTS_WRITE',
] as const satisfies readonly IntegratorScope[];

type Missing = Exclude<IntegratorScope, (typeof INTEGRATOR_SCOPES)[number]>;
/** Fails to compile, naming the scope, when the API's enum holds one this list lacks. */
export const SCOPES_ARE_COMPLETE: [Missing] extends [never] ? true : { missing: Missing } = true;
