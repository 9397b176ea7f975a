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

/** SQL "the person currently holds this role", shared by the people filter and the roles field. */
export function holdsRole(role: PersonRole, personId: SQL | typeof persons.id = persons.id, agencyId: SQL | typeof persons.agencyId = persons.agencyId): SQL {
  switch (role) {
    case PersonRole.COOWNER:
      return sql`EXISTS (SELECT 1 FROM ${ownerships} o WHERE o.agency_id = ${agencyId} AND o.person_id = ${personId} AND (o.end_date IS NULL OR o.end_date > ${today}))`;
    case PersonRole.COUNCIL_MEMBER:
      return sql`EXISTS (SELECT 1 FROM ${councilMemberships} c WHERE c.agency_id = ${agencyId} AND c.person_id = ${personId} AND (c.end_date IS NULL OR c.end_date > ${today}))`;
    case PersonRole.COUNCIL_PRESIDENT:
      return sql`EXISTS (SELECT 1 FROM ${councilMemberships} c WHERE c.agency_id = ${agencyId} AND c.person_id = ${personId} AND c.role = 'PRESIDENT' AND (c.end_date IS NULL OR c.end_date > ${today}))`;
    case PersonRole.OWNER:
      return sql`EXISTS (SELECT 1 FROM ${managementMandates} m WHERE m.agency_id = ${agencyId} AND m.owner_person_id = ${personId} AND (m.end_date IS NULL OR m.end_date > ${today}))`;
    case PersonRole.TENANT:
      return sql`EXISTS (SELECT 1 FROM ${leases} l WHERE l.agency_id = ${agencyId} AND l.tenant_person_id = ${personId} AND (l.departure_date IS NULL OR l.departure_date > ${today}))`;
    case PersonRole.MANAGER:
      return sql`EXISTS (SELECT 1 FROM ${staffMembers} s WHERE s.agency_id = ${agencyId} AND s.person_id = ${personId})`;
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
  const rows = await ctx.db
    .select({ ...getTableColumns(persons), sortKey: sql<string>`${name}` })
    .from(persons)
    .where(
      and(
        scope.persons(ctx.actor),
        term ? sql`${name} LIKE ${`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined,
        args.role ? holdsRole(args.role) : undefined,
        afterCursor(name, persons.id, after),
      ),
    )
    .orderBy(asc(name), asc(persons.id))
    .limit(first + 1);
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
