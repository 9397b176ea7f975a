import { describe, expect, it } from 'vitest';
import { onDemoAgency, NODE } from '../../test/forbidden-paths';
import { graphql } from '../../test/gql';

/** Forbidden paths of a council member (STYLE.md §6; what the files share: test/forbidden-paths.ts). */
const demo = onDemoAgency();

describe('a council member (BROUILLYALFRED)', () => {
  it("sees the council composition but not the members' contacts nor other co-owners", async () => {
    const brouilly = await demo.api.as('BROUILLYALFRED');
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
    expect((await brouilly.gql(NODE, { id: demo.ids.mathilde })).data).toEqual({ node: null });
  });
});
