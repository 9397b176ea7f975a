import { describe, expect, it } from 'vitest';
import { onDemoAgency, NODE, PEOPLE } from '../../test/forbidden-paths';
import { graphql } from '../../test/gql';
import { errorCode } from '../../test/harness';

/** Forbidden paths of forged ids and anonymous callers (STYLE.md §6; what the files share: test/forbidden-paths.ts). */
const demo = onDemoAgency();

describe('forged ids', () => {
  it('answers BAD_USER_INPUT for an id that does not decode, and for an id of the wrong type', async () => {
    const forged = await demo.manager.gql(NODE, { id: 'not-an-id' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    const forgedUuid = Buffer.from('Person:00000000-0000-0000-0000-000000000000').toString('base64url');
    expect((await demo.manager.gql(NODE, { id: forgedUuid })).data).toEqual({ node: null });
    const wrongType = await demo.manager.gql(
      graphql(`
        mutation ForbiddenWrongType($id: ID!) {
          issueTemporaryPassword(personId: $id) {
            identifier
          }
        }
      `),
      { id: demo.ids.gilbert },
    );
    expect(wrongType.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId', reason: 'INVALID_ID' });
  });
});

describe('anonymous', () => {
  it('gets UNAUTHENTICATED and no data on every entry point but sign-in', async () => {
    const anonymous = demo.api.client();
    expect(errorCode(await anonymous.gql(NODE, { id: demo.ids.mathilde }))).toBe('UNAUTHENTICATED');
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
