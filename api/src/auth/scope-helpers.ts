import { and, eq, sql, type Column, type SQL } from 'drizzle-orm';
import type { Actor, IntegratorActor, IntegratorScope, PersonActor } from './actor';

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

/**
 * The shape every table scope shares: nothing for anonymous; the whole agency for managers and
 * for integrators holding `integratorScope`; for a person, their agency AND `forPerson`; nothing
 * for other integrators.
 */
export function agencyScope(agencyColumn: Column, integratorScope: IntegratorScope, forPerson: (actor: PersonActor) => SQL | undefined): (actor: Actor) => SQL {
  return (actor) => {
    if (actor.kind === 'anonymous') return denyAll;
    const agency = eq(agencyColumn, actor.agencyId);
    if (readsWholeAgency(actor, integratorScope)) return agency;
    if (actor.kind !== 'person') return denyAll;
    return and(agency, forPerson(actor) ?? denyAll)!;
  };
}

/**
 * `column = ANY($1::type[])` with the whole list as ONE array parameter: one statement text
 * whatever the list's length (`IN ($1…$n)` made one text, one parse and one prepared statement
 * per length), so a loader's SQL has a fixed shape. An empty list matches no row.
 */
export function anyOf(column: Column, values: readonly unknown[]): SQL {
  return sql`${column} = any(${sql.param(values)}::${sql.raw(column.getSQLType())}[])`;
}

/** `column = ANY(ids)`: the row scopes' "one of the actor's relations" (no row for an empty list). */
export function within(column: Column, ids: readonly string[]): SQL {
  return anyOf(column, ids);
}

/**
 * Rows any signed-in actor of the agency may load (entities; identities behind field guards):
 * the agency and nothing else, nothing for anonymous.
 */
export function sameAgency(actor: Actor, agencyColumn: Column): SQL {
  return actor.kind === 'anonymous' ? denyAll : eq(agencyColumn, actor.agencyId);
}
