import { sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { entityIdsByCode } from '../../db/references';
import { recordset, upsertFromSelect } from '../../db/recordset';
import { fiscalYears } from '../../db/schema';
import { assertBatch, assertCode, RowErrors, tallyUpserts, unknownReference, writerAgencyId, type ImportResult } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import type { FiscalYearInput } from '../ledger-import.types';

/** Upserts fiscal years by (entity, code), one transaction and a fixed number of statements; every bad row is reported. */
export async function upsertFiscalYears(ctx: Ctx, input: FiscalYearInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'ledger.import');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('fiscalYears', input.length);
  return ctx.db.transaction(async (tx) => {
    const errors = new RowErrors();
    const entityIds = await entityIdsByCode(
      tx,
      agencyId,
      input.map((row) => row.entityCode),
    );
    const seen = new Set<string>();
    const rows = input.map((row, i) => {
      const field = (name: string) => `fiscalYears[${i}].${name}`;
      const entityId = entityIds.get(row.entityCode);
      if (!entityId) unknownReference(errors, field('entityCode'), 'entity');
      const code = errors.check(() => assertCode(field('code'), row.code));
      if (entityId && code !== undefined) {
        if (seen.has(`${entityId}|${code}`)) errors.add(field('code'), 'DUPLICATE_IN_BATCH', 'The batch holds this fiscal year twice');
        seen.add(`${entityId}|${code}`);
      }
      if (row.endDate < row.startDate) errors.add(field('endDate'), 'INVALID_RANGE', 'The year ends before it starts');
      return { entity_id: entityId, code, start_date: row.startDate, end_date: row.endDate, is_open: row.isOpen };
    });
    errors.throwIfAny();
    const returned = await upsertFromSelect(tx, {
      table: fiscalYears,
      values: [
        [fiscalYears.agencyId, sql`${agencyId}::uuid`],
        [fiscalYears.entityId, sql`r.entity_id`],
        [fiscalYears.code, sql`r.code`],
        [fiscalYears.startDate, sql`r.start_date`],
        [fiscalYears.endDate, sql`r.end_date`],
        [fiscalYears.isOpen, sql`r.is_open`],
      ],
      from: recordset(rows, 'r', { entity_id: 'uuid', code: 'text', start_date: 'date', end_date: 'date', is_open: 'boolean' }),
      conflict: [fiscalYears.agencyId, fiscalYears.entityId, fiscalYears.code],
      update: [fiscalYears.startDate, fiscalYears.endDate, fiscalYears.isOpen],
    });
    return tallyUpserts(input.length, returned);
  });
}
