import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Executor } from '../../db/client';
import { recordset, upsertFromSelect } from '../../db/recordset';
import { allocationKeyIds, buildingReferencesByCode, fiscalYearIds } from '../../db/references';
import { expenses } from '../../db/schema';
import { assertPdf } from '../../files/content-check';
import { contentKey, withFiles, type StagedFile } from '../../files/transactional-files';
import { assertBatch, assertCode, assertText, RowErrors, tallyUpserts, unknownReference, writerAgencyId, type ImportResult } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import type { ExpenseInput } from '../ledger-import.types';
import { assertAmount } from './batch';

/**
 * Upserts expenses by `externalId`, every bad row reported and nothing written then; an attached
 * invoice PDF goes to the file store under the SHA-256 of its content (never a name derived from
 * the id: `X.1`, `X_1` and `x.1` are three expenses), written with the batch's transaction
 * (files/transactional-files.ts). The look-ups run before it, so a bad batch writes no file.
 * Statements: three look-ups, one upsert (and one file lock), whatever the batch size.
 */
export async function upsertExpenses(ctx: Ctx, input: ExpenseInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'ledger.import');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('expenses', input.length);
  const errors = new RowErrors();
  const buildingsByCode = await buildingReferencesByCode(
    ctx.db,
    agencyId,
    input.map((row) => row.buildingCode),
  );
  const buildingList = [...buildingsByCode.values()];
  const keyIds = await allocationKeyIds(
    ctx.db,
    agencyId,
    buildingList.map((building) => building.id),
  );
  const yearIds = await fiscalYearIds(
    ctx.db,
    agencyId,
    buildingList.flatMap((building) => building.syndicateEntityId ?? []),
    input.map((row) => row.fiscalYearCode),
  );
  const invoices: (StagedFile | null | undefined)[] = await Promise.all(
    input.map(async (row, i) => {
      if (!row.invoicePdfBase64) return null;
      const bytes = Buffer.from(row.invoicePdfBase64, 'base64');
      return errors.checkAsync(async () => {
        await assertPdf(`expenses[${i}].invoicePdfBase64`, bytes);
        return contentKey(`invoices/${agencyId}`, bytes, 'pdf');
      });
    }),
  );
  const seen = new Set<string>();
  const rows = input.map((row, i) => {
    const field = (name: string) => `expenses[${i}].${name}`;
    const externalId = errors.check(() => assertCode(field('externalId'), row.externalId));
    if (externalId !== undefined) {
      if (seen.has(externalId)) errors.add(field('externalId'), 'DUPLICATE_IN_BATCH', 'The batch holds this expense twice');
      seen.add(externalId);
    }
    const building = buildingsByCode.get(row.buildingCode);
    const keyId = building && keyIds.get(`${building.id}|${row.allocationKeyCode}`);
    // A building's expenses fall in its syndicate's fiscal years.
    const yearId = building && yearIds.get(`${building.syndicateEntityId}|${row.fiscalYearCode}`);
    if (!building) unknownReference(errors, field('buildingCode'), 'building');
    else {
      if (!keyId) unknownReference(errors, field('allocationKeyCode'), 'allocation key in this building');
      if (!yearId) unknownReference(errors, field('fiscalYearCode'), "fiscal year of this building's syndicate");
    }
    return {
      external_id: externalId,
      fiscal_year_id: yearId,
      building_id: building?.id,
      allocation_key_id: keyId,
      account_number: errors.check(() => assertCode(field('accountNumber'), row.accountNumber)),
      account_label: errors.check(() => assertText(field('accountLabel'), row.accountLabel)),
      expense_date: row.date,
      label: errors.check(() => assertText(field('label'), row.label)),
      amount: errors.check(() => assertAmount(field('amount'), row.amount, true)),
      vat: errors.check(() => assertAmount(field('vat'), row.vat)),
      deductible: errors.check(() => assertAmount(field('deductible'), row.deductible)),
      recoverable: errors.check(() => assertAmount(field('recoverable'), row.recoverable)),
      invoice_file: invoices[i]?.key ?? null,
    };
  });
  errors.throwIfAny();
  const staged = invoices.filter((file): file is StagedFile => file != null);
  const referenced = async (tx: Executor, keys: string[]) =>
    (
      await tx
        .select({ key: expenses.invoiceFile })
        .from(expenses)
        .where(and(eq(expenses.agencyId, agencyId), sql`${expenses.invoiceFile} = ANY(${sql.param(keys)}::text[])`))
    ).map((row) => row.key!);
  return withFiles(ctx.db, ctx.files, staged, referenced, async (tx) => {
    const returned = await upsertFromSelect(tx, {
      table: expenses,
      values: [
        [expenses.agencyId, sql`${agencyId}::uuid`],
        [expenses.externalId, sql`r.external_id`],
        [expenses.fiscalYearId, sql`r.fiscal_year_id`],
        [expenses.buildingId, sql`r.building_id`],
        [expenses.allocationKeyId, sql`r.allocation_key_id`],
        [expenses.accountNumber, sql`r.account_number`],
        [expenses.accountLabel, sql`r.account_label`],
        [expenses.expenseDate, sql`r.expense_date`],
        [expenses.label, sql`r.label`],
        [expenses.amount, sql`r.amount`],
        [expenses.vat, sql`r.vat`],
        [expenses.deductible, sql`r.deductible`],
        [expenses.recoverable, sql`r.recoverable`],
        // A row sent without its invoice keeps the one already attached.
        [expenses.invoiceFile, sql`coalesce(r.invoice_file, (SELECT e.invoice_file FROM ${expenses} e WHERE e.agency_id = ${agencyId}::uuid AND e.external_id = r.external_id))`],
      ],
      from: recordset(rows, 'r', {
        external_id: 'text',
        fiscal_year_id: 'uuid',
        building_id: 'uuid',
        allocation_key_id: 'uuid',
        account_number: 'text',
        account_label: 'text',
        expense_date: 'date',
        label: 'text',
        amount: 'numeric',
        vat: 'numeric',
        deductible: 'numeric',
        recoverable: 'numeric',
        invoice_file: 'text',
      }),
      conflict: [expenses.agencyId, expenses.externalId],
      update: [
        expenses.fiscalYearId,
        expenses.buildingId,
        expenses.allocationKeyId,
        expenses.accountNumber,
        expenses.accountLabel,
        expenses.expenseDate,
        expenses.label,
        expenses.amount,
        expenses.vat,
        expenses.deductible,
        expenses.recoverable,
        expenses.invoiceFile,
      ],
    });
    return tallyUpserts(input.length, returned);
  });
}
