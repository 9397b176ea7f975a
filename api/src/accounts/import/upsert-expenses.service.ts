import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { allocationKeys, buildings, expenses, fiscalYears } from '../../db/schema';
import { assertPdf } from '../../files/content-check';
import { contentKey, withFiles, type StagedFile } from '../../files/transactional-files';
import type { Ctx } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import type { ExpenseInput } from '../ledger-import.types';
import { assertAmount, assertBatch, assertCode, assertText, MAX_ROWS_PER_BATCH, tallyUpserts, writerAgency, type ImportResult } from './batch';

/**
 * Upserts expenses by `externalId`; an attached invoice PDF goes to the file store under the
 * SHA-256 of its content (never a name derived from the id: `X.1`, `X_1` and `x.1` are three
 * expenses), written with the batch's transaction (files/transactional-files.ts).
 */
export async function upsertExpenses(ctx: Ctx, input: ExpenseInput[]): Promise<ImportResult> {
  const agencyId = writerAgency(ctx);
  assertBatch('expenses', input.length, MAX_ROWS_PER_BATCH);
  const refs = await ctx.db
    .select({ buildingId: buildings.id, buildingCode: buildings.code, entityId: buildings.syndicateEntityId, keyId: allocationKeys.id, keyCode: allocationKeys.code })
    .from(buildings)
    .leftJoin(allocationKeys, and(eq(allocationKeys.agencyId, buildings.agencyId), eq(allocationKeys.buildingId, buildings.id)))
    .where(and(eq(buildings.agencyId, agencyId), inArray(buildings.code, [...new Set(input.map((row) => row.buildingCode))])));
  const years = await ctx.db
    .select()
    .from(fiscalYears)
    .where(and(eq(fiscalYears.agencyId, agencyId), inArray(fiscalYears.code, [...new Set(input.map((row) => row.fiscalYearCode))])));
  const seen = new Set<string>();
  const invoices: (StagedFile | null)[] = await Promise.all(
    input.map(async (row, i) => {
      if (!row.invoicePdfBase64) return null;
      const bytes = Buffer.from(row.invoicePdfBase64, 'base64');
      await assertPdf(`expenses[${i}].invoicePdfBase64`, bytes);
      return contentKey(`invoices/${agencyId}`, bytes, 'pdf');
    }),
  );
  const prepared = input.map((row, i) => {
    const field = (name: string) => `expenses[${i}].${name}`;
    const externalId = assertCode(field('externalId'), row.externalId);
    if (seen.has(externalId)) throw badInput(field('externalId'), 'DUPLICATE_IN_BATCH', 'The batch holds this expense twice');
    seen.add(externalId);
    const building = refs.find((r) => r.buildingCode === row.buildingCode);
    if (!building) throw badInput(field('buildingCode'), 'UNKNOWN_REFERENCE', `No building ${row.buildingCode}`);
    const key = refs.find((r) => r.buildingCode === row.buildingCode && r.keyCode === row.allocationKeyCode);
    if (!key?.keyId) throw badInput(field('allocationKeyCode'), 'UNKNOWN_REFERENCE', `No key ${row.allocationKeyCode} in ${row.buildingCode}`);
    const year = years.find((y) => y.code === row.fiscalYearCode && y.entityId === building.entityId);
    if (!year) throw badInput(field('fiscalYearCode'), 'UNKNOWN_REFERENCE', `No fiscal year ${row.fiscalYearCode} for ${row.buildingCode}`);
    return {
      values: {
        agencyId,
        externalId,
        fiscalYearId: year.id,
        buildingId: building.buildingId,
        allocationKeyId: key.keyId,
        accountNumber: assertCode(field('accountNumber'), row.accountNumber),
        accountLabel: assertText(field('accountLabel'), row.accountLabel),
        expenseDate: row.date,
        label: assertText(field('label'), row.label),
        amount: assertAmount(field('amount'), row.amount, true),
        vat: assertAmount(field('vat'), row.vat),
        deductible: assertAmount(field('deductible'), row.deductible),
        recoverable: assertAmount(field('recoverable'), row.recoverable),
        invoiceFile: invoices[i]?.key ?? null,
      },
    };
  });
  const staged = invoices.filter((file): file is StagedFile => file !== null);
  const referenced = async (tx: Executor, keys: string[]) =>
    (
      await tx
        .select({ key: expenses.invoiceFile })
        .from(expenses)
        .where(and(eq(expenses.agencyId, agencyId), inArray(expenses.invoiceFile, keys)))
    ).map((row) => row.key!);
  return withFiles(ctx.db, ctx.files, staged, referenced, async (tx) => {
    const returned = [];
    for (const { values } of prepared) {
      const [row] = await tx
        .insert(expenses)
        .values(values)
        .onConflictDoUpdate({
          target: [expenses.agencyId, expenses.externalId],
          set: {
            fiscalYearId: values.fiscalYearId,
            buildingId: values.buildingId,
            allocationKeyId: values.allocationKeyId,
            accountNumber: values.accountNumber,
            accountLabel: values.accountLabel,
            expenseDate: values.expenseDate,
            label: values.label,
            amount: values.amount,
            vat: values.vat,
            deductible: values.deductible,
            recoverable: values.recoverable,
            invoiceFile: sql`coalesce(excluded.invoice_file, ${expenses.invoiceFile})`,
          },
          setWhere: sql`(${expenses.fiscalYearId}, ${expenses.buildingId}, ${expenses.allocationKeyId}, ${expenses.accountNumber}, ${expenses.accountLabel}, ${expenses.expenseDate}, ${expenses.label}, ${expenses.amount}, ${expenses.vat}, ${expenses.deductible}, ${expenses.recoverable}, ${expenses.invoiceFile})
            IS DISTINCT FROM (excluded.fiscal_year_id, excluded.building_id, excluded.allocation_key_id, excluded.account_number, excluded.account_label, excluded.expense_date, excluded.label, excluded.amount, excluded.vat, excluded.deductible, excluded.recoverable, coalesce(excluded.invoice_file, ${expenses.invoiceFile}))`,
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      returned.push(row);
    }
    return tallyUpserts(input.length, returned);
  });
}
