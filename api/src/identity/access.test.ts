import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, setAgencySettings } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

let api: TestApi;
let manager: Client;
beforeAll(async () => {
  api = await startTestApi();
  manager = await api.as('GESTIONNAIRE');
});
afterAll(() => api.close());

const VIEWER = graphql(`
  query AccessViewer {
    viewer {
      identifier
    }
  }
`);
const PEOPLE = graphql(`
  query AccessPeople($s: String) {
    people(search: $s) {
      nodes {
        id
      }
    }
  }
`);
const ENABLE = graphql(`
  mutation AccessEnable($ids: [ID!]!) {
    enableExtranetAccess(personIds: $ids) {
      identifier
      temporaryPassword
      person {
        displayName
        extranetAccess {
          isEnabled
          mustChangePassword
        }
      }
    }
  }
`);
const OWNERSHIPS = graphql(`
  query AccessOwnerships {
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
`);
const SALE = graphql(`
  mutation AccessSale($id: ID!) {
    recordSale(ownershipId: $id, saleDate: "2026-11-25") {
      endDate
      isActive
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation AccessCreateToken($name: String!, $scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) {
      token
      apiToken {
        id
        name
        scopes
        lastUsedAt
      }
    }
  }
`);

async function personId(search: string, client = manager): Promise<string> {
  const id = (await client.gql(PEOPLE, { s: search })).data?.people.nodes[0]?.id;
  if (!id) throw new Error(`no person ${search}`);
  return id;
}

