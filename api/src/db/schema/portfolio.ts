import { sql } from 'drizzle-orm';
import { flag, type SettingsSlice } from '../../settings/setting';
import { date, foreignKey, index, integer, numeric, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies, entities } from './agency';
import { persons, staffMembers } from './identity';
import { accounts } from './accounts';

export const buildings = pgTable(
  'buildings',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    addressLine1: text('address_line1').notNull().default(''),
    addressLine2: text('address_line2').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    city: text('city').notNull().default(''),
    syndicateEntityId: uuid('syndicate_entity_id'),
    /** The manager (gestionnaire) in charge: a staff member of the same agency; null → the agency's contact. */
    managerPersonId: uuid('manager_person_id'),
    /** buildings(search:): code, name, street and town, unaccented and lower-case (immutable_unaccent, migration 0007). */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(sql`lower(immutable_unaccent(code || ' ' || name || ' ' || address_line1 || ' ' || postal_code || ' ' || city))`),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('buildings_code').on(t.agencyId, t.code),
    index('buildings_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    foreignKey({ columns: [t.agencyId, t.syndicateEntityId], foreignColumns: [entities.agencyId, entities.id] }),
    foreignKey({ columns: [t.agencyId, t.managerPersonId], foreignColumns: [staffMembers.agencyId, staffMembers.personId] }),
  ],
);

export const lots = pgTable(
  'lots',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    buildingId: uuid('building_id').notNull(),
    code: text('code').notNull(),
    type: text('type').notNull(),
    floor: text('floor'),
    surface: numeric('surface', { precision: 10, scale: 2 }),
    rooms: integer('rooms'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('lots_code').on(t.agencyId, t.code),
    index('lots_building').on(t.agencyId, t.buildingId, t.code),
    foreignKey({ columns: [t.agencyId, t.buildingId], foreignColumns: [buildings.agencyId, buildings.id] }),
  ],
);

/** Clé de répartition: shares are numeric(14,5), a key totals e.g. 1 000,91516. */
export const allocationKeys = pgTable(
  'allocation_keys',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    buildingId: uuid('building_id').notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('allocation_keys_code').on(t.agencyId, t.buildingId, t.code),
    foreignKey({ columns: [t.agencyId, t.buildingId], foreignColumns: [buildings.agencyId, buildings.id] }),
  ],
);

export const lotShares = pgTable(
  'lot_shares',
  {
    agencyId: uuid('agency_id').notNull(),
    allocationKeyId: uuid('allocation_key_id').notNull(),
    lotId: uuid('lot_id').notNull(),
    shares: numeric('shares', { precision: 14, scale: 5 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.allocationKeyId, t.lotId] }),
    index('lot_shares_lot').on(t.agencyId, t.lotId),
    foreignKey({ columns: [t.agencyId, t.allocationKeyId], foreignColumns: [allocationKeys.agencyId, allocationKeys.id] }),
    foreignKey({ columns: [t.agencyId, t.lotId], foreignColumns: [lots.agencyId, lots.id] }),
  ],
);

/** A co-owner holds a lot through one of their co-owner accounts (450xxx), from a date until a sale. */
export const ownerships = pgTable(
  'ownerships',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    lotId: uuid('lot_id').notNull(),
    personId: uuid('person_id').notNull(),
    accountId: uuid('account_id'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    index('ownerships_person').on(t.agencyId, t.personId),
    /** The natural key of upsertOwnerships. */
    uniqueIndex('ownerships_key').on(t.agencyId, t.lotId, t.personId, t.startDate),
    index('ownerships_lot').on(t.agencyId, t.lotId),
    foreignKey({ columns: [t.agencyId, t.lotId], foreignColumns: [lots.agencyId, lots.id] }),
    foreignKey({ columns: [t.agencyId, t.personId], foreignColumns: [persons.agencyId, persons.id] }),
    foreignKey({ columns: [t.agencyId, t.accountId], foreignColumns: [accounts.agencyId, accounts.id] }),
  ],
);

export const councilRole = pgEnum('council_role', ['MEMBER', 'PRESIDENT']);

export const councilMemberships = pgTable(
  'council_memberships',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    buildingId: uuid('building_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: councilRole('role').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    index('council_person').on(t.agencyId, t.personId),
    /** The natural key of upsertCouncilMemberships. */
    uniqueIndex('council_key').on(t.agencyId, t.buildingId, t.personId, t.startDate),
    index('council_building').on(t.agencyId, t.buildingId),
    foreignKey({ columns: [t.agencyId, t.buildingId], foreignColumns: [buildings.agencyId, buildings.id] }),
    foreignKey({ columns: [t.agencyId, t.personId], foreignColumns: [persons.agencyId, persons.id] }),
  ],
);

/** Portfolio switches (manual: "Paramètres Extranet", "Contact agence", "Mes biens"). */
export const portfolioSettings = {
  agencyContactEnabled: flag(true, '"Activation du module" of "Contact agence": the contact cards (managers in charge, the agency) on clients\' homes.', 'AGENCY_CONTACT'),
  propertiesEnabled: flag(true, '"Activation du module" of "Mes biens": the lots of owners and co-owners with their tantièmes.', 'PROPERTIES'),
  hideSyndicateBankDetails: flag(false, 'Hide the syndicate\'s IBAN/BIC from clients ("Ne pas envoyer les coordonnées bancaires des copropriétés").', 'PUBLICATION'),
  disableAccessOnSale: flag(true, 'Switch the seller\'s extranet access off at a sale ("Inactiver le vendeur").', 'ACCESS_AUTOMATION'),
} satisfies SettingsSlice;
