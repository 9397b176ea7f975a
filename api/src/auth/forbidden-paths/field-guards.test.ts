import { describe, expect, it } from 'vitest';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, setAgencySettings } from '../../test/builders';
import { onDemoAgency } from '../../test/forbidden-paths';
import { graphql } from '../../test/gql';

/** Field guards on contacts and bank details, a forbidden path of every role (STYLE.md §6; shared: test/forbidden-paths.ts). */
const demo = onDemoAgency();

describe('field guards', () => {
  it('shows contacts to the person and to managers only', async () => {
    const fromManager = await demo.manager.gql(
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
      { id: demo.ids.mathilde },
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
    const { db } = demo.api.database;
    const agency = await buildAgency(db);
    const building = await buildBuilding(db, agency, { iban: 'FR76 3000 4000 0312 3456 7890 143', bic: 'BNPAFRPPXXX' });
    const { person } = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, building) });
    const coOwner = await demo.api.as(person.signIn);
    const fromAgency = await demo.api.as(agency.manager.signIn);
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