describe('extranet access, one client or a selection ("activation par salve")', () => {
  it('creates identifiers and first passwords valid once for clients who had none', async () => {
    const ids = [await personId('ATRILLON'), await personId('MORGON')];
    const result = await manager.gql(ENABLE, { ids });
    const grants = result.data?.enableExtranetAccess ?? [];
    expect(grants.map((g) => g.identifier)).toEqual(['ATRILLONBERNARD', 'MORGONCHARLES']);
    expect(grants[0].person.extranetAccess).toEqual({ isEnabled: true, mustChangePassword: true });
    const atrillon = await api.as('ATRILLONBERNARD', grants[0].temporaryPassword);
    expect(
      errorCode(
        await atrillon.gql(
          graphql(`
            query AccessViewerPerson {
              viewer {
                person {
                  displayName
                }
              }
            }
          `),
        ),
      ),
    ).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it("switches access off and ends the client's open sessions at once", async () => {
    const elsa = await api.as('ELSALOCATAIRE');
    const result = await manager.gql(
      graphql(`
        mutation AccessDisable($ids: [ID!]!) {
          disableExtranetAccess(personIds: $ids) {
            displayName
            extranetAccess {
              isEnabled
            }
          }
        }
      `),
      { ids: [await personId('LOCATAIRE Elsa')] },
    );
    expect(result.data?.disableExtranetAccess).toEqual([{ displayName: 'LOCATAIRE Elsa', extranetAccess: { isEnabled: false } }]);
    expect((await elsa.gql(VIEWER)).data).toEqual({ viewer: null });
    const again = await api.client().raw(`mutation { login(identifier: "ELSALOCATAIRE", password: "Demo-Palier-1") { viewer { identifier } } }`);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACCESS_DISABLED' });
  });

  it('writes nothing when one id of the selection is not visible', async () => {
    const durand = await personId('DURAND', await api.as('GESTIONNAIRE2'));
    const { db } = api.database;
    const before = await db.$count(t.identities);
    const result = await manager.gql(
      graphql(`
        mutation AccessEnableIdentifiers($ids: [ID!]!) {
          enableExtranetAccess(personIds: $ids) {
            identifier
          }
        }
      `),
      { ids: [await personId('LEPITRE'), durand] },
    );
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(await db.$count(t.identities)).toBe(before);
  });
});

describe('notice, departure and sale switch access off per the agency settings', () => {
  it("keeps a tenant's access at notice by default, and ends it at departure, unpublishing the account", async () => {
    const grant = (await manager.gql(ENABLE, { ids: [await personId('LOCATAIRE Elsa')] })).data?.enableExtranetAccess[0];
    if (!grant) throw new Error('access for Elsa');
    const elsa = await api.as(grant.identifier, grant.temporaryPassword);
    await elsa.gql(
      graphql(`
        mutation AccessChangePassword($p: String!) {
          changePassword(input: { currentPassword: $p, newPassword: "Elsa-Palier-2" }) {
            identifier
          }
        }
      `),
      { p: grant.temporaryPassword },
    );
    const lease = (
      await elsa.gql(
        graphql(`
          query AccessLeases {
            viewer {
              person {
                leases {
                  nodes {
                    id
                  }
                }
              }
            }
          }
        `),
      )
    ).data?.viewer?.person?.leases.nodes[0].id;
    expect(lease).toBeTruthy();

    const NOTICE = graphql(`
      mutation AccessNotice($id: ID!) {
        recordLeaseNotice(leaseId: $id, noticeDate: "2026-11-20") {
          noticeDate
          account {
            isPublished
          }
        }
      }
    `);
    const notice = await manager.gql(NOTICE, { id: lease! });
    expect(notice.data?.recordLeaseNotice).toEqual({ noticeDate: '2026-11-20', account: { isPublished: true } });
    expect((await elsa.gql(VIEWER)).data?.viewer?.identifier).toBe('ELSALOCATAIRE');

    const DEPARTURE = graphql(`
      mutation AccessDeparture($id: ID!, $date: Date!) {
        recordLeaseDeparture(leaseId: $id, departureDate: $date) {
          departureDate
          account {
            isPublished
          }
        }
      }
    `);
    const early = await manager.gql(DEPARTURE, { id: lease!, date: '2001-01-01' });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departureDate', reason: 'DATE_BEFORE_START' });

    const departure = await manager.gql(DEPARTURE, { id: lease!, date: '2026-11-30' });
    expect(departure.data?.recordLeaseDeparture).toEqual({ departureDate: '2026-11-30', account: { isPublished: false } });
    expect((await elsa.gql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('switches the seller off at a sale, unless the agency keeps sellers', async () => {
    const { db } = api.database;
    const agency = await buildAgency(db);
    const building = await buildBuilding(db, agency);
    const kept = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, building) });
    const switchedOff = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, building) });
    const fromAgency = await api.as(agency.manager.signIn);

    await setAgencySettings(db, agency.id, { disableAccessOnSale: false });
    const keptSeller = await api.as(kept.person.signIn);
    const keptSale = await fromAgency.gql(SALE, { id: (await keptSeller.gql(OWNERSHIPS)).data!.viewer!.person.ownerships.nodes[0].id });
    expect(keptSale.data?.recordSale).toEqual({ endDate: '2026-11-25', isActive: false });
    expect((await keptSeller.gql(VIEWER)).data?.viewer?.identifier).toBe(kept.person.signIn.login);

    await setAgencySettings(db, agency.id, { disableAccessOnSale: true });
    const seller = await api.as(switchedOff.person.signIn);
    const sale = await fromAgency.gql(SALE, { id: (await seller.gql(OWNERSHIPS)).data!.viewer!.person.ownerships.nodes[0].id });
    expect(sale.data?.recordSale).toEqual({ endDate: '2026-11-25', isActive: false });
    expect((await seller.gql(VIEWER)).data).toEqual({ viewer: null });
    await expect(api.as(switchedOff.person.signIn)).rejects.toThrow(/ACCESS_DISABLED/);
  });

  it('keeps the access of a seller who still holds another relation (Denise stays an owner)', async () => {
    const denise = await api.as('ALOXECORTONDENISE');
    const ownerships = (await denise.gql(OWNERSHIPS)).data?.viewer?.person?.ownerships.nodes ?? [];
    expect(ownerships.length).toBeGreaterThan(0);
    for (const { id } of ownerships) {
      expect((await manager.gql(SALE, { id })).data?.recordSale.isActive).toBe(false);
    }
    expect(
      (
        await denise.gql(
          graphql(`
            query AccessSpaces {
              viewer {
                spaces
              }
            }
          `),
        )
      ).data,
    ).toEqual({ viewer: { spaces: ['GERANCE'] } });
  });
});

