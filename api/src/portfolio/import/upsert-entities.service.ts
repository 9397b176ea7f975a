import { sql } from 'drizzle-orm';
import { electronicFormatIBAN, friendlyFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { assertCan } from '../../auth/policy';
import { entityIdsByCode } from '../../db/references';
import { recordset, upsertFromSelect } from '../../db/recordset';
import { entities, entityKind } from '../../db/schema';
import type { Ctx } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { assertBatch, assertText, RowErrors, TEXT_LIMITS, tallyUpserts, writerAgencyId, type ImportResult } from '../../graphql/batch';
import type { EntityInput } from './portfolio-import.types';

/** An IBAN checked by country format and checksum (ibantools), stored grouped by four as printed on letters. */
export function assertIban(field: string, value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  const electronic = electronicFormatIBAN(value) ?? '';
  if (!isValidIBAN(electronic)) throw badInput(field, 'INVALID_VALUE', 'Not a valid IBAN');
  return friendlyFormatIBAN(electronic);
}

/** A BIC/SWIFT code (8 or 11 characters), upper-case. */
export function assertBic(field: string, value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  const bic = value.replace(/\s+/g, '').toUpperCase();
  if (!isValidBIC(bic)) throw badInput(field, 'INVALID_VALUE', 'Not a valid BIC');
  return bic;
}

/**
 * Upserts accounting entities by code (G001, S001), in one transaction and a fixed number of
 * statements. A new entity needs its kind; omitted bank details are cleared (the back-office's
 * row is the truth). Every bad row is reported, and then nothing is written.
 */
export async function upsertEntities(ctx: Ctx, input: EntityInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'entity.upsert');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('entities', input.length);
  return ctx.db.transaction(async (tx) => {
    const existing = await entityIdsByCode(
      tx,
      agencyId,
      input.map((row) => row.code.trim()),
    );
    const errors = new RowErrors();
    const seen = new Set<string>();
    const rows = input.map((row, i) => {
      const field = (name: string) => `entities[${i}].${name}`;
      const code = errors.check(() => assertText(field('code'), row.code, TEXT_LIMITS.code));
      if (code !== undefined) {
        if (seen.has(code)) errors.add(field('code'), 'DUPLICATE_IN_BATCH', `The batch holds entity ${code} twice`);
        seen.add(code);
      }
      if (!row.kind && code !== undefined && !existing.has(code)) errors.add(field('kind'), 'INVALID_VALUE', 'A new entity needs its kind');
      return {
        code,
        kind: row.kind ?? null,
        name: errors.check(() => assertText(field('name'), row.name, TEXT_LIMITS.name)),
        iban: errors.check(() => assertIban(field('iban'), row.iban)),
        bic: errors.check(() => assertBic(field('bic'), row.bic)),
      };
    });
    errors.throwIfAny();
    const returned = await upsertFromSelect(tx, {
      table: entities,
      values: [
        [entities.agencyId, sql`${agencyId}::uuid`],
        [entities.code, sql`r.code`],
        // An existing entity keeps its kind when none is given (the conflict's excluded row then carries the old one).
        [
          entities.kind,
          sql`coalesce(r.kind::${sql.identifier(entityKind.enumName)}, (SELECT e.kind FROM ${entities} e WHERE e.agency_id = ${agencyId}::uuid AND e.code = r.code))`,
        ],
        [entities.name, sql`r.name`],
        [entities.iban, sql`r.iban`],
        [entities.bic, sql`r.bic`],
      ],
      from: recordset(rows, 'r', { code: 'text', kind: 'text', name: 'text', iban: 'text', bic: 'text' }),
      conflict: [entities.agencyId, entities.code],
      update: [entities.kind, entities.name, entities.iban, entities.bic],
    });
    return tallyUpserts(input.length, returned);
  });
}
