import { and, eq, sql } from 'drizzle-orm';
import { clientRequests, persons, requestAttachments, requestMessages, staffMembers, suppliers, ticketDocuments, tickets } from '../../db/schema';
import type { Actor, AgencyActor } from '../actor';
import type { RowScope, RuleSet } from '../rule';
import { denyAll, hasScope, rowScope } from '../scope-helpers';

const clientsWhileRequestsOn = { setting: 'requestsEnabled', appliesTo: 'clients' } as const;
const everyoneWhileTicketsOn = { setting: 'ticketsEnabled', appliesTo: 'everyone' } as const;

/** What a client opens a request about: one of their lots, one of their buildings, or neither. */
export interface RequestTarget {
  lotId: string | null;
  buildingId: string | null;
}

/**
 * A client's own lots and buildings only (manual: "Mes demandes": the client writes about what they
 * hold); managers do not open requests in a client's name.
 */
function mayOpenAbout(actor: AgencyActor, target: RequestTarget): boolean {
  if (actor.kind !== 'person' || actor.isStaff) return false;
  if (target.lotId && ![...actor.coOwnedLotIds, ...actor.mandatedLotIds, ...actor.leasedLotIds].includes(target.lotId)) return false;
  if (target.buildingId && !actor.buildingIds.includes(target.buildingId)) return false;
  return true;
}

/** Requests (manual: "Mes demandes"), their thread and attachments; tickets to suppliers ("Tickets"); "Nos partenaires". */
export const requestRules = {
  'request.open': {
    description: 'A client opens a request (its target checked by request.openAbout); clients only while the agency enables "Mes demandes".',
    client: true,
    moduleSwitch: clientsWhileRequestsOn,
  },
  'request.openAbout': {
    description: "What a request may be about: one of the client's own lots or buildings, or neither; never by a manager in a client's name.",
    client: true,
    moduleSwitch: clientsWhileRequestsOn,
    row: mayOpenAbout,
  },
  'request.list': {
    description: "List and open requests: a client their own (Viewer.requests), managers and requests:read integrators the agency's.",
    client: true,
    staff: true,
    integrator: 'requests:read',
    moduleSwitch: clientsWhileRequestsOn,
  },
  'request.inbox': {
    description: "The managers' inbox across the agency, filtered by status, building, category, assignee and age, with counts per status.",
    staff: true,
    integrator: 'requests:read',
  },
  'request.post': {
    description: 'Post a message on a visible request: its author (the client) or a manager / requests:write integrator.',
    client: true,
    staff: true,
    integrator: 'requests:write',
    moduleSwitch: clientsWhileRequestsOn,
  },
  'request.postInternal': {
    description: 'Post an internal note, which no client ever receives: managers only (not integrators, whose apps may show clients what they read).',
    staff: true,
  },
  'request.attach': {
    description: 'Stage a file (POST /requests/uploads) to attach to a request or a message.',
    client: true,
    staff: true,
    integrator: 'requests:write',
    moduleSwitch: clientsWhileRequestsOn,
  },
  'request.downloadAttachment': {
    description: 'Download an attachment of a visible message (a client never downloads one of an internal note).',
    client: true,
    staff: true,
    integrator: 'requests:read',
    moduleSwitch: clientsWhileRequestsOn,
  },
  'request.setStatus': { description: "Change a request's status (open, in progress, waiting for the client, closed).", staff: true, integrator: 'requests:write' },
  'request.assign': { description: 'Assign a request to a manager of the agency.', staff: true, integrator: 'requests:write' },
  'ticket.readInternal': {
    description: "Read a ticket's internal details (what the supplier is asked, its quotes and invoices): managers and requests:read integrators.",
    staff: true,
    integrator: 'requests:read',
  },
  'ticket.manage': {
    description: 'Turn a request into a ticket to a supplier, change its status, add its quotes and invoices.',
    staff: true,
    integrator: 'requests:write',
    moduleSwitch: everyoneWhileTicketsOn,
  },
  'supplier.list': {
    description: "The agency's suppliers (managers, requests:read integrators).",
    staff: true,
    integrator: 'requests:read',
  },
  'supplier.manage': { description: "Add and edit the agency's suppliers, and choose which are partners.", staff: true, integrator: 'requests:write' },
  'partner.list': {
    description: '"Nos partenaires": the suppliers the agency marks as partners, for every signed-in person while the agency enables the page.',
    client: true,
    staff: true,
    integrator: 'requests:read',
    moduleSwitch: { setting: 'partnersEnabled', appliesTo: 'clients' },
  },
} satisfies RuleSet;

/** Managers, or integrators holding requests:read (or requests:write, who name what they write). */
function readsAgencyRequests(actor: Actor): boolean {
  if (actor.kind === 'integrator') return hasScope(actor, 'requests:read') || hasScope(actor, 'requests:write');
  return actor.kind === 'person' && actor.isStaff;
}

/**
 * The shape of a request-side table for an actor: 'agency' for managers; 'integrator' (the
 * agency, internal notes left out); 'client' (their own requests, internal notes left out, only
 * while "Mes demandes" is on); 'none'.
 */
function requestShape(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'none';
  if (actor.kind === 'person' && actor.isStaff) return 'agency';
  if (readsAgencyRequests(actor)) return 'integrator';
  if (actor.kind !== 'person' || !actor.settings.requestsEnabled) return 'none';
  return 'client';
}

