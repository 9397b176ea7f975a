import { eq } from 'drizzle-orm';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, type PersonWithAccess } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type TestApi } from '../test/harness';
import { THROTTLE } from './throttle';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const LOGIN = graphql(`
  mutation SignInLogin($i: String!, $p: String!) {
    login(identifier: $i, password: $p) {
      viewer {
        identifier
        displayName
        mustChangePassword
        spaces
      }
    }
  }
`);
const VIEWER = graphql(`
  query SignInViewer {
    viewer {
      identifier
      mustChangePassword
      person {
        displayName
      }
      spaces
    }
  }
`);

/** A co-owner of a fresh agency, for tests that age or lock its sessions and sign-ins. */
async function freshCoOwner(): Promise<PersonWithAccess> {
  const { db } = api.database;
  const agency = await buildAgency(db);
  const { person } = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, await buildBuilding(db, agency)) });
  return person;
}

describe('sign-in', () => {
  it('signs a co-owner in with an httpOnly SameSite cookie and answers the viewer', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(LOGIN), variables: { i: 'cliquotmathilde', p: 'Demo-Palier-1' } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^palier_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = (await response.json()) as { data: { login: { viewer: unknown } } };
    expect(body.data.login.viewer).toEqual({ identifier: 'CLIQUOTMATHILDE', displayName: 'CLIQUOT Mathilde', mustChangePassword: false, spaces: ['SYNDIC'] });
  });

  it('refuses a wrong password without saying whether the identifier exists', async () => {
    const wrongPassword = await api.client().gql(LOGIN, { i: 'BROUILLYALFRED', p: 'Wrong-Password-1' });
    const unknownIdentifier = await api.client().gql(LOGIN, { i: 'NOBODYATALL', p: 'Wrong-Password-1' });
    expect(wrongPassword.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CREDENTIALS' });
    expect(unknownIdentifier.errors?.[0].extensions).toEqual(wrongPassword.errors?.[0].extensions);
    expect(wrongPassword.data).toBeNull();
  });

  it('offers the space chooser to a person who is both co-owner and owner', async () => {
    const result = await api.client().gql(LOGIN, { i: 'ALOXECORTONDENISE', p: 'Demo-Palier-1' });
    expect(result.data?.login.viewer?.spaces).toEqual(['SYNDIC', 'GERANCE']);
  });

  it('answers a null viewer and UNAUTHENTICATED elsewhere when signed out', async () => {
    const client = api.client();
    expect((await client.gql(VIEWER)).data).toEqual({ viewer: null });
    expect(
      errorCode(
        await client.gql(
          graphql(`
            query SignInBuildings {
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

  it('gives a new session id at every sign-in and revokes the previous one', async () => {
    const client = await api.as('BPETRUSPIERRE');
    const first = client.sessionCookie;
    await client.login('BPETRUSPIERRE');
    expect(client.sessionCookie).not.toBe(first);
    const stale = api.client();
    stale.sessionCookie = first;
    expect((await stale.gql(VIEWER)).data).toEqual({ viewer: null });
    expect((await client.gql(VIEWER)).data?.viewer?.identifier).toBe('BPETRUSPIERRE');
  });

  it('ends the session server-side at logout, so a copied cookie stops working', async () => {
    const client = await api.as('ELSALOCATAIRE');
    const copy = api.client();
    copy.sessionCookie = client.sessionCookie;
    expect(
      (
        await client.gql(
          graphql(`
            mutation SignInLogout {
              logout
            }
          `),
        )
      ).data,
    ).toEqual({ logout: true });
    expect((await copy.gql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('expires a session idle for longer than 30 minutes', async () => {
    const person = await freshCoOwner();
    const client = await api.as(person.signIn);
    expect((await client.gql(VIEWER)).data?.viewer?.identifier).toBe(person.signIn.login);
    // No clock to move: the session is aged instead, this person's only.
    await api.database.db
      .update(t.sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(t.sessions.identityId, person.identityId));
    expect((await client.gql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('expires a session older than 12 hours even when active', async () => {
    const person = await freshCoOwner();
    const client = await api.as(person.signIn);
    expect((await client.gql(VIEWER)).data?.viewer?.identifier).toBe(person.signIn.login);
    await api.database.db
      .update(t.sessions)
      .set({ createdAt: new Date(Date.now() - 13 * 3_600_000) })
      .where(eq(t.sessions.identityId, person.identityId));
    expect((await client.gql(VIEWER)).data).toEqual({ viewer: null });
  });
});

describe('lockout', () => {
  let locked: PersonWithAccess;
  beforeAll(async () => {
    locked = await freshCoOwner();
  });

  it('makes the same address wait after a few failures on one identifier, even with the right password, and says for how long', async () => {
    const client = api.client();
    for (let attempt = 0; attempt < THROTTLE.pair.freeAttempts; attempt++) {
      expect(errorCode(await client.gql(LOGIN, { i: 'MEURSAULTLOCK', p: `Wrong-${attempt}` }))).toBe('BAD_USER_INPUT');
    }
    const result = await client.gql(LOGIN, { i: 'meursaultlock', p: 'whatever' });
    expect(result.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(result.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(result.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE.pair.firstDelaySeconds);
  }, 60_000);

  it('counts an aliased login as attempts and stops at the first wrong password, so one request cannot try many', async () => {
    const { login, password } = locked.signIn;
    const aliases = Array.from({ length: 6 }, (_, n) => `a${n}: login(identifier: "${login}", password: "Nope-${n}") { viewer { identifier } }`);
    // Built at run time, so sent as text.
    const result = await api.client().raw(`mutation { ${aliases.join(' ')} }`);
    // login is non-null: the first failure ends the serial execution of the mutation.
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    for (let attempt = 1; attempt < THROTTLE.pair.freeAttempts; attempt++) {
      await api.client().raw(`mutation { ${aliases[0]} }`);
    }
    // The right password is refused too while the address waits.
    expect(errorCode(await api.client().gql(LOGIN, { i: login, p: password }))).toBe('TOO_MANY_ATTEMPTS');
  }, 60_000);

  it('rejects more aliases than the limit before any resolver runs', async () => {
    const aliases = Array.from({ length: 16 }, (_, n) => `a${n}: viewer { identifier }`);
    const result = await api.client().raw(`{ ${aliases.join(' ')} }`);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/alias/i);
    expect(result.statements).toBe(0);
  });

  it('keeps the counters in the database, shared by every API instance', async () => {
    const rows = await api.database.db
      .select({ failures: t.signInThrottles.failures })
      .from(t.signInThrottles)
      .where(eq(t.signInThrottles.key, `id:${locked.signIn.login}`));
    expect(rows).toEqual([{ failures: THROTTLE.pair.freeAttempts }]);
  });
});
