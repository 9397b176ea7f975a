import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';
import { allocationKeys, buildings, entities, lots, persons } from './schema';

/**
 * Natural keys → ids within one agency, for batches: one statement whatever the number of codes
 * (`= ANY` of one array parameter). A code missing from the map names nothing in the caller's
 * agency, whether it exists elsewhere or not, and batches say so in the same words either way.
 */
async function idsByKey(tx: Executor, table: PgTable, agencyColumn: PgColumn, idColumn: PgColumn, keyColumn: PgColumn, agencyId: string, keys: readonly string[]) {
  const wanted = [...new Set(keys)];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: idColumn, key: keyColumn })
    .from(table)
    .where(and(eq(agencyColumn, agencyId), sql`${keyColumn} = ANY(${sql.param(wanted)}::text[])`));
  return new Map(rows.map((row) => [String(row.key), String(row.id)]));
}

/** Entities by code (G001, S001). */
export const entityIdsByCode = (tx: Executor, agencyId: string, codes: readonly string[]) => idsByKey(tx, entities, entities.agencyId, entities.id, entities.code, agencyId, codes);

/** Buildings by code (GILBERT). */
export const buildingIdsByCode = (tx: Executor, agencyId: string, codes: readonly string[]) =>
  idsByKey(tx, buildings, buildings.agencyId, buildings.id, buildings.code, agencyId, codes);

/** Lots by code, unique in the agency (GILBERT/069). */
export const lotIdsByCode = (tx: Executor, agencyId: string, codes: readonly string[]) => idsByKey(tx, lots, lots.agencyId, lots.id, lots.code, agencyId, codes);

/** Persons by the back-office's code (`externalId`). */
export const personIdsByExternalId = (tx: Executor, agencyId: string, externalIds: readonly string[]) =>
  idsByKey(tx, persons, persons.agencyId, persons.id, persons.externalId, agencyId, externalIds);

/** Allocation keys by (building, code): the map's key is `${buildingId}|${code}`. */
export async function allocationKeyIds(tx: Executor, agencyId: string, buildingIds: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(buildingIds)];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: allocationKeys.id, buildingId: allocationKeys.buildingId, code: allocationKeys.code })
    .from(allocationKeys)
    .where(and(eq(allocationKeys.agencyId, agencyId), sql`${allocationKeys.buildingId} = ANY(${sql.param(wanted)}::uuid[])`));
  return new Map(rows.map((row) => [`${row.buildingId}|${row.code}`, row.id]));
}
