import DataLoader from 'dataloader';
import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import { sameAgency } from '../auth/scope-helpers';
import type { Db } from '../db/client';
import { allocationKeys, buildings, councilMemberships, entities, lots, lotShares, ownerships, persons } from '../db/schema';
import { byId, childPages, childrenOf, type Row } from '../graphql/loaders';

/** A building with the professional contact of its manager in charge (building.readManagerContact decides who reads it). */
export type BuildingWithManager = Row<typeof buildings> & { manager: Pick<Row<typeof persons>, 'id' | 'displayName' | 'emails' | 'phones'> | null };

/** Buildings, lots, keys and shares, ownerships, council seats, syndicate entities. */
export function portfolioLoaders(db: Db, actor: Actor) {
  const s = {
    buildings: scope.buildings(actor),
    lots: scope.lots(actor),
    lotShares: scope.lotShares(actor),
    allocationKeys: scope.allocationKeys(actor),
    ownerships: scope.ownerships(actor),
    council: scope.councilMemberships(actor),
  };
  return {
    buildingById: byId(db, buildings, s.buildings),
    /**
     * The building (scoped as buildings are) joined to its manager's name and professional
     * contact: the manager's row is reached through a building the actor may see, never directly,
     * so the person scope is not widened.
     */
    buildingWithManager: new DataLoader<string, BuildingWithManager | null>(async (ids) => {
      const rows = await db
        .select({ building: buildings, manager: { id: persons.id, displayName: persons.displayName, emails: persons.emails, phones: persons.phones } })
        .from(buildings)
        .leftJoin(persons, and(eq(persons.agencyId, buildings.agencyId), eq(persons.id, buildings.managerPersonId)))
        .where(and(s.buildings, inArray(buildings.id, [...ids])));
      return ids.map((id) => {
        const row = rows.find((r) => r.building.id === id);
        return row ? { ...row.building, manager: row.manager } : null;
      });
    }),
    lotById: byId(db, lots, s.lots),
    /**
     * Keys come with their total shares (building-level, visible with the key): one statement, not
     * two. The outer columns are qualified by hand: Drizzle leaves them bare, and a bare "agency_id"
     * would bind to lot_shares inside the subquery.
     */
    allocationKeyById: new DataLoader<string, (Row<typeof allocationKeys> & { totalShares: string }) | null>(async (ids) => {
      const rows = await db
        .select({
          ...getTableColumns(allocationKeys),
          totalShares: sql<string>`(SELECT coalesce(sum(ls.shares), 0)::numeric(14,5)::text FROM ${lotShares} ls
            WHERE ls.agency_id = "allocation_keys"."agency_id" AND ls.allocation_key_id = "allocation_keys"."id")`,
        })
        .from(allocationKeys)
        .where(and(s.allocationKeys, inArray(allocationKeys.id, [...ids])));
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    ownershipById: byId(db, ownerships, s.ownerships),
    councilMembershipById: byId(db, councilMemberships, s.council),
    entityById: new DataLoader<string, Row<typeof entities> | null>(async (ids) => {
      const rows = await db
        .select()
        .from(entities)
        .where(and(sameAgency(actor, entities.agencyId), inArray(entities.id, [...ids])));
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    lotsOfBuilding: childPages(db, { table: lots, parentColumn: lots.buildingId, sortColumn: lots.code, idColumn: lots.id, scoped: s.lots, cursorOf: (r) => [r.code, r.id] }),
    ownershipsOfLot: childPages(db, {
      table: ownerships,
      parentColumn: ownerships.lotId,
      sortColumn: ownerships.startDate,
      idColumn: ownerships.id,
      scoped: s.ownerships,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    ownershipsOfPerson: childPages(db, {
      table: ownerships,
      parentColumn: ownerships.personId,
      sortColumn: ownerships.startDate,
      idColumn: ownerships.id,
      scoped: s.ownerships,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    councilOfBuilding: childPages(db, {
      table: councilMemberships,
      parentColumn: councilMemberships.buildingId,
      sortColumn: councilMemberships.startDate,
      idColumn: councilMemberships.id,
      scoped: s.council,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    councilOfPerson: childPages(db, {
      table: councilMemberships,
      parentColumn: councilMemberships.personId,
      sortColumn: councilMemberships.startDate,
      idColumn: councilMemberships.id,
      scoped: s.council,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    allocationKeysOfBuilding: childrenOf(db, allocationKeys, allocationKeys.buildingId, s.allocationKeys, [allocationKeys.code]),
    sharesOfLot: childrenOf(db, lotShares, lotShares.lotId, s.lotShares, [lotShares.allocationKeyId]),
    /** Total tantièmes of a key over all its lots: building-level, visible with the key. */
    totalSharesOfKey: new DataLoader<string, string>(async (keyIds) => {
      const rows = await db
        .select({ keyId: lotShares.allocationKeyId, total: sql<string>`sum(${lotShares.shares})::numeric(14,5)::text` })
        .from(lotShares)
        .where(and(sameAgency(actor, lotShares.agencyId), inArray(lotShares.allocationKeyId, [...keyIds])))
        .groupBy(lotShares.allocationKeyId);
      return keyIds.map((id) => rows.find((row) => row.keyId === id)?.total ?? '0.00000');
    }),
  };
}

type PortfolioLoaders = ReturnType<typeof portfolioLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends PortfolioLoaders {}
}
