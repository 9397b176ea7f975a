import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, setAgencySettings, type BuiltAgency } from '../test/builders';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { ASSIGN, buildManager, CREATE_SUPPLIER, CREATE_TICKET, OPEN_REQUEST, POST_MESSAGE, SET_STATUS, SET_TICKET_STATUS } from '../test/requests';

/**
 * E-mails to the other side of a request (issue 12): each client message tells the assignee (every
 * manager while unassigned), each public answer and status change tells the client; an internal
 * note tells nobody; nobody who switched notifications off, nothing when the agency switched
 * them off; the mail never carries the message's text. Through the outbox (no SMTP here).
 */

let api: TestApi;
let agency: BuiltAgency;
let manager: Client;
let client: Client;
let clientPersonId: string;
let secondManagerId: string;
let lotId: string;

async function outbox(): Promise<{ recipient: string; subject: string; body: string }[]> {
  return api.database.db.select().from(t.outboxEmails).where(eq(t.outboxEmails.agencyId, agency.id)).orderBy(asc(t.outboxEmails.createdAt));
}

beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db, { name: 'Agence Notif' });
  await db
    .update(t.persons)
    .set({ emails: ['gestion1@agence.test'] })
    .where(eq(t.persons.id, agency.manager.id));
  secondManagerId = (await buildManager(db, agency, { displayName: 'GESTIONNAIRE Deux', emails: ['gestion2@agence.test'] })).globalId;
  const building = await buildBuilding(db, agency);
  const lot = await buildLot(db, agency, building);
  lotId = toGlobalId('Lot', lot.id);
  const owner = await buildCoOwner(db, agency, { lot, emails: ['client@exemple.test'] });
  clientPersonId = owner.person.id;
  manager = await api.as(agency.manager.signIn);
  client = await api.as(owner.person.signIn);
});
afterAll(() => api?.close());
beforeEach(async () => {
  await api.database.db.delete(t.outboxEmails).where(eq(t.outboxEmails.agencyId, agency.id));
});

async function openOne(title: string) {
  const result = await client.gql(OPEN_REQUEST, { input: { title, category: 'INTERVENTION', text: 'Texte confidentiel du client', lotId } });
  return result.data!.openRequest.id;
}

