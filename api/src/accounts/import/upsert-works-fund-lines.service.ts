import { sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { lotIdsByCode } from '../../db/references';
import { recordset, upsertFromSelect } from '../../db/recordset';
import { worksFundLines } from '../../db/schema';
import { assertBatch, assertCode, assertText, RowErrors, tallyUpserts, unknownReference, writerAgencyId, type ImportResult } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import type { WorksFundLineInput } from '../ledger-import.types';
import { assertSignedAmount } from './batch';

/**
 * Upserts works-fund amounts by (lot, account), one transaction and a fixed number of statements;
 * every bad row is reported (the CSV import shows each bad line) and nothing is written then.
 */
export async function upsertWorksFundLines(ctx: Ctx, input: WorksFundLineInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'ledger.import');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('lines', input.length);
  return ctx.db.transaction(async (tx) => {
    const errors = new RowErrors();
    const lotIds = await lotIdsByCode(
      tx,
      agencyId,
      input.map((row) => row.lotCode),
    );
    const seen = new Set<string>();
    const rows = input.map((row, i) => {
      const field = (name: string) => `lines[${i}].${name}`;
      const lotId = lotIds.get(row.lotCode);
      if (!lotId) unknownReference(errors, field('lotCode'), 'lot');
      const accountNumber = errors.check(() => assertCode(field('accountNumber'), row.accountNumber));
      if (lotId && accountNumber !== undefined) {
        if (seen.has(`${lotId}|${accountNumber}`)) errors.add(field('accountNumber'), 'DUPLICATE_IN_BATCH', 'The batch holds this lot and account twice');
        seen.add(`${lotId}|${accountNumber}`);
      }
      return {
        lot_id: lotId,
        account_number: accountNumber,
        label: errors.check(() => assertText(field('label'), row.label)),
        amount: errors.check(() => assertSignedAmount(field('amount'), row.amount)),
      };
    });
    errors.throwIfAny();
    const returned = await upsertFromSelect(tx, {
      table: worksFundLines,
      values: [
        [worksFundLines.agencyId, sql`${agencyId}::uuid`],
        [worksFundLines.lotId, sql`r.lot_id`],
        [worksFundLines.accountNumber, sql`r.account_number`],
        [worksFundLines.label, sql`r.label`],
        [worksFundLines.amount, sql`r.amount`],
      ],
      // The amount stays the decimal text sent (numeric, never a float on the way).
      from: recordset(rows, 'r', { lot_id: 'uuid', account_number: 'text', label: 'text', amount: 'numeric' }),
      conflict: [worksFundLines.agencyId, worksFundLines.lotId, worksFundLines.accountNumber],
      update: [worksFundLines.label, worksFundLines.amount],
      // An unchanged line keeps its date: the figures are as of the load that last changed them.
      touch: [[worksFundLines.updatedAt, sql`now()`]],
    });
    return tallyUpserts(input.length, returned);
  });
}
