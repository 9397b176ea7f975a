import { and, asc, getTableColumns, inArray, sql, type Column, type SQL } from 'drizzle-orm';
import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { assertCan, scope } from '../auth/policy';
import { isCurrentCouncilSeat, isCurrentLease, isCurrentMandate, isCurrentOwnership } from '../db/current';
import { matchesAllWords, isTrigramSearch, searchWords } from '../db/search';
import { councilMemberships, identities, leases, lots, managementMandates, mandateLots, ownerships, persons, staffMembers } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { afterCursor, pageWindow, toPage, type PageArgs } from '../graphql/connection';
import { PersonRole } from './identity.types';

// Qualified by hand: inside a subquery an unqualified "id" would bind to the inner table.
const PERSON_ID = sql.raw('"persons"."id"');
const PERSON_AGENCY = sql.raw('"persons"."agency_id"');

/**
 * SQL "the person currently holds this role", shared by the people filter and the roles field.
 * Written as `coalesce((SELECT true … LIMIT 1), false)` so that a page of 20 persons costs 20
 * index probes per role, where EXISTS became a hashed scan of the whole relation table. The
 * relation tables are not aliased, so the "current" helpers apply as they are; the person's
 * columns are qualified by hand (inside the subquery a bare "id" would bind to the inner table).
 */
export function holdsRole(role: PersonRole, personId: SQL = PERSON_ID, agencyId: SQL = PERSON_AGENCY, buildingId?: string): SQL {
  return sql`coalesce((SELECT true FROM ${roleRelation(role, personId, agencyId, buildingId)} LIMIT 1), false)`;
}

/** The lot of a relation lies in the building: a join on the agency's lot, never a lookup by id alone. */
function lotInBuilding(lotId: Column, agencyId: SQL, buildingId: string): SQL {
  return sql`JOIN ${lots} ON ${lots.agencyId} = ${agencyId} AND ${lots.id} = ${lotId} AND ${lots.buildingId} = ${buildingId}`;
}

function roleRelation(role: PersonRole, personId: SQL, agencyId: SQL, buildingId?: string): SQL {
  const lotJoin = (lotId: Column) => (buildingId ? lotInBuilding(lotId, agencyId, buildingId) : sql``);
  const councilBuilding = buildingId ? sql` AND ${councilMemberships.buildingId} = ${buildingId}` : sql``;
  switch (role) {
    case PersonRole.COOWNER:
      return sql`${ownerships} ${lotJoin(ownerships.lotId)} WHERE ${ownerships.agencyId} = ${agencyId} AND ${ownerships.personId} = ${personId} AND ${isCurrentOwnership}`;
    case PersonRole.COUNCIL_MEMBER:
      return sql`${councilMemberships} WHERE ${councilMemberships.agencyId} = ${agencyId} AND ${councilMemberships.personId} = ${personId}${councilBuilding} AND ${isCurrentCouncilSeat}`;
    case PersonRole.COUNCIL_PRESIDENT:
      return sql`${councilMemberships} WHERE ${councilMemberships.agencyId} = ${agencyId} AND ${councilMemberships.personId} = ${personId}${councilBuilding} AND ${councilMemberships.role} = 'PRESIDENT' AND ${isCurrentCouncilSeat}`;
    case PersonRole.OWNER:
      return buildingId
        ? sql`${managementMandates} JOIN ${mandateLots} ON ${mandateLots.agencyId} = ${agencyId} AND ${mandateLots.mandateId} = ${managementMandates.id} ${lotJoin(mandateLots.lotId)}
          WHERE ${managementMandates.agencyId} = ${agencyId} AND ${managementMandates.ownerPersonId} = ${personId} AND ${isCurrentMandate}`
        : sql`${managementMandates} WHERE ${managementMandates.agencyId} = ${agencyId} AND ${managementMandates.ownerPersonId} = ${personId} AND ${isCurrentMandate}`;
    case PersonRole.TENANT:
      return sql`${leases} ${lotJoin(leases.lotId)} WHERE ${leases.agencyId} = ${agencyId} AND ${leases.tenantPersonId} = ${personId} AND ${isCurrentLease}`;
    case PersonRole.MANAGER:
      // Staff belong to the agency, not to a building: "managers of GILBERT" is nobody.
      return sql`${staffMembers} WHERE ${staffMembers.agencyId} = ${agencyId} AND ${staffMembers.personId} = ${personId}${buildingId ? sql` AND false` : sql``}`;
  }
}

