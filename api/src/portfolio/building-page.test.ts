import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAgency,
  buildBuilding,
  buildCoOwner,
  buildCouncilMember,
  buildLot,
  buildPerson,
  buildTenant,
  buildWorksFundLine,
  type BuiltAgency,
  type BuiltBuilding,
} from '../test/builders';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { toGlobalId } from '../graphql/node';

/** The manager's building page (web: features/portfolio/routes/BuildingPage.tsx), its API shape. */
const BUILDING_PAGE = graphql(`
  query BuildingPageDetail($id: ID!) {
    node(id: $id) {
      ... on Building {
        code
        allocationKeys {
          code
          totalShares
        }
        lots(first: 100) {
          nodes {
            code
            shares {
              shares
              allocationKey {
                code
                totalShares
              }
            }
            ownerships {
              nodes {
                isActive
                person {
                  id
                  displayName
                }
                account {
                  number
                }
              }
            }
            leases {
              nodes {
                isActive
                tenant {
                  id
                  displayName
                }
              }
            }
          }
        }
        council(first: 50) {
          nodes {
            role
            isActive
            person {
              id
              displayName
            }
          }
        }
        worksFund {
          total
          lots {
            lot {
              code
            }
            total
          }
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

/** A building of `lots` lots, each with a co-owner, every third one with a tenant and a works fund. */
async function buildingOf(agency: BuiltAgency, lots: number): Promise<BuiltBuilding> {
  const db = api.database.db;
  const building = await buildBuilding(db, agency);
  for (let i = 0; i < lots; i++) {
    const lot = await buildLot(db, agency, building, { shares: '10.50000' });
    const { person } = await buildCoOwner(db, agency, { lot, person: await buildPerson(db, agency.id) });
    if (i === 0) await buildCouncilMember(db, agency, { building, person, role: 'PRESIDENT' });
    if (i % 3 === 0) {
      await buildTenant(db, agency, { lot, person: await buildPerson(db, agency.id) });
      await buildWorksFundLine(db, agency, { lot, accountNumber: '105000', amount: '12.34' });
    }
  }
  return building;
}

describe('the building page', () => {
  let agency: BuiltAgency;
  let manager: Client;
  beforeAll(async () => {
    agency = await buildAgency(api.database.db);
    manager = await api.as(agency.manager.signIn);
  });

  it('reads lots with shares, co-owners, tenants, council and works funds in a statement count independent of size', async () => {
    const small = await buildingOf(agency, 3);
    const large = await buildingOf(agency, 12);
    const read = async (id: string) => {
      const page = await manager.gql(BUILDING_PAGE, { id });
      expect(page.errors).toBeUndefined();
      return { page, side: page, statements: page.statements };
    };
    const a = await read(toGlobalId('Building', small.id));
    const b = await read(toGlobalId('Building', large.id));
    // Four times the lots, the same statements: at most one apart, because on PostgreSQL (parallel
    // round trips) the co-owners' and the tenants' persons sometimes land in one DataLoader batch,
    // sometimes in two. An N+1 would add at least nine.
    expect(Math.abs(b.statements - a.statements)).toBeLessThanOrEqual(1);
    expect(Math.max(a.statements, b.statements)).toBeLessThanOrEqual(15);

    const page = b.page.data!.node!;
    const side = b.side.data!.node!;
    if (!('lots' in page) || !('council' in side)) throw new Error('not a building');
    expect(page.lots.nodes).toHaveLength(12);
    expect(page.lots.nodes[0].shares).toEqual([{ shares: '10.50000', allocationKey: { code: '010', totalShares: '126.00000' } }]);
    expect(page.lots.nodes.every((lot) => lot.ownerships.nodes.length === 1 && lot.ownerships.nodes[0].person && lot.ownerships.nodes[0].account)).toBe(true);
    expect(page.lots.nodes.filter((lot) => lot.leases.nodes.some((lease) => lease.isActive && lease.tenant))).toHaveLength(4);
    expect(side.council.nodes).toEqual([{ role: 'PRESIDENT', isActive: true, person: page.lots.nodes[0].ownerships.nodes[0].person }]);
    expect(side.worksFund?.total).toBe('49.36');
    expect(side.worksFund?.lots).toHaveLength(4);
  });

  it('gives clients no works fund of the whole building, and other agencies nothing', async () => {
    const building = await buildingOf(agency, 1);
    const id = toGlobalId('Building', building.id);
    const other = await buildAgency(api.database.db);
    const otherManager = await api.as(other.manager.signIn);
    expect((await otherManager.gql(BUILDING_PAGE, { id })).data?.node ?? null).toBeNull();

    const lot = await buildLot(api.database.db, agency, building);
    const { person } = await buildCoOwner(api.database.db, agency, { lot });
    const coOwner = await api.as(person.signIn);
    const seen = (await coOwner.gql(BUILDING_PAGE, { id })).data?.node;
    if (!seen || !('lots' in seen)) throw new Error('the co-owner sees the building');
    expect(seen.worksFund).toBeNull();
    // Only their own lot, never the neighbours' ownerships.
    expect(seen.lots.nodes.map((node) => node.code)).toEqual([lot.code]);
  });
});
