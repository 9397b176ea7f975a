import { describe, expect, it } from 'vitest';
import { onDemoAgency, NODE } from '../../test/forbidden-paths';
import { graphql } from '../../test/gql';

/** Forbidden paths of an owner and her tenant (STYLE.md §6; what the files share: test/forbidden-paths.ts). */
const demo = onDemoAgency();

describe('an owner (ALOXECORTONDENISE) and her tenant (ELSALOCATAIRE)', () => {
  it("the owner sees her tenant's name and lease, not the tenant's contacts or account (option off)", async () => {
    const denise = await demo.api.as('ALOXECORTONDENISE');
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
    expect((await denise.gql(NODE, { id: demo.ids.elsaAccount })).data).toEqual({ node: null });
  });

  it("the tenant sees neither the owner nor the owner's account", async () => {
    const elsa = await demo.api.as('ELSALOCATAIRE');
    expect((await elsa.gql(NODE, { id: demo.ids.denise })).data).toEqual({ node: null });
    expect((await elsa.gql(NODE, { id: demo.ids.deniseOwnerAccount })).data).toEqual({ node: null });
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
