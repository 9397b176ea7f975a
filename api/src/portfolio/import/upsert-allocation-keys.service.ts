import { sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { buildingIdsByCode } from '../../db/references';
import { recordset, upsertFromSelect } from '../../db/recordset';
import { allocationKeys } from '../../db/schema';
import type { Ctx } from '../../graphql/context';
import { assertBatch, assertText, RowErrors, TEXT_LIMITS, tallyUpserts, writerAgencyId, type ImportResult } from '../../graphql/batch';
import type { AllocationKeyInput } from './portfolio-import.types';

/**
 * Upserts allocation keys by (building code, key code), in one transaction and a fixed number of
 * statements. A building code outside the agency is an UNKNOWN_REFERENCE, missing or elsewhere.
 */
export async function upsertAllocationKeys(ctx: Ctx, input: AllocationKeyInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'allocationKey.upsert');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('keys', input.length);
  return ctx.db.transaction(async (tx) => {
    const buildingIds = await buildingIdsByCode(
      tx,
      agencyId,
      input.map((row) => row.buildingCode.trim()),
    );
    const errors = new RowErrors();
    const seen = new Set<string>();
    const rows = input.map((row, i) => {
      const field = (name: string) => `keys[${i}].${name}`;
      const buildingCode = row.buildingCode.trim();
      const buildingId = buildingIds.get(buildingCode);
      if (!buildingId) errors.add(field('buildingCode'), 'UNKNOWN_REFERENCE', `No building ${buildingCode} in the agency`);
      const code = errors.check(() => assertText(field('code'), row.code, TEXT_LIMITS.code));
      if (code !== undefined && buildingId) {
        const key = `${buildingId}|${code}`;
        if (seen.has(key)) errors.add(field('code'), 'DUPLICATE_IN_BATCH', `The batch holds key ${buildingCode}/${code} twice`);
        seen.add(key);
      }
      return { building_id: buildingId, code, label: errors.check(() => assertText(field('label'), row.label, TEXT_LIMITS.label)) };
    });
    errors.throwIfAny();
    const returned = await upsertFromSelect(tx, {
      table: allocationKeys,
      values: [
        [allocationKeys.agencyId, sql`${agencyId}::uuid`],
        [allocationKeys.buildingId, sql`r.building_id`],
        [allocationKeys.code, sql`r.code`],
        [allocationKeys.label, sql`r.label`],
      ],
      from: recordset(rows, 'r', { building_id: 'uuid', code: 'text', label: 'text' }),
      conflict: [allocationKeys.agencyId, allocationKeys.buildingId, allocationKeys.code],
      update: [allocationKeys.label],
    });
    return tallyUpserts(input.length, returned);
  });
}
