import type { Actor } from './actor';
import type { Rule } from './rule';
import { forbidden, passwordChangeRequired, unauthenticated } from '../graphql/errors';
import { identityRules, personScope } from './rules/identity';
import {
  allocationKeyScope, buildingScope, councilScope, lotScope, lotShareScope, ownershipScope, portfolioRules,
} from './rules/portfolio';
import { leaseScope, leasingRules, mandateScope } from './rules/leasing';
import { accountRules, accountScope } from './rules/accounts';

/** Every action of the API and who may perform it: the reviewed list. */
export const rules = { ...identityRules, ...portfolioRules, ...leasingRules, ...accountRules } satisfies Record<string, Rule>;
export type Action = keyof typeof rules;

/** Row scopes per table, applied in the SQL of every list and loader. */
export const scope = {
  persons: personScope,
  buildings: buildingScope,
  lots: lotScope,
  lotShares: lotShareScope,
  allocationKeys: allocationKeyScope,
  ownerships: ownershipScope,
  councilMemberships: councilScope,
  managementMandates: mandateScope,
  leases: leaseScope,
  accounts: accountScope,
};

function grantedByRole(actor: Actor, rule: Rule): boolean {
  switch (actor.kind) {
    case 'anonymous':
      return Boolean(rule.anonymous);
    case 'integrator':
      return rule.integrator !== undefined && actor.scopes.includes(rule.integrator);
    case 'person':
      return Boolean(rule.client) || (actor.isStaff && Boolean(rule.staff));
  }
}

/** Whether `actor` may perform `action` (on `row` when the rule has a row condition). */
export function can(actor: Actor, action: Action, row?: unknown): boolean {
  const rule: Rule = rules[action];
  if (!grantedByRole(actor, rule)) return false;
  if (actor.kind === 'person' && actor.mustChangePassword && !rule.duringPasswordChange) return false;
  if (rule.row) {
    if (actor.kind === 'anonymous' || row === undefined) return false;
    return rule.row(actor, row as never);
  }
  return true;
}

/** Throws the error a client should see: sign in, change password first, or forbidden. */
export function assertCan(actor: Actor, action: Action, row?: unknown): void {
  if (can(actor, action, row)) return;
  const rule: Rule = rules[action];
  if (actor.kind === 'anonymous' && !rule.anonymous) throw unauthenticated();
  if (actor.kind === 'person' && actor.mustChangePassword && !rule.duringPasswordChange) throw passwordChangeRequired();
  throw forbidden(action);
}
