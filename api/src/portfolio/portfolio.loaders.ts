import DataLoader from 'dataloader';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import { anyOf, sameAgencyScope, scopeValues } from '../auth/scope-helpers';
import type { Db } from '../db/client';
import { runCompiled } from '../db/compiled';
import { allocationKeys, buildings, councilMemberships, entities, lots, lotShares, ownerships, persons } from '../db/schema';
import { byId, childPages, childrenOf, ph, rowReader, RowLoader, type Row } from '../graphql/loaders';

type Raw = Record<string, unknown>;
const LOT = rowReader(lots, 'l.');
const BUILDING = rowReader(buildings, 'b.');
const SHARE = rowReader(lotShares, 's.');
const KEY = rowReader(allocationKeys);
const ENTITY = rowReader(entities);
const ENTITIES = sameAgencyScope(entities.agencyId);
const SHARES_OF_KEY = sameAgencyScope(lotShares.agencyId);

type KeyWithTotal = Row<typeof allocationKeys> & { totalShares: string };
/** A key's total shares (building-level, visible with the key), beside the key's row. */
const keyTotal = sql`(SELECT coalesce(sum(ls.shares), 0)::numeric(14,5)::text FROM ${lotShares} ls
  WHERE ls.agency_id = ${allocationKeys.agencyId} AND ls.allocation_key_id = ${allocationKeys.id})`;

/** A building with the professional contact of its manager in charge (building.readManagerContact decides who reads it). */
export type BuildingWithManager = Row<typeof buildings> & { manager: Pick<Row<typeof persons>, 'id' | 'displayName' | 'emails' | 'phones'> | null };

