import { sql, type SQL } from 'drizzle-orm';
import type { Actor, IntegratorActor, IntegratorScope } from './actor';

/** The predicate that matches no row: the default answer. */
export const denyAll: SQL = sql`false`;

export function hasScope(actor: IntegratorActor, scope: IntegratorScope): boolean {
  return actor.scopes.includes(scope);
}

/** Managers, or integrators holding `scope`, read the whole agency. */
export function readsWholeAgency(actor: Actor, scope: IntegratorScope): boolean {
  if (actor.kind === 'integrator') return hasScope(actor, scope);
  return actor.kind === 'person' && actor.isStaff;
}
