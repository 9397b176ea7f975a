import { and, eq } from 'drizzle-orm';
import { Decimal } from 'decimal.js';
import { assertCan } from '../auth/policy';
import { MS_NOW, ticketDocuments, tickets, type TicketDocumentKind, type TicketStatus } from '../db/schema';
import { assertText, TEXT_LIMITS, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput, conflict, notFound } from '../graphql/errors';
import type { Row } from '../graphql/loaders';
import { expectGlobalId } from '../graphql/node';
import { checkedUploads, withCheckedFiles } from './request-files';
import { queueRequestNotification } from './request-notifications';

export type TicketRow = Row<typeof tickets>;
export type TicketDocumentRow = Row<typeof ticketDocuments>;

/**
 * Turns a visible request into a ticket to one of the agency's suppliers (manual "Tickets"):
 * one ticket per request (TICKET_EXISTS, also under a race through the unique index). The
 * request's author is told a quote was requested (never the brief nor the supplier's details).
 */
export async function createTicket(ctx: Ctx, input: { requestId: string; supplierId: string; description: string }): Promise<TicketRow> {
  assertCan(ctx.actor, 'ticket.manage');
  const agencyId = writerAgencyId(ctx.actor);
  const request = await ctx.loaders.clientRequestById.load(expectGlobalId(input.requestId, 'ClientRequest', 'requestId'));
  if (!request) throw notFound('ClientRequest');
  const supplier = await ctx.loaders.supplierById.load(expectGlobalId(input.supplierId, 'Supplier', 'supplierId'));
  if (!supplier) throw badInput('supplierId', 'UNKNOWN_REFERENCE', 'No such supplier in the agency');
  const description = assertText('description', input.description, TEXT_LIMITS.note);
  if ((await ctx.loaders.ticketsOfRequest.load(request.id)).length > 0) throw conflict('TICKET_EXISTS', 'The request already has a ticket');
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(tickets).values({ agencyId, requestId: request.id, supplierId: supplier.id, description }).returning();
    await queueRequestNotification(ctx, tx, request, { kind: 'TICKET', status: created.status });
    return created;
  });
  void ctx.mailer.deliverPending(ctx.db);
  return row;
}

/**
 * Moves a ticket along (requested, quoted, ordered, done, invoiced); the request's author sees it
 * on their request and is told by e-mail. The same status again changes nothing and tells nobody.
 */
export async function setTicketStatus(ctx: Ctx, input: { ticketId: string; status: TicketStatus }): Promise<TicketRow> {
  assertCan(ctx.actor, 'ticket.manage');
  const ticket = await ctx.loaders.ticketById.load(expectGlobalId(input.ticketId, 'Ticket', 'ticketId'));
  if (!ticket) throw notFound('Ticket');
  if (ticket.status === input.status) return ticket;
  const request = await ctx.loaders.clientRequestById.load(ticket.requestId);
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(tickets)
      .set({ status: input.status, updatedAt: MS_NOW })
      .where(and(eq(tickets.agencyId, ticket.agencyId), eq(tickets.id, ticket.id)))
      .returning();
    if (request) await queueRequestNotification(ctx, tx, request, { kind: 'TICKET', status: input.status });
    return updated;
  });
  void ctx.mailer.deliverPending(ctx.db);
  return row;
}

/** Adds a quote or an invoice (a staged PDF, checked on its content) to a ticket, with its amount. */
export async function addTicketDocument(ctx: Ctx, input: { ticketId: string; kind: TicketDocumentKind; uploadId: string; amount?: string | null }): Promise<TicketDocumentRow> {
  assertCan(ctx.actor, 'ticket.manage');
  const agencyId = writerAgencyId(ctx.actor);
  const ticket = await ctx.loaders.ticketById.load(expectGlobalId(input.ticketId, 'Ticket', 'ticketId'));
  if (!ticket) throw notFound('Ticket');
  const amount = input.amount == null ? null : new Decimal(input.amount);
  if (amount && (amount.isNegative() || amount.decimalPlaces() > 2)) throw badInput('amount', 'INVALID_AMOUNT', 'A positive amount with 2 decimals at most');
  const [file] = await checkedUploads(ctx, [input.uploadId], `tickets/${agencyId}`, ['application/pdf']);
  if (!file) throw badInput('uploadId', 'UPLOAD_UNAVAILABLE');
  return withCheckedFiles(ctx, [file], async (tx) => {
    const [row] = await tx
      .insert(ticketDocuments)
      .values({
        agencyId,
        ticketId: ticket.id,
        kind: input.kind,
        fileName: file.fileName,
        contentType: file.contentType,
        byteSize: file.byteSize,
        sha256: file.sha256,
        storageKey: file.key,
        amount: amount?.toFixed(2) ?? null,
      })
      .returning();
    await tx
      .update(tickets)
      .set({ updatedAt: MS_NOW })
      .where(and(eq(tickets.agencyId, agencyId), eq(tickets.id, ticket.id)));
    return row;
  });
}