/** The client roles a building can give (the building filter without a role means any of them). */
const BUILDING_ROLES = [PersonRole.COOWNER, PersonRole.COUNCIL_MEMBER, PersonRole.OWNER, PersonRole.TENANT];

/** The people filter "in this building": the role held there, or any current relation there. */
function inBuilding(buildingId: string, role: PersonRole | null | undefined): SQL {
  if (role) return holdsRole(role, PERSON_ID, PERSON_AGENCY, buildingId);
  return sql`(${sql.join(
    BUILDING_ROLES.map((each) => holdsRole(each, PERSON_ID, PERSON_AGENCY, buildingId)),
    sql` OR `,
  )})`;
}

/** Extranet access switched on (an identity that is enabled); false: no identity, or switched off. */
function hasAccessSql(hasAccess: boolean): SQL {
  const enabled = sql`coalesce((SELECT ${identities.isEnabled} FROM ${identities} WHERE ${identities.agencyId} = ${PERSON_AGENCY} AND ${identities.personId} = ${PERSON_ID}), false)`;
  return hasAccess ? enabled : sql`NOT ${enabled}`;
}

export interface PeopleFilter {
  search?: string | null;
  role?: PersonRole | null;
  /** A building's id (decoded): the role, or any client relation, held in that building. */
  buildingId?: string | null;
  hasAccess?: boolean | null;
}

/**
 * The manager's portfolio and identities search. Every word of the search appears somewhere in
 * the person's search document (`persons.search_text`, maintained by the database: name, e-mails,
 * sign-in identifier, account numbers, lot codes), in any order, accents and case ignored;
 * optionally one role, a building (the role held there) and whether access is on ("activation par salve"); ordered by name with keyset pagination; `totalCount` on demand.
 */
export async function searchPeople(ctx: Ctx, args: PageArgs & PeopleFilter) {
  assertCan(ctx.actor, 'person.search');
  const { first, after } = pageWindow(args);
  const name = sql`lower(${persons.displayName})`;
  const words = searchWords(args.search);
  const roleFilter = args.buildingId ? inBuilding(args.buildingId, args.role) : args.role ? holdsRole(args.role) : undefined;
  const accessFilter = args.hasAccess === true || args.hasAccess === false ? hasAccessSql(args.hasAccess) : undefined;
  const filter = and(scope.persons(ctx.actor), matchesAllWords(persons.searchText, words), roleFilter, accessFilter);
  const where = and(filter, afterCursor(name, persons.id, after));
  const columns = { ...getTableColumns(persons), sortKey: sql<string>`${name}`.as('sort_key') };
  let rows: (typeof persons.$inferSelect & { sortKey: string })[];
  if (isTrigramSearch(words)) {
    // Trigram index first, then sort the matches: walking the name index would read every name
    // that sorts before the first match ("lef": 16 652 rows read for 20 shown). OFFSET 0 keeps
    // the planner from flattening the subquery back into a walk of the name index. Drizzle drops
    // `.offset(0)` (a falsy number), so the 0 goes in as an SQL chunk, which it keeps.
    const matches = ctx.db
      .select(columns)
      .from(persons)
      .where(where)
      .offset(sql`0` as unknown as number)
      .as('matches');
    rows = await ctx.db
      .select()
      .from(matches)
      .orderBy(asc(matches.sortKey), asc(matches.id))
      .limit(first + 1);
  } else {
    rows = await ctx.db
      .select(columns)
      .from(persons)
      .where(where)
      .orderBy(asc(name), asc(persons.id))
      .limit(first + 1);
  }
  const count = async () => {
    const [row] = await ctx.db
      .select({ count: sql<number>`count(*)::int` })
      .from(persons)
      .where(filter);
    return row?.count ?? 0;
  };
  return toPage(rows, first, (row) => [row.sortKey, row.id], { after, count });
}

/** Current roles of many persons in one statement (manager portfolio lists). */
export function createRolesLoader(db: Db, actor: Actor) {
  return new DataLoader<string, PersonRole[]>(async (ids) => {
    const roles = Object.values(PersonRole);
    const rows = await db
      .select({ id: persons.id, ...Object.fromEntries(roles.map((role) => [role, sql<boolean>`${holdsRole(role)}`])) })
      .from(persons)
      .where(and(scope.persons(actor), inArray(persons.id, [...ids])));
    return ids.map((id) => {
      const row = rows.find((r) => r.id === id) as Record<string, unknown> | undefined;
      return row ? roles.filter((role) => row[role] === true) : [];
    });
  });
}
