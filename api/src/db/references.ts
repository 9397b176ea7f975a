import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';
import { accounts, allocationKeys, buildings, entities, fiscalYears, lots, persons } from './schema';

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

/** The persons of the agency among these ids (decoded global ids): an id outside the set names no one the caller may link. */
export async function personIdsAmong(tx: Executor, agencyId: string, ids: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Set();
  const rows = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.agencyId, agencyId), sql`${persons.id} = ANY(${sql.param(wanted)}::uuid[])`));
  return new Set(rows.map((row) => row.id));
}

/** A building by code with its syndicate entity (whose fiscal years its expenses fall in). */
export interface BuildingReference {
  id: string;
  syndicateEntityId: string | null;
}

/** Buildings by code, with their syndicate entity, in one statement. */
export async function buildingReferencesByCode(tx: Executor, agencyId: string, codes: readonly string[]): Promise<Map<string, BuildingReference>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ code: buildings.code, id: buildings.id, syndicateEntityId: buildings.syndicateEntityId })
    .from(buildings)
    .where(and(eq(buildings.agencyId, agencyId), sql`${buildings.code} = ANY(${sql.param(wanted)}::text[])`));
  return new Map(rows.map(({ code, ...reference }) => [code, reference]));
}

/** Fiscal years by (entity, code) on the given entities: the map's key is `${entityId}|${code}`. */
export async function fiscalYearIds(tx: Executor, agencyId: string, entityIds: readonly string[], codes: readonly string[]): Promise<Map<string, string>> {
  const wantedEntities = [...new Set(entityIds)];
  const wantedCodes = [...new Set(codes)];
  if (wantedEntities.length === 0 || wantedCodes.length === 0) return new Map();
  const rows = await tx
    .select({ id: fiscalYears.id, entityId: fiscalYears.entityId, code: fiscalYears.code })
    .from(fiscalYears)
    .where(
      and(
        eq(fiscalYears.agencyId, agencyId),
        sql`${fiscalYears.entityId} = ANY(${sql.param(wantedEntities)}::uuid[])`,
        sql`${fiscalYears.code} = ANY(${sql.param(wantedCodes)}::text[])`,
      ),
    );
  return new Map(rows.map((row) => [`${row.entityId}|${row.code}`, row.id]));
}

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

/** A lot by code with what relation batches need: its building and the building's syndicate entity (co-owners' 450 accounts). */
export interface LotReference {
  id: string;
  buildingId: string;
  syndicateEntityId: string | null;
}

/** Lots by code, with building and syndicate entity, in one statement. */
export async function lotReferencesByCode(tx: Executor, agencyId: string, codes: readonly string[]): Promise<Map<string, LotReference>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ code: lots.code, id: lots.id, buildingId: lots.buildingId, syndicateEntityId: buildings.syndicateEntityId })
    .from(lots)
    .innerJoin(buildings, and(eq(buildings.agencyId, lots.agencyId), eq(buildings.id, lots.buildingId)))
    .where(and(eq(lots.agencyId, agencyId), sql`${lots.code} = ANY(${sql.param(wanted)}::text[])`));
  return new Map(rows.map(({ code, ...reference }) => [code, reference]));
}

/** An account found by number: its id and holder. */
export interface AccountReference {
  id: string;
  entityId: string;
  personId: string | null;
}

/**
 * Accounts by number on the given entities, in one statement: the map's key is
 * `${entityId}|${number}` (a number is unique per entity, not per agency).
 */
export async function accountsByNumber(tx: Executor, agencyId: string, entityIds: readonly string[], numbers: readonly string[]): Promise<Map<string, AccountReference>> {
  const wantedEntities = [...new Set(entityIds)];
  const wantedNumbers = [...new Set(numbers)];
  if (wantedEntities.length === 0 || wantedNumbers.length === 0) return new Map();
  const rows = await tx
    .select({ id: accounts.id, entityId: accounts.entityId, personId: accounts.personId, number: accounts.number })
    .from(accounts)
    .where(
      and(
        eq(accounts.agencyId, agencyId),
        sql`${accounts.entityId} = ANY(${sql.param(wantedEntities)}::uuid[])`,
        sql`${accounts.number} = ANY(${sql.param(wantedNumbers)}::text[])`,
      ),
    );
  return new Map(rows.map(({ number, ...reference }) => [`${reference.entityId}|${number}`, reference]));
}

/** The agency's gérance entities (owners' 411 and tenants' 81 accounts): usually one, G001. */
export async function geranceEntityIds(tx: Executor, agencyId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: entities.id })
    .from(entities)
    .where(and(eq(entities.agencyId, agencyId), eq(entities.kind, 'GERANCE')));
  return rows.map((row) => row.id);
}
