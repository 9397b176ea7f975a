import { requestRules } from '../auth/rules/requests';
import { requestSettings } from '../db/schema';
import type { ModuleManifest } from '../module-manifest';
import { requestLoaders } from './request.loaders';
import {
  ClientRequestConnectionResolver,
  ClientRequestResolver,
  RequestAttachmentResolver,
  RequestMessageResolver,
  RequestsViewerCanResolver,
  ViewerRequestsResolver,
} from './request.resolver';
import { requestRoutes } from './request.routes';
import { ticketLoaders } from './ticket.loaders';
import { RequestTicketResolver, SupplierResolver, TicketDocumentResolver, TicketResolver, TicketsViewerCanResolver } from './ticket.resolver';

/** Clients' requests ("Mes demandes") with their thread, internal notes and attachments; the managers' inbox; tickets to suppliers; "Nos partenaires". */
export const requestsModule: ModuleManifest = {
  name: 'requests',
  resolvers: [
    ClientRequestResolver,
    ClientRequestConnectionResolver,
    RequestMessageResolver,
    RequestAttachmentResolver,
    ViewerRequestsResolver,
    RequestsViewerCanResolver,
    TicketResolver,
    TicketDocumentResolver,
    RequestTicketResolver,
    SupplierResolver,
    TicketsViewerCanResolver,
  ],
  loaders: (db, actor) => ({ ...requestLoaders(db, actor), ...ticketLoaders(db, actor) }),
  nodes: {
    ClientRequest: (ctx, id) => ctx.loaders.clientRequestById.load(id),
    RequestMessage: (ctx, id) => ctx.loaders.requestMessageById.load(id),
    RequestAttachment: (ctx, id) => ctx.loaders.requestAttachmentById.load(id),
    Ticket: (ctx, id) => ctx.loaders.ticketById.load(id),
    TicketDocument: (ctx, id) => ctx.loaders.ticketDocumentById.load(id),
    Supplier: (ctx, id) => ctx.loaders.supplierById.load(id),
  },
  routes: requestRoutes,
  settings: requestSettings,
  rules: requestRules,
};
