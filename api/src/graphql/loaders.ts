/* eslint-disable @typescript-eslint/no-explicit-any -- generic subquery, see childPages */
import DataLoader from 'dataloader';
import { and, asc, getTableColumns, inArray, lte, sql, type Column, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import type { Db } from '../db/client';
import * as t from '../db/schema';
import { afterCursor, toPage, type Cursor, type Page } from './connection';
import { createRolesLoader } from '../identity/people.service';

type Row<T extends PgTable> = T['$inferSelect'];

/** A scoped by-id loader: rows the actor may not see come back as null, exactly like missing ones. */
function byId<T extends PgTable & { id: Column }>(db: Db, table: T, scoped: SQL) {
  return new DataLoader<string, Row<T> | null>(async (ids) => {
    const rows = (await db.select().from(table as PgTable).where(and(scoped, inArray(table.id, [...ids])))) as (Row<T> & { id: string })[];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export interface ChildPageKey {
  parentId: string;
  first: number;
  after: Cursor | null;
}

interface ChildSpec<T extends PgTable> {
  table: T;
  parentColumn: Column;
  sortColumn: Column;
  idColumn: Column;
  scoped: SQL;
  cursorOf: (row: Row<T>) => Cursor;
}

/**
 * A page of children for many parents in one statement: rows are numbered per parent with a
 * window function and cut at `first + 1`, so the statement count does not grow with parents or pages.
 */
function childPages<T extends PgTable>(db: Db, spec: ChildSpec<T>) {
  return new DataLoader<ChildPageKey, Page<Row<T>>, string>(
    async (keys) => {
      const groups = new Map<string, ChildPageKey[]>();
      for (const key of keys) {
        const group = `${key.first}|${JSON.stringify(key.after)}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, Page<Row<T>>>();
      for (const group of groups.values()) {
        const { first, after } = group[0];
        const parentIds = group.map((key) => key.parentId);
        const rank = sql<number>`row_number() over (partition by ${spec.parentColumn} order by ${spec.sortColumn}, ${spec.idColumn})`.as('rank');
        // Drizzle cannot type a subquery over a generic table; the shape is the table's row plus rank.
        const numbered: any = db
          .select({ ...getTableColumns(spec.table), rank })
          .from(spec.table as PgTable)
          .where(and(spec.scoped, inArray(spec.parentColumn, parentIds), afterCursor(spec.sortColumn, spec.idColumn, after)))
          .as('numbered');
        const rows = (await db.select().from(numbered).where(lte(numbered.rank, first + 1)).orderBy(asc(numbered.rank))) as Record<string, unknown>[];
        const parentKey = (spec.parentColumn as unknown as { name: string }).name;
        const parentField = Object.entries(getTableColumns(spec.table)).find(([, column]) => column.name === parentKey)![0];
        for (const key of group) {
          const mine = rows.filter((row) => row[parentField] === key.parentId) as Row<T>[];
          pages.set(`${key.parentId}|${first}|${JSON.stringify(after)}`, toPage(mine, first, spec.cursorOf));
        }
      }
      return keys.map((key) => pages.get(`${key.parentId}|${key.first}|${JSON.stringify(key.after)}`)!);
    },
    { cacheKeyFn: (key) => `${key.parentId}|${key.first}|${JSON.stringify(key.after)}` },
  );
}

/** All children of many parents (short, bounded lists such as a lot's shares). */
function childrenOf<T extends PgTable>(db: Db, table: T, parentColumn: Column, scoped: SQL, order: Column[]) {
  const parentKey = parentColumn.name;
  const parentField = Object.entries(getTableColumns(table)).find(([, column]) => column.name === parentKey)![0];
  return new DataLoader<string, Row<T>[]>(async (parentIds) => {
    const rows = (await db.select().from(table as PgTable).where(and(scoped, inArray(parentColumn, [...parentIds]))).orderBy(...order.map((c) => asc(c)))) as Record<string, unknown>[];
    return parentIds.map((id) => rows.filter((row) => row[parentField] === id) as Row<T>[]);
  });
}

/** Per-request loaders; every batch ANDs the actor's row scope into its SQL. */
export function createLoaders(db: Db, actor: Actor) {
  const s = {
    persons: scope.persons(actor),
    buildings: scope.buildings(actor),
    lots: scope.lots(actor),
    lotShares: scope.lotShares(actor),
    allocationKeys: scope.allocationKeys(actor),
    ownerships: scope.ownerships(actor),
    council: scope.councilMemberships(actor),
    mandates: scope.managementMandates(actor),
    leases: scope.leases(actor),
    accounts: scope.accounts(actor),
  };
  const loaders = {
    personById: byId(db, t.persons, s.persons),
    buildingById: byId(db, t.buildings, s.buildings),
    lotById: byId(db, t.lots, s.lots),
    /**
     * Keys come with their total shares (building-level, visible with the key): one statement, not
     * two. The outer columns are qualified by hand: Drizzle leaves them bare, and a bare "agency_id"
     * would bind to lot_shares inside the subquery.
     */
    allocationKeyById: new DataLoader<string, (Row<typeof t.allocationKeys> & { totalShares: string }) | null>(async (ids) => {
      const rows = await db
        .select({
          ...getTableColumns(t.allocationKeys),
          totalShares: sql<string>`(SELECT coalesce(sum(ls.shares), 0)::numeric(14,5)::text FROM lot_shares ls
            WHERE ls.agency_id = "allocation_keys"."agency_id" AND ls.allocation_key_id = "allocation_keys"."id")`,
        })
        .from(t.allocationKeys)
        .where(and(s.allocationKeys, inArray(t.allocationKeys.id, [...ids])));
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    ownershipById: byId(db, t.ownerships, s.ownerships),
    councilMembershipById: byId(db, t.councilMemberships, s.council),
    mandateById: byId(db, t.managementMandates, s.mandates),
    leaseById: byId(db, t.leases, s.leases),
    accountById: byId(db, t.accounts, s.accounts),
    entityById: new DataLoader<string, Row<typeof t.entities> | null>(async (ids) => {
      if (actor.kind === 'anonymous') return ids.map(() => null);
      const rows = await db.select().from(t.entities).where(and(sql`${t.entities.agencyId} = ${actor.agencyId}`, inArray(t.entities.id, [...ids])));
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    lotsOfBuilding: childPages(db, { table: t.lots, parentColumn: t.lots.buildingId, sortColumn: t.lots.code, idColumn: t.lots.id, scoped: s.lots, cursorOf: (r) => [r.code, r.id] }),
    ownershipsOfLot: childPages(db, { table: t.ownerships, parentColumn: t.ownerships.lotId, sortColumn: t.ownerships.startDate, idColumn: t.ownerships.id, scoped: s.ownerships, cursorOf: (r) => [r.startDate, r.id] }),
    ownershipsOfPerson: childPages(db, { table: t.ownerships, parentColumn: t.ownerships.personId, sortColumn: t.ownerships.startDate, idColumn: t.ownerships.id, scoped: s.ownerships, cursorOf: (r) => [r.startDate, r.id] }),
    councilOfBuilding: childPages(db, { table: t.councilMemberships, parentColumn: t.councilMemberships.buildingId, sortColumn: t.councilMemberships.startDate, idColumn: t.councilMemberships.id, scoped: s.council, cursorOf: (r) => [r.startDate, r.id] }),
    councilOfPerson: childPages(db, { table: t.councilMemberships, parentColumn: t.councilMemberships.personId, sortColumn: t.councilMemberships.startDate, idColumn: t.councilMemberships.id, scoped: s.council, cursorOf: (r) => [r.startDate, r.id] }),
    mandatesOfPerson: childPages(db, { table: t.managementMandates, parentColumn: t.managementMandates.ownerPersonId, sortColumn: t.managementMandates.code, idColumn: t.managementMandates.id, scoped: s.mandates, cursorOf: (r) => [r.code, r.id] }),
    leasesOfPerson: childPages(db, { table: t.leases, parentColumn: t.leases.tenantPersonId, sortColumn: t.leases.startDate, idColumn: t.leases.id, scoped: s.leases, cursorOf: (r) => [r.startDate, r.id] }),
    leasesOfLot: childPages(db, { table: t.leases, parentColumn: t.leases.lotId, sortColumn: t.leases.startDate, idColumn: t.leases.id, scoped: s.leases, cursorOf: (r) => [r.startDate, r.id] }),
    accountsOfPerson: childPages(db, { table: t.accounts, parentColumn: t.accounts.personId, sortColumn: t.accounts.number, idColumn: t.accounts.id, scoped: s.accounts, cursorOf: (r) => [r.number, r.id] }),
    allocationKeysOfBuilding: childrenOf(db, t.allocationKeys, t.allocationKeys.buildingId, s.allocationKeys, [t.allocationKeys.code]),
    sharesOfLot: childrenOf(db, t.lotShares, t.lotShares.lotId, s.lotShares, [t.lotShares.allocationKeyId]),
    rolesOfPerson: createRolesLoader(db, actor),
    /** Identity of a person, for the manager's view and the person's own (field-guarded). */
    identityOfPerson: new DataLoader<string, Row<typeof t.identities> | null>(async (personIds) => {
      if (actor.kind === 'anonymous') return personIds.map(() => null);
      const rows = await db.select().from(t.identities).where(and(sql`${t.identities.agencyId} = ${actor.agencyId}`, inArray(t.identities.personId, [...personIds])));
      return personIds.map((id) => rows.find((row) => row.personId === id) ?? null);
    }),
    /** The actor's agency settings (one row, loaded on first use). */
    settings: new DataLoader<string, Row<typeof t.agencySettings> | null>(async (agencyIds) => {
      const rows = await db.select().from(t.agencySettings).where(inArray(t.agencySettings.agencyId, [...agencyIds]));
      return agencyIds.map((id) => rows.find((row) => row.agencyId === id) ?? null);
    }),
    /** Total tantièmes of a key over all its lots: building-level, visible with the key. */
    totalSharesOfKey: new DataLoader<string, string>(async (keyIds) => {
      if (actor.kind === 'anonymous') return keyIds.map(() => '0');
      const rows = await db
        .select({ keyId: t.lotShares.allocationKeyId, total: sql<string>`sum(${t.lotShares.shares})::numeric(14,5)::text` })
        .from(t.lotShares)
        .where(and(sql`${t.lotShares.agencyId} = ${actor.agencyId}`, inArray(t.lotShares.allocationKeyId, [...keyIds])))
        .groupBy(t.lotShares.allocationKeyId);
      return keyIds.map((id) => rows.find((row) => row.keyId === id)?.total ?? '0.00000');
    }),
    lotIdsOfMandate: childrenOf(db, t.mandateLots, t.mandateLots.mandateId, sql`${t.mandateLots.agencyId} = ${actor.kind === 'anonymous' ? null : actor.agencyId}`, [t.mandateLots.lotId]),
  };
  if (actor.kind === 'person' && actor.settings) loaders.settings.prime(actor.agencyId, actor.settings);
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
