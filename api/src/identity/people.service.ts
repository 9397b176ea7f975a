import { and, asc, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { assertCan, scope } from '../auth/policy';
import { councilMemberships, leases, managementMandates, ownerships, persons, staffMembers } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { afterCursor, pageWindow, toPage, type PageArgs } from '../graphql/connection';
import { PersonRole } from './identity.types';

const today = sql`current_date`;

// Qualified by hand: inside a subquery an unqualified "id" would bind to the inner table.
const PERSON_ID = sql.raw('"persons"."id"');
const PERSON_AGENCY = sql.raw('"persons"."agency_id"');

/**
 * SQL "the person currently holds this role", shared by the people filter and the roles field.
 * Written as `coalesce((SELECT true … LIMIT 1), false)` so that a page of 20 persons costs 20
 * index probes per role, where EXISTS became a hashed scan of the whole relation table.
 */
export function holdsRole(role: PersonRole, personId: SQL = PERSON_ID, agencyId: SQL = PERSON_AGENCY): SQL {
  return sql`coalesce((SELECT true FROM ${roleRelation(role, personId, agencyId)} LIMIT 1), false)`;
}

function roleRelation(role: PersonRole, personId: SQL, agencyId: SQL): SQL {
  switch (role) {
    case PersonRole.COOWNER:
      return sql`${ownerships} o WHERE o.agency_id = ${agencyId} AND o.person_id = ${personId} AND (o.end_date IS NULL OR o.end_date > ${today})`;
    case PersonRole.COUNCIL_MEMBER:
      return sql`${councilMemberships} c WHERE c.agency_id = ${agencyId} AND c.person_id = ${personId} AND (c.end_date IS NULL OR c.end_date > ${today})`;
    case PersonRole.COUNCIL_PRESIDENT:
      return sql`${councilMemberships} c WHERE c.agency_id = ${agencyId} AND c.person_id = ${personId} AND c.role = 'PRESIDENT' AND (c.end_date IS NULL OR c.end_date > ${today})`;
    case PersonRole.OWNER:
      return sql`${managementMandates} m WHERE m.agency_id = ${agencyId} AND m.owner_person_id = ${personId} AND (m.end_date IS NULL OR m.end_date > ${today})`;
    case PersonRole.TENANT:
      return sql`${leases} l WHERE l.agency_id = ${agencyId} AND l.tenant_person_id = ${personId} AND (l.departure_date IS NULL OR l.departure_date > ${today})`;
    case PersonRole.MANAGER:
      return sql`${staffMembers} s WHERE s.agency_id = ${agencyId} AND s.person_id = ${personId}`;
  }
}

/**
 * The manager's portfolio and identities search: any part of the name, case-insensitive
 * (trigram index), optionally one role, ordered by name with keyset pagination.
 */
export async function searchPeople(ctx: Ctx, args: PageArgs & { search?: string | null; role?: PersonRole | null }) {
  assertCan(ctx.actor, 'person.search');
  const { first, after } = pageWindow(args);
  const name = sql`lower(${persons.displayName})`;
  const term = args.search?.trim().toLowerCase();
  const filter = and(
    scope.persons(ctx.actor),
    term ? sql`${name} LIKE ${`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined,
    args.role ? holdsRole(args.role) : undefined,
    afterCursor(name, persons.id, after),
  );
  const columns = { ...getTableColumns(persons), sortKey: sql<string>`${name}`.as('sort_key') };
  let rows: (typeof persons.$inferSelect & { sortKey: string })[];
  if (term && term.length >= 3) {
    // Trigram index first, then sort the matches: walking the name index would read every name
    // that sorts before the first match ("lef": 16 652 rows read for 20 shown). OFFSET 0 keeps
    // the planner from flattening the subquery back into a walk of the name index.
    const matches = ctx.db.select(columns).from(persons).where(filter).offset(0).as('matches');
    rows = await ctx.db.select().from(matches).orderBy(asc(matches.sortKey), asc(matches.id)).limit(first + 1);
  } else {
    rows = await ctx.db.select(columns).from(persons).where(filter).orderBy(asc(name), asc(persons.id)).limit(first + 1);
  }
  return toPage(rows, first, (row) => [row.sortKey, row.id]);
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
