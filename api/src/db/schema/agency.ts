import { jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** An agency is the tenant: every other table carries its `agency_id`. */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  address: text('address').notNull().default(''),
  /** The agency's own contact, shown to clients when no manager is in charge (manual: "Contacts agence"). */
  phone: text('phone'),
  email: text('email'),
  /**
   * The agency's legal profile (loi Hoguet, loi ÉLAN): shown in the legal notice ("Mentions
   * légales") and the PDF headers. Empty until the agency fills it in.
   */
  legalName: text('legal_name').notNull().default(''),
  legalForm: text('legal_form').notNull().default(''),
  siret: text('siret').notNull().default(''),
  /** Code APE (NAF rév. 2), as INSEE prints it: "68.32A". */
  apeCode: text('ape_code').notNull().default(''),
  /** The manual's "Mandataire": the person who runs the agency (gérant, représentant légal). */
  representativeName: text('representative_name').notNull().default(''),
  /** Carte professionnelle: its number and the CCI that issued it. */
  professionalCardNumber: text('professional_card_number').notNull().default(''),
  professionalCardIssuer: text('professional_card_issuer').notNull().default(''),
  /** Garantie financière: guarantor and amount, as the agency words it. */
  financialGuarantee: text('financial_guarantee').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const entityKind = pgEnum('entity_kind', ['GERANCE', 'SYNDIC']);

/**
 * Agency-wide switches and choices (manual: "Paramètres Extranet"). Each module declares its own
 * in its settings slice (`<module>Settings` in db/schema/<module>.ts) with defaults; the values
 * stored here are only those an agency changed. Read through `readSettings`, never directly.
 */
export const agencySettings = pgTable('agency_settings', {
  agencyId: uuid('agency_id')
    .primaryKey()
    .references(() => agencies.id),
  values: jsonb('values').$type<Record<string, unknown>>().notNull().default({}),
});

/** Accounting entity: one gérance entity (G001), one per syndicate (S001 Syndicat Gilbert). */
export const entities = pgTable(
  'entities',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    kind: entityKind('kind').notNull(),
    name: text('name').notNull(),
    iban: text('iban'),
    bic: text('bic'),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), uniqueIndex('entities_code').on(t.agencyId, t.code)],
);
