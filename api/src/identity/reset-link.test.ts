import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { sha256 } from '../auth/actor';
import * as t from '../db/schema';
import { buildAgency, buildPerson } from '../test/builders';
import { graphql } from '../test/gql';
import { startTestApi, type TestApi } from '../test/harness';
import { settleResetMails } from './password.service';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const STATUS = graphql(`
  query ResetLinkStatus($token: String!) {
    passwordResetLinkStatus(token: $token)
  }
`);
const REQUEST = graphql(`
  mutation ResetLinkRequest($identifier: String!) {
    requestPasswordReset(identifier: $identifier)
  }
`);
const RESET = graphql(`
  mutation ResetLinkReset($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** A fresh person asks for a link; the token is read back from the outbox e-mail. */
async function freshLink(): Promise<{ token: string; agencyId: string }> {
  const agency = await buildAgency(api.database.db);
  const person = await buildPerson(api.database.db, agency.id, { access: true });
  await api.client().gql(REQUEST, { identifier: person.signIn.login });
  await settleResetMails();
  const [mail] = await api.database.db.select().from(t.outboxEmails).where(eq(t.outboxEmails.agencyId, agency.id)).orderBy(desc(t.outboxEmails.createdAt));
  const token = /token=([\w-]+)/.exec(mail.body)?.[1];
  if (!token) throw new Error('no link in the e-mail');
  return { token, agencyId: agency.id };
}

describe('checking a reset link when its page opens', () => {
  it('says VALID without spending the link, then USED once it served', async () => {
    const { token } = await freshLink();
    const anonymous = api.client();
    expect((await anonymous.gql(STATUS, { token })).data?.passwordResetLinkStatus).toBe('VALID');
    expect((await anonymous.gql(STATUS, { token })).data?.passwordResetLinkStatus).toBe('VALID');
    expect((await anonymous.gql(RESET, { input: { token, newPassword: 'Nouveau-Palier-2' } })).errors).toBeUndefined();
    expect((await anonymous.gql(STATUS, { token })).data?.passwordResetLinkStatus).toBe('USED');
  });

  it('says EXPIRED after the hour, and UNKNOWN for a token nobody issued or an empty one', async () => {
    const { token, agencyId } = await freshLink();
    await api.database.db
      .update(t.passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(t.passwordResets.agencyId, agencyId), eq(t.passwordResets.tokenHash, sha256(token))));
    const anonymous = api.client();
    expect((await anonymous.gql(STATUS, { token })).data?.passwordResetLinkStatus).toBe('EXPIRED');
    expect((await anonymous.gql(STATUS, { token: `${token}x` })).data?.passwordResetLinkStatus).toBe('UNKNOWN');
    expect((await anonymous.gql(STATUS, { token: '' })).data?.passwordResetLinkStatus).toBe('UNKNOWN');
  });

  it('answers a signed-in person the same (it names nobody)', async () => {
    const { token } = await freshLink();
    const someone = await api.as('CLIQUOTMATHILDE');
    const result = await someone.gql(STATUS, { token });
    expect(result.data).toEqual({ passwordResetLinkStatus: 'VALID' });
  });
});