/** Requests: the agency's for managers and request integrators; a client only those they opened. */
export const requestScope: RowScope = rowScope(requestShape, (shape, p) => {
  if (shape === 'none') return denyAll;
  const agency = eq(clientRequests.agencyId, p.agencyId);
  return shape === 'client' ? and(agency, eq(clientRequests.authorPersonId, p.personId))! : agency;
});

/** The request of a row (message, attachment, ticket) is one of the client's own. */
const ownRequest = (agencyColumn: unknown, requestColumn: unknown, personId: unknown) =>
  sql`EXISTS (SELECT 1 FROM ${clientRequests} WHERE ${clientRequests.agencyId} = ${agencyColumn} AND ${clientRequests.id} = ${requestColumn} AND ${clientRequests.authorPersonId} = ${personId})`;

/**
 * Messages: managers see every message of the agency; integrators every message but internal
 * notes; a client the non-internal messages of their own requests. The internal-note privacy is
 * here, in SQL, so no path (thread, node(id:), attachments, e-mails) can reach a note.
 */
export const requestMessageScope: RowScope = rowScope(requestShape, (shape, p) => {
  if (shape === 'none') return denyAll;
  const agency = eq(requestMessages.agencyId, p.agencyId);
  if (shape === 'agency') return agency;
  const published = sql`NOT ${requestMessages.isInternal}`;
  if (shape === 'integrator') return and(agency, published)!;
  return and(agency, published, ownRequest(requestMessages.agencyId, requestMessages.requestId, p.personId))!;
});

/** Attachments follow their message: an internal note's files are managers' only. */
export const requestAttachmentScope: RowScope = rowScope(requestShape, (shape, p) => {
  if (shape === 'none') return denyAll;
  const agency = eq(requestAttachments.agencyId, p.agencyId);
  if (shape === 'agency') return agency;
  const ofPublicMessage = sql`EXISTS (SELECT 1 FROM ${requestMessages} WHERE ${requestMessages.agencyId} = ${requestAttachments.agencyId} AND ${requestMessages.id} = ${requestAttachments.messageId} AND NOT ${requestMessages.isInternal})`;
  if (shape === 'integrator') return and(agency, ofPublicMessage)!;
  return and(agency, ofPublicMessage, ownRequest(requestAttachments.agencyId, requestAttachments.requestId, p.personId))!;
});

/** Tickets: the agency's for managers and request integrators, a client's those of their own requests; none while tickets are off. */
export const ticketScope: RowScope = rowScope(
  (actor) => (actor.kind !== 'anonymous' && !actor.settings.ticketsEnabled ? 'none' : requestShape(actor)),
  (shape, p) => {
    if (shape === 'none') return denyAll;
    const agency = eq(tickets.agencyId, p.agencyId);
    return shape === 'client' ? and(agency, ownRequest(tickets.agencyId, tickets.requestId, p.personId))! : agency;
  },
);

/** A ticket's quotes and invoices: managers and request integrators only (a client follows the status). */
export const ticketDocumentScope: RowScope = rowScope(
  (actor) => (actor.kind !== 'anonymous' && !actor.settings.ticketsEnabled ? 'none' : requestShape(actor)),
  (shape, p) => (shape === 'agency' || shape === 'integrator' ? eq(ticketDocuments.agencyId, p.agencyId) : denyAll),
);

/**
 * Suppliers: all of the agency's for managers and request integrators; for a client, the
 * partners while "Nos partenaires" is on (a ticket's supplier stays visible by name through the ticket).
 */
export const supplierScope: RowScope = rowScope(
  (actor) => {
    if (actor.kind === 'anonymous') return 'none';
    if (readsAgencyRequests(actor)) return 'agency';
    if (actor.kind !== 'person') return 'none';
    return `client:${actor.settings.partnersEnabled ? 'partners' : ''}:${actor.settings.ticketsEnabled && actor.settings.requestsEnabled ? 'tickets' : ''}`;
  },
  (shape, p) => {
    if (shape === 'none') return denyAll;
    const agency = eq(suppliers.agencyId, p.agencyId);
    if (shape === 'agency') return agency;
    const reach = [];
    if (shape.includes(':partners')) reach.push(sql`${suppliers.isPartner}`);
    if (shape.endsWith(':tickets')) {
      reach.push(
        sql`EXISTS (SELECT 1 FROM ${tickets} JOIN ${clientRequests} ON ${clientRequests.agencyId} = ${tickets.agencyId} AND ${clientRequests.id} = ${tickets.requestId}
          WHERE ${tickets.agencyId} = ${suppliers.agencyId} AND ${tickets.supplierId} = ${suppliers.id} AND ${clientRequests.authorPersonId} = ${p.personId})`,
      );
    }
    return reach.length ? and(agency, sql`(${sql.join(reach, sql` OR `)})`)! : denyAll;
  },
);

/**
 * The people of a thread, by name only (`RequestParticipant`): managers and request integrators
 * name anyone of the agency; a client themself and the agency's managers (who answer them).
 */
export const requestParticipantScope: RowScope = rowScope(
  (actor) => (actor.kind === 'anonymous' ? 'none' : readsAgencyRequests(actor) ? 'agency' : actor.kind === 'person' ? 'client' : 'none'),
  (shape, p) => {
    if (shape === 'none') return denyAll;
    const agency = eq(persons.agencyId, p.agencyId);
    if (shape === 'agency') return agency;
    return and(
      agency,
      sql`(${persons.id} = ${p.personId} OR EXISTS (SELECT 1 FROM ${staffMembers} WHERE ${staffMembers.agencyId} = ${persons.agencyId} AND ${staffMembers.personId} = ${persons.id}))`,
    )!;
  },
);