/** Buildings, lots, keys and shares, ownerships, council seats, syndicate entities. */
export function portfolioLoaders(db: Db, actor: Actor) {
  const buildingById = byId(db, actor, buildings, scope.buildings);
  const sharesOfLot = childrenOf(db, actor, lotShares, lotShares.lotId, scope.lotShares, [lotShares.allocationKeyId]);
  const allocationKeyById = new RowLoader<KeyWithTotal>(async (ids) => {
    const shape = scope.allocationKeys.shapeOf(actor);
    const raws = await runCompiled<Raw>(
      db,
      `allocationKeyById|${shape}`,
      () => sql`SELECT ${KEY.list}, ${keyTotal} AS total_shares_
          FROM ${allocationKeys} WHERE (${scope.allocationKeys.template(shape)}) AND ${anyOf(allocationKeys.id, ph('ids'))}`,
      { ...scopeValues(actor), ids },
    );
    const rows = raws.map((raw) => ({ ...KEY.read(raw), totalShares: raw.total_shares_ as string }));
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  });
  return {
    buildingById,
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
        .where(and(scope.buildings(actor), inArray(buildings.id, [...ids])));
      return ids.map((id) => {
        const row = rows.find((r) => r.building.id === id);
        return row ? { ...row.building, manager: row.manager } : null;
      });
    }),
    lotById: lotsWithBuildingAndShares(db, actor, buildingById, sharesOfLot),
    /** Keys come with their total shares (building-level, visible with the key): one statement, not two. */
    allocationKeyById,
    /**
     * The keys of many lots' shares, with their totals, priming `allocationKeyById` (a key the actor
     * may not see, as null). `LotShare.allocationKey` waits for it; `Ownership.lot` starts it beside
     * the lots' statement when the query asks for `shares { allocationKey }`, so the co-owner home's
     * keys no longer wait for its lots (one round trip fewer on the request's longest chain).
     */
    keysOfLotShares: new DataLoader<string, true>(async (lotIds) => {
      const [keyShape, shareShape] = [scope.allocationKeys.shapeOf(actor), scope.lotShares.shapeOf(actor)];
      const raws = await runCompiled<Raw>(
        db,
        `keysOfLotShares|${keyShape}|${shareShape}`,
        () => sql`WITH wanted AS (
            SELECT DISTINCT ${lotShares.agencyId} AS agency_id, ${lotShares.allocationKeyId} AS key_id FROM ${lotShares}
            WHERE (${scope.lotShares.template(shareShape)}) AND ${anyOf(lotShares.lotId, ph('ids'))})
          SELECT wanted.key_id AS wanted_, ${KEY.list}, ${keyTotal} AS total_shares_
          FROM wanted LEFT JOIN ${allocationKeys} ON allocation_keys.agency_id = wanted.agency_id AND allocation_keys.id = wanted.key_id
            AND (${scope.allocationKeys.template(keyShape)})`,
        { ...scopeValues(actor), ids: lotIds },
      );
      for (const raw of raws) allocationKeyById.prime(raw.wanted_ as string, raw.id === null ? null : { ...KEY.read(raw), totalShares: raw.total_shares_ as string });
      return lotIds.map(() => true as const);
    }),
    ownershipById: byId(db, actor, ownerships, scope.ownerships),
    councilMembershipById: byId(db, actor, councilMemberships, scope.councilMemberships),
    entityById: new RowLoader<Row<typeof entities>>(async (ids) => {
      const shape = ENTITIES.shapeOf(actor);
      const raws = await runCompiled<Raw>(
        db,
        `entityById|${shape}`,
        () => sql`SELECT ${ENTITY.list} FROM ${entities} WHERE ${ENTITIES.template(shape)} AND ${anyOf(entities.id, ph('ids'))}`,
        { ...scopeValues(actor), ids },
      );
      const rows = raws.map((raw) => ENTITY.read(raw));
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    lotsOfBuilding: childPages(db, actor, {
      table: lots,
      parentColumn: lots.buildingId,
      sortColumn: lots.code,
      idColumn: lots.id,
      scope: scope.lots,
      cursorOf: (r) => [r.code, r.id],
    }),
    ownershipsOfLot: childPages(db, actor, {
      table: ownerships,
      parentColumn: ownerships.lotId,
      sortColumn: ownerships.startDate,
      idColumn: ownerships.id,
      scope: scope.ownerships,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    ownershipsOfPerson: childPages(db, actor, {
      table: ownerships,
      parentColumn: ownerships.personId,
      sortColumn: ownerships.startDate,
      idColumn: ownerships.id,
      scope: scope.ownerships,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    councilOfBuilding: childPages(db, actor, {
      table: councilMemberships,
      parentColumn: councilMemberships.buildingId,
      sortColumn: councilMemberships.startDate,
      idColumn: councilMemberships.id,
      scope: scope.councilMemberships,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    councilOfPerson: childPages(db, actor, {
      table: councilMemberships,
      parentColumn: councilMemberships.personId,
      sortColumn: councilMemberships.startDate,
      idColumn: councilMemberships.id,
      scope: scope.councilMemberships,
      cursorOf: (r) => [r.startDate, r.id],
    }),
    allocationKeysOfBuilding: childrenOf(db, actor, allocationKeys, allocationKeys.buildingId, scope.allocationKeys, [allocationKeys.code]),
    sharesOfLot,
    /** Total tantièmes of a key over all its lots: building-level, visible with the key. */
    totalSharesOfKey: new DataLoader<string, string>(async (keyIds) => {
      const shape = SHARES_OF_KEY.shapeOf(actor);
      const rows = await runCompiled<{ key_id: string; total: string }>(
        db,
        `totalSharesOfKey|${shape}`,
        () => sql`SELECT ${lotShares.allocationKeyId} AS key_id, sum(${lotShares.shares})::numeric(14,5)::text AS total FROM ${lotShares}
          WHERE ${SHARES_OF_KEY.template(shape)} AND ${anyOf(lotShares.allocationKeyId, ph('ids'))} GROUP BY ${lotShares.allocationKeyId}`,
        { ...scopeValues(actor), ids: keyIds },
      );
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
function lotsWithBuildingAndShares(db: Db, actor: Actor, buildingById: DataLoader<string, Row<typeof buildings> | null>, sharesOfLot: DataLoader<string, Row<typeof lotShares>[]>) {
  return new RowLoader<Row<typeof lots>>(async (ids) => {
    const shapes = [scope.lots, scope.buildings, scope.lotShares].map((s) => s.shapeOf(actor));
    const [lotShape, buildingShape, shareShape] = shapes;
    // Tables keep their own names (no alias): the row scopes name them so.
    const raws = await runCompiled<Raw>(
      db,
      `lotById|${shapes.join('|')}`,
      () => sql`SELECT ${LOT.list}, ${BUILDING.list}, (${scope.buildings.template(buildingShape)}) AS building_visible_, ${SHARE.list}
        FROM ${lots}
        JOIN ${buildings} ON buildings.agency_id = lots.agency_id AND buildings.id = lots.building_id
        LEFT JOIN ${lotShares} ON lot_shares.agency_id = lots.agency_id AND lot_shares.lot_id = lots.id AND (${scope.lotShares.template(shareShape)})
        WHERE (${scope.lots.template(lotShape)}) AND ${anyOf(lots.id, ph('ids'))}
        ORDER BY lots.id, lot_shares.allocation_key_id`,
      { ...scopeValues(actor), ids },
    );
    const found = new Map<string, { lot: Row<typeof lots>; shares: Row<typeof lotShares>[] }>();
    for (const raw of raws) {
      const lotId = LOT.get(raw, lots.id) as string;
      let entry = found.get(lotId);
      if (!entry) {
        entry = { lot: LOT.read(raw), shares: [] };
        found.set(lotId, entry);
        if (raw.building_visible_) buildingById.prime(BUILDING.get(raw, buildings.id) as string, BUILDING.read(raw));
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
