import { sql } from 'drizzle-orm';
import { fiscalYears } from '../../db/schema';
import type { Ctx } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import type { FiscalYearInput } from '../ledger-import.types';
import { assertBatch, assertCode, entityIdsByCode, MAX_ROWS_PER_BATCH, tallyUpserts, writerAgency, type ImportResult } from './batch';

/** Upserts fiscal years by (entity, code). */
export async function upsertFiscalYears(ctx: Ctx, input: FiscalYearInput[]): Promise<ImportResult> {
  const agencyId = writerAgency(ctx);
  assertBatch('fiscalYears', input.length, MAX_ROWS_PER_BATCH);
  return ctx.db.transaction(async (tx) => {
    const entityIds = await entityIdsByCode(
      tx,
      agencyId,
      input.map((row) => row.entityCode),
    );
    const returned = [];
    for (const [i, row] of input.entries()) {
      const entityId = entityIds.get(row.entityCode);
      if (!entityId) throw badInput(`fiscalYears[${i}].entityCode`, 'UNKNOWN_REFERENCE', `No entity ${row.entityCode}`);
      if (row.endDate < row.startDate) throw badInput(`fiscalYears[${i}].endDate`, 'INVALID_RANGE', 'The year ends before it starts');
      const [result] = await tx
        .insert(fiscalYears)
        .values({ agencyId, entityId, code: assertCode(`fiscalYears[${i}].code`, row.code), startDate: row.startDate, endDate: row.endDate, isOpen: row.isOpen })
        .onConflictDoUpdate({
          target: [fiscalYears.agencyId, fiscalYears.entityId, fiscalYears.code],
          set: { startDate: sql`excluded.start_date`, endDate: sql`excluded.end_date`, isOpen: sql`excluded.is_open` },
          setWhere: sql`(${fiscalYears.startDate}, ${fiscalYears.endDate}, ${fiscalYears.isOpen}) IS DISTINCT FROM (excluded.start_date, excluded.end_date, excluded.is_open)`,
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      returned.push(result);
    }
    return tallyUpserts(input.length, returned);
  });
}
