import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, like } from 'drizzle-orm';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../config';
import * as t from '../db/schema';
import type { MailMessage } from '../mail/mailer';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, type PersonWithAccess } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { settleResetMails } from './password.service';
import { pairDelaySeconds, THROTTLE } from './throttle';

/**
 * The attacks of issue 13 on sign-in: a burst of guesses sent at once, and lockout used to keep the
 * real person out. Every client here sits behind the test's loopback "proxy" and names its address
 * in X-Forwarded-For, so several addresses can be played from one process.
 */
let api: TestApi;
const inbox: MailMessage[] = [];
beforeAll(async () => {
  api = await startTestApi({
    config: { trustProxy: ['loopback'] },
    mailer: {
      send: async (_db, message) => {
        inbox.push(message);
      },
      queue: async () => {},
      deliverPending: async () => {},
      idle: async () => {},
    },
  });
});
afterAll(() => api.close());

const LOGIN = graphql(`
  mutation ThrottleLogin($i: String!, $p: String!) {
    login(identifier: $i, password: $p) {
      viewer {
        identifier
      }
    }
  }
`);
const CHANGE = graphql(`
  mutation ThrottleChange($c: String!, $n: String!) {
    changePassword(input: { currentPassword: $c, newPassword: $n }) {
      mustChangePassword
    }
  }
`);
const REQUEST_RESET = graphql(`
  mutation ThrottleRequestReset($i: String!) {
    requestPasswordReset(identifier: $i)
  }
`);
const RESET = graphql(`
  mutation ThrottleReset($t: String!, $p: String!) {
    resetPassword(input: { token: $t, newPassword: $p })
  }
`);

let addressCount = 0;
/** A client from an address of its own (TEST-NET-3, one per call). */
function fromNewAddress(): Client {
  addressCount += 1;
  return api.client({ 'x-forwarded-for': `203.0.${Math.floor(addressCount / 250)}.${(addressCount % 250) + 1}` });
}

async function freshCoOwner(): Promise<PersonWithAccess> {
  const { db } = api.database;
  const agency = await buildAgency(db);
  const { person } = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, await buildBuilding(db, agency)), emails: [`throttle${Math.random()}@example.org`] });
  return person;
}

/** Sorts a burst's answers: verified (signed in or a wrong password) or refused before any check. */
function tally(results: { errors?: { extensions?: Record<string, unknown> }[] }[]) {
  const codes = results.map((result) => (result.errors ? String(result.errors[0].extensions?.code) : 'OK'));
  return {
    verified: codes.filter((code) => code === 'OK' || code === 'BAD_USER_INPUT').length,
    signedIn: codes.filter((code) => code === 'OK').length,
    refused: codes.filter((code) => code === 'TOO_MANY_ATTEMPTS').length,
    other: codes.filter((code) => !['OK', 'BAD_USER_INPUT', 'TOO_MANY_ATTEMPTS'].includes(code)),
  };
}

const burst = (person: PersonWithAccess, client: () => Client) =>
  Promise.all([
    ...Array.from({ length: 14 }, (_, n) => client().gql(LOGIN, { i: person.signIn.login, p: `Wrong-Guess-${n}` })),
    client().gql(LOGIN, { i: person.signIn.login, p: person.signIn.password }),
  ]);

