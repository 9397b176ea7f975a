import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, setAgencySettings, type BuiltAgency } from '../test/builders';
import { tinyPdf, tinyPng } from '../test/documents';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import {
  ADD_TICKET_DOCUMENT,
  buildRequestScene,
  CREATE_SUPPLIER,
  CREATE_TICKET,
  fetchAs,
  OPEN_REQUEST,
  PARTNERS,
  REQUEST_TICKET,
  SET_TICKET_STATUS,
  stageAttachment,
} from '../test/requests';

/**
 * Tickets (issue 12, manual "Tickets"): a manager turns a request into a ticket to a supplier,
 * moves it along (requested, quoted, ordered, done, invoiced) with its quotes and invoices; the
 * request's author follows its status and supplier, never its description nor its documents;
 * suppliers marked as partners make "Nos partenaires" when the agency enables it.
 */

let api: TestApi;
let agency: BuiltAgency;
let manager: Client;
let author: Client;
let neighbour: Client;
let otherManager: Client;
let requestId: string;
let supplierId: string;
let ticketId: string;

const SUPPLIERS = graphql(`
  query TestSuppliers {
    suppliers {
      nodes {
        name
        isPartner
      }
    }
  }
`);

const TICKET_NODE = graphql(`
  query TestTicketSwitchNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const TICKETS_CAN = graphql(`
  query TestTicketsCan {
    viewer {
      can {
        manageTickets
      }
    }
  }
`);

beforeAll(async () => {
  api = await startTestApi();
  let lotId: string;
  ({ agency, lotId, author, neighbour, manager } = await buildRequestScene(api));
  otherManager = await api.as((await buildAgency(api.database.db)).manager.signIn);
  requestId = (await author.gql(OPEN_REQUEST, { input: { title: 'Ascenseur en panne', category: 'INTERVENTION', text: 'Bloqué au 3e', lotId } })).data!.openRequest.id;
  supplierId = (await manager.gql(CREATE_SUPPLIER, { input: { name: 'Ascenseurs Lorrains', trade: 'Ascenseurs', email: 'contact@asc.test', isPartner: true } })).data!
    .createSupplier.id;
  await manager.gql(CREATE_SUPPLIER, { input: { name: 'Plomberie Stan', trade: 'Plomberie' } });
});
afterAll(() => api?.close());

describe('a ticket', () => {
  it('is created from a request for a supplier, once', async () => {
    const created = await manager.gql(CREATE_TICKET, { input: { requestId, supplierId, description: 'Dépannage cabine, client âgé : prioritaire' } });
    expect(created.data?.createTicket).toMatchObject({ status: 'REQUESTED', description: 'Dépannage cabine, client âgé : prioritaire', supplier: { name: 'Ascenseurs Lorrains' } });
    ticketId = created.data!.createTicket.id;
    const again = await manager.gql(CREATE_TICKET, { input: { requestId, supplierId, description: 'Doublon' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TICKET_EXISTS' });
  });

  it('moves along with its quote and invoice, which the author follows without the description or the documents', async () => {
    const quote = await stageAttachment(api, manager, tinyPdf('devis ascenseur'), 'devis.pdf');
    const added = await manager.gql(ADD_TICKET_DOCUMENT, { input: { ticketId, kind: 'QUOTE', uploadId: quote.uploadId!, amount: '1250.40' } });
    expect(added.data?.addTicketDocument).toMatchObject({ kind: 'QUOTE', fileName: 'devis.pdf', amount: '1250.40' });
    await manager.gql(SET_TICKET_STATUS, { input: { ticketId, status: 'QUOTED' } });
    await manager.gql(SET_TICKET_STATUS, { input: { ticketId, status: 'ORDERED' } });

    const seen = await author.gql(REQUEST_TICKET, { id: requestId });
    expect(seen.data?.node).toMatchObject({
      ticket: { id: ticketId, status: 'ORDERED', description: null, supplier: { name: 'Ascenseurs Lorrains', trade: 'Ascenseurs' }, documents: [] },
    });
    expect((await fetchAs(api, author, added.data!.addTicketDocument.url)).status).toBe(403);
    expect((await fetchAs(api, manager, added.data!.addTicketDocument.url)).status).toBe(200);
    expect((await manager.gql(REQUEST_TICKET, { id: requestId })).data?.node).toMatchObject({ ticket: { documents: [{ kind: 'QUOTE', amount: '1250.40' }] } });
  });

  it('refuses a quote that is not a PDF, a negative amount, clients and other agencies', async () => {
    const png = await stageAttachment(api, manager, tinyPng(), 'devis.png');
    expect((await manager.gql(ADD_TICKET_DOCUMENT, { input: { ticketId, kind: 'INVOICE', uploadId: png.uploadId! } })).errors?.[0]?.extensions).toMatchObject({
      reason: 'INVALID_FILE_TYPE',
    });
    const pdf = await stageAttachment(api, manager, tinyPdf('facture'), 'facture.pdf');
    expect((await manager.gql(ADD_TICKET_DOCUMENT, { input: { ticketId, kind: 'INVOICE', uploadId: pdf.uploadId!, amount: '-3.00' } })).errors?.[0]?.extensions).toMatchObject({
      reason: 'INVALID_AMOUNT',
    });
    expect(errorCode(await author.gql(SET_TICKET_STATUS, { input: { ticketId, status: 'DONE' } }))).toBe('FORBIDDEN');
    expect(errorCode(await author.gql(CREATE_TICKET, { input: { requestId, supplierId, description: 'x' } }))).toBe('FORBIDDEN');
    expect(errorCode(await otherManager.gql(SET_TICKET_STATUS, { input: { ticketId, status: 'DONE' } }))).toBe('NOT_FOUND');
    expect((await otherManager.gql(REQUEST_TICKET, { id: requestId })).data?.node).toBeNull();
    expect(
      (
        await neighbour.gql(
          graphql(`
            query TestTicketNode($id: ID!) {
              node(id: $id) {
                id
              }
            }
          `),
          { id: ticketId },
        )
      ).data?.node,
    ).toBeNull();
    expect((await manager.gql(REQUEST_TICKET, { id: requestId })).data?.node).toMatchObject({ ticket: { status: 'ORDERED' } });
  });

  it('disappears for everyone while the agency has tickets off: the request, node(id:), the menu and every operation', async () => {
    await setAgencySettings(api.database.db, agency.id, { ticketsEnabled: false });
    try {
      expect((await author.gql(REQUEST_TICKET, { id: requestId })).data?.node).toMatchObject({ ticket: null });
      expect((await manager.gql(REQUEST_TICKET, { id: requestId })).data?.node).toMatchObject({ ticket: null });
      expect((await author.gql(TICKET_NODE, { id: ticketId })).data?.node).toBeNull();
      expect((await manager.gql(TICKET_NODE, { id: ticketId })).data?.node).toBeNull();
      expect((await manager.gql(TICKETS_CAN)).data?.viewer?.can.manageTickets).toBe(false);
      expect((await manager.gql(SET_TICKET_STATUS, { input: { ticketId, status: 'DONE' } })).errors?.[0]?.extensions).toMatchObject({ reason: 'MODULE_DISABLED' });
      expect((await manager.gql(CREATE_TICKET, { input: { requestId, supplierId, description: 'x' } })).errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'MODULE_DISABLED',
      });
    } finally {
      await setAgencySettings(api.database.db, agency.id, { ticketsEnabled: true });
    }
    expect((await manager.gql(TICKETS_CAN)).data?.viewer?.can.manageTickets).toBe(true);
    expect((await author.gql(TICKET_NODE, { id: ticketId })).data?.node).toMatchObject({ id: ticketId });
  });
});

describe('suppliers and "Nos partenaires"', () => {
  it('are listed to managers whole, and to clients as the partners only while the page is on', async () => {
    expect((await manager.gql(SUPPLIERS)).data?.suppliers.nodes).toMatchObject([
      { name: 'Ascenseurs Lorrains', isPartner: true },
      { name: 'Plomberie Stan', isPartner: false },
    ]);
    expect(errorCode(await author.gql(SUPPLIERS))).toBe('FORBIDDEN');
    expect((await author.gql(PARTNERS)).errors?.[0]?.extensions).toMatchObject({ reason: 'MODULE_DISABLED' });
    await setAgencySettings(api.database.db, agency.id, { partnersEnabled: true });
    expect((await author.gql(PARTNERS)).data?.partners.nodes).toMatchObject([{ name: 'Ascenseurs Lorrains', trade: 'Ascenseurs' }]);
    expect((await otherManager.gql(PARTNERS)).data?.partners.nodes).toEqual([]);
  });

  it('refuse a malformed e-mail or website, and clients writing', async () => {
    expect((await manager.gql(CREATE_SUPPLIER, { input: { name: 'X', email: 'pas-un-mail' } })).errors?.[0]?.extensions).toMatchObject({ field: 'email', reason: 'INVALID_EMAIL' });
    expect((await manager.gql(CREATE_SUPPLIER, { input: { name: 'X', website: 'javascript:alert(1)' } })).errors?.[0]?.extensions).toMatchObject({ field: 'website' });
    expect(errorCode(await author.gql(CREATE_SUPPLIER, { input: { name: 'X' } }))).toBe('FORBIDDEN');
  });
});
