import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { print } from 'graphql';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { toGlobalId } from '../graphql/node';
import { createMailer, REDACTED } from '../mail/mailer';
import { buildAgency, buildPerson, type BuiltAgency, type PersonWithAccess } from '../test/builders';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { settleResetMails } from './password.service';
import { RESET_THROTTLE } from './throttle';

/**
 * The reset-link attacks of issue 13: old links that outlive a reset, a flood of requests under
 * aliases of one identifier, answers that tell whether an identifier exists, links kept in the
 * outbox or the log. Mail goes through a real SMTP server on loopback; each client names its own
 * address in X-Forwarded-For (TRUST_PROXY=loopback), so the per-address limit is played per test.
 */
let api: TestApi;
let smtp: SMTPServer;
const inbox: { to: string; text: string }[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), text: mail.text ?? '' });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  api = await startTestApi({ smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, config: { trustProxy: ['loopback'] } });
});
afterAll(async () => {
  await api.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const REQUEST = graphql(`
  mutation ResetAbuseRequest($i: String!) {
    requestPasswordReset(identifier: $i)
  }
`);
const RESET = graphql(`
  mutation ResetAbuseReset($t: String!, $p: String!) {
    resetPassword(input: { token: $t, newPassword: $p })
  }
`);
const CHANGE = graphql(`
  mutation ResetAbuseChange($c: String!, $n: String!) {
    changePassword(input: { currentPassword: $c, newPassword: $n }) {
      mustChangePassword
    }
  }
`);
const DISABLE = graphql(`
  mutation ResetAbuseDisable($ids: [ID!]!) {
    disableExtranetAccess(personIds: $ids) {
      id
    }
  }
`);

let addressCount = 0;
/** A client from an address of its own (TEST-NET-2, one per call). */
function fromNewAddress(): Client {
  addressCount += 1;
  return api.client({ 'x-forwarded-for': `198.51.${Math.floor(addressCount / 250)}.${(addressCount % 250) + 1}` });
}

async function freshPerson(): Promise<{ agency: BuiltAgency; person: PersonWithAccess; email: string }> {
  const agency = await buildAgency(api.database.db);
  const email = `reset${Math.random().toString(36).slice(2)}@example.org`;
  const person = await buildPerson(api.database.db, agency.id, { access: true, emails: [email] });
  return { agency, person, email };
}

/** Asks for a link and returns the token the e-mail carried. */
async function linkFor(identifier: string, email: string, client: Client = fromNewAddress()): Promise<string> {
  expect((await client.gql(REQUEST, { i: identifier })).data).toEqual({ requestPasswordReset: true });
  await settleResetMails();
  const mail = inbox.filter((m) => m.to === email).at(-1);
  const token = /token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no link e-mailed to ${email}`);
  return token;
}

const reasonOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.reason;

describe('outstanding links end when the password or the access changes', () => {
  it('refuses the older of two links once the newer one has reset the password', async () => {
    const { person, email } = await freshPerson();
    const older = await linkFor(person.signIn.login, email);
    const newer = await linkFor(person.signIn.login, email);
    expect(older).not.toBe(newer);
    expect((await api.client().gql(RESET, { t: newer, p: 'Nouveau-Palier-3' })).data).toEqual({ resetPassword: true });
    expect(reasonOf(await api.client().gql(RESET, { t: older, p: 'Pirate-Palier-4' }))).toBe('INVALID_RESET_TOKEN');
    await expect(api.as(person.signIn.login, 'Nouveau-Palier-3')).resolves.toBeTruthy();
  });

  it('refuses a link sent before the person changed their password while signed in', async () => {
    const { person, email } = await freshPerson();
    const link = await linkFor(person.signIn.login, email);
    const signedIn = await api.as(person.signIn);
    expect((await signedIn.gql(CHANGE, { c: person.signIn.password, n: 'Change-Palier-5' })).errors).toBeUndefined();
    expect(reasonOf(await api.client().gql(RESET, { t: link, p: 'Pirate-Palier-6' }))).toBe('INVALID_RESET_TOKEN');
  });

  it('refuses a link sent before the manager switched the access off, even once access is back', async () => {
    const { agency, person, email } = await freshPerson();
    const link = await linkFor(person.signIn.login, email);
    const manager = await api.as(agency.manager.signIn);
    expect((await manager.gql(DISABLE, { ids: [toGlobalId('Person', person.id)] })).errors).toBeUndefined();
    await api.database.db.update(t.identities).set({ isEnabled: true }).where(eq(t.identities.id, person.identityId));
    expect(reasonOf(await api.client().gql(RESET, { t: link, p: 'Pirate-Palier-7' }))).toBe('INVALID_RESET_TOKEN');
  });
});

describe('requests for a link', () => {
  it(`sends at most ${RESET_THROTTLE.identifier.links} links an hour for one identifier, whatever its case and spacing, from any address`, async () => {
    const { agency, person } = await freshPerson();
    const login = person.signIn.login;
    const aliases = [login, login.toLowerCase(), ` ${login}`, `${login}\t`, `\u00a0${login.toLowerCase()} `, login.replace(/^./, (c) => c.toLowerCase()), `${login}  `, login];
    const answers = await Promise.all(aliases.map((alias) => fromNewAddress().gql(REQUEST, { i: alias })));
    await settleResetMails();
    expect(answers.map((answer) => answer.data)).toEqual(aliases.map(() => ({ requestPasswordReset: true })));
    expect(await api.database.db.$count(t.passwordResets, eq(t.passwordResets.identityId, person.identityId))).toBe(RESET_THROTTLE.identifier.links);
    expect(await api.database.db.$count(t.outboxEmails, eq(t.outboxEmails.agencyId, agency.id))).toBe(RESET_THROTTLE.identifier.links);
  });

  it(`refuses an address past ${RESET_THROTTLE.address.requests} requests an hour, for unknown identifiers as for known ones`, async () => {
    const { person } = await freshPerson();
    const address = fromNewAddress();
    for (let n = 0; n < RESET_THROTTLE.address.requests; n++) {
      expect((await address.gql(REQUEST, { i: `INCONNU${n}` })).data).toEqual({ requestPasswordReset: true });
    }
    const unknown = await address.gql(REQUEST, { i: 'INCONNUENCORE' });
    const known = await address.gql(REQUEST, { i: person.signIn.login });
    expect([unknown.errors?.[0].extensions?.code, known.errors?.[0].extensions?.code]).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    expect(unknown.status).toBe(known.status);
    // Another address is not held back by this one's flood.
    expect((await fromNewAddress().gql(REQUEST, { i: person.signIn.login })).data).toEqual({ requestPasswordReset: true });
  });

  it('answers a known and an unknown identifier with the same status, body and headers, the statement count included', async () => {
    const { person } = await freshPerson();
    const send = async (identifier: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.77' },
        body: JSON.stringify({ query: print(REQUEST), variables: { i: identifier } }),
      });
      const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== 'date' && name !== 'x-request-id'));
      return { status: response.status, body: await response.text(), headers };
    };
    const known = await send(person.signIn.login);
    const unknown = await send('PERSONNEDUTOUT');
    await settleResetMails();
    expect(unknown).toEqual(known);
    // Tests expose the statement count (PALIER_EXPOSE_SQL_COUNT): even it is the same.
    expect(known.headers['x-sql-statements']).toBeDefined();
    expect(inbox.some((mail) => mail.text.includes(person.signIn.login))).toBe(true);
  });
});

describe('where a link may be found afterwards', () => {
  it('keeps the sent e-mail in the outbox with the token taken out, while the e-mailed link works', async () => {
    const { agency, person, email } = await freshPerson();
    const token = await linkFor(person.signIn.login, email);
    const [kept] = await api.database.db.select().from(t.outboxEmails).where(eq(t.outboxEmails.agencyId, agency.id));
    expect(kept.sentAt).not.toBeNull();
    expect(kept.body).not.toContain(token);
    expect(kept.body).toContain(REDACTED);
    expect(kept.body).toContain(person.signIn.login);
    const [link] = await api.database.db
      .select()
      .from(t.passwordResets)
      .where(and(eq(t.passwordResets.identityId, person.identityId)));
    expect(JSON.stringify(link)).not.toContain(token);
    expect((await api.client().gql(RESET, { t: token, p: 'Envoye-Palier-8' })).data).toEqual({ resetPassword: true });
  });

  it('never writes an e-mail body to the log, with or without SMTP', async () => {
    const lines: Record<string, unknown>[] = [];
    const mailer = createMailer({ from: 'palier@example.org', log: (line) => lines.push(line) });
    const agency = await buildAgency(api.database.db);
    await mailer.send(api.database.db, { agencyId: agency.id, to: 'x@example.org', subject: 'Lien', text: 'token=secret-token-123', secrets: ['secret-token-123'] });
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain('secret-token-123');
  });
});