describe('a burst of guesses', () => {
  it('verifies no more passwords than the rule allows when 14 wrong and the right one arrive at once from one address', async () => {
    const person = await freshCoOwner();
    const address = fromNewAddress();
    const counts = tally(await burst(person, () => address));
    expect(counts.other).toEqual([]);
    expect(counts.verified).toBeLessThanOrEqual(THROTTLE.pair.freeAttempts);
    expect(counts.refused).toBe(15 - counts.verified);
  }, 60_000);

  it('verifies no more passwords than the identifier lock allows when the burst comes from 15 addresses', async () => {
    const person = await freshCoOwner();
    // 50 failures from everywhere take a while to send: the counter is brought to 3 short of the lock.
    await api.database.db.insert(t.signInThrottles).values({ key: `id:${person.signIn.login}`, failures: THROTTLE.identifier.lockAt - 3 });
    const counts = tally(await burst(person, fromNewAddress));
    expect(counts.other).toEqual([]);
    expect(counts.verified).toBeLessThanOrEqual(3);
    expect(counts.refused).toBeGreaterThanOrEqual(12);
  }, 60_000);

  it('throttles changePassword with a wrong current password, bursts included, on the sign-in counters', async () => {
    const person = await freshCoOwner();
    const session = await fromNewAddress().login(person.signIn.login, person.signIn.password);
    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => session.gql(CHANGE, { c: `Wrong-Current-${n}`, n: 'Nouveau-Palier-9' })));
    const codes = results.map((result) => errorCode(result));
    expect(codes.filter((code) => code === 'BAD_USER_INPUT').length).toBeLessThanOrEqual(THROTTLE.pair.freeAttempts);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(10 - THROTTLE.pair.freeAttempts);
    // The right current password waits too: the guesser holds the session, not the password.
    expect(errorCode(await session.gql(CHANGE, { c: person.signIn.password, n: 'Nouveau-Palier-9' }))).toBe('TOO_MANY_ATTEMPTS');
  }, 60_000);
});