describe('request e-mails', () => {
  it('tell every manager of a new request while nobody is assigned, then only the assignee, without the text', async () => {
    const id = await openOne('Porte de garage');
    expect((await outbox()).map((m) => m.recipient).sort()).toEqual(['gestion1@agence.test', 'gestion2@agence.test']);
    expect((await outbox())[0].body).not.toContain('Texte confidentiel');
    expect((await outbox())[0].body).toContain(`http://palier.test/gestion/demandes/${id}`);
    await manager.gql(ASSIGN, { input: { requestId: id, assigneeId: secondManagerId } });
    await api.database.db.delete(t.outboxEmails).where(eq(t.outboxEmails.agencyId, agency.id));
    await client.gql(POST_MESSAGE, { input: { requestId: id, text: 'Une photo suit' } });
    expect((await outbox()).map((m) => m.recipient)).toEqual(['gestion2@agence.test']);
  });

  it('tell the client of an answer and of a status change, never of an internal note', async () => {
    const id = await openOne('Sonnette');
    await api.database.db.delete(t.outboxEmails).where(eq(t.outboxEmails.agencyId, agency.id));
    await manager.gql(POST_MESSAGE, { input: { requestId: id, text: 'Note : appeler le syndic', isInternal: true } });
    expect(await outbox()).toEqual([]);
    await manager.gql(POST_MESSAGE, { input: { requestId: id, text: 'Nous passons demain' } });
    await manager.gql(SET_STATUS, { input: { requestId: id, status: 'CLOSED' } });
    const mails = await outbox();
    expect(mails.map((m) => [m.recipient, m.subject])).toEqual([
      ['client@exemple.test', 'Agence Notif : nouvelle réponse à votre demande « Sonnette »'],
      ['client@exemple.test', 'Agence Notif : votre demande « Sonnette » est clôturée'],
    ]);
    expect(mails.map((m) => m.body).join('\n')).not.toMatch(/appeler le syndic|Nous passons demain/);
    expect(mails[0].body).toContain(`http://palier.test/copropriete/demandes/${id}`);
  });

  it('spare whoever switched notifications off, and everyone when the agency did', async () => {
    const id = await openOne('Boîte aux lettres');
    await api.database.db.update(t.persons).set({ notifyNewDocuments: false }).where(eq(t.persons.id, clientPersonId));
    await manager.gql(POST_MESSAGE, { input: { requestId: id, text: 'Réponse' } });
    expect(await outbox()).toHaveLength(2); // the managers' mails of the opening only
    await api.database.db.update(t.persons).set({ notifyNewDocuments: true }).where(eq(t.persons.id, clientPersonId));
    await setAgencySettings(api.database.db, agency.id, { requestNotificationsEnabled: false });
    await api.database.db.delete(t.outboxEmails).where(eq(t.outboxEmails.agencyId, agency.id));
    await openOne('Escalier');
    await manager.gql(POST_MESSAGE, { input: { requestId: id, text: 'Réponse 2' } });
    expect(await outbox()).toEqual([]);
    await setAgencySettings(api.database.db, agency.id, { requestNotificationsEnabled: true });
  });

  it("tell the client of each new step of the request's ticket, never its brief, and nobody of the same step again", async () => {
    const id = await openOne('Chauffe-eau');
    const supplierId = (await manager.gql(CREATE_SUPPLIER, { input: { name: 'Chauffage Nancéien', trade: 'Chauffage' } })).data!.createSupplier.id;
    await api.database.db.delete(t.outboxEmails).where(eq(t.outboxEmails.agencyId, agency.id));
    const ticket = await manager.gql(CREATE_TICKET, { input: { requestId: id, supplierId, description: 'Brief interne : client absent le matin' } });
    const ticketId = ticket.data!.createTicket.id;
    await manager.gql(SET_TICKET_STATUS, { input: { ticketId, status: 'ORDERED' } });
    await manager.gql(SET_TICKET_STATUS, { input: { ticketId, status: 'ORDERED' } });
    const mails = await outbox();
    expect(mails.map((m) => [m.recipient, m.subject])).toEqual([
      ['client@exemple.test', 'Agence Notif : intervention pour votre demande « Chauffe-eau »'],
      ['client@exemple.test', 'Agence Notif : intervention pour votre demande « Chauffe-eau »'],
    ]);
    expect(mails[0].body).toContain('un devis a été demandé');
    expect(mails[1].body).toContain('les travaux sont commandés');
    expect(mails.map((m) => m.body).join('\n')).not.toContain('Brief interne');
    expect(mails[1].body).toContain(`http://palier.test/copropriete/demandes/${id}`);
  });

  it('spare the client of ticket steps when they switched notifications off', async () => {
    const id = await openOne('Interphone');
    const supplierId = (await manager.gql(CREATE_SUPPLIER, { input: { name: 'Interphones Est', trade: 'Électricité' } })).data!.createSupplier.id;
    await api.database.db.update(t.persons).set({ notifyNewDocuments: false }).where(eq(t.persons.id, clientPersonId));
    await api.database.db.delete(t.outboxEmails).where(eq(t.outboxEmails.agencyId, agency.id));
    const ticketId = (await manager.gql(CREATE_TICKET, { input: { requestId: id, supplierId, description: 'x' } })).data!.createTicket.id;
    await manager.gql(SET_TICKET_STATUS, { input: { ticketId, status: 'DONE' } });
    expect(await outbox()).toEqual([]);
    await api.database.db.update(t.persons).set({ notifyNewDocuments: true }).where(eq(t.persons.id, clientPersonId));
  });
});
