import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import type { Db } from '../db/client';
import { suppliers, ticketDocuments, tickets } from '../db/schema';
import { byId, childrenOf } from '../graphql/loaders';

/** Tickets, their quotes and invoices, and suppliers through their row scopes (a client: their requests' tickets, no documents). */
export function ticketLoaders(db: Db, actor: Actor) {
  return {
    ticketById: byId(db, actor, tickets, scope.tickets),
    /** At most one per request (unique index): the list's first. */
    ticketsOfRequest: childrenOf(db, actor, tickets, tickets.requestId, scope.tickets, [tickets.createdAt, tickets.id]),
    ticketDocumentById: byId(db, actor, ticketDocuments, scope.ticketDocuments),
    documentsOfTicket: childrenOf(db, actor, ticketDocuments, ticketDocuments.ticketId, scope.ticketDocuments, [ticketDocuments.addedAt, ticketDocuments.id]),
    supplierById: byId(db, actor, suppliers, scope.suppliers),
  };
}

type TicketLoaders = ReturnType<typeof ticketLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends TicketLoaders {}
}
