import { boolean, pgEnum, pgTable, primaryKey, text, uuid, timestamp } from 'drizzle-orm/pg-core';

/** An agency is the tenant: every other table carries its `agency_id`. */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  address: text('address').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const balancePresentation = pgEnum('balance_presentation', ['CREDIT_MINUS_DEBIT', 'DEBIT_MINUS_CREDIT']);
export const entityKind = pgEnum('entity_kind', ['GERANCE', 'SYNDIC']);

/** Agency-wide switches (manual: "Paramètres Extranet", "Inactiver uniquement les comptes..."). */
export const agencySettings = pgTable('agency_settings', {
  agencyId: uuid('agency_id').primaryKey().references(() => agencies.id),
  balancePresentation: balancePresentation('balance_presentation').notNull().default('CREDIT_MINUS_DEBIT'),
  disableAccessOnNotice: boolean('disable_access_on_notice').notNull().default(false),
  disableAccessOnDeparture: boolean('disable_access_on_departure').notNull().default(true),
  disableAccessOnSale: boolean('disable_access_on_sale').notNull().default(true),
  hideSyndicateBankDetails: boolean('hide_syndicate_bank_details').notNull().default(false),
  ownerSeesTenantAccounts: boolean('owner_sees_tenant_accounts').notNull().default(false),
  /** "Activation du module" of "Mon compte": the account pages for clients. */
  accountModuleEnabled: boolean('account_module_enabled').notNull().default(true),
  /** "Regrouper les écritures de trésorerie", per kind of client. */
  groupTreasuryForOwners: boolean('group_treasury_for_owners').notNull().default(false),
  groupTreasuryForTenants: boolean('group_treasury_for_tenants').notNull().default(false),
  groupTreasuryForCoOwners: boolean('group_treasury_for_co_owners').notNull().default(false),
  /** "Exclure les analytiques non reversés aux propriétaires". */
  excludeAnalyticsNotPaidBack: boolean('exclude_analytics_not_paid_back').notNull().default(false),
  /** "Envoyer les comptes 102xxx dans les fonds travaux". */
  worksFundIncludes102: boolean('works_fund_includes_102').notNull().default(false),
  /** "Envoyer la liste des dépenses": the expense list module. */
  expenseListEnabled: boolean('expense_list_enabled').notNull().default(true),
});

/** Accounting entity: one gérance entity (G001), one per syndicate (S001 Syndicat Gilbert). */
export const entities = pgTable(
  'entities',
  {
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    kind: entityKind('kind').notNull(),
    name: text('name').notNull(),
    iban: text('iban'),
    bic: text('bic'),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] })],
);
