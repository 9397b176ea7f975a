import type { SQL } from 'drizzle-orm';
import type { Actor, AgencyActor, IntegratorScope } from './actor';
import type { FlagKey } from '../settings/registry';

/**
 * Who may perform an action. Everything is denied unless a line here grants it.
 * Rows are further limited by the SQL scopes (`RowScope`), so "client" means "any signed-in
 * person, on the rows their relations reach".
 */
export interface Rule<RowType = never> {
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
  /**
   * The agency switch that must be on (a module the agency may switch off); refused with the
   * reason MODULE_DISABLED. `clients`: managers and integrators keep access when it is off.
   */
  moduleSwitch?: { setting: FlagKey; appliesTo: 'clients' | 'everyone' };
  /** A row-level condition on top of the above (e.g. "their own record"); `can` then needs the row. */
  row?: (actor: AgencyActor, row: RowType) => boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule keeps its own row type; the set only checks the shape
export type RuleSet = Record<string, Rule<any>>;

/**
 * The SQL predicate limiting a table to what an actor may read; includes the agency always.
 * Built with `rowScope` (scope-helpers): `shapeOf(actor)` and `template(shape)` give the same
 * predicate with the actor's values as named placeholders (`scopeValues(actor)`), so loaders
 * compile their statement once per shape.
 */
export interface RowScope {
  (actor: Actor): SQL;
  /** The shape of the SQL for this actor, unique across scopes (a statement cache key). */
  shapeOf(actor: Actor): string;
  template(shape: string): SQL;
}
