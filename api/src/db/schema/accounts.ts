import { flag, oneOf, type SettingsSlice } from '../../settings/setting';
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, foreignKey, index, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { entities } from './agency';
import { persons } from './identity';

export const accountKind = pgEnum('account_kind', ['COOWNER', 'OWNER', 'TENANT', 'OTHER']);

/**
 * A client's ledger account (411ALOXECO, 450TRILLON, 81ELLOCATA). `balance` is debit − credit,
 * maintained in the same transaction as the entries, so no request sums a whole account.
 */
export const accounts = pgTable(
  'accounts',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    entityId: uuid('entity_id').notNull(),
    personId: uuid('person_id'),
    number: text('number').notNull(),
    label: text('label').notNull(),
    kind: accountKind('kind').notNull(),
    isPublished: boolean('is_published').notNull().default(true),
    /** Unpublished from this date (a sale or departure dated in the future), read at request time: no job flips `isPublished`. */
    unpublishedFrom: date('unpublished_from'),
    balance: numeric('balance', { precision: 14, scale: 2 }).notNull().default('0'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('accounts_number').on(t.agencyId, t.entityId, t.number),
    index('accounts_person').on(t.agencyId, t.personId),
    foreignKey({ columns: [t.agencyId, t.entityId], foreignColumns: [entities.agencyId, entities.id] }),
    foreignKey({ columns: [t.agencyId, t.personId], foreignColumns: [persons.agencyId, persons.id] }),
  ],
);

/** Immutable: a correction is a reversing entry. One side only is non-zero. */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    agencyId: uuid('agency_id').notNull(),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    accountId: uuid('account_id').notNull(),
    entryDate: date('entry_date').notNull(),
    label: text('label').notNull(),
    debit: numeric('debit', { precision: 14, scale: 2 }).notNull().default('0'),
    credit: numeric('credit', { precision: 14, scale: 2 }).notNull().default('0'),
    /** A treasury movement (payment, règlement): may be grouped by date in clients' views. */
    isTreasury: boolean('is_treasury').notNull().default(false),
    /** On an analytic account not paid back to owners: hidden from owners when the agency says so. */
    isAnalyticNotPaidBack: boolean('is_analytic_not_paid_back').notNull().default(false),
    /** The back-office's own identifier: loading the same batch twice changes nothing. */
    externalId: text('external_id'),
    /** The back-office's fiscal code of a rent-call line ("code fiscalité": `30` for the provisions on charges): the charge regularisation sums the provisions called by it. */
    fiscalCode: text('fiscal_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    // Statement pages walk (account, date, id) by keyset.
    index('ledger_entries_account_date').on(t.agencyId, t.accountId, t.entryDate, t.id),
    uniqueIndex('ledger_entries_external').on(t.agencyId, t.externalId),
    foreignKey({ columns: [t.agencyId, t.accountId], foreignColumns: [accounts.agencyId, accounts.id] }),
    check('ledger_entries_amounts', sql`${t.debit} >= 0 AND ${t.credit} >= 0`),
  ],
);

/**
 * Monthly debit and credit totals per account, maintained with the entries: an opening balance
 * at any date sums a few hundred months plus one month of entries, never a whole account.
 */
export const accountMonthTotals = pgTable(
  'account_month_totals',
  {
    agencyId: uuid('agency_id').notNull(),
    accountId: uuid('account_id').notNull(),
    month: date('month').notNull(),
    debit: numeric('debit', { precision: 16, scale: 2 }).notNull().default('0'),
    credit: numeric('credit', { precision: 16, scale: 2 }).notNull().default('0'),
    /** The part of debit and credit on analytic accounts not paid back to owners. */
    notPaidBackDebit: numeric('not_paid_back_debit', { precision: 16, scale: 2 }).notNull().default('0'),
    notPaidBackCredit: numeric('not_paid_back_credit', { precision: 16, scale: 2 }).notNull().default('0'),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.accountId, t.month] }), foreignKey({ columns: [t.agencyId, t.accountId], foreignColumns: [accounts.agencyId, accounts.id] })],
);

/** Account, works-fund and expense-list settings (manual: "Paramètres", "Mon compte", "Liste des dépenses", "Fonds de travaux"). */
export const accountSettings = {
  accountModuleEnabled: flag(true, '"Activation du module" of "Mon compte": the account pages for clients.', 'ACCOUNT'),
  ownerSeesTenantAccounts: flag(false, 'Owners see the published accounts of the current tenants of their lots.', 'ACCOUNT'),
  balancePresentation: oneOf(
    ['CREDIT_MINUS_DEBIT', 'DEBIT_MINUS_CREDIT'],
    'CREDIT_MINUS_DEBIT',
    'How balances are signed for clients ("Sens de présentation des soldes").',
    'ACCOUNT',
  ),
  expenseListEnabled: flag(true, '"Envoyer la liste des dépenses": the expense list module.', 'EXPENSE_LIST'),
  worksFundsEnabled: flag(true, '"Activation du module" of "Fonds de travaux": the works funds page for clients.', 'WORKS_FUNDS'),
  worksFundIncludes102: flag(false, '"Envoyer les comptes 102xxx dans les fonds travaux".', 'WORKS_FUNDS'),
  groupTreasuryForOwners: flag(false, '"Regrouper les écritures de trésorerie" in owners\' views.', 'PUBLICATION'),
  groupTreasuryForTenants: flag(false, '"Regrouper les écritures de trésorerie" in tenants\' views.', 'PUBLICATION'),
  groupTreasuryForCoOwners: flag(false, '"Regrouper les écritures de trésorerie" in co-owners\' views.', 'PUBLICATION'),
  excludeAnalyticsNotPaidBack: flag(false, '"Exclure les analytiques non reversés aux propriétaires".', 'PUBLICATION'),
} satisfies SettingsSlice;
