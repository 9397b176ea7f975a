import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { errorCode, startTestApi, type TestApi } from '../test/harness';
import { firstBrokenRule, generateTemporaryPassword } from './password-policy';

const VIEWER = `{ viewer { identifier mustChangePassword } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { mustChangePassword } }`;

describe('password policy (manual: "Politique de mot de passe")', () => {
  it.each([
    ['Ab1!xyz', 'PASSWORD_TOO_SHORT'],
    ['Abcdefg!', 'PASSWORD_NEEDS_DIGIT'],
    ['abcdefg1!', 'PASSWORD_NEEDS_UPPERCASE'],
    ['ABCDEFG1!', 'PASSWORD_NEEDS_LOWERCASE'],
    ['Abcdefg12', 'PASSWORD_NEEDS_SPECIAL'],
    ['Écureuil-2026', null],
  ])('judges %s as %s', (password, reason) => {
    expect(firstBrokenRule(password)).toBe(reason);
  });

  it('generates temporary passwords that satisfy the policy', () => {
    for (let n = 0; n < 200; n++) expect(firstBrokenRule(generateTemporaryPassword())).toBeNull();
  });
});

describe('forced change after a temporary password', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('lets NOUVEAUCLIENT do nothing but change the password, says which rule fails, then opens the space', async () => {
    const client = await api.as('NOUVEAUCLIENT', 'Temp-Palier-1');
    expect((await client.gql(VIEWER)).data).toEqual({ viewer: { identifier: 'NOUVEAUCLIENT', mustChangePassword: true } });
    expect(errorCode(await client.gql(`{ viewer { person { displayName } } }`))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(errorCode(await client.gql(`{ viewer { spaces } }`))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(errorCode(await client.gql(`mutation { updateMyPreferences(notifyNewDocuments: false) { displayName } }`))).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await client.gql(CHANGE, { c: 'Temp-Palier-1', n: 'nouveau1!' });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'PASSWORD_NEEDS_UPPERCASE' });
    const wrongCurrent = await client.gql(CHANGE, { c: 'Nope', n: 'Nouveau-Palier-2' });
    expect(wrongCurrent.errors?.[0].extensions).toMatchObject({ field: 'currentPassword', reason: 'WRONG_CURRENT_PASSWORD' });

    expect((await client.gql(CHANGE, { c: 'Temp-Palier-1', n: 'Nouveau-Palier-2' })).data).toEqual({ changePassword: { mustChangePassword: false } });
    expect((await client.gql(`{ viewer { spaces person { displayName } } }`)).data).toEqual({ viewer: { spaces: ['GERANCE'], person: { displayName: 'NOUVEAU Client' } } });
    // The temporary password was valid once.
    expect(errorCode(await api.client().gql(`mutation { login(identifier: "NOUVEAUCLIENT", password: "Temp-Palier-1") { viewer { identifier } } }`))).toBe('BAD_USER_INPUT');
    await api.as('NOUVEAUCLIENT', 'Nouveau-Palier-2');
  });

  it('lets a manager issue a temporary password, shown once, that the client must change', async () => {
    const manager = await api.as('GESTIONNAIRE');
    const people = await manager.gql(`{ people(search: "cliquot") { nodes { id displayName } } }`);
    const [mathilde] = people.data?.people.nodes;
    const issued = await manager.gql(`mutation($id: ID!) { issueTemporaryPassword(personId: $id) { identifier temporaryPassword person { displayName } } }`, { id: mathilde.id });
    const grant = issued.data?.issueTemporaryPassword;
    expect(grant.identifier).toBe('CLIQUOTMATHILDE');
    expect(firstBrokenRule(grant.temporaryPassword)).toBeNull();
    await expect(api.as('CLIQUOTMATHILDE')).rejects.toThrow(/INVALID_CREDENTIALS/);
    const client = await api.as('CLIQUOTMATHILDE', grant.temporaryPassword);
    expect((await client.gql(VIEWER)).data?.viewer.mustChangePassword).toBe(true);
  });

  it('refuses the temporary-password action to a client and to another agency\'s manager', async () => {
    const manager = await api.as('GESTIONNAIRE');
    const { data } = await manager.gql(`{ people(search: "brouilly") { nodes { id } } }`);
    const id = data?.people.nodes[0].id;
    const coOwner = await api.as('BPETRUSPIERRE');
    expect(errorCode(await coOwner.gql(`mutation($id: ID!) { issueTemporaryPassword(personId: $id) { temporaryPassword } }`, { id }))).toBe('FORBIDDEN');
    const otherAgency = await api.as('GESTIONNAIRE2');
    const result = await otherAgency.gql(`mutation($id: ID!) { issueTemporaryPassword(personId: $id) { temporaryPassword } }`, { id });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(result.data).toBeNull();
  });
});

describe('"Mot de passe oublié" through a real SMTP server on loopback', () => {
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
    api = await startTestApi({ smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true` });
  });
  afterAll(async () => {
    await api.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('e-mails a single-use link that sets a new password and ends existing sessions', async () => {
    const existing = await api.as('BROUILLYALFRED');
    const anonymous = api.client();
    expect((await anonymous.gql(`mutation { requestPasswordReset(identifier: "brouillyalfred") }`)).data).toEqual({ requestPasswordReset: true });
    expect(inbox).toHaveLength(1);
    expect(inbox[0].to).toBe('brouilly.alfred@example.org');
    const token = /reinitialiser-mot-de-passe\?token=([\w-]+)/.exec(inbox[0].text)?.[1];
    expect(token).toBeTruthy();

    const RESET = `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) }`;
    const weak = await anonymous.gql(RESET, { t: token, p: 'short' });
    expect(weak.errors?.[0].extensions).toMatchObject({ field: 'newPassword', reason: 'PASSWORD_TOO_SHORT' });
    expect((await anonymous.gql(RESET, { t: token, p: 'Brouilly-2026!' })).data).toEqual({ resetPassword: true });
    expect((await anonymous.gql(RESET, { t: token, p: 'Brouilly-2027!' })).errors?.[0].extensions?.reason).toBe('INVALID_RESET_TOKEN');
    expect((await existing.gql(VIEWER)).data).toEqual({ viewer: null });
    await api.as('BROUILLYALFRED', 'Brouilly-2026!');
    const [outbox] = await api.database.db.execute(sql`SELECT count(*)::int AS n FROM outbox_emails WHERE sent_at IS NOT NULL`).then((r) => (Array.isArray(r) ? r : (r as { rows: { n: number }[] }).rows));
    expect(outbox).toEqual({ n: 1 });
  });

  it('answers the same for an unknown identifier and sends nothing', async () => {
    const before = inbox.length;
    expect((await api.client().gql(`mutation { requestPasswordReset(identifier: "PERSONNE") }`)).data).toEqual({ requestPasswordReset: true });
    expect(inbox.length).toBe(before);
  });

  it('refuses an expired link', async () => {
    await api.client().gql(`mutation { requestPasswordReset(identifier: "BPETRUSPIERRE") }`);
    const token = /token=([\w-]+)/.exec(inbox.at(-1)!.text)?.[1];
    await api.database.db.execute(sql`UPDATE password_resets SET expires_at = now() - interval '1 second'`);
    const result = await api.client().gql(`mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "Petrus-2026!" }) }`, { t: token });
    expect(result.errors?.[0].extensions?.reason).toBe('INVALID_RESET_TOKEN');
  });
});
