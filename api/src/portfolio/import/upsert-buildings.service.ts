import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { recordset, upsertFromSelect } from '../../db/recordset';
import { buildings, entities } from '../../db/schema';
import type { Ctx } from '../../graphql/context';
import { assertBatch, assertText, RowErrors, TEXT_LIMITS, tallyUpserts, writerAgencyId, type ImportResult } from '../../graphql/batch';
import { addressColumns } from '../../identity/import/postal-address';
import type { BuildingInput } from './portfolio-import.types';

/**
 * Upserts buildings by code with their address and syndicate entity, in one transaction and a
 * fixed number of statements; the manager in charge is kept. A syndicate code that names no
 * syndicate entity of the agency is an UNKNOWN_REFERENCE (missing or elsewhere: same words).
 */
export async function upsertBuildings(ctx: Ctx, input: BuildingInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'building.upsert');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('buildings', input.length);
  return ctx.db.transaction(async (tx) => {
    const codes = [...new Set(input.flatMap((row) => (row.syndicateEntityCode?.trim() ? [row.syndicateEntityCode.trim()] : [])))];
    // Only syndicate entities can carry a building: a gérance code is as unknown as a missing one.
    const syndicates = codes.length
      ? await tx
          .select({ id: entities.id, code: entities.code })
          .from(entities)
          .where(and(eq(entities.agencyId, agencyId), eq(entities.kind, 'SYNDIC'), sql`${entities.code} = ANY(${sql.param(codes)}::text[])`))
      : [];
    const syndicateIds = new Map(syndicates.map((row) => [row.code, row.id]));
    const errors = new RowErrors();
    const seen = new Set<string>();
    const rows = input.map((row, i) => {
      const field = (name: string) => `buildings[${i}].${name}`;
      const code = errors.check(() => assertText(field('code'), row.code, TEXT_LIMITS.code));
      if (code !== undefined) {
        if (seen.has(code)) errors.add(field('code'), 'DUPLICATE_IN_BATCH', `The batch holds building ${code} twice`);
        seen.add(code);
      }
      const name = errors.check(() => assertText(field('name'), row.name, TEXT_LIMITS.name));
      const address = addressColumns(errors, field('postalAddress'), row.postalAddress);
      const syndicateCode = row.syndicateEntityCode?.trim() || null;
      const syndicateId = syndicateCode ? syndicateIds.get(syndicateCode) : null;
      if (syndicateId === undefined) errors.add(field('syndicateEntityCode'), 'UNKNOWN_REFERENCE', `No syndicate entity ${syndicateCode} in the agency`);
      return { code, name, ...address, syndicate_entity_id: syndicateId ?? null };
    });
    errors.throwIfAny();
    const returned = await upsertFromSelect(tx, {
      table: buildings,
      values: [
        [buildings.agencyId, sql`${agencyId}::uuid`],
        [buildings.code, sql`r.code`],
        [buildings.name, sql`r.name`],
        [buildings.addressLine1, sql`r.line1`],
        [buildings.addressLine2, sql`r.line2`],
        [buildings.postalCode, sql`r.postal_code`],
        [buildings.city, sql`r.city`],
        [buildings.syndicateEntityId, sql`r.syndicate_entity_id`],
      ],
      from: recordset(rows, 'r', { code: 'text', name: 'text', line1: 'text', line2: 'text', postal_code: 'text', city: 'text', syndicate_entity_id: 'uuid' }),
      conflict: [buildings.agencyId, buildings.code],
      update: [buildings.name, buildings.addressLine1, buildings.addressLine2, buildings.postalCode, buildings.city, buildings.syndicateEntityId],
    });
    return tallyUpserts(input.length, returned);
  });
}
