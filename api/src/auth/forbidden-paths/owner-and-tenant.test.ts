import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, NODE } from '../../test/forbidden-paths';
import { graphql } from '../../test/gql';
import { startTestApi, type Client, type TestApi } from '../../test/harness';

/**
 * Forbidden paths first (STYLE.md §6): for each role, another person's record, another
 * building, another agency, a forged or other-agency id, and a nested path, all answer a
 * clean error or null, and no data. The demo agency is read, never changed. This file: an owner and her tenant.
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
