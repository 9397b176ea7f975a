import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { flag, type SettingsSlice } from '../../settings/setting';
import { uploads } from './documents';
import { persons } from './identity';
import { buildings, lots } from './portfolio';

/** Manual "Mes demandes": "Demande d'intervention" or "Autre demande". */
export const REQUEST_CATEGORIES = ['INTERVENTION', 'OTHER'] as const;
export type RequestCategory = (typeof REQUEST_CATEGORIES)[number];
/** A request's life: opened by the client, handled by managers, closed. */
export const REQUEST_STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING_FOR_CLIENT', 'CLOSED'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
/** A ticket's life (manual "Tickets"): quote asked, quote received, work ordered, done, invoiced. */
export const TICKET_STATUSES = ['REQUESTED', 'QUOTED', 'ORDERED', 'DONE', 'INVOICED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_DOCUMENT_KINDS = ['QUOTE', 'INVOICE'] as const;
export type TicketDocumentKind = (typeof TICKET_DOCUMENT_KINDS)[number];

/** Milliseconds, as JavaScript dates hold them: a keyset cursor built from a Date then matches the row exactly. */
export const MS_NOW = sql`date_trunc('milliseconds', now())`;

const inList = (column: string, values: readonly string[]) => sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(', ')})`);

/**
 * A client's request (manual: "Mes demandes"), opened by the client about one of their lots or
 * buildings (or neither: a general question); its text is the first message of its thread.
 * `buildingId` is the lot's building when a lot is given, so the inbox filters by building in SQL.
 */
export const clientRequests = pgTable(
  'client_requests',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    authorPersonId: uuid('author_person_id').notNull(),
    title: text('title').notNull(),
    category: text('category').$type<RequestCategory>().notNull(),
    status: text('status').$type<RequestStatus>().notNull().default('OPEN'),
    lotId: uuid('lot_id'),
    buildingId: uuid('building_id'),
    /** The manager in charge; checked to be a staff member when assigned (no FK to staff: removing a manager keeps the history). */
    assigneePersonId: uuid('assignee_person_id'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().default(MS_NOW),
    /** The last public message, assignment or status change; an internal note leaves it (the client reads it). */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(MS_NOW),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    check('client_requests_category_valid', inList('category', REQUEST_CATEGORIES)),
    check('client_requests_status_valid', inList('status', REQUEST_STATUSES)),
    foreignKey({ columns: [t.agencyId, t.authorPersonId], foreignColumns: [persons.agencyId, persons.id] }),
    foreignKey({ columns: [t.agencyId, t.assigneePersonId], foreignColumns: [persons.agencyId, persons.id] }),
    foreignKey({ columns: [t.agencyId, t.lotId], foreignColumns: [lots.agencyId, lots.id] }),
    foreignKey({ columns: [t.agencyId, t.buildingId], foreignColumns: [buildings.agencyId, buildings.id] }),
    // The inbox: newest first, by status and by building (the benchmark's filters); a client's own list.
    index('client_requests_inbox').on(t.agencyId, t.openedAt, t.id),
    index('client_requests_status').on(t.agencyId, t.status, t.openedAt, t.id),
    index('client_requests_building').on(t.agencyId, t.buildingId, t.status, t.openedAt, t.id),
    index('client_requests_assignee').on(t.agencyId, t.assigneePersonId, t.openedAt, t.id),
    index('client_requests_author').on(t.agencyId, t.authorPersonId, t.openedAt, t.id),
  ],
);

/**
 * A message of a request's thread. `isInternal`: a managers' note, never shown to the client by
 * any path (the message scope drops it for clients and integrators in SQL).
 */
export const requestMessages = pgTable(
  'request_messages',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    requestId: uuid('request_id').notNull(),
    /** Null for a message written by an integrator. */
    authorPersonId: uuid('author_person_id'),
    text: text('text').notNull(),
    isInternal: boolean('is_internal').notNull().default(false),
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull().default(MS_NOW),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.requestId], foreignColumns: [clientRequests.agencyId, clientRequests.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.authorPersonId], foreignColumns: [persons.agencyId, persons.id] }),
    index('request_messages_thread').on(t.agencyId, t.requestId, t.postedAt, t.id),
  ],
);

/** A file attached to a message (PDF, JPEG or PNG, checked on its content like documents), stored under its SHA-256. */
export const requestAttachments = pgTable(
  'request_attachments',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    requestId: uuid('request_id').notNull(),
    messageId: uuid('message_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    /** `requests/<agency>/<sha256>.<ext>` */
    storageKey: text('storage_key').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.messageId], foreignColumns: [requestMessages.agencyId, requestMessages.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.requestId], foreignColumns: [clientRequests.agencyId, clientRequests.id] }).onDelete('cascade'),
    index('request_attachments_message').on(t.agencyId, t.messageId, t.id),
    index('request_attachments_storage').on(t.storageKey),
  ],
);

/**
 * The file name a client gave a staged upload (POST /requests/uploads?name=…): the shared
 * `uploads` table holds bytes only; the name is shown on the attachment.
 */
export const requestUploadNames = pgTable(
  'request_upload_names',
  {
    agencyId: uuid('agency_id').notNull(),
    uploadId: uuid('upload_id').notNull(),
    fileName: text('file_name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.uploadId] }), foreignKey({ columns: [t.agencyId, t.uploadId], foreignColumns: [uploads.agencyId, uploads.id] }).onDelete('cascade')],
);

/** A supplier of the agency (plumber, lift company…); shown to clients in "Nos partenaires" when `isPartner`. */
export const suppliers = pgTable(
  'suppliers',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    /** What they do ("Plomberie", "Ascenseurs"). */
    trade: text('trade').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    addressLine: text('address_line').notNull().default(''),
    website: text('website'),
    isPartner: boolean('is_partner').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), index('suppliers_name').on(t.agencyId, t.name, t.id)],
);

/**
 * A ticket (manual: "Tickets"): the work order or quote request a manager sends a supplier for a
 * request, one per request; the client follows its status on the request.
 */
export const tickets = pgTable(
  'tickets',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    requestId: uuid('request_id').notNull(),
    supplierId: uuid('supplier_id').notNull(),
    status: text('status').$type<TicketStatus>().notNull().default('REQUESTED'),
    /** What the supplier is asked to do (managers only). */
    description: text('description').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    check('tickets_status_valid', inList('status', TICKET_STATUSES)),
    uniqueIndex('tickets_request').on(t.agencyId, t.requestId),
    index('tickets_supplier').on(t.agencyId, t.supplierId, t.createdAt, t.id),
    foreignKey({ columns: [t.agencyId, t.requestId], foreignColumns: [clientRequests.agencyId, clientRequests.id] }),
    foreignKey({ columns: [t.agencyId, t.supplierId], foreignColumns: [suppliers.agencyId, suppliers.id] }),
  ],
);

/** A quote or an invoice of a ticket (PDF), stored under its SHA-256. */
export const ticketDocuments = pgTable(
  'ticket_documents',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    ticketId: uuid('ticket_id').notNull(),
    kind: text('kind').$type<TicketDocumentKind>().notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    /** The quote's or invoice's amount including tax, as the manager reads it (decimal string). */
    amount: numeric('amount', { precision: 14, scale: 2 }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    check('ticket_documents_kind_valid', inList('kind', TICKET_DOCUMENT_KINDS)),
    foreignKey({ columns: [t.agencyId, t.ticketId], foreignColumns: [tickets.agencyId, tickets.id] }).onDelete('cascade'),
    index('ticket_documents_ticket').on(t.agencyId, t.ticketId, t.addedAt, t.id),
    index('ticket_documents_storage').on(t.storageKey),
  ],
);

/** "Mes demandes", "Tickets", "Nos partenaires" switches (manual: "Paramètres"). */
export const requestSettings = {
  requestsEnabled: flag(true, '"Mes demandes": clients open requests and follow their thread with the managers.', 'REQUESTS'),
  requestNotificationsEnabled: flag(true, 'E-mail the other side on each new message or status change of a request (each person may opt out).', 'REQUESTS'),
  ticketsEnabled: flag(true, '"Tickets": managers turn requests into work orders to suppliers, and clients follow their progress.', 'REQUESTS'),
  partnersEnabled: flag(false, '"Nos partenaires": clients see the suppliers marked as partners.', 'REQUESTS'),
} satisfies SettingsSlice;
