import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, buildPerson, type BuiltAgency } from '../test/builders';
import { graphql } from '../test/gql';
import { pdfText } from '../test/pdf-text';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

/** "Collaborateurs": a manager adds and removes the other managers of their agency. */
let api: TestApi;
let agency: BuiltAgency;
let manager: Client;
beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  manager = await api.as(agency.manager.signIn);
}, 60_000);
afterAll(() => api.close());

const ADD = graphql(`
  mutation CollaboratorAdd($input: AddCollaboratorInput!) {
    addCollaborator(input: $input) {
      identifier
      temporaryPassword
      emailedTo
      letterPdfBase64
      person {
        id
        displayName
        civility
        roles
      }
    }
  }
`);
const LIST = graphql(`
  query CollaboratorList {
    collaborators(first: 50) {
      totalCount
      nodes {
        id
        displayName
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation CollaboratorRemove($personId: ID!) {
    removeCollaborator(personId: $personId) {
      displayName
      roles
    }
  }
`);
const CAN = graphql(`
  query CollaboratorViewerCan {
    viewer {
      can {
        manageCollaborators
        manageApiTokens
      }
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation CollaboratorToken($name: String!) {
    createApiToken(input: { name: $name, scopes: [PEOPLE_READ] }) {
      token
    }
  }
`);

const names = async (client = manager) => {
  const result = await client.gql(LIST);
  expect(result.errors).toBeUndefined();
  return result.data!.collaborators.nodes.map((node) => node.displayName);
};

async function addColleague(displayName: string, sendByEmail = false) {
  const result = await manager.gql(ADD, { input: { civility: 'Madame', displayName, email: 'claire.dupont@agence.example.org', delivery: { sendByEmail } } });
  expect(result.errors).toBeUndefined();
  return result.data!.addCollaborator;
}

