import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { entities } from './agency';
import { allocationKeys, buildings, lots } from './portfolio';

/** Exercice comptable of a syndicate; only open ones are shown to clients. */
export const fiscalYears = pgTable(
  'fiscal_years',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    entityId: uuid('entity_id').notNull(),
    code: text('code').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    isOpen: boolean('is_open').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('fiscal_years_code').on(t.agencyId, t.entityId, t.code),
    foreignKey({ columns: [t.agencyId, t.entityId], foreignColumns: [entities.agencyId, entities.id] }),
    check('fiscal_years_dates', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/** A syndicate's expense (dépense) on an expense account, under an allocation key. */
export const expenses = pgTable(
  'expenses',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    externalId: text('external_id').notNull(),
    fiscalYearId: uuid('fiscal_year_id').notNull(),
    buildingId: uuid('building_id').notNull(),
    allocationKeyId: uuid('allocation_key_id').notNull(),
    accountNumber: text('account_number').notNull(),
    accountLabel: text('account_label').notNull(),
    expenseDate: date('expense_date').notNull(),
    label: text('label').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    vat: numeric('vat', { precision: 14, scale: 2 }).notNull().default('0'),
    deductible: numeric('deductible', { precision: 14, scale: 2 }).notNull().default('0'),
    recoverable: numeric('recoverable', { precision: 14, scale: 2 }).notNull().default('0'),
    /** Key of the invoice PDF in the file store, when one is attached. */
    invoiceFile: text('invoice_file'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('expenses_external').on(t.agencyId, t.externalId),
    index('expenses_list').on(t.agencyId, t.buildingId, t.fiscalYearId, t.allocationKeyId, t.accountNumber, t.expenseDate, t.id),
    foreignKey({ columns: [t.agencyId, t.fiscalYearId], foreignColumns: [fiscalYears.agencyId, fiscalYears.id] }),
    foreignKey({ columns: [t.agencyId, t.buildingId], foreignColumns: [buildings.agencyId, buildings.id] }),
    foreignKey({ columns: [t.agencyId, t.allocationKeyId], foreignColumns: [allocationKeys.agencyId, allocationKeys.id] }),
  ],
);

/**
 * Works funds held per lot (loi ALUR): the lot's share of the syndicate's 105xxx accounts, and of
 * 102xxx when the agency publishes them. Loaded by the back-office, one line per lot and account.
 */
export const worksFundLines = pgTable(
  'works_fund_lines',
  {
    agencyId: uuid('agency_id').notNull(),
    lotId: uuid('lot_id').notNull(),
    accountNumber: text('account_number').notNull(),
    label: text('label').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    /** When the back-office last loaded a changed label or amount: the date of the figures ("Situation au …"). */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.lotId, t.accountNumber] }), foreignKey({ columns: [t.agencyId, t.lotId], foreignColumns: [lots.agencyId, lots.id] })],
);
