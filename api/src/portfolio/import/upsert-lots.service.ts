import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { rowsOf } from '../../db/client';
import { allocationKeyIds, buildingIdsByCode } from '../../db/references';
import { recordset, upsertFromSelect } from '../../db/recordset';
import { lots, lotShares } from '../../db/schema';
import type { Ctx } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { assertBatch, assertText, optionalText, RowErrors, TEXT_LIMITS, writerAgencyId, type ImportResult } from '../../graphql/batch';
import type { LotInput } from './portfolio-import.types';

/** Tantièmes: numeric(14,5), above zero (a lot without shares under a key simply has no row there). */
const SHARES = /^\d{1,9}(\.\d{1,5})?$/;
/** Surface in m²: numeric(10,2). */
const SURFACE = /^\d{1,8}(\.\d{1,2})?$/;

export function assertShares(field: string, value: string): string {
  if (!SHARES.test(value) || /^[0.]+$/.test(value)) throw badInput(field, 'INVALID_VALUE', 'Shares above zero with at most 5 decimals');
  return value;
}

function optionalSurface(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!SURFACE.test(value)) throw badInput(field, 'INVALID_VALUE', 'A surface in m², not negative, at most 2 decimals');
  return value;
}

function optionalRooms(field: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0 || value > 1000) throw badInput(field, 'INVALID_VALUE', 'A number of rooms from 0');
  return value;
}

interface ShareRow {
  lot_code: string;
  allocation_key_id: string;
  shares: string;
}

/**
 * Upserts lots by code (unique in the agency, "GILBERT/069") with their shares, in one
 * transaction and a fixed number of statements (three look-ups, two writes). The shares given
 * replace the lot's shares under those keys; keys not mentioned keep theirs, so a key's
 * `totalShares` (a sum over lot_shares, never stored) stays exact. A lot stays in its building.
 * A lot is `updated` when its row or any of its shares changed.
 */
export async function upsertLots(ctx: Ctx, input: LotInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'lot.upsert');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('lots', input.length);
  return ctx.db.transaction(async (tx) => {
    const buildingIds = await buildingIdsByCode(
      tx,
      agencyId,
      input.map((row) => row.buildingCode.trim()),
    );
    const keyIds = await allocationKeyIds(tx, agencyId, [...buildingIds.values()]);
    const current = await tx
      .select({ code: lots.code, buildingId: lots.buildingId })
      .from(lots)
      .where(and(eq(lots.agencyId, agencyId), sql`${lots.code} = ANY(${sql.param(input.map((row) => row.code.trim()))}::text[])`));
    const buildingOfLot = new Map(current.map((row) => [row.code, row.buildingId]));

    const errors = new RowErrors();
    const seen = new Set<string>();
    const shares: ShareRow[] = [];
    const rows = input.map((row, i) => {
      const field = (name: string) => `lots[${i}].${name}`;
      const code = errors.check(() => assertText(field('code'), row.code, TEXT_LIMITS.code));
      if (code !== undefined) {
        if (seen.has(code)) errors.add(field('code'), 'DUPLICATE_IN_BATCH', `The batch holds lot ${code} twice`);
        seen.add(code);
      }
      const buildingCode = row.buildingCode.trim();
      const buildingId = buildingIds.get(buildingCode);
      if (!buildingId) errors.add(field('buildingCode'), 'UNKNOWN_REFERENCE', `No building ${buildingCode} in the agency`);
      else if (code !== undefined && buildingOfLot.has(code) && buildingOfLot.get(code) !== buildingId) {
        errors.add(field('buildingCode'), 'INVALID_VALUE', `Lot ${code} belongs to another building: a lot does not move`);
      }
      const lot = {
        code,
        building_id: buildingId,
        type: errors.check(() => assertText(field('type'), row.type, TEXT_LIMITS.name)),
        floor: errors.check(() => optionalText(field('floor'), row.floor, TEXT_LIMITS.code)),
        surface: errors.check(() => optionalSurface(field('surface'), row.surface)),
        rooms: errors.check(() => optionalRooms(field('rooms'), row.rooms)),
      };
      const keysOfLot = new Set<string>();
      (row.shares ?? []).forEach((share, j) => {
        const shareField = (name: string) => `lots[${i}].shares[${j}].${name}`;
        const keyCode = share.allocationKeyCode.trim();
        const keyId = buildingId ? keyIds.get(`${buildingId}|${keyCode}`) : undefined;
        // No key of that code on the lot's building: unknown, whether it exists on another building or agency or nowhere.
        if (buildingId && !keyId) errors.add(shareField('allocationKeyCode'), 'UNKNOWN_REFERENCE', `No allocation key ${keyCode} on building ${buildingCode}`);
        if (keyId && keysOfLot.has(keyId)) errors.add(shareField('allocationKeyCode'), 'DUPLICATE_IN_BATCH', `The lot holds key ${keyCode} twice`);
        if (keyId) keysOfLot.add(keyId);
        const value = errors.check(() => assertShares(shareField('shares'), share.shares));
        if (keyId && value !== undefined && code !== undefined) shares.push({ lot_code: code, allocation_key_id: keyId, shares: value });
      });
      return lot;
    });
    errors.throwIfAny();

    const written = await upsertFromSelect<{ inserted: boolean; id: string }>(tx, {
      table: lots,
      values: [
        [lots.agencyId, sql`${agencyId}::uuid`],
        [lots.buildingId, sql`r.building_id`],
        [lots.code, sql`r.code`],
        [lots.type, sql`r.type`],
        [lots.floor, sql`r.floor`],
        [lots.surface, sql`r.surface`],
        [lots.rooms, sql`r.rooms`],
      ],
      from: recordset(rows, 'r', { code: 'text', building_id: 'uuid', type: 'text', floor: 'text', surface: 'numeric', rooms: 'integer' }),
      conflict: [lots.agencyId, lots.code],
      update: [lots.type, lots.floor, lots.surface, lots.rooms],
      returning: sql`${sql.identifier(lots.id.name)} AS id`,
    });
    const shareChanges = shares.length
      ? rowsOf<{ lot_id: string }>(
          await tx.execute(sql`
            INSERT INTO ${lotShares} (${sql.identifier(lotShares.agencyId.name)}, ${sql.identifier(lotShares.allocationKeyId.name)}, ${sql.identifier(lotShares.lotId.name)}, ${sql.identifier(lotShares.shares.name)})
            SELECT ${agencyId}::uuid, r.allocation_key_id, l.id, r.shares
            FROM ${recordset(shares, 'r', { lot_code: 'text', allocation_key_id: 'uuid', shares: 'numeric' })}
            JOIN ${lots} l ON l.agency_id = ${agencyId}::uuid AND l.code = r.lot_code
            ON CONFLICT (${sql.identifier(lotShares.agencyId.name)}, ${sql.identifier(lotShares.allocationKeyId.name)}, ${sql.identifier(lotShares.lotId.name)})
            DO UPDATE SET ${sql.identifier(lotShares.shares.name)} = excluded.${sql.identifier(lotShares.shares.name)}
            WHERE ${lotShares.shares} IS DISTINCT FROM excluded.${sql.identifier(lotShares.shares.name)}
            RETURNING ${sql.identifier(lotShares.lotId.name)} AS lot_id`),
        )
      : [];
    const created = new Set(written.filter((row) => row.inserted).map((row) => row.id));
    const updated = new Set([...written.filter((row) => !row.inserted).map((row) => row.id), ...shareChanges.map((row) => row.lot_id).filter((id) => !created.has(id))]);
    return { received: input.length, created: created.size, updated: updated.size, unchanged: input.length - created.size - updated.size };
  });
}
