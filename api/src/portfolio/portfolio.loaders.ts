import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import { anyOf, sameAgency } from '../auth/scope-helpers';
import { rowsOf, type Db } from '../db/client';
import { allocationKeys, buildings, councilMemberships, entities, lots, lotShares, ownerships } from '../db/schema';
import { byId, childPages, childrenOf, lazyScope, rowReader, type LazyScope, type Row } from '../graphql/loaders';

type Raw = Record<string, unknown>;
const LOT = rowReader(lots, 'l.');
const BUILDING = rowReader(buildings, 'b.');
const SHARE = rowReader(lotShares, 's.');
const KEY = rowReader(allocationKeys);
const ENTITY = rowReader(entities);

/** Buildings, lots, keys and shares, ownerships, council seats, syndicate entities. */
export function portfolioLoaders(db: Db, actor: Actor) {
  const s = {
    buildings: lazyScope(() => scope.buildings(actor)),
    lots: lazyScope(() => scope.lots(actor)),
    lotShares: lazyScope(() => scope.lotShares(actor)),
    allocationKeys: lazyScope(() => scope.allocationKeys(actor)),
    ownerships: lazyScope(() => scope.ownerships(actor)),
    council: lazyScope(() => scope.councilMemberships(actor)),
  };
  const buildingById = byId(db, buildings, s.buildings);
  const sharesOfLot = childrenOf(db, lotShares, lotShares.lotId, s.lotShares, [lotShares.allocationKeyId]);
  return {
    buildingById,
    lotById: lotsWithBuildingAndShares(db, s, buildingById, sharesOfLot),
    /**
     * Keys come with their total shares (building-level, visible with the key): one statement, not
     * two.
     */
    allocationKeyById: new DataLoader<string, (Row<typeof allocationKeys> & { totalShares: string }) | null>(async (ids) => {
      const result = await db.execute(sql`SELECT ${KEY.list},
          (SELECT coalesce(sum(ls.shares), 0)::numeric(14,5)::text FROM ${lotShares} ls
            WHERE ls.agency_id = ${allocationKeys.agencyId} AND ls.allocation_key_id = ${allocationKeys.id}) AS total_shares_
        FROM ${allocationKeys} WHERE (${s.allocationKeys()}) AND ${anyOf(allocationKeys.id, ids)}`);
      const rows = rowsOf<Raw>(result).map((raw) => ({ ...KEY.read(raw), totalShares: raw.total_shares_ as string }));
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    ownershipById: byId(db, ownerships, s.ownerships),
    councilMembershipById: byId(db, councilMemberships, s.council),
    entityById: new DataLoader<string, Row<typeof entities> | null>(async (ids) => {
      const result = await db.execute(sql`SELECT ${ENTITY.list} FROM ${entities} WHERE ${sameAgency(actor, entities.agencyId)} AND ${anyOf(entities.id, ids)}`);
      const rows = rowsOf<Raw>(result).map((raw) => ENTITY.read(raw));
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
    sharesOfLot,
    /** Total tantièmes of a key over all its lots: building-level, visible with the key. */
    totalSharesOfKey: new DataLoader<string, string>(async (keyIds) => {
      const result = await db.execute(sql`SELECT ${lotShares.allocationKeyId} AS key_id, sum(${lotShares.shares})::numeric(14,5)::text AS total FROM ${lotShares}
        WHERE ${sameAgency(actor, lotShares.agencyId)} AND ${anyOf(lotShares.allocationKeyId, keyIds)} GROUP BY ${lotShares.allocationKeyId}`);
      const rows = rowsOf<{ key_id: string; total: string }>(result);
      return keyIds.map((id) => rows.find((row) => row.key_id === id)?.total ?? '0.00000');
    }),
  };
}

/**
 * Lots by id, read with their building and their shares in one statement: the building primes
 * `buildingById` when the building's own row scope (a column of the same statement) lets the
 * actor see it, and every lot found primes `sharesOfLot` with its shares (read under the shares'
 * own scope, in the join), so `lot { building { … } shares { … } }` costs no further statement.
 */
function lotsWithBuildingAndShares(
  db: Db,
  s: { lots: LazyScope; buildings: LazyScope; lotShares: LazyScope },
  buildingById: DataLoader<string, Row<typeof buildings> | null>,
  sharesOfLot: DataLoader<string, Row<typeof lotShares>[]>,
) {
  return new DataLoader<string, Row<typeof lots> | null>(async (ids) => {
    // Tables keep their own names (no alias): the row scopes name them so.
    const result = await db.execute(sql`SELECT ${LOT.list}, ${BUILDING.list}, (${s.buildings()}) AS building_visible_, ${SHARE.list}
      FROM ${lots}
      JOIN ${buildings} ON buildings.agency_id = lots.agency_id AND buildings.id = lots.building_id
      LEFT JOIN ${lotShares} ON lot_shares.agency_id = lots.agency_id AND lot_shares.lot_id = lots.id AND (${s.lotShares()})
      WHERE (${s.lots()}) AND ${anyOf(lots.id, ids)}
      ORDER BY lots.id, lot_shares.allocation_key_id`);
    const found = new Map<string, { lot: Row<typeof lots>; shares: Row<typeof lotShares>[] }>();
    for (const raw of rowsOf<Raw>(result)) {
      const lotId = LOT.get(raw, lots.id) as string;
      let entry = found.get(lotId);
      if (!entry) {
        entry = { lot: LOT.read(raw), shares: [] };
        found.set(lotId, entry);
        const buildingId = BUILDING.get(raw, buildings.id) as string;
        if (raw.building_visible_) buildingById.prime(buildingId, BUILDING.read(raw));
      }
      if (SHARE.get(raw, lotShares.lotId) !== null) entry.shares.push(SHARE.read(raw));
    }
    for (const [lotId, entry] of found) sharesOfLot.prime(lotId, entry.shares);
    return ids.map((id) => found.get(id)?.lot ?? null);
  });
}

type PortfolioLoaders = ReturnType<typeof portfolioLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends PortfolioLoaders {}
}
