import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildBuilding, buildCoOwner, buildLot } from '../test/builders';
import { graphql } from '../test/gql';
import { startTestApi, type TestApi } from '../test/harness';

/** The co-owner home (viewer, lots, accounts with balances): statement count independent of size. */
const HOME = graphql(`
  query HomeStatementsHome {
    viewer {
      spaces
      person {
        displayName
        emails
        ownerships(first: 50) {
          nodes {
            lot {
              code
              type
              building {
                code
                name
              }
              shares {
                shares
                allocationKey {
                  code
                  totalShares
                }
              }
            }
            account {
              number
              balance
              position {
                amount
                direction
              }
              lastPayment {
                date
                amount
              }
              nextCall {
                date
                amount
              }
            }
          }
        }
        accounts(first: 50) {
          nodes {
            number
            balance
            position {
              amount
              direction
            }
            lastPayment {
              date
              amount
            }
            nextCall {
              date
              amount
            }
          }
        }
      }
    }
  }
`);

const PEOPLE = graphql(`
  query HomeStatementsPeople {
    people(search: "e", first: 50) {
      nodes {
        displayName
        roles
        extranetAccess {
          identifier
        }
      }
    }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('SQL statements per request', () => {
  it('stays the same for a co-owner with 1 lot and with 31 lots in two buildings', async () => {
    const { db } = api.database;
    const agency = await buildAgency(db);
    const [first, second] = [await buildBuilding(db, agency), await buildBuilding(db, agency)];
    const { person } = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, first, { shares: '62.00000' }) });
    const client = await api.as(person.signIn);
    const small = await client.gql(HOME);
    expect(small.errors).toBeUndefined();
    expect(small.data?.viewer?.person?.ownerships.nodes).toHaveLength(1);

    // Thirty more lots, each with shares, an ownership and its own account (balance 12,34), across two buildings.
    for (const building of [first, second]) {
      for (let n = 0; n < 15; n++) {
        const lot = await buildLot(db, agency, building, { type: 'Parking', shares: '1.50000' });
        await buildCoOwner(db, agency, { lot, person, account: { entries: [{ date: '2024-01-01', label: 'Appel de fonds', debit: '12.34' }] } });
      }
    }

    const large = await client.gql(HOME);
    expect(large.errors).toBeUndefined();
    const ownerships = large.data?.viewer?.person?.ownerships.nodes ?? [];
    expect(ownerships).toHaveLength(31);
    expect(new Set(ownerships.map((o) => o.lot?.building?.code))).toEqual(new Set([first.code, second.code]));
    expect(ownerships.filter((o) => o.account?.balance === '-12.34')).toHaveLength(30);
    expect(large.statements).toBe(small.statements);
    // session+relations+settings+person, ownerships, accounts (which also answer ownership.account),
    // lots with their buildings and shares, keys with totals, and one for every account's position
    // as of today, last payment and next call.
    expect(small.statements).toBe(6);
  });

  it("answers the manager's people search in a bounded number of statements", async () => {
    const manager = await api.as('GESTIONNAIRE');
    const result = await manager.gql(PEOPLE);
    expect(result.data?.people.nodes.length).toBeGreaterThan(5);
    expect(result.statements).toBeLessThanOrEqual(4);
  });
});