describe('lockout cannot keep the real person out', () => {
  it('makes one address wait longer after each failure, and lets the person in from another address meanwhile', async () => {
    const person = await freshCoOwner();
    const attacker = fromNewAddress();
    for (let n = 0; n < THROTTLE.pair.freeAttempts; n++) expect(errorCode(await attacker.gql(LOGIN, { i: person.signIn.login, p: `Wrong-${n}` }))).toBe('BAD_USER_INPUT');
    const first = await attacker.gql(LOGIN, { i: person.signIn.login, p: 'Wrong-again' });
    const firstWait = pairDelaySeconds(THROTTLE.pair.freeAttempts)!;
    expect(first.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(first.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(firstWait / 2);
    expect(first.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(firstWait);
    // No clock to move: the wait is served by moving this pair's lock into the past.
    const pairKey = like(t.signInThrottles.key, `pair:${person.signIn.login}|%`);
    await api.database.db
      .update(t.signInThrottles)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(pairKey);
    expect(errorCode(await attacker.gql(LOGIN, { i: person.signIn.login, p: 'Wrong-after-wait' }))).toBe('BAD_USER_INPUT');
    const second = await attacker.gql(LOGIN, { i: person.signIn.login, p: 'Wrong-again' });
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(firstWait);
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(2 * firstWait);
    const owner = await fromNewAddress().gql(LOGIN, { i: person.signIn.login, p: person.signIn.password });
    expect(owner.data?.login.viewer?.identifier).toBe(person.signIn.login);
  }, 60_000);

  it('locks an identifier for everyone only at the high count, for a few minutes', async () => {
    const person = await freshCoOwner();
    await api.database.db.insert(t.signInThrottles).values({ key: `id:${person.signIn.login}`, failures: THROTTLE.identifier.lockAt - 1 });
    expect(errorCode(await fromNewAddress().gql(LOGIN, { i: person.signIn.login, p: 'Wrong-50th' }))).toBe('BAD_USER_INPUT');
    const owner = await fromNewAddress().gql(LOGIN, { i: person.signIn.login, p: person.signIn.password });
    expect(owner.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(owner.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE.identifier.lockMinutes * 60);
    expect(THROTTLE.identifier.lockAt).toBeGreaterThanOrEqual(10 * THROTTLE.pair.freeAttempts);
  }, 60_000);

  it('lets a locked person recover through "Mot de passe oublié": the reset is not throttled and clears the lock', async () => {
    const person = await freshCoOwner();
    const attacker = fromNewAddress();
    await api.database.db.insert(t.signInThrottles).values({ key: `id:${person.signIn.login}`, failures: THROTTLE.identifier.lockAt - 1 });
    await attacker.gql(LOGIN, { i: person.signIn.login, p: 'Wrong-50th' });
    const owner = fromNewAddress();
    expect(errorCode(await owner.gql(LOGIN, { i: person.signIn.login, p: person.signIn.password }))).toBe('TOO_MANY_ATTEMPTS');
    expect((await owner.gql(REQUEST_RESET, { i: person.signIn.login })).data).toEqual({ requestPasswordReset: true });
    await settleResetMails();
    const token = /token=([\w-]+)/.exec(inbox.at(-1)?.text ?? '')?.[1];
    expect(token).toBeDefined();
    expect((await owner.gql(RESET, { t: token!, p: 'Recovered-Palier-7' })).data).toEqual({ resetPassword: true });
    const signedIn = await owner.gql(LOGIN, { i: person.signIn.login, p: 'Recovered-Palier-7' });
    expect(signedIn.data?.login.viewer?.identifier).toBe(person.signIn.login);
    const rows = await api.database.db
      .select({ failures: t.signInThrottles.failures, lockedUntil: t.signInThrottles.lockedUntil })
      .from(t.signInThrottles)
      .where(eq(t.signInThrottles.key, `id:${person.signIn.login}`));
    expect(rows).toEqual([{ failures: 0, lockedUntil: null }]);
  }, 60_000);

  it('gives the attempt back on the right password, so signing in never counts as a failure', async () => {
    const person = await freshCoOwner();
    const client = fromNewAddress();
    expect(errorCode(await client.gql(LOGIN, { i: person.signIn.login, p: 'Wrong-once' }))).toBe('BAD_USER_INPUT');
    for (let n = 0; n < THROTTLE.pair.freeAttempts + 2; n++) await client.login(person.signIn.login, person.signIn.password);
    const [row] = await api.database.db
      .select({ failures: t.signInThrottles.failures })
      .from(t.signInThrottles)
      .where(eq(t.signInThrottles.key, `id:${person.signIn.login}`));
    expect(row.failures).toBe(1);
  }, 60_000);
});

describe('behind a one-hop reverse proxy (TRUST_PROXY=1)', () => {
  let proxied: TestApi;
  let proxy: http.Server;
  let proxyPort = 0;
  beforeAll(async () => {
    proxied = await startTestApi({ config: { trustProxy: parseTrustProxy('1') } });
    const target = new URL(proxied.url);
    // The proxy appends the address it sees, as nginx's $proxy_add_x_forwarded_for does.
    proxy = http.createServer((req, res) => {
      const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
      const upstream = http.request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, 'x-forwarded-for': forwarded } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyPort = (proxy.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy.close(resolve));
    await proxied.close();
  });

  /** A sign-in through the proxy from the loopback address `from` (127.0.0.x), optionally with a forged X-Forwarded-For. */
  function signInVia(from: string, identifier: string, password: string, forgedForwardedFor?: string): Promise<string> {
    const body = JSON.stringify({ query: print(LOGIN), variables: { i: identifier, p: password } });
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: proxyPort,
          localAddress: from,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(forgedForwardedFor ? { 'x-forwarded-for': forgedForwardedFor } : {}) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => {
            const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
            resolve(parsed.errors ? String(parsed.errors[0].extensions?.code) : 'OK');
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it("throttles the client's address, not the proxy's, and ignores an X-Forwarded-For the client forged", async () => {
    const { db } = proxied.database;
    const agency = await buildAgency(db);
    const { person } = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, await buildBuilding(db, agency)) });
    const { login, password } = person.signIn;
    for (let n = 0; n < THROTTLE.pair.freeAttempts; n++) expect(await signInVia('127.0.0.2', login, `Wrong-${n}`)).toBe('BAD_USER_INPUT');
    expect(await signInVia('127.0.0.2', login, password)).toBe('TOO_MANY_ATTEMPTS');
    // Claiming to be another client changes nothing: the proxy's hop is the one trusted.
    expect(await signInVia('127.0.0.2', login, password, '127.0.0.3')).toBe('TOO_MANY_ATTEMPTS');
    expect(await signInVia('127.0.0.3', login, password)).toBe('OK');
    const keys = await db
      .select({ key: t.signInThrottles.key })
      .from(t.signInThrottles)
      .where(like(t.signInThrottles.key, `pair:${login}|%`));
    expect(keys).toEqual([{ key: `pair:${login}|127.0.0.2` }]);
  }, 60_000);
});
