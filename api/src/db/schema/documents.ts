import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { flag, type SettingsSlice } from '../../settings/setting';
import { agencies } from './agency';
import { persons } from './identity';
import { buildings, lots } from './portfolio';
import { accounts } from './accounts';
import { leases } from './leasing';

/** The module a binder belongs to (manual: "Les classeurs sont différenciés par module"). */
export const binderModule = pgEnum('binder_module', ['GERANCE', 'SYNDIC']);

/**
 * A syndic binder's right as ONE ordered level (DESIGN.md "Syndic binder rights"): PRESIDENT <
 * COUNCIL < ALL_COOWNERS, null = nobody. The manual's three boxes "read right to left" with the
 * pitfall removed: "co-owner" alone would hide a document from the council.
 */
export const syndicLevel = pgEnum('syndic_level', ['PRESIDENT', 'COUNCIL', 'ALL_COOWNERS']);

/** Who an agency-wide document of "Documents du syndic" reaches (loi ÉLAN): every council member, or every co-owner. */
export const agencyWideAudience = pgEnum('agency_wide_audience', ['COUNCILS', 'ALL_COOWNERS']);

/**
 * Binders that rules name: "Factures" (the expense list follows its rights, manual "Envoyer la
 * liste des dépenses") and "Documents du syndic" (agency-wide documents, loi ÉLAN). They may be
 * renamed but not deleted; other binders carry no key.
 */
export const binderKey = pgEnum('binder_key', ['INVOICES', 'SYNDIC_DOCUMENTS']);

/** Documents the API generates: the council's co-owner list ("Liste des copropriétaires"). */
export const generatedDocument = pgEnum('generated_document', ['COOWNER_LIST']);

/**
 * A classeur (manual: "Classeurs"): per agency and module, with its rights. A name with " / "
 * shows as a binder with sub-folders ("Courriers / Locataires"). Every agency gets the manual's
 * default list when it is created (trigger of migration 0012, `DEFAULT_BINDERS` in documents/).
 */
export const binders = pgTable(
  'binders',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: uuid('id').notNull().defaultRandom(),
    module: binderModule('module').notNull(),
    name: text('name').notNull(),
    key: binderKey('key'),
    /** Syndic binders: the level that opens it; null = nobody. Unused for gérance. */
    syndicLevel: syndicLevel('syndic_level'),
    /** Gérance binders: the "Propriétaire" and "Locataire" columns, independent. */
    ownerAccess: boolean('owner_access').notNull().default(false),
    tenantAccess: boolean('tenant_access').notNull().default(false),
    /**
     * "Paramétrage des modèles d'événement" → "Activer les notifications": every document published
     * in this binder e-mails the people who can see it, as if published with `notify`.
     */
    notifyByDefault: boolean('notify_by_default').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), uniqueIndex('binders_name').on(t.agencyId, t.module, t.name), uniqueIndex('binders_key').on(t.agencyId, t.key)],
);

/**
 * A published file (manual: an "événement" with its attachment). It targets exactly one of a
 * person, an account, a lease, a lot (personal), a building (generic) or the whole agency
 * (`agencyWide`, only in "Documents du syndic"). Visible to a client only when the binder grants
 * their role, the target concerns them and it is published today (auth/rules/documents.ts).
 */
