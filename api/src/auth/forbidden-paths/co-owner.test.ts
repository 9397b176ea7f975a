import { beforeAll, describe, expect, it } from 'vitest';
import { onDemoAgency, NODE, SALE } from '../../test/forbidden-paths';
import { graphql } from '../../test/gql';
import { errorCode, type Client } from '../../test/harness';

/** Forbidden paths of a co-owner (STYLE.md §6; what the files share: test/forbidden-paths.ts). */
const demo = onDemoAgency();

describe('a co-owner (CLIQUOTMATHILDE)', () => {
  let mathilde: Client;
  beforeAll(async () => {
    mathilde = await demo.api.as('CLIQUOTMATHILDE');
  });

  it.each(['atrillon', 'atrillonLot', 'atrillonAccount', 'atrillonOwnership', 'elsaLease', 'deniseOwnerAccount', 'otherAgencyPerson', 'otherAgencyBuilding'])(
    'reads null for node(%s)',
    async (key) => {
      const result = await mathilde.gql(NODE, { id: demo.ids[key] });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ node: null });
    },
  );

  it('sees only her own lot, ownership and person along lot → building → lots → ownerships → person', async () => {
    const result = await mathilde.gql(
      graphql(`
        query ForbiddenCoOwnerNested {
          viewer {
            person {
              ownerships {
                nodes {
                  lot {
                    building {
                      code
                      lots(first: 100) {
                        nodes {
                          code
                          ownerships {
                            nodes {
                              person {
                                displayName
                                emails
                              }
                              account {
                                number
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `),
    );
    const building = result.data?.viewer?.person?.ownerships.nodes[0].lot?.building;
    expect(building?.code).toBe('GILBERT');
    expect(building?.lots.nodes).toEqual([
      {
        code: 'GILBERT/142',
        ownerships: { nodes: [{ person: { displayName: 'CLIQUOT Mathilde', emails: ['cliquot.mathilde@example.org'] }, account: { number: '450CLIQUOT' } }] },
      },
    ]);
  });

  it('cannot reach another co-owner through the building of a shared key', async () => {
    const result = await mathilde.gql(
      graphql(`
        query ForbiddenCoOwnerKey {
          viewer {
            person {
              ownerships {
                nodes {
                  lot {
                    shares {
                      allocationKey {
                        totalShares
                        building {
                          lots(first: 100) {
                            nodes {
                              code
                            }
                          }
                          council {
                            nodes {
                              person {
                                displayName
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `),
    );
    const share = result.data?.viewer?.person?.ownerships.nodes[0].lot?.shares[0];
    expect(share?.allocationKey?.totalShares).toBe('1000.91516');
    expect(share?.allocationKey?.building?.lots.nodes).toEqual([{ code: 'GILBERT/142' }]);
    expect(share?.allocationKey?.building?.council.nodes).toEqual([]);
  });

  it('is refused the manager entry points', async () => {
    expect(
      errorCode(
        await mathilde.gql(
          graphql(`
            query ForbiddenCoOwnerPeople {
              people {
                nodes {
                  displayName
                }
              }
            }
          `),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await mathilde.gql(
          graphql(`
            query ForbiddenCoOwnerBuildings {
              buildings {
                nodes {
                  code
                }
              }
            }
          `),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await mathilde.gql(
          graphql(`
            query ForbiddenCoOwnerTokens {
              apiTokens {
                nodes {
                  name
                }
              }
            }
          `),
        ),
      ),
    ).toBe('FORBIDDEN');
    const disable = await mathilde.gql(
      graphql(`
        mutation ForbiddenCoOwnerDisable($ids: [ID!]!) {
          disableExtranetAccess(personIds: $ids) {
            id
          }
        }
      `),
      { ids: [demo.ids.atrillon] },
    );
    expect(errorCode(disable)).toBe('FORBIDDEN');
    expect(disable.data).toBeNull();
  });

  it('cannot record a sale, even her own', async () => {
    const own = await mathilde.gql(
      graphql(`
        query ForbiddenCoOwnerOwnerships {
          viewer {
            person {
              ownerships {
                nodes {
                  id
                }
              }
            }
          }
        }
      `),
    );
    const ownershipId = own.data?.viewer?.person?.ownerships.nodes[0].id;
    expect(ownershipId).toBeTruthy();
    const result = await mathilde.gql(SALE, { id: ownershipId! });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});
