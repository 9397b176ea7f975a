import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as t from '../db/schema';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildPerson } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type TestApi } from '../test/harness';
import { pdfText } from '../test/pdf-text';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const ISSUE = graphql(`
  mutation TemporaryPasswordIssue($id: ID!, $delivery: TemporaryPasswordDelivery) {
    issueTemporaryPassword(personId: $id, delivery: $delivery) {
      identifier
      temporaryPassword
      emailedTo
    }
  }
`);
const ISSUE_WITH_LETTER = graphql(`
  mutation TemporaryPasswordLetter($id: ID!) {
    issueTemporaryPassword(personId: $id) {
      identifier
      temporaryPassword
      letterPdfBase64
    }
  }
`);
const ENABLE = graphql(`
  mutation TemporaryPasswordEnable($ids: [ID!]!, $delivery: TemporaryPasswordDelivery) {
    enableExtranetAccess(personIds: $ids, delivery: $delivery) {
      identifier
      temporaryPassword
      emailedTo
    }
  }
`);

const outboxOf = (agencyId: string) => api.database.db.select().from(t.outboxEmails).where(eq(t.outboxEmails.agencyId, agencyId));

async function clientWithAccess(emails?: string[]) {
  const agency = await buildAgency(api.database.db);
  const person = await buildPerson(api.database.db, agency.id, { access: true, emails, displayName: 'DUPONT Élise' });
  const manager = await api.as(agency.manager.signIn);
  return { agency, person, manager, id: toGlobalId('Person', person.id) };
}

describe('temporary password by e-mail', () => {
  it("e-mails the identifier, the password and the address to open to the client's address, through the outbox", async () => {
    const { agency, person, manager, id } = await clientWithAccess(['elise@example.org', 'autre@example.org']);
    const result = await manager.gql(ISSUE, { id, delivery: { sendByEmail: true } });
    const grant = result.data?.issueTemporaryPassword;
    expect(grant?.emailedTo).toBe('elise@example.org');
    const [mail, ...more] = await outboxOf(agency.id);
    expect(more).toEqual([]);
    expect(mail.recipient).toBe('elise@example.org');
    expect(mail.body).toContain(`Identifiant : ${person.signIn.login}`);
    expect(mail.body).toContain(`Mot de passe temporaire : ${grant?.temporaryPassword}`);
    expect(mail.body).toContain('http://palier.test/connexion');
    // The e-mailed password is the one that now signs in (and must be changed).
    await expect(api.as(person.signIn.login, grant?.temporaryPassword)).resolves.toBeTruthy();
  });

  it('sends nothing unless asked, and nothing to a client without an address', async () => {
    const quiet = await clientWithAccess();
    expect((await quiet.manager.gql(ISSUE, { id: quiet.id })).data?.issueTemporaryPassword.emailedTo).toBeNull();
    expect(await outboxOf(quiet.agency.id)).toEqual([]);
    const noAddress = await clientWithAccess([]);
    const result = await noAddress.manager.gql(ISSUE, { id: noAddress.id, delivery: { sendByEmail: true } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.issueTemporaryPassword.emailedTo).toBeNull();
    expect(await outboxOf(noAddress.agency.id)).toEqual([]);
  });

  it('e-mails first passwords when access is switched on', async () => {
    const agency = await buildAgency(api.database.db);
    const people = [await buildPerson(api.database.db, agency.id), await buildPerson(api.database.db, agency.id, { emails: [] })];
    const manager = await api.as(agency.manager.signIn);
    const result = await manager.gql(ENABLE, { ids: people.map((p) => toGlobalId('Person', p.id)), delivery: { sendByEmail: true } });
    expect(result.data?.enableExtranetAccess.map((g) => Boolean(g.emailedTo))).toEqual([true, false]);
    expect((await outboxOf(agency.id)).map((m) => m.recipient)).toHaveLength(1);
  });

  it("refuses another agency's manager, a client and anonymous callers, and sends nothing", async () => {
    const { agency, id } = await clientWithAccess();
    const other = await buildAgency(api.database.db);
    expect(errorCode(await (await api.as(other.manager.signIn)).gql(ISSUE, { id, delivery: { sendByEmail: true } }))).toBe('NOT_FOUND');
    expect(errorCode(await (await api.as('CLIQUOTMATHILDE')).gql(ISSUE, { id, delivery: { sendByEmail: true } }))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(ISSUE, { id, delivery: { sendByEmail: true } }))).toBe('UNAUTHENTICATED');
    expect(await outboxOf(agency.id)).toEqual([]);
  });
});

describe('temporary password letter', () => {
  it('returns, in the issuing payload only, a PDF with the identifier, the password and the address to open', async () => {
    const { agency, person, manager, id } = await clientWithAccess();
    await api.database.db
      .update(t.agencies)
      .set({ phone: '03 00 00 00 09', siret: '73282932000074', professionalCardNumber: 'CPI 7501 2021 000 000 001' })
      .where(eq(t.agencies.id, agency.id));
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: manager.sessionCookie },
      body: JSON.stringify({ query: 'mutation { issueTemporaryPassword(personId: "' + id + '") { temporaryPassword letterPdfBase64 } }' }),
    });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const { data } = (await response.json()) as { data: { issueTemporaryPassword: { temporaryPassword: string; letterPdfBase64: string } } };
    const pdf = Buffer.from(data.issueTemporaryPassword.letterPdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(person.signIn.login);
    expect(text).toContain(data.issueTemporaryPassword.temporaryPassword);
    expect(text).toContain('http://palier.test/connexion');
    expect(text).toContain('Tél. 03 00 00 00 09');
    // The agency's legal mentions, from its profile.
    expect(text.replace(/\s+/g, ' ')).toContain('SIRET 732 829 320 00074');
    expect(text.replace(/\s+/g, ' ')).toContain('Carte professionnelle n° CPI 7501 2021 000 000 001');
    expect(text).toContain('DUPONT');
  });

  it('cannot show an earlier password again: each letter carries the password issued with it, and nothing is stored', async () => {
    const { agency, person, manager, id } = await clientWithAccess();
    const first = (await manager.gql(ISSUE_WITH_LETTER, { id })).data?.issueTemporaryPassword;
    const second = (await manager.gql(ISSUE_WITH_LETTER, { id })).data?.issueTemporaryPassword;
    expect(first && second).toBeTruthy();
    expect(pdfText(Buffer.from(second!.letterPdfBase64, 'base64'))).not.toContain(first!.temporaryPassword);
    // No file, no outbox row, no table holds the password: only its hash changed.
    expect(await outboxOf(agency.id)).toEqual([]);
    const [identity] = await api.database.db.select().from(t.identities).where(eq(t.identities.personId, person.id));
    expect(JSON.stringify(identity)).not.toContain(second!.temporaryPassword);
  });
});
