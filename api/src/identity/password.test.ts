import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import * as t from '../db/schema';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, buildTenant, type BuiltAgency, type PersonWithAccess } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type TestApi } from '../test/harness';
import { settleResetMails } from './password.service';
import { firstBrokenRule, generateTemporaryPassword } from './password-policy';

const VIEWER = graphql(`
  query PasswordViewer {
    viewer {
      identifier
      mustChangePassword
    }
  }
`);
const CHANGE = graphql(`
  mutation PasswordChange($c: String!, $n: String!) {
    changePassword(input: { currentPassword: $c, newPassword: $n }) {
      mustChangePassword
    }
  }
`);
const LOGIN = graphql(`
  mutation PasswordLogin($i: String!, $p: String!) {
    login(identifier: $i, password: $p) {
      viewer {
        identifier
      }
    }
  }
`);
const REQUEST_RESET = graphql(`
  mutation PasswordRequestReset($i: String!) {
    requestPasswordReset(identifier: $i)
  }
`);
const RESET = graphql(`
  mutation PasswordReset($t: String!, $p: String!) {
    resetPassword(input: { token: $t, newPassword: $p })
  }
`);

/** A fresh agency with one lot, for a person whose password the test changes. */
async function freshLot(api: TestApi) {
  const { db } = api.database;
  const agency = await buildAgency(db);
  return { agency, lot: await buildLot(db, agency, await buildBuilding(db, agency)) };
}

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

  it('lets a client with a first password do nothing but change it, says which rule fails, then opens the space', async () => {
    const { agency, lot } = await freshLot(api);
    const { person } = await buildTenant(api.database.db, agency, { lot, displayName: 'NOUVEAU Client', access: 'temporary' });
    const { login, password } = person.signIn;
    const client = await api.as(person.signIn);
    expect((await client.gql(VIEWER)).data).toEqual({ viewer: { identifier: login, mustChangePassword: true } });
    expect(
      errorCode(
        await client.gql(
          graphql(`
            query PasswordViewerPerson {
              viewer {
                person {
                  displayName
                }
              }
            }
          `),
        ),
      ),
    ).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      errorCode(
        await client.gql(
          graphql(`
            query PasswordViewerSpaces {
              viewer {
                spaces
              }
            }
          `),
        ),
      ),
    ).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      errorCode(
        await client.gql(
          graphql(`
            mutation PasswordPreferences {
              updateMyPreferences(notifyNewDocuments: false) {
                displayName
              }
            }
          `),
        ),
      ),
    ).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await client.gql(CHANGE, { c: password, n: 'nouveau1!' });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'PASSWORD_NEEDS_UPPERCASE' });
    const wrongCurrent = await client.gql(CHANGE, { c: 'Nope', n: 'Nouveau-Palier-2' });
    expect(wrongCurrent.errors?.[0].extensions).toMatchObject({ field: 'currentPassword', reason: 'WRONG_CURRENT_PASSWORD' });

    expect((await client.gql(CHANGE, { c: password, n: 'Nouveau-Palier-2' })).data).toEqual({ changePassword: { mustChangePassword: false } });
    expect(
      (
        await client.gql(
          graphql(`
            query PasswordSpace {
              viewer {
                spaces
                person {
                  displayName
                }
              }
            }
          `),
        )
      ).data,
    ).toEqual({ viewer: { spaces: ['GERANCE'], person: { displayName: 'NOUVEAU Client' } } });
    // The first password was valid once.
    expect(errorCode(await api.client().gql(LOGIN, { i: login, p: password }))).toBe('BAD_USER_INPUT');
    await api.as(login, 'Nouveau-Palier-2');
  });

  it('lets a manager issue a temporary password, shown once, that the client must change', async () => {
    const { agency, lot } = await freshLot(api);
    const { person } = await buildCoOwner(api.database.db, agency, { lot });
    const manager = await api.as(agency.manager.signIn);
    const ISSUE = graphql(`
      mutation PasswordIssue($id: ID!) {
        issueTemporaryPassword(personId: $id) {
          identifier
          temporaryPassword
          person {
            displayName
          }
        }
      }
    `);
    const people = await manager.gql(
      graphql(`
        query PasswordPeople($s: String) {
          people(search: $s) {
            nodes {
              id
              displayName
            }
          }
        }
      `),
      { s: person.displayName },
    );
    const grant = (await manager.gql(ISSUE, { id: people.data!.people.nodes[0].id })).data?.issueTemporaryPassword;
    expect(grant).toMatchObject({ identifier: person.signIn.login, person: { displayName: person.displayName } });
    expect(firstBrokenRule(grant!.temporaryPassword)).toBeNull();
    await expect(api.as(person.signIn)).rejects.toThrow(/INVALID_CREDENTIALS/);
    const client = await api.as(person.signIn.login, grant!.temporaryPassword);
    expect((await client.gql(VIEWER)).data?.viewer?.mustChangePassword).toBe(true);
  });

  it("refuses the temporary-password action to a client and to another agency's manager", async () => {
    const manager = await api.as('GESTIONNAIRE');
    const { data } = await manager.gql(
      graphql(`
        query PasswordBrouilly {
          people(search: "brouilly") {
            nodes {
              id
            }
          }
        }
      `),
    );
    const id = data!.people.nodes[0].id;
    const ISSUE = graphql(`
      mutation PasswordIssueRefused($id: ID!) {
        issueTemporaryPassword(personId: $id) {
          temporaryPassword
        }
      }
    `);
    const coOwner = await api.as('BPETRUSPIERRE');
    expect(errorCode(await coOwner.gql(ISSUE, { id }))).toBe('FORBIDDEN');
    const otherAgency = await api.as('GESTIONNAIRE2');
    const result = await otherAgency.gql(ISSUE, { id });
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

  async function coOwnerWithEmail(email: string): Promise<{ agency: BuiltAgency; person: PersonWithAccess }> {
    const { agency, lot } = await freshLot(api);
    const { person } = await buildCoOwner(api.database.db, agency, { lot, emails: [email] });
    return { agency, person };
  }

  it('e-mails a single-use link that sets a new password and ends existing sessions', async () => {
    const { agency, person } = await coOwnerWithEmail('alfred.reset@example.org');
    const existing = await api.as(person.signIn);
    const anonymous = api.client();
    // The identifier is matched whatever its case.
    expect((await anonymous.gql(REQUEST_RESET, { i: person.signIn.login.toLowerCase() })).data).toEqual({ requestPasswordReset: true });
    await settleResetMails();
    expect(inbox).toHaveLength(1);
    expect(inbox[0].to).toBe('alfred.reset@example.org');
    const token = /reinitialiser-mot-de-passe\?token=([\w-]+)/.exec(inbox[0].text)?.[1];
    if (!token) throw new Error('a reset link in the e-mail');

    const weak = await anonymous.gql(RESET, { t: token, p: 'short' });
    expect(weak.errors?.[0].extensions).toMatchObject({ field: 'newPassword', reason: 'PASSWORD_TOO_SHORT' });
    expect((await anonymous.gql(RESET, { t: token, p: 'Brouilly-2026!' })).data).toEqual({ resetPassword: true });
    expect((await anonymous.gql(RESET, { t: token, p: 'Brouilly-2027!' })).errors?.[0].extensions?.reason).toBe('INVALID_RESET_TOKEN');
    expect((await existing.gql(VIEWER)).data).toEqual({ viewer: null });
    await api.as(person.signIn.login, 'Brouilly-2026!');
    const sent = await api.database.db.$count(t.outboxEmails, and(eq(t.outboxEmails.agencyId, agency.id), isNotNull(t.outboxEmails.sentAt)));
    expect(sent).toBe(1);
  });

  it('answers the same for an unknown identifier and sends nothing', async () => {
    const before = inbox.length;
    expect((await api.client().gql(REQUEST_RESET, { i: 'PERSONNE' })).data).toEqual({ requestPasswordReset: true });
    await settleResetMails();
    expect(inbox.length).toBe(before);
  });

  it('refuses an expired link', async () => {
    const { person } = await coOwnerWithEmail('pierre.expired@example.org');
    await api.client().gql(REQUEST_RESET, { i: person.signIn.login });
    await settleResetMails();
    const mail = inbox.at(-1);
    expect(mail?.to).toBe('pierre.expired@example.org');
    const token = /token=([\w-]+)/.exec(mail!.text)?.[1];
    // No clock to move: the link's expiry is set in the past, on this person's links only.
    await api.database.db
      .update(t.passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(t.passwordResets.identityId, person.identityId));
    const result = await api.client().gql(RESET, { t: token!, p: 'Petrus-2026!' });
    expect(result.errors?.[0].extensions?.reason).toBe('INVALID_RESET_TOKEN');
  });
});