export const documents = pgTable(
  'documents',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    binderId: uuid('binder_id').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    /** SHA-256 of the stored bytes, hex (registered letters quote it). */
    sha256: text('sha256').notNull(),
    /** The FileStore key (content-addressed: `documents/<agency>/<sha256>.<ext>`). */
    storageKey: text('storage_key').notNull(),
    personId: uuid('person_id'),
    accountId: uuid('account_id'),
    leaseId: uuid('lease_id'),
    lotId: uuid('lot_id'),
    buildingId: uuid('building_id'),
    agencyWide: agencyWideAudience('agency_wide'),
    /** First day of publication (manual: "date de traitement de l'événement"). */
    publishedOn: date('published_on').notNull(),
    /** First day it is no longer shown (publishedOn + duration in months); null = "ad vitam". */
    expiresOn: date('expires_on'),
    /** "(Dé)publier des événements": false hides it from clients at once. */
    isPublished: boolean('is_published').notNull().default(true),
    /** "Regrouper par type de dossier": the sub-folder the document is filed in. */
    dossier: text('dossier'),
    /**
     * "Activer les notifications" of the publication: true or false as the call said; null when it
     * said nothing, and then the binder's model decides (`binders.notify_by_default`, read when announcing).
     */
    notify: boolean('notify'),
    /**
     * When its new-document e-mails were queued (documents/document-notifications.ts); null = not yet
     * (not asked, or not shown yet: a document dated ahead is announced on its first day).
     */
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    /** A document the API generates and replaces ("annule et remplace"): one per building and kind. */
    generated: generatedDocument('generated'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    index('documents_binder_published').on(t.agencyId, t.binderId, t.publishedOn, t.id),
    index('documents_published').on(t.agencyId, t.publishedOn, t.id),
    index('documents_building').on(t.agencyId, t.buildingId),
    index('documents_account').on(t.agencyId, t.accountId),
    index('documents_person').on(t.agencyId, t.personId),
    index('documents_lease').on(t.agencyId, t.leaseId),
    index('documents_lot').on(t.agencyId, t.lotId),
    index('documents_storage').on(t.storageKey),
    uniqueIndex('documents_generated')
      .on(t.agencyId, t.buildingId, t.generated)
      .where(sql`${t.generated} IS NOT NULL`),
    // The agency-wide arm of the clients' candidate documents (auth/rules/documents.ts `personCandidates`): a few rows, read by index.
    index('documents_agency_wide')
      .on(t.agencyId)
      .where(sql`${t.agencyWide} IS NOT NULL`),
    index('documents_to_notify')
      .on(t.agencyId, t.publishedOn)
      .where(sql`${t.notifiedAt} IS NULL AND ${t.isPublished}`),
    foreignKey({ columns: [t.agencyId, t.binderId], foreignColumns: [binders.agencyId, binders.id] }),
    foreignKey({ columns: [t.agencyId, t.personId], foreignColumns: [persons.agencyId, persons.id] }),
    foreignKey({ columns: [t.agencyId, t.accountId], foreignColumns: [accounts.agencyId, accounts.id] }),
    foreignKey({ columns: [t.agencyId, t.leaseId], foreignColumns: [leases.agencyId, leases.id] }),
    foreignKey({ columns: [t.agencyId, t.lotId], foreignColumns: [lots.agencyId, lots.id] }),
    foreignKey({ columns: [t.agencyId, t.buildingId], foreignColumns: [buildings.agencyId, buildings.id] }),
    check('documents_one_target', sql`num_nonnulls(${t.personId}, ${t.accountId}, ${t.leaseId}, ${t.lotId}, ${t.buildingId}, ${t.agencyWide}) = 1`),
    check('documents_period', sql`${t.expiresOn} IS NULL OR ${t.expiresOn} > ${t.publishedOn}`),
  ],
);

/**
 * A staged upload (`POST /uploads`): bytes too large for GraphQL JSON, stored first and named by
 * `publishDocument(uploadId:)` once, by the same uploader, before it expires.
 */
export const uploads = pgTable(
  'uploads',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** The manager (person) or the integrator token that uploaded it: nobody else may use it. */
    uploaderPersonId: uuid('uploader_person_id'),
    uploaderTokenId: uuid('uploader_token_id'),
    storageKey: text('storage_key').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), index('uploads_expiry').on(t.expiresAt)],
);

/**
 * Buildings whose co-owner list must be regenerated: marked by triggers (migration 0013) in the
 * transaction that changes an ownership, a council seat or a person, whatever the path (the
 * portfolio upserts, a sale), then regenerated after commit (documents/co-owner-list.service.ts).
 */
export const coOwnerListQueue = pgTable(
  'co_owner_list_queue',
  {
    agencyId: uuid('agency_id').notNull(),
    buildingId: uuid('building_id').notNull(),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.buildingId] })],
);

/** Documents switches (manual: "Parties « Mes documents » et « Mes photos »", "Utiliser le nom des pièces jointes…"). */
export const documentSettings = {
  documentsEnabled: flag(true, '"Activation du module" of "Mes documents": the binders and documents for clients.', 'DOCUMENTS'),
  showEmptyBinders: flag(false, '"Afficher les classeurs vides": clients also see the binders that hold no document for them.', 'DOCUMENTS'),
  useAttachmentNameAsTitle: flag(
    false,
    '"Utiliser le nom des pièces jointes des événements pour le titre des documents sur l\'extranet": the file name is the title.',
    'DOCUMENTS',
  ),
  documentNotificationsEnabled: flag(true, '"Activer les notifications": new documents published with a notification are e-mailed to the people who can see them.', 'DOCUMENTS'),
  ownerSeesTenantDocuments: flag(
    false,
    "Owners see the documents addressed to their lots' tenants' leases (a tenant's charge statement) in the gérance binders open to owners.",
    'DOCUMENTS',
  ),
} satisfies SettingsSlice;
