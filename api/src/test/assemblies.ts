import { graphql } from './gql';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, type BuiltAgency, type BuiltBuilding, type PersonWithAccess } from './builders';
import type { Db } from '../db/client';
import type { Client, TestApi } from './harness';
import { toGlobalId } from '../graphql/node';

/** What the assemblies tests share: a building of co-owners with given shares, tokens, and the AG's setup. */

export interface AssemblyBuilding {
  building: BuiltBuilding;
  coOwners: PersonWithAccess[];
}

/** A building whose co-owners hold one lot each with `shares` under key 010. */
export async function buildAssemblyBuilding(db: Db, agency: BuiltAgency, shares: string[]): Promise<AssemblyBuilding> {
  const building = await buildBuilding(db, agency);
  const coOwners: PersonWithAccess[] = [];
  for (const [i, value] of shares.entries()) {
    const lot = await buildLot(db, agency, building, { shares: value });
    const { person } = await buildCoOwner(db, agency, { lot, displayName: `COPRO ${String.fromCharCode(65 + i)} ${building.code}` });
    coOwners.push(person);
  }
  return { building, coOwners };
}

/** The scene the assembly API and report tests start from: a fresh agency, its manager signed in, and their `home` building. */
export interface AssemblyScene {
  agency: BuiltAgency;
  /** 5 co-owners, 1 000 shares: A, B, C, D hold 150 each, E 400. */
  home: AssemblyBuilding;
  manager: Client;
}

export async function buildAssemblyScene(api: TestApi): Promise<AssemblyScene> {
  const agency = await buildAgency(api.database.db);
  const home = await buildAssemblyBuilding(api.database.db, agency, ['150.00000', '150.00000', '150.00000', '150.00000', '400.00000']);
  return { agency, home, manager: await api.as(agency.manager.signIn) };
}

const CREATE_TOKEN = graphql(`
  mutation AssemblyToken($name: String!, $scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) {
      token
    }
  }
`);

export async function assemblyIntegrator(api: TestApi, manager: Client, scopes: ('ASSEMBLIES_READ' | 'ASSEMBLIES_WRITE' | 'PORTFOLIO_READ')[]): Promise<Client> {
  const token = (await manager.gql(CREATE_TOKEN, { name: `assemblies ${scopes.join(' ')}`, scopes })).data?.createApiToken.token;
  if (!token) throw new Error('token not created');
  return api.client({ authorization: `Bearer ${token}` });
}

export const CREATE_ASSEMBLY = graphql(`
  mutation AssemblyCreate($input: CreateGeneralAssemblyInput!) {
    createGeneralAssembly(input: $input) {
      id
      postalVoteDeadline
      attendance {
        total {
          count
          shares
        }
      }
      participants(first: 100) {
        nodes {
          id
          displayName
          shares
          person {
            id
          }
        }
      }
    }
  }
`);

export const ADD_RESOLUTION = graphql(`
  mutation AssemblyAddResolution($input: AddResolutionInput!) {
    addResolution(input: $input) {
      id
      number
    }
  }
`);

export const keyGlobalId = (building: BuiltBuilding) => toGlobalId('AllocationKey', building.keyId);
export const buildingGlobalId = (building: BuiltBuilding) => toGlobalId('Building', building.id);
