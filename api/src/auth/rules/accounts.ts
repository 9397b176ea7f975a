import { and, eq } from 'drizzle-orm';
import { accounts } from '../../db/schema';
import type { Actor } from '../actor';
import type { RowScope, RuleSet } from '../rule';
import { denyAll, readsWholeAgency } from '../scope-helpers';

export const accountRules = {
  'account.list': { description: 'List the accounts of a person reachable by the actor.', client: true, staff: true, integrator: 'ledger:read' },
} satisfies RuleSet;

/** Accounts: managers and `ledger:read` integrators see all; a client only their own published accounts. */
export const accountScope: RowScope = (actor: Actor) => {
  if (actor.kind === 'anonymous') return denyAll;
  const agency = eq(accounts.agencyId, actor.agencyId);
  if (readsWholeAgency(actor, 'ledger:read')) return agency;
  if (actor.kind !== 'person') return denyAll;
  return and(agency, eq(accounts.personId, actor.personId), eq(accounts.isPublished, true))!;
};