describe('integrator tokens', () => {
  it('are created by a manager, shown once, stored hashed, scoped, and revocable', async () => {
    const created = (await manager.gql(CREATE_TOKEN, { name: 'Captain Tower', scopes: ['PORTFOLIO_READ'] })).data?.createApiToken;
    if (!created) throw new Error('token created');
    const { token, apiToken } = created;
    expect(token).toMatch(/^plr_/);
    expect(apiToken).toMatchObject({ name: 'Captain Tower', scopes: ['PORTFOLIO_READ'], lastUsedAt: null });
    const stored = await api.database.db.select({ tokenHash: t.apiTokens.tokenHash }).from(t.apiTokens);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((row) => row.tokenHash !== token && row.tokenHash.length === 64)).toBe(true);

    const integrator = api.client({ authorization: `Bearer ${token}` });
    const buildings = await integrator.gql(
      graphql(`
        query AccessTokenBuildings {
          buildings {
            nodes {
              code
              lots(first: 1) {
                nodes {
                  code
                }
              }
            }
          }
        }
      `),
    );
    expect(buildings.data?.buildings.nodes.map((b) => b.code)).toEqual(['GILBERT', 'LAFAYETTE']);
    expect(
      errorCode(
        await integrator.gql(
          graphql(`
            query AccessTokenPeople {
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
    const accounts = await integrator.gql(
      graphql(`
        query AccessTokenOwnerships {
          buildings(first: 1) {
            nodes {
              lots(first: 1) {
                nodes {
                  ownerships {
                    nodes {
                      account {
                        number
                      }
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
      `),
    );
    expect(accounts.data?.buildings.nodes[0].lots.nodes[0].ownerships.nodes[0]).toEqual({ account: null, person: null });
    expect(errorCode(await integrator.gql(CREATE_TOKEN, { name: 'x', scopes: ['LEDGER_WRITE'] }))).toBe('FORBIDDEN');

    const listed = await manager.gql(
      graphql(`
        query AccessTokens {
          apiTokens {
            nodes {
              name
              lastUsedAt
            }
          }
        }
      `),
    );
    expect(listed.data?.apiTokens.nodes[0].lastUsedAt).not.toBeNull();

    await manager.gql(
      graphql(`
        mutation AccessRevoke($id: ID!) {
          revokeApiToken(id: $id) {
            revokedAt
          }
        }
      `),
      { id: apiToken.id },
    );
    expect(
      errorCode(
        await integrator.gql(
          graphql(`
            query AccessTokenCodes {
              buildings {
                nodes {
                  code
                }
              }
            }
          `),
        ),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('never cross agencies', async () => {
    const other = await api.as('GESTIONNAIRE2');
    const token = (await other.gql(CREATE_TOKEN, { name: 'Lovys', scopes: ['PORTFOLIO_READ', 'PEOPLE_READ'] })).data?.createApiToken.token;
    expect(token).toBeTruthy();
    const integrator = api.client({ authorization: `Bearer ${token}` });
    const result = await integrator.gql(
      graphql(`
        query AccessOtherAgency {
          buildings {
            nodes {
              code
            }
          }
          people(search: "CLIQUOT") {
            nodes {
              displayName
            }
          }
        }
      `),
    );
    expect(result.data).toEqual({ buildings: { nodes: [{ code: 'BELLECOUR' }] }, people: { nodes: [] } });
  });
});
