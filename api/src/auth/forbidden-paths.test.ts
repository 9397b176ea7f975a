import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, setAgencySettings } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

/**
 * Forbidden paths first (STYLE.md §6): for each role, another person's record, another
 * building, another agency, a forged or other-agency id, and a nested path, all answer a
 * clean error or null, and no data. The demo agency is read, never changed.
 */
let api: TestApi;
let manager: Client;
const ids: Record<string, string> = {};

const PEOPLE = graphql(`
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
const NODE = graphql(`
  query ForbiddenNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const SALE = graphql(`
  mutation ForbiddenSale($id: ID!) {
    recordSale(ownershipId: $id, saleDate: "2026-12-01") {
      endDate
    }
  }
`);

async function idOf(client: Client, search: string): Promise<string> {
  const result = await client.gql(PEOPLE, { s: search });
  const id = result.data?.people.nodes[0]?.id;
  if (!id) throw new Error(`no person ${search}`);
  return id;
}

beforeAll(async () => {
  api = await startTestApi();
  manager = await api.as('GESTIONNAIRE');
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
  const other = await api.as('GESTIONNAIRE2');
  ids.otherAgencyPerson = await idOf(other, 'DURAND');
  ids.otherAgencyBuilding = (await other.gql(BUILDING_IDS)).data!.buildings.nodes[0].id;
  for (const [key, value] of Object.entries(ids)) expect(value, key).toBeTruthy();
});
afterAll(() => api.close());

describe('a co-owner (CLIQUOTMATHILDE)', () => {
  let mathilde: Client;
  beforeAll(async () => {
    mathilde = await api.as('CLIQUOTMATHILDE');
  });

  it.each(['atrillon', 'atrillonLot', 'atrillonAccount', 'atrillonOwnership', 'elsaLease', 'deniseOwnerAccount', 'otherAgencyPerson', 'otherAgencyBuilding'])(
    'reads null for node(%s)',
    async (key) => {
      const result = await mathilde.gql(NODE, { id: ids[key] });
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
      { ids: [ids.atrillon] },
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

describe('a council member (BROUILLYALFRED)', () => {
  it("sees the council composition but not the members' contacts nor other co-owners", async () => {
    const brouilly = await api.as('BROUILLYALFRED');
    const result = await brouilly.gql(
      graphql(`
        query ForbiddenCouncil {
          viewer {
            person {
              councilMemberships {
                nodes {
                  role
                  building {
                    council {
                      nodes {
                        role
                        person {
                          displayName
                          emails
                          phones
                        }
                      }
                    }
                    lots(first: 100) {
                      nodes {
                        code
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
    const membership = result.data?.viewer?.person?.councilMemberships.nodes[0];
    expect(membership?.role).toBe('MEMBER');
    const members = membership?.building?.council.nodes.map((m) => [m.role, m.person?.displayName, m.person?.emails]);
    expect(members).toEqual(
      expect.arrayContaining([
        ['PRESIDENT', 'BPETRUS Pierre', null],
        ['MEMBER', 'BROUILLY Alfred', ['brouilly.alfred@example.org']],
      ]),
    );
    expect(membership?.building?.lots.nodes.map((lot) => lot.code).sort()).toEqual(['GILBERT/014', 'GILBERT/035', 'GILBERT/122', 'GILBERT/907']);
    expect((await brouilly.gql(NODE, { id: ids.mathilde })).data).toEqual({ node: null });
  });
});

describe('an owner (ALOXECORTONDENISE) and her tenant (ELSALOCATAIRE)', () => {
  it("the owner sees her tenant's name and lease, not the tenant's contacts or account (option off)", async () => {
    const denise = await api.as('ALOXECORTONDENISE');
    const result = await denise.gql(
      graphql(`
        query ForbiddenOwnerTenants {
          viewer {
            person {
              mandates {
                nodes {
                  lots {
                    code
                    leases {
                      nodes {
                        tenant {
                          displayName
                          emails
                          phones
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
      `),
    );
    const lot = result.data?.viewer?.person?.mandates.nodes[0].lots.find((l) => l.code === 'LAFAYETTE/002');
    expect(lot?.leases.nodes).toEqual([{ tenant: { displayName: 'LOCATAIRE Elsa', emails: null, phones: null }, account: null }]);
    expect((await denise.gql(NODE, { id: ids.elsaAccount })).data).toEqual({ node: null });
  });

  it("the tenant sees neither the owner nor the owner's account", async () => {
    const elsa = await api.as('ELSALOCATAIRE');
    expect((await elsa.gql(NODE, { id: ids.denise })).data).toEqual({ node: null });
    expect((await elsa.gql(NODE, { id: ids.deniseOwnerAccount })).data).toEqual({ node: null });
    const own = await elsa.gql(
      graphql(`
        query ForbiddenTenantOwn {
          viewer {
            spaces
            person {
              accounts {
                nodes {
                  number
                  balance
                }
              }
              leases {
                nodes {
                  lot {
                    code
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(own.data?.viewer).toEqual({
      spaces: ['GERANCE'],
      person: { accounts: { nodes: [{ number: '81ELLOCATA', balance: '-780.00' }] }, leases: { nodes: [{ lot: { code: 'LAFAYETTE/002' } }] } },
    });
  });
});

describe("another agency's manager (GESTIONNAIRE2)", () => {
  it('sees nothing of the first agency by id, by search or by mutation', async () => {
    const other = await api.as('GESTIONNAIRE2');
    for (const key of ['mathilde', 'gilbert', 'atrillonLot', 'atrillonAccount', 'elsaLease']) {
      expect((await other.gql(NODE, { id: ids[key] })).data).toEqual({ node: null });
    }
    const search = await other.gql(
      graphql(`
        query ForbiddenOtherSearch {
          people(search: "cliquot") {
            nodes {
              displayName
            }
          }
          buildings {
            nodes {
              code
            }
          }
        }
      `),
    );
    expect(search.data).toEqual({ people: { nodes: [] }, buildings: { nodes: [{ code: 'BELLECOUR' }] } });
    const sale = await other.gql(SALE, { id: ids.atrillonOwnership });
    expect(errorCode(sale)).toBe('NOT_FOUND');
    const enable = await other.gql(
      graphql(`
        mutation ForbiddenOtherEnable($ids: [ID!]!) {
          enableExtranetAccess(personIds: $ids) {
            temporaryPassword
          }
        }
      `),
      { ids: [ids.mathilde] },
    );
    expect(errorCode(enable)).toBe('NOT_FOUND');
    expect(enable.data).toBeNull();
  });
});

describe('forged ids', () => {
  it('answers BAD_USER_INPUT for an id that does not decode, and for an id of the wrong type', async () => {
    const forged = await manager.gql(NODE, { id: 'not-an-id' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    const forgedUuid = Buffer.from('Person:00000000-0000-0000-0000-000000000000').toString('base64url');
    expect((await manager.gql(NODE, { id: forgedUuid })).data).toEqual({ node: null });
    const wrongType = await manager.gql(
      graphql(`
        mutation ForbiddenWrongType($id: ID!) {
          issueTemporaryPassword(personId: $id) {
            identifier
          }
        }
      `),
      { id: ids.gilbert },
    );
    expect(wrongType.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId', reason: 'INVALID_ID' });
  });
});

describe('anonymous', () => {
  it('gets UNAUTHENTICATED and no data on every entry point but sign-in', async () => {
    const anonymous = api.client();
    expect(errorCode(await anonymous.gql(NODE, { id: ids.mathilde }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.gql(PEOPLE, {}))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(
        await anonymous.gql(
          graphql(`
            mutation ForbiddenAnonymousPreferences {
              updateMyPreferences(notifyNewDocuments: true) {
                id
              }
            }
          `),
        ),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});

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
