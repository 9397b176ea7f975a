import { Arg, Args, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import { Guarded, Policy } from '../auth/declarations';
import { can } from '../auth/policy';
import { PageArgs } from '../graphql/connection';
import type { Ctx } from '../graphql/context';
import { toGlobalId } from '../graphql/node';
import { ViewerCan } from '../identity/identity.types';
import type { ClientRequestRow } from './request-list.service';
import { ClientRequest } from './request.types';
import { createSupplier, supplierPage, updateSupplier, type SupplierRow } from './supplier.service';
import { addTicketDocument, createTicket, setTicketStatus, type TicketDocumentRow, type TicketRow } from './ticket.service';
import { AddTicketDocumentInput, CreateTicketInput, SetTicketStatusInput, Supplier, SupplierConnection, SupplierInput, Ticket, TicketDocument } from './ticket.types';

@Resolver(() => Ticket)
export class TicketResolver {
  @FieldResolver(() => ID)
  id(@Root() ticket: TicketRow) {
    return toGlobalId('Ticket', ticket.id);
  }

  @FieldResolver(() => Supplier, { nullable: true, description: "Who does the work; the request's author sees it by name." })
  supplier(@Root() ticket: TicketRow, @Context() ctx: Ctx) {
    return ctx.loaders.supplierById.loadNow(ticket.supplierId);
  }

  @FieldResolver(() => ClientRequest, { nullable: true })
  request(@Root() ticket: TicketRow, @Context() ctx: Ctx) {
    return ctx.loaders.clientRequestById.loadNow(ticket.requestId);
  }

  @Guarded('ticket.readInternal')
  @FieldResolver(() => String, { nullable: true, description: 'What the supplier is asked to do; null for clients.' })
  description(@Root() ticket: TicketRow) {
    return ticket.description;
  }

  @FieldResolver(() => [TicketDocument], { description: 'Quotes and invoices, oldest first; empty for clients (the document scope).' })
  documents(@Root() ticket: TicketRow, @Context() ctx: Ctx) {
    return ctx.loaders.documentsOfTicket.load(ticket.id);
  }

  @Policy('ticket.manage')
  @Mutation(() => Ticket, { description: 'Turns a request into a ticket to a supplier (one per request).' })
  createTicket(@Arg('input', () => CreateTicketInput) input: CreateTicketInput, @Context() ctx: Ctx) {
    return createTicket(ctx, input);
  }

  @Policy('ticket.manage')
  @Mutation(() => Ticket, { description: "Moves a ticket along; the request's author follows it." })
  setTicketStatus(@Arg('input', () => SetTicketStatusInput) input: SetTicketStatusInput, @Context() ctx: Ctx) {
    return setTicketStatus(ctx, input);
  }

  @Policy('ticket.manage')
  @Mutation(() => TicketDocument, { description: 'Adds a quote or an invoice (a staged PDF) to a ticket.' })
  addTicketDocument(@Arg('input', () => AddTicketDocumentInput) input: AddTicketDocumentInput, @Context() ctx: Ctx) {
    return addTicketDocument(ctx, input);
  }
}

@Resolver(() => TicketDocument)
export class TicketDocumentResolver {
  @FieldResolver(() => ID)
  id(@Root() document: TicketDocumentRow) {
    return toGlobalId('TicketDocument', document.id);
  }

  @FieldResolver(() => String, { description: 'The download (same-origin), managers only.' })
  url(@Root() document: TicketDocumentRow) {
    return `/files/ticket-documents/${toGlobalId('TicketDocument', document.id)}`;
  }
}

/** A request's ticket: the ticket scope gives a client only their own requests' tickets, and nobody any while tickets are off. */
@Resolver(() => ClientRequest)
export class RequestTicketResolver {
  @FieldResolver(() => Ticket, { nullable: true, description: 'The ticket to a supplier it became, when one (null while the agency has tickets off).' })
  async ticket(@Root() request: ClientRequestRow, @Context() ctx: Ctx) {
    return (await ctx.loaders.ticketsOfRequest.load(request.id))[0] ?? null;
  }
}

@Resolver(() => Supplier)
export class SupplierResolver {
  @FieldResolver(() => ID)
  id(@Root() supplier: SupplierRow) {
    return toGlobalId('Supplier', supplier.id);
  }

  @Policy('supplier.list')
  @Query(() => SupplierConnection, { description: "The agency's suppliers, by name (managers)." })
  suppliers(@Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return supplierPage(ctx, args, false);
  }

  @Policy('partner.list')
  @Query(() => SupplierConnection, { description: '"Nos partenaires": the suppliers the agency marks as partners, by name.' })
  partners(@Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return supplierPage(ctx, args, true);
  }

  @Policy('supplier.manage')
  @Mutation(() => Supplier, { description: 'Adds a supplier to the agency.' })
  createSupplier(@Arg('input', () => SupplierInput) input: SupplierInput, @Context() ctx: Ctx) {
    return createSupplier(ctx, input);
  }

  @Policy('supplier.manage')
  @Mutation(() => Supplier, { description: "Replaces a supplier's details (partner or not included)." })
  updateSupplier(@Arg('supplierId', () => ID) supplierId: string, @Arg('input', () => SupplierInput) input: SupplierInput, @Context() ctx: Ctx) {
    return updateSupplier(ctx, supplierId, input);
  }
}

/** The tickets' and partners' part of `Viewer.can`. */
@Resolver(() => ViewerCan)
export class TicketsViewerCanResolver {
  @FieldResolver(() => Boolean, { description: '"Nos partenaires": false while the agency keeps the page off.' })
  readPartners(@Root() { actor }: { actor: PersonActor }): boolean {
    return can(actor, 'partner.list');
  }

  @FieldResolver(() => Boolean, { description: 'Tickets to suppliers and the suppliers list (managers; false while tickets are off).' })
  manageTickets(@Root() { actor }: { actor: PersonActor }): boolean {
    return can(actor, 'ticket.manage') && can(actor, 'supplier.manage');
  }
}
