import { afterAll, beforeAll } from 'vitest';
import { graphql } from './gql';
import { startTestApi, type Client, type TestApi } from './harness';

/**
 * Forbidden paths first (STYLE.md §6): for each role, another person's record, another
 * building, another agency, a forged or other-agency id, and a nested path, all answer a
 * clean error or null, and no data. The demo agency is read, never changed. One file per role
 * in api/src/auth/forbidden-paths/; this file holds what they share: the demo records they aim
 * at, found through the manager's own API, and the entry points each role is tried on.
 */

export const PEOPLE = graphql(`
  query ForbiddenPeople($s: String) {
    people(search: $s) {
      nodes {
        id
      }
    }
  }
`);
const PERSON_OWNERSHIPS = graphql(`
  query ForbiddenPersonOwnerships($id: ID!) {
    node(id: $id) {
      ... on Person {
        ownerships {
          nodes {
            id
            lot {
              id
              building {
                id
              }
            }
            account {
              id
            }
          }
        }
      }
    }
  }
`);
const PERSON_LEASES = graphql(`
  query ForbiddenPersonLeases($id: ID!) {
    node(id: $id) {
      ... on Person {
        leases {
          nodes {
            id
            account {
              id
            }
          }
        }
      }
    }
  }
`);
const PERSON_MANDATES = graphql(`
  query ForbiddenPersonMandates($id: ID!) {
    node(id: $id) {
      ... on Person {
        mandates {
          nodes {
            account {
              id
            }
          }
        }
      }
    }
  }
`);
const BUILDING_IDS = graphql(`
  query ForbiddenBuildingIds {
    buildings {
      nodes {
        id
      }
    }
  }
`);
export const NODE = graphql(`
  query ForbiddenNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

export const SALE = graphql(`
  mutation ForbiddenSale($id: ID!) {
    recordSale(ownershipId: $id, saleDate: "2026-12-01") {
      endDate
    }
  }
`);

/** A person of the caller's agency by search (the first match). */
async function idOf(client: Client, search: string): Promise<string> {
  const result = await client.gql(PEOPLE, { s: search });
  const id = result.data?.people.nodes[0]?.id;
  if (!id) throw new Error(`no person ${search}`);
  return id;
}

/**
 * The global ids of the demo records the tests aim at: persons (mathilde, atrillon, elsa, denise),
 * ATRILLON's ownership, lot and account, the GILBERT building, Elsa's lease and account, Denise's
 * owner account, and a person and a building of the second demo agency.
 */
async function demoIds(manager: Client, otherManager: Client): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  ids.mathilde = await idOf(manager, 'CLIQUOT');
  ids.atrillon = await idOf(manager, 'ATRILLON');
  ids.elsa = await idOf(manager, 'LOCATAIRE Elsa');
  ids.denise = await idOf(manager, 'YALOXE');
  const atrillon = (await manager.gql(PERSON_OWNERSHIPS, { id: ids.atrillon })).data?.node;
  const ownership = atrillon?.__typename === 'Person' ? atrillon.ownerships.nodes[0] : undefined;
  ids.atrillonOwnership = ownership!.id;
  ids.atrillonLot = ownership!.lot!.id;
  ids.gilbert = ownership!.lot!.building!.id;
  ids.atrillonAccount = ownership!.account!.id;
  const elsa = (await manager.gql(PERSON_LEASES, { id: ids.elsa })).data?.node;
  const lease = elsa?.__typename === 'Person' ? elsa.leases.nodes[0] : undefined;
  ids.elsaLease = lease!.id;
  ids.elsaAccount = lease!.account!.id;
  const denise = (await manager.gql(PERSON_MANDATES, { id: ids.denise })).data?.node;
  ids.deniseOwnerAccount = (denise?.__typename === 'Person' ? denise.mandates.nodes[0].account?.id : undefined)!;
  ids.otherAgencyPerson = await idOf(otherManager, 'DURAND');
  ids.otherAgencyBuilding = (await otherManager.gql(BUILDING_IDS)).data!.buildings.nodes[0].id;
  for (const [key, value] of Object.entries(ids)) if (!value) throw new Error(`no demo record for ${key}`);
  return ids;
}

export interface Demo {
  api: TestApi;
  /** The demo agency's manager (GESTIONNAIRE). */
  manager: Client;
  ids: Record<string, string>;
}

/** Starts a test API on the demo data before the file's tests (closed after) and finds the demo ids. */
export function onDemoAgency(): Demo {
  const demo = {} as Demo;
  beforeAll(async () => {
    demo.api = await startTestApi();
    demo.manager = await demo.api.as('GESTIONNAIRE');
    demo.ids = await demoIds(demo.manager, await demo.api.as('GESTIONNAIRE2'));
  });
  afterAll(() => demo.api.close());
  return demo;
}
