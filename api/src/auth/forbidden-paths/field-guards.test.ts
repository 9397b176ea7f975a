import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, setAgencySettings } from '../../test/builders';
import { demoIds } from '../../test/forbidden-paths';
import { graphql } from '../../test/gql';
import { startTestApi, type Client, type TestApi } from '../../test/harness';

/**
 * Forbidden paths first (STYLE.md §6): for each role, another person's record, another
 * building, another agency, a forged or other-agency id, and a nested path, all answer a
 * clean error or null, and no data. The demo agency is read, never changed. This file: field guards on contacts and bank details.
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

describe('field guards', () => {
  it('shows contacts to the person and to managers only', async () => {
    const fromManager = await manager.gql(
      graphql(`
        query ForbiddenContacts($id: ID!) {
          node(id: $id) {
            ... on Person {
              emails
              phones
              roles
              extranetAccess {
                identifier
                isEnabled
              }
            }
          }
        }
      `),
      { id: ids.mathilde },
    );
    expect(fromManager.data?.node).toEqual({
      __typename: 'Person',
      emails: ['cliquot.mathilde@example.org'],
      phones: ['06 00 00 00 00'],
      roles: ['COOWNER'],
      extranetAccess: { identifier: 'CLIQUOTMATHILDE', isEnabled: true },
    });
  });

  it("hides the syndicate's bank details from clients when the agency says so, not from managers", async () => {
    const { db } = api.database;
    const agency = await buildAgency(db);
    const building = await buildBuilding(db, agency, { iban: 'FR76 3000 4000 0312 3456 7890 143', bic: 'BNPAFRPPXXX' });
    const { person } = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, building) });
    const coOwner = await api.as(person.signIn);
    const fromAgency = await api.as(agency.manager.signIn);
    const BANK = graphql(`
      query ForbiddenBank {
        viewer {
          person {
            ownerships {
              nodes {
                lot {
                  building {
                    id
                    syndicate {
                      name
                      iban
                      bic
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    const syndicateOf = async () => (await coOwner.gql(BANK)).data?.viewer?.person?.ownerships.nodes[0].lot?.building?.syndicate;
    expect(await syndicateOf()).toEqual({ name: `Syndicat ${building.code}`, iban: 'FR76 3000 4000 0312 3456 7890 143', bic: 'BNPAFRPPXXX' });
    await setAgencySettings(db, agency.id, { hideSyndicateBankDetails: true });
    expect(await syndicateOf()).toEqual({ name: `Syndicat ${building.code}`, iban: null, bic: null });
    const buildingId = (await coOwner.gql(BANK)).data?.viewer?.person?.ownerships.nodes[0].lot?.building?.id;
    const MANAGER_BANK = graphql(`
      query ForbiddenManagerBank($id: ID!) {
        node(id: $id) {
          ... on Building {
            syndicate {
              iban
            }
          }
        }
      }
    `);
    const seen = (await fromAgency.gql(MANAGER_BANK, { id: buildingId! })).data?.node;
    expect(seen?.__typename === 'Building' && seen.syndicate?.iban).toBe('FR76 3000 4000 0312 3456 7890 143');
  });
});
