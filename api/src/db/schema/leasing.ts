import { flag, type SettingsSlice } from '../../settings/setting';
import { date, foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons } from './identity';
import { lots } from './portfolio';
import { accounts } from './accounts';

/** Mandat de gestion: an owner entrusts lots to the agency; their owner account is 411xxx. */
export const managementMandates = pgTable(
  'management_mandates',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    ownerPersonId: uuid('owner_person_id').notNull(),
    accountId: uuid('account_id'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('mandates_code').on(t.agencyId, t.code),
    index('mandates_owner').on(t.agencyId, t.ownerPersonId),
    foreignKey({ columns: [t.agencyId, t.ownerPersonId], foreignColumns: [persons.agencyId, persons.id] }),
    foreignKey({ columns: [t.agencyId, t.accountId], foreignColumns: [accounts.agencyId, accounts.id] }),
  ],
);

export const mandateLots = pgTable(
  'mandate_lots',
  {
    agencyId: uuid('agency_id').notNull(),
    mandateId: uuid('mandate_id').notNull(),
    lotId: uuid('lot_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.mandateId, t.lotId] }),
    index('mandate_lots_lot').on(t.agencyId, t.lotId),
    foreignKey({ columns: [t.agencyId, t.mandateId], foreignColumns: [managementMandates.agencyId, managementMandates.id] }),
    foreignKey({ columns: [t.agencyId, t.lotId], foreignColumns: [lots.agencyId, lots.id] }),
  ],
);

/** Bail: a tenant on a lot; the notice and departure dates drive automatic access switch-off. */
export const leases = pgTable(
  'leases',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** The back-office's code for the lease: the key of upsertLeases. */
    externalId: text('external_id'),
    lotId: uuid('lot_id').notNull(),
    tenantPersonId: uuid('tenant_person_id').notNull(),
    accountId: uuid('account_id'),
    startDate: date('start_date').notNull(),
    noticeDate: date('notice_date'),
    departureDate: date('departure_date'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('leases_external').on(t.agencyId, t.externalId),
    index('leases_tenant').on(t.agencyId, t.tenantPersonId),
    index('leases_lot').on(t.agencyId, t.lotId),
    foreignKey({ columns: [t.agencyId, t.lotId], foreignColumns: [lots.agencyId, lots.id] }),
    foreignKey({ columns: [t.agencyId, t.tenantPersonId], foreignColumns: [persons.agencyId, persons.id] }),
    foreignKey({ columns: [t.agencyId, t.accountId], foreignColumns: [accounts.agencyId, accounts.id] }),
  ],
);

/** Leasing switches (manual: "Inactiver uniquement les comptes…"). */
export const leasingSettings = {
  disableAccessOnNotice: flag(false, "Switch a tenant's extranet access off at their notice (préavis).", 'ACCESS_AUTOMATION'),
  disableAccessOnDeparture: flag(true, "Switch a tenant's extranet access off at their departure.", 'ACCESS_AUTOMATION'),
} satisfies SettingsSlice;
