import type { SQL } from 'drizzle-orm';
import type { Actor, AgencyActor, IntegratorScope, PersonActor } from './actor';

/**
 * Who may perform an action. Everything is denied unless a line here grants it.
 * Rows are further limited by the SQL scopes (`RowScope`), so "client" means "any signed-in
 * person, on the rows their relations reach".
 */
export interface Rule {
  /** One line for reviewers: what the action is. */
  description: string;
  /** Callable without signing in. */
  anonymous?: boolean;
  /** Any signed-in person (co-owner, council member, owner, tenant, manager). */
  client?: boolean;
  /** Agency staff (managers). */
  staff?: boolean;
  /** Integrators holding this scope. */
  integrator?: IntegratorScope;
  /** Still callable while a temporary password awaits its change. */
  duringPasswordChange?: boolean;
  /** A row-level condition on top of the above (e.g. "their own record"). */
  row?: (actor: AgencyActor, row: never) => boolean;
}

export type RuleSet = Record<string, Rule>;

/** The SQL predicate limiting a table to what an actor may read; includes the agency always. */
export type RowScope = (actor: Actor) => SQL;

export function isPerson(actor: Actor): actor is PersonActor {
  return actor.kind === 'person';
}
