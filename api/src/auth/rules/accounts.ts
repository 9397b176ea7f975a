import { and, eq, or } from 'drizzle-orm';
import { isPublishedToClient } from '../../db/current';
import { accounts } from '../../db/schema';
import type { AgencyActor } from '../actor';
import type { RowScope, RuleSet } from '../rule';
import { agencyScope, holdsSyndicLevel, within } from '../scope-helpers';

export const accountRules = {
  'account.list': { description: 'List the accounts of a person reachable by the actor.', client: true, staff: true, integrator: 'ledger:read' },
  'account.readStatement': {
    description: 'Read an account\'s statement and balance chart ("Mon compte"); clients only while the agency enables the module.',
    client: true,
    staff: true,
    integrator: 'ledger:read',
    moduleSwitch: { setting: 'accountModuleEnabled', appliesTo: 'clients' },
  },
  'account.exportStatement': {
    description: 'Download a statement as PDF or CSV; rows are scoped like the account itself.',
    client: true,
    staff: true,
    integrator: 'ledger:read',
    moduleSwitch: { setting: 'accountModuleEnabled', appliesTo: 'clients' },
  },
  'person.readFinancials': {
    description: "Read a person's works funds: the person, managers, ledger-reading integrators.",
    client: true,
    staff: true,
    integrator: 'ledger:read',
    row: (actor: AgencyActor, person: { agencyId: string; id: string }) =>
      person.agencyId === actor.agencyId && (actor.kind === 'integrator' || actor.isStaff || actor.personId === person.id),
  },
  'worksFund.read': {
    description: 'Read works funds ("Fonds de travaux"); clients only while the agency enables the module. Whose funds: person.readFinancials.',
    client: true,
    staff: true,
    integrator: 'ledger:read',
    moduleSwitch: { setting: 'worksFundsEnabled', appliesTo: 'clients' },
  },
  'building.readWorksFund': {
    description: "Read the works funds of every lot of a building (the manager's building page): managers, ledger-reading integrators.",
    staff: true,
    integrator: 'ledger:read',
    row: (actor: AgencyActor, building: { agencyId: string; id: string }) => building.agencyId === actor.agencyId && (actor.kind === 'integrator' || actor.isStaff),
  },
  'account.publish': { description: 'Publish or unpublish accounts to clients ("activation par salve").', staff: true, integrator: 'ledger:write' },
  'ledger.import': { description: 'Load accounts, fiscal years, expenses, works funds and entries from a back-office.', staff: true, integrator: 'ledger:write' },
  'expense.list': {
    description: 'Read a building\'s expense list: the clients the "Factures" binder opens to in that building (the council by default), managers, ledger readers.',
    client: true,
    staff: true,
    integrator: 'ledger:read',
    moduleSwitch: { setting: 'expenseListEnabled', appliesTo: 'everyone' },
    // The level of the "Factures" binder comes with the actor (auth/actor.ts reads it in the session
    // statement): binder rights live in the kernel schema, so this rule needs no documents import.
    row: (actor: AgencyActor, building: { agencyId: string; id: string }) =>
      building.agencyId === actor.agencyId && (actor.kind === 'integrator' || actor.isStaff || holdsSyndicLevel(actor, actor.invoicesBinderLevel, building.id)),
  },
  'expense.downloadInvoice': {
    description: "Download an expense's invoice PDF; only where the expense list of its building is readable.",
    client: true,
    staff: true,
    integrator: 'ledger:read',
    moduleSwitch: { setting: 'expenseListEnabled', appliesTo: 'everyone' },
  },
} satisfies RuleSet;

/**
 * Accounts: managers and `ledger:read` integrators see all; a client their own published accounts,
 * and an owner their current tenants' published accounts when the agency enables it.
 */
export const accountScope: RowScope = agencyScope(accounts.agencyId, 'ledger:read', (p) =>
  and(or(eq(accounts.personId, p.personId), within(accounts.id, p.tenantAccountIds)), isPublishedToClient),
);
