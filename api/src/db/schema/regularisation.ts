import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, jsonb, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { persons } from './identity';
import { leases } from './leasing';
import { lots } from './portfolio';

/** A charge line as entered: a label and an amount (decimal string, 2 decimals). */
export interface StoredCharge {
  label: string;
  amount: string;
}
/** A tenant's share of one line, by label (5 decimals). */
export interface StoredLineShare {
  label: string;
  share: string;
}
/** A water line: indexes (decimal strings) and the unit price. */
export interface StoredWater {
  label: string;
  indexStart: string;
  indexEnd: string;
  unitPrice: string;
}

/** A tenant's record: pending, then validated ("Validé"), then billed ("Quittancer"), after which it never changes. */
export const tenantRegularisationStatus = pgEnum('tenant_regularisation_status', ['PENDING', 'VALIDATED', 'BILLED']);

/**
 * A regularisation of one lot over one period (manual: "Régularisation des lots isolés", the
 * "ajouter" screen): the charge lines given by the syndic, the fiscal code whose rent-call lines
 * are the provisions, the threshold for departed tenants and the fiscal code's rate for the new
 * provisions. The figures of each tenant live in `tenant_regularisations`.
 */
export const chargeRegularisations = pgTable(
  'charge_regularisations',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    lotId: uuid('lot_id').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    charges: jsonb('charges').$type<StoredCharge[]>().notNull().default([]),
    fiscalCode: text('fiscal_code').notNull().default('30'),
    departedThreshold: numeric('departed_threshold', { precision: 14, scale: 2 }).notNull().default('10.00'),
    provisionRatePercent: numeric('provision_rate_percent', { precision: 7, scale: 2 }).notNull().default('100.00'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    index('charge_regularisations_lot').on(t.agencyId, t.lotId, t.periodEnd),
    index('charge_regularisations_created').on(t.agencyId, t.createdAt, t.id),
    foreignKey({ columns: [t.agencyId, t.lotId], foreignColumns: [lots.agencyId, lots.id] }),
    check('charge_regularisations_period', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);

/**
 * One tenant's record in a regularisation (manual: "Régularisation Elsa Locataire - 1/1"): days of
 * presence, shares, extra lines, water, provisions, amount retained, instalments, provisions. The
 * totals are computed from these (regularisation-computation.ts), never stored, until billing
 * freezes `billedAmount`.
 */
export const tenantRegularisations = pgTable(
  'tenant_regularisations',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    regularisationId: uuid('regularisation_id').notNull(),
    leaseId: uuid('lease_id').notNull(),
    tenantPersonId: uuid('tenant_person_id').notNull(),
    /** The tenant's account the regularisation is billed on; null when the lease has none (billing refuses it). */
    accountId: uuid('account_id'),
    days: integer('days').notNull(),
    isDeparted: boolean('is_departed').notNull(),
    share: numeric('share', { precision: 9, scale: 5 }).notNull().default('1.00000'),
    lineShares: jsonb('line_shares').$type<StoredLineShare[]>().notNull().default([]),
    extraCharges: jsonb('extra_charges').$type<StoredCharge[]>().notNull().default([]),
    water: jsonb('water').$type<StoredWater[]>().notNull().default([]),
    provisions: numeric('provisions', { precision: 14, scale: 2 }).notNull().default('0'),
    /** The manager typed the provisions (they differ from the ledger's prefill): a change of period keeps them instead of prefilling again. */
    isProvisionsEntered: boolean('is_provisions_entered').notNull().default(false),
    retained: numeric('retained', { precision: 14, scale: 2 }).notNull().default('0'),
    instalments: integer('instalments').notNull().default(1),
    currentMonthlyProvision: numeric('current_monthly_provision', { precision: 14, scale: 2 }).notNull().default('0'),
    /** As `isProvisionsEntered`, for the current monthly provision. */
    isCurrentMonthlyProvisionEntered: boolean('is_current_monthly_provision_entered').notNull().default(false),
    /** A new provision the manager typed; null: computed from the total and the rate. */
    newMonthlyProvision: numeric('new_monthly_provision', { precision: 14, scale: 2 }),
    status: tenantRegularisationStatus('status').notNull().default('PENDING'),
    /** The regularisation put on the account at billing (debit − credit; 0 when skipped). */
    billedAmount: numeric('billed_amount', { precision: 14, scale: 2 }),
    billedOn: date('billed_on'),
    /** The published "décompte de charges locatives" (no foreign key: a manager may delete the document; the link then reads as none). */
    statementDocumentId: uuid('statement_document_id'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    index('tenant_regularisations_regularisation').on(t.agencyId, t.regularisationId),
    index('tenant_regularisations_lease').on(t.agencyId, t.leaseId),
    foreignKey({ columns: [t.agencyId, t.regularisationId], foreignColumns: [chargeRegularisations.agencyId, chargeRegularisations.id] }),
    foreignKey({ columns: [t.agencyId, t.leaseId], foreignColumns: [leases.agencyId, leases.id] }),
    foreignKey({ columns: [t.agencyId, t.tenantPersonId], foreignColumns: [persons.agencyId, persons.id] }),
    foreignKey({ columns: [t.agencyId, t.accountId], foreignColumns: [accounts.agencyId, accounts.id] }),
    check('tenant_regularisations_instalments', sql`${t.instalments} BETWEEN 1 AND 12`),
  ],
);
