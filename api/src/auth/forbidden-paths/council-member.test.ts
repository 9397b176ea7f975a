import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {} from '../../test/builders';
import { demoIds, NODE } from '../../test/forbidden-paths';
import { graphql } from '../../test/gql';
import { startTestApi, type Client, type TestApi } from '../../test/harness';

/**
 * Forbidden paths first (STYLE.md §6): for each role, another person's record, another
 * building, another agency, a forged or other-agency id, and a nested path, all answer a
 * clean error or null, and no data. The demo agency is read, never changed. This file: a council member.
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
