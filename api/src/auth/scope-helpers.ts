import { and, eq, Param, Placeholder, SQL, sql, type Column } from 'drizzle-orm';
import type { Actor, IntegratorActor, IntegratorScope, PersonActor } from './actor';
import type { RowScope } from './rule';

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
 * A value of the actor inside a scope's SQL: a parameter (one request), a named placeholder (a
 * statement compiled once), or an SQL expression (a column of one row per person, when a statement
 * asks the scope for many people at once: the new-document e-mails' recipients).
 */
export type Bound = Param | Placeholder | SQL;

/** The actor's values a row scope may use. */
export interface ScopeParams {
  agencyId: Bound;
  personId: Bound;
  /** The lots a person co-owns, owns under mandate or rents. */
  lotIds: Bound;
  buildingIds: Bound;
  councilBuildingIds: Bound;
  mandatedLotIds: Bound;
  tenantAccountIds: Bound;
  coOwnedLotIds: Bound;
  leasedLotIds: Bound;
  presidentBuildingIds: Bound;
  coOwnedBuildingIds: Bound;
  mandatedBuildingIds: Bound;
  leasedBuildingIds: Bound;
  tenantDocumentLotIds: Bound;
}
type ScopeValues = Record<`scope.${keyof ScopeParams}`, unknown>;

const NAMES: (keyof ScopeParams)[] = [
  'agencyId',
  'personId',
  'lotIds',
  'buildingIds',
  'councilBuildingIds',
  'mandatedLotIds',
  'tenantAccountIds',
  'coOwnedLotIds',
  'leasedLotIds',
  'presidentBuildingIds',
  'coOwnedBuildingIds',
  'mandatedBuildingIds',
  'leasedBuildingIds',
  'tenantDocumentLotIds',
];
const PLACEHOLDERS = Object.fromEntries(NAMES.map((name) => [name, sql.placeholder(`scope.${name}`)])) as unknown as ScopeParams;

const valuesCache = new WeakMap<Actor, ScopeValues>();
/** The placeholder values of every scope for one actor (`scope.agencyId`, …), computed once per actor. */
export function scopeValues(actor: Actor): ScopeValues {
  let values = valuesCache.get(actor);
  if (!values) {
    const person: PersonActor | undefined = actor.kind === 'person' ? actor : undefined;
    values = {
      'scope.agencyId': actor.kind === 'anonymous' ? null : actor.agencyId,
      'scope.personId': person?.personId ?? null,
      'scope.lotIds': person ? [...new Set([...person.coOwnedLotIds, ...person.mandatedLotIds, ...person.leasedLotIds])] : [],
      'scope.buildingIds': person?.buildingIds ?? [],
      'scope.councilBuildingIds': person?.councilBuildingIds ?? [],
      'scope.mandatedLotIds': person?.mandatedLotIds ?? [],
      'scope.tenantAccountIds': person?.tenantAccountIds ?? [],
      'scope.coOwnedLotIds': person?.coOwnedLotIds ?? [],
      'scope.leasedLotIds': person?.leasedLotIds ?? [],
      'scope.presidentBuildingIds': person?.presidentBuildingIds ?? [],
      'scope.coOwnedBuildingIds': person?.coOwnedBuildingIds ?? [],
      'scope.mandatedBuildingIds': person?.mandatedBuildingIds ?? [],
      'scope.leasedBuildingIds': person?.leasedBuildingIds ?? [],
      'scope.tenantDocumentLotIds': person?.tenantDocumentLotIds ?? [],
    };
    valuesCache.set(actor, values);
  }
  return values;
}

function paramsOf(actor: Actor): ScopeParams {
  const values = scopeValues(actor);
  return Object.fromEntries(NAMES.map((name) => [name, sql.param(values[`scope.${name}`])])) as unknown as ScopeParams;
}

/**
 * A row scope: `shapeOf(actor)` names the SQL's shape for that actor (e.g. '3:none', '3:agency',
 * '3:person', the number telling the scopes apart), and `where(shape, params)` builds the SQL from the shape and the actor's values ONLY,
 * so one shape's statement can be compiled once with placeholders (`scope.template`) and run
 * for any actor of that shape with `scopeValues(actor)`; called as a function, the scope gives
 * the SQL with the actor's values as parameters (services' lists).
 */
let scopes = 0;
export function rowScope(shapeOf: (actor: Actor) => string, where: (shape: string, params: ScopeParams) => SQL): RowScope {
  const templates = new Map<string, SQL>();
  const id = ++scopes;
  const scope = ((actor: Actor) => where(shapeOf(actor), paramsOf(actor))) as RowScope;
  scope.shapeOf = (actor) => `${id}:${shapeOf(actor)}`;
  scope.template = (shape) => {
    let template = templates.get(shape);
    if (!template) templates.set(shape, (template = where(shape.slice(shape.indexOf(':') + 1), PLACEHOLDERS)));
    return template;
  };
  return scope;
}

/**
 * The shape every table scope shares: nothing for anonymous; the whole agency for managers and
 * for integrators holding `integratorScope`; for a person, their agency AND `forPerson`; nothing
 * for other integrators.
 */
export function agencyScope(agencyColumn: Column, integratorScope: IntegratorScope, forPerson: (params: ScopeParams) => SQL | undefined): RowScope {
  return rowScope(
    (actor) => (actor.kind === 'anonymous' ? 'none' : readsWholeAgency(actor, integratorScope) ? 'agency' : actor.kind === 'person' ? 'person' : 'none'),
    (shape, p) => (shape === 'none' ? denyAll : shape === 'agency' ? eq(agencyColumn, p.agencyId) : and(eq(agencyColumn, p.agencyId), forPerson(p) ?? denyAll)!),
  );
}

/**
 * `column = ANY($1::type[])` with the whole list as ONE array parameter: one statement text
 * whatever the list's length (`IN ($1…$n)` made one text, one parse and one prepared statement
 * per length), so a loader's SQL has a fixed shape. An empty list matches no row.
 */
export function anyOf(column: Column, values: readonly unknown[] | Bound): SQL {
  const bound = values instanceof Param || values instanceof Placeholder || values instanceof SQL ? values : sql.param(values);
  return sql`${column} = any(${bound}::${sql.raw(column.getSQLType())}[])`;
}

/** `column = ANY(ids)`: the row scopes' "one of the actor's relations" (no row for an empty list). */
export function within(column: Column, ids: readonly string[] | Bound): SQL {
  return anyOf(column, ids);
}

/**
 * Rows any signed-in actor of the agency may load (entities; identities behind field guards; the
 * agency itself): the agency and nothing else, nothing for anonymous.
 */
export function sameAgencyScope(agencyColumn: Column): RowScope {
  return rowScope(
    (actor) => (actor.kind === 'anonymous' ? 'none' : 'agency'),
    (shape, p) => (shape === 'none' ? denyAll : eq(agencyColumn, p.agencyId)),
  );
}

/** A syndic binder level (DESIGN.md "Syndic binder rights"): PRESIDENT < COUNCIL < ALL_COOWNERS; null opens to nobody. */
export type SyndicLevel = 'PRESIDENT' | 'COUNCIL' | 'ALL_COOWNERS';

/**
 * Whether a person holds `level` in a building: the president for PRESIDENT, any council member
 * (the president included) for COUNCIL, any co-owner or council member for ALL_COOWNERS. The SQL
 * twin for documents is `syndicLevelHolds` in auth/rules/documents.ts.
 */
export function holdsSyndicLevel(actor: PersonActor, level: SyndicLevel | null, buildingId: string): boolean {
  switch (level) {
    case 'PRESIDENT':
      return actor.presidentBuildingIds.includes(buildingId);
    case 'COUNCIL':
      return actor.councilBuildingIds.includes(buildingId);
    case 'ALL_COOWNERS':
      return actor.councilBuildingIds.includes(buildingId) || actor.coOwnedBuildingIds.includes(buildingId);
    default:
      return false;
  }
}
