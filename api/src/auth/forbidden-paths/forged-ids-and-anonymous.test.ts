import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, NODE, PEOPLE } from '../../test/forbidden-paths';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../../test/harness';

/**
 * Forbidden paths first (STYLE.md §6): for each role, another person's record, another
 * building, another agency, a forged or other-agency id, and a nested path, all answer a
 * clean error or null, and no data. The demo agency is read, never changed. This file: forged ids and anonymous callers.
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