describe('addCollaborator', () => {
  it('creates a manager of the same agency who signs in with the first password, must change it, and then sees the console', async () => {
    const grant = await addColleague('DUPONT Claire');
    expect(grant.identifier).toBe('DUPONTCLAIRE');
    expect(grant.person).toMatchObject({ displayName: 'DUPONT Claire', civility: 'Madame', roles: ['MANAGER'] });
    expect(Buffer.from(grant.letterPdfBase64, 'base64').toString('latin1').startsWith('%PDF')).toBe(true);
    expect(await names()).toEqual(['DUPONT Claire', agency.manager.displayName]);

    const colleague = await api.as(grant.identifier, grant.temporaryPassword);
    const change = graphql(`
      mutation CollaboratorChangePassword($current: String!) {
        changePassword(input: { currentPassword: $current, newPassword: "Nouveau-Gestion-1" }) {
          mustChangePassword
        }
      }
    `);
    expect((await colleague.gql(change, { current: grant.temporaryPassword })).errors).toBeUndefined();
    expect((await colleague.gql(CAN)).data?.viewer?.can).toEqual({ manageCollaborators: true, manageApiTokens: true });
    expect(await names(colleague)).toContain(agency.manager.displayName);
  });

  it('e-mails the first password when asked, to the address given', async () => {
    const grant = await addColleague('MARTIN Paul', true);
    expect(grant.emailedTo).toBe('claire.dupont@agence.example.org');
    const [mail] = await api.database.db
      .select()
      .from(t.outboxEmails)
      .where(and(eq(t.outboxEmails.agencyId, agency.id), eq(t.outboxEmails.recipient, 'claire.dupont@agence.example.org')));
    expect(mail.body).toContain(grant.temporaryPassword);
    // A colleague, not a client: the e-mail speaks of the console.
    expect(mail.body).toContain('gestionnaire');
    expect(mail.body).toContain('console de gestion');
    expect(mail.body).not.toContain('espace client');
  });

  it("speaks to a staff member in the letter: the console and the agency's name, not a client's space", async () => {
    const grant = await addColleague('BERNARD Lucie');
    const text = pdfText(Buffer.from(grant.letterPdfBase64, 'base64'));
    expect(text).toContain('vos identifiants de gestionnaire');
    expect(text).toContain('console de gestion');
    expect(text).toContain(grant.identifier);
    expect(text).not.toContain('espace client');
  });

  it('gives a homonym a free identifier', async () => {
    expect((await addColleague('DUPONT Claire')).identifier).toBe('DUPONTCLAIRE2');
  });

  it('names the field of a bad input: an empty name, an address that is not one', async () => {
    const empty = await manager.gql(ADD, { input: { displayName: '  ', email: 'a@b.fr' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.displayName', reason: 'INVALID_VALUE' });
    const email = await manager.gql(ADD, { input: { displayName: 'BERNARD Luc', email: 'bernard luc' } });
    expect(email.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email', reason: 'INVALID_VALUE' });
    expect(await names()).not.toContain('BERNARD Luc');
  });

  it('refuses a client, an integrator, and anonymous; each agency lists only its own managers', async () => {
    const building = await buildBuilding(api.database.db, agency);
    const { person } = await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building) });
    const client = await api.as(person.signIn);
    const input = { displayName: 'INTRUS Igor', email: 'igor@example.org' };
    expect(errorCode(await client.gql(ADD, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await client.gql(LIST))).toBe('FORBIDDEN');
    expect((await client.gql(CAN)).data?.viewer?.can).toEqual({ manageCollaborators: false, manageApiTokens: false });
    const token = (await manager.gql(CREATE_TOKEN, { name: 'Annuaire' })).data!.createApiToken.token;
    const integrator = api.client({ authorization: `Bearer ${token}` });
    expect(errorCode(await integrator.gql(ADD, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await integrator.gql(LIST))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(ADD, { input }))).toBe('UNAUTHENTICATED');
    expect(await names(await api.as('GESTIONNAIRE2'))).not.toContain(agency.manager.displayName);
    expect(await names()).not.toContain('INTRUS Igor');
  });
});

describe('removeCollaborator', () => {
  it('ends the membership: sessions end, their tokens are revoked, sign-in off, still a person of the portfolio', async () => {
    const grant = await addColleague('LEROY Marc');
    const colleague = await api.as(grant.identifier, grant.temporaryPassword);
    const change = graphql(`
      mutation CollaboratorRemoveChange($current: String!) {
        changePassword(input: { currentPassword: $current, newPassword: "Nouveau-Gestion-2" }) {
          mustChangePassword
        }
      }
    `);
    await colleague.gql(change, { current: grant.temporaryPassword });
    const token = (await colleague.gql(CREATE_TOKEN, { name: 'Jeton de Marc' })).data!.createApiToken.token;

    const removed = await manager.gql(REMOVE, { personId: grant.person.id });
    expect(removed.errors).toBeUndefined();
    expect(removed.data?.removeCollaborator).toEqual({ displayName: 'LEROY Marc', roles: [] });
    expect(await names()).not.toContain('LEROY Marc');
    expect((await colleague.gql(CAN)).data?.viewer).toBeNull();
    const integrator = api.client({ authorization: `Bearer ${token}` });
    expect(errorCode(await integrator.gql(LIST))).toBe('UNAUTHENTICATED');
    const [identity] = await api.database.db.select().from(t.identities).where(eq(t.identities.login, grant.identifier));
    expect(identity.isEnabled).toBe(false);
  });

  it('keeps the sign-in of a removed manager who is also a client (their own space)', async () => {
    const grant = await addColleague('ROUX Hélène');
    const building = await buildBuilding(api.database.db, agency);
    const { id } = (await api.database.db.select({ id: t.persons.id }).from(t.persons).where(eq(t.persons.displayName, 'ROUX Hélène')))[0];
    await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building), person: { id, displayName: 'ROUX Hélène' } });
    expect((await manager.gql(REMOVE, { personId: grant.person.id })).data?.removeCollaborator.roles).toEqual(['COOWNER']);
    const [identity] = await api.database.db.select().from(t.identities).where(eq(t.identities.login, grant.identifier));
    expect(identity.isEnabled).toBe(true);
  });

  it('refuses to remove oneself (CANNOT_REMOVE_SELF), so the agency keeps a manager', async () => {
    const result = await manager.gql(REMOVE, { personId: toGlobalId('Person', agency.manager.id) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CANNOT_REMOVE_SELF' });
    expect(await names()).toContain(agency.manager.displayName);
  });

  it("answers NOT_FOUND for a client, a forged id and another agency's manager", async () => {
    const client = await buildPerson(api.database.db, agency.id, { displayName: 'CLIENT Simple' });
    expect(errorCode(await manager.gql(REMOVE, { personId: toGlobalId('Person', client.id) }))).toBe('NOT_FOUND');
    expect(errorCode(await manager.gql(REMOVE, { personId: toGlobalId('Person', '00000000-0000-4000-8000-000000000009') }))).toBe('NOT_FOUND');
    const other = await buildAgency(api.database.db);
    expect(errorCode(await manager.gql(REMOVE, { personId: toGlobalId('Person', other.manager.id) }))).toBe('NOT_FOUND');
    expect(errorCode(await manager.gql(REMOVE, { personId: toGlobalId('Building', other.manager.id) }))).toBe('BAD_USER_INPUT');
  });

  it("refuses a client, another agency's manager and anonymous", async () => {
    const grant = await addColleague('PETIT Sophie');
    const building = await buildBuilding(api.database.db, agency);
    const { person } = await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building) });
    expect(errorCode(await (await api.as(person.signIn)).gql(REMOVE, { personId: grant.person.id }))).toBe('FORBIDDEN');
    expect(errorCode(await (await api.as('GESTIONNAIRE2')).gql(REMOVE, { personId: grant.person.id }))).toBe('NOT_FOUND');
    expect(errorCode(await api.client().gql(REMOVE, { personId: grant.person.id }))).toBe('UNAUTHENTICATED');
    expect(await names()).toContain('PETIT Sophie');
  });
});
