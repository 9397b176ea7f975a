import { date, foreignKey, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { flag, type SettingsSlice } from '../../settings/setting';
import { agencies } from './agency';
import { buildings } from './portfolio';

/**
 * Who an announcement is for (manual: "Mes informations", issue 12: "all clients, a building,
 * co-owners only, owners, tenants"). COOWNERS includes the council members (they are co-owners of
 * the building); OWNERS are owners under a management mandate; TENANTS hold a current lease.
 */
export const announcementAudience = pgEnum('announcement_audience', ['ALL_CLIENTS', 'COOWNERS', 'OWNERS', 'TENANTS']);

/**
 * A piece of news written by a manager ("Mes informations": "les publications que vous établissez
 * à partir de l'extranet"): for its audience across the agency, or only that audience's people of
 * one building; shown from its publication day on.
 */
export const announcements = pgTable(
  'announcements',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: uuid('id').notNull().defaultRandom(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    audience: announcementAudience('audience').notNull(),
    /** Null: the audience's people in every building of the agency. */
    buildingId: uuid('building_id'),
    /** The first day clients see it; managers see it before. */
    publishOn: date('publish_on').notNull(),
    authorPersonId: uuid('author_person_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    index('announcements_published').on(t.agencyId, t.publishOn, t.id),
    foreignKey({ columns: [t.agencyId, t.buildingId], foreignColumns: [buildings.agencyId, buildings.id] }),
  ],
);

/**
 * An office of the agency (manual: "Agence" → "Bureaux": "forme juridique, SIRET, code APE, email
 * professionnel, téléphone…"; "la partie « bureaux » sera visible par vos clients, dans la zone
 * « Contacts »"). Public details of the agency, shown to all its clients while "Contact agence" is on.
 */
export const agencyOffices = pgTable(
  'agency_offices',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    /** Postal address, one line. */
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    /** As the agency words it: "Du lundi au vendredi, 9 h – 12 h". */
    openingHours: text('opening_hours').notNull().default(''),
    legalForm: text('legal_form').notNull().default(''),
    siret: text('siret').notNull().default(''),
    apeCode: text('ape_code').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), index('agency_offices_name').on(t.agencyId, t.name, t.id)],
);

/**
 * The agency's news feed (manual: "Flux RSS", "Url du fil d'actualité"): one address per agency,
 * fetched by the server (agency/news-feed-network.ts) and shown on clients' home pages.
 */
export const newsFeeds = pgTable('news_feeds', {
  agencyId: uuid('agency_id')
    .primaryKey()
    .references(() => agencies.id),
  url: text('url').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** "Mes informations" and "Flux RSS" (manual: "Paramètres": "Mes informations, Mes demandes", "Flux RSS"). */
export const agencyInfoSettings = {
  announcementsEnabled: flag(true, '"Mes informations": clients see the announcements managers publish for them.', 'INFORMATIONS'),
  newsFeedEnabled: flag(true, '"Activation du module" of "Flux RSS": the latest items of the agency\'s news feed on clients\' home pages.', 'NEWS_FEED'),
} satisfies SettingsSlice;
