import { and, eq, inArray, sql } from 'drizzle-orm';
import { lots, worksFundLines } from '../../db/schema';
import type { Ctx } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import type { WorksFundLineInput } from '../ledger-import.types';
import { assertBatch, assertCode, assertSignedAmount, assertText, MAX_ROWS_PER_BATCH, tallyUpserts, writerAgency, type ImportResult } from './batch';

/** Upserts works-fund amounts by (lot, account). */
export async function upsertWorksFundLines(ctx: Ctx, input: WorksFundLineInput[]): Promise<ImportResult> {
  const agencyId = writerAgency(ctx);
  assertBatch('lines', input.length, MAX_ROWS_PER_BATCH);
  return ctx.db.transaction(async (tx) => {
    const lotRows = await tx
      .select({ id: lots.id, code: lots.code })
      .from(lots)
      .where(and(eq(lots.agencyId, agencyId), inArray(lots.code, [...new Set(input.map((row) => row.lotCode))])));
    const lotIds = new Map(lotRows.map((row) => [row.code, row.id]));
    const returned = [];
    for (const [i, row] of input.entries()) {
      const lotId = lotIds.get(row.lotCode);
      if (!lotId) throw badInput(`lines[${i}].lotCode`, 'UNKNOWN_REFERENCE', `No lot ${row.lotCode}`);
      const [result] = await tx
        .insert(worksFundLines)
        .values({
          agencyId,
          lotId,
          accountNumber: assertCode(`lines[${i}].accountNumber`, row.accountNumber),
          label: assertText(`lines[${i}].label`, row.label),
          amount: assertSignedAmount(`lines[${i}].amount`, row.amount),
        })
        .onConflictDoUpdate({
          target: [worksFundLines.agencyId, worksFundLines.lotId, worksFundLines.accountNumber],
          // An unchanged line keeps its date: the figures are as of the load that last changed them.
          set: { label: sql`excluded.label`, amount: sql`excluded.amount`, updatedAt: sql`now()` },
          setWhere: sql`(${worksFundLines.label}, ${worksFundLines.amount}) IS DISTINCT FROM (excluded.label, excluded.amount)`,
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      returned.push(result);
    }
    return tallyUpserts(input.length, returned);
  });
}
