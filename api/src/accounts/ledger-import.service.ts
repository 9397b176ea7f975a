import { Decimal } from 'decimal.js';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { rowsOf, type Executor } from '../db/client';
import { accounts, allocationKeys, buildings, entities, expenses, fiscalYears, lots, persons, worksFundLines } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { fromGlobalId } from '../graphql/node';
import { appendEntries, type NewLedgerEntry } from './ledger.service';
import type { AccountInput, ExpenseInput, FiscalYearInput, LedgerEntryInput, WorksFundLineInput } from './ledger-import.types';

export const MAX_ENTRIES_PER_BATCH = 50_000;
export const MAX_ROWS_PER_BATCH = 5_000;

export interface ImportResult {
  received: number;
  created: number;
  updated: number;
  unchanged: number;
}

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** The agency of the writer; managers and `ledger:write` integrators only. */
function writerAgency(ctx: Ctx): string {
  assertCan(ctx.actor, 'ledger.import');
  if (ctx.actor.kind === 'anonymous') throw new Error('unreachable');
  return ctx.actor.agencyId;
}

function assertBatch(field: string, size: number, max: number): void {
  if (size === 0 || size > max) throw badInput(field, 'INVALID_VALUE', `Send 1 to ${max} rows per batch`);
}

function assertAmount(field: string, value: string | null | undefined, required = false): string {
  if (value == null || value === '') {
    if (required) throw badInput(field, 'INVALID_VALUE', 'An amount is required');
    return '0';
  }
  if (!AMOUNT.test(value)) throw badInput(field, 'INVALID_AMOUNT', 'A non-negative amount with at most 2 decimals');
  return value;
}

function assertText(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, 'INVALID_VALUE', 'A value is required');
  return trimmed;
}

async function entityIdsByCode(tx: Executor, agencyId: string, codes: string[]): Promise<Map<string, string>> {
  const rows = await tx.select({ id: entities.id, code: entities.code }).from(entities).where(and(eq(entities.agencyId, agencyId), inArray(entities.code, [...new Set(codes)])));
  return new Map(rows.map((row) => [row.code, row.id]));
}

/** Upserts accounts by (entity, number), one transaction; a bad row names itself and writes nothing. */
export async function upsertAccounts(ctx: Ctx, input: AccountInput[]): Promise<ImportResult> {
  const agencyId = writerAgency(ctx);
  assertBatch('accounts', input.length, MAX_ROWS_PER_BATCH);
  return ctx.db.transaction(async (tx) => {
    const entityIds = await entityIdsByCode(tx, agencyId, input.map((row) => row.entityCode));
    const personIds = input.map((row, i) => (row.personId ? fromGlobalId(row.personId, `accounts[${i}].personId`) : null));
    personIds.forEach((p, i) => {
      if (p && p.type !== 'Person') throw badInput(`accounts[${i}].personId`, 'INVALID_ID', 'Expected a Person id');
    });
    const wanted = [...new Set(personIds.filter(Boolean).map((p) => p!.id))];
    const found = wanted.length ? await tx.select({ id: persons.id }).from(persons).where(and(eq(persons.agencyId, agencyId), inArray(persons.id, wanted))) : [];
    const known = new Set(found.map((row) => row.id));
    const seen = new Set<string>();
    const values = input.map((row, i) => {
      const entityId = entityIds.get(row.entityCode);
      if (!entityId) throw badInput(`accounts[${i}].entityCode`, 'UNKNOWN_REFERENCE', `No entity ${row.entityCode}`);
      const personId = personIds[i]?.id ?? null;
      if (personId && !known.has(personId)) throw badInput(`accounts[${i}].personId`, 'UNKNOWN_REFERENCE', 'No such person');
      const key = `${entityId}|${row.number}`;
      if (seen.has(key)) throw badInput(`accounts[${i}].number`, 'DUPLICATE_IN_BATCH', 'The batch holds this account twice');
      seen.add(key);
      return { agencyId, entityId, number: assertText(`accounts[${i}].number`, row.number), label: assertText(`accounts[${i}].label`, row.label), kind: row.kind, personId, isPublished: row.isPublished ?? true, keepPublished: row.isPublished == null };
    });
    let created = 0;
    let updated = 0;
    for (const v of values) {
      const result = await tx.execute(sql`
        INSERT INTO accounts (agency_id, entity_id, number, label, kind, person_id, is_published)
        VALUES (${v.agencyId}, ${v.entityId}, ${v.number}, ${v.label}, ${v.kind}, ${v.personId}, ${v.isPublished})
        ON CONFLICT (agency_id, entity_id, number) DO UPDATE SET
          label = excluded.label, kind = excluded.kind, person_id = excluded.person_id,
          is_published = CASE WHEN ${v.keepPublished} THEN accounts.is_published ELSE excluded.is_published END
        WHERE (accounts.label, accounts.kind, accounts.person_id, accounts.is_published)
          IS DISTINCT FROM (excluded.label, excluded.kind, excluded.person_id, CASE WHEN ${v.keepPublished} THEN accounts.is_published ELSE excluded.is_published END)
        RETURNING (xmax = 0) AS inserted`);
      const row = rowsOf<{ inserted: boolean }>(result)[0];
      if (row?.inserted) created++;
      else if (row) updated++;
    }
    return { received: input.length, created, updated, unchanged: input.length - created - updated };
  });
}

/**
 * Loads ledger entries, idempotent by `externalId`: an entry already loaded with the same content
 * is unchanged; with other content it is refused (entries are immutable: send a reversing entry).
 * One transaction per batch; balances and monthly totals move with the entries.
 */
export async function importLedgerEntries(ctx: Ctx, input: LedgerEntryInput[]): Promise<ImportResult> {
  const agencyId = writerAgency(ctx);
  assertBatch('entries', input.length, MAX_ENTRIES_PER_BATCH);
  return ctx.db.transaction(async (tx) => {
    const entityIds = await entityIdsByCode(tx, agencyId, input.map((row) => row.entityCode));
    const pairs = new Map<string, { entityId: string; number: string }>();
    input.forEach((row, i) => {
      const entityId = entityIds.get(row.entityCode);
      if (!entityId) throw badInput(`entries[${i}].entityCode`, 'UNKNOWN_REFERENCE', `No entity ${row.entityCode}`);
      pairs.set(`${entityId}|${row.accountNumber}`, { entityId, number: row.accountNumber });
    });
    const list = [...pairs.values()];
    // Over-matches the cross product of entities and numbers; the pair map below is exact.
    const accountsFound = await tx
      .select({ id: accounts.id, entityId: accounts.entityId, number: accounts.number })
      .from(accounts)
      .where(and(eq(accounts.agencyId, agencyId), inArray(accounts.entityId, [...new Set(list.map((p) => p.entityId))]), inArray(accounts.number, [...new Set(list.map((p) => p.number))])));
    const accountIds = new Map(accountsFound.map((row) => [`${row.entityId}|${row.number}`, row.id]));

    const seen = new Set<string>();
    const candidates: (NewLedgerEntry & { externalId: string })[] = input.map((row, i) => {
      const field = (name: string) => `entries[${i}].${name}`;
      const externalId = assertText(field('externalId'), row.externalId);
      if (seen.has(externalId)) throw badInput(field('externalId'), 'DUPLICATE_IN_BATCH', 'The batch holds this entry twice');
      seen.add(externalId);
      const accountId = accountIds.get(`${entityIds.get(row.entityCode)}|${row.accountNumber}`);
      if (!accountId) throw badInput(field('accountNumber'), 'UNKNOWN_REFERENCE', `No account ${row.entityCode}/${row.accountNumber}`);
      const debit = assertAmount(field('debit'), row.debit);
      const credit = assertAmount(field('credit'), row.credit);
      if (new Decimal(debit).isZero() === new Decimal(credit).isZero()) {
        throw badInput(field('debit'), 'INVALID_AMOUNT', 'Exactly one of debit and credit must be above zero');
      }
      return {
        externalId, accountId, entryDate: row.date, label: assertText(field('label'), row.label),
        debit: new Decimal(debit).toFixed(2), credit: new Decimal(credit).toFixed(2),
        isTreasury: row.isTreasury ?? false, isAnalyticNotPaidBack: row.isAnalyticNotPaidBack ?? false,
      };
    });

    // One array parameter joined through the (agency, external_id) index: an IN list of 50 000
    // parameters took 38 ms to plan and was executed as a scan of the whole ledger.
    const externalIds = candidates.map((c) => c.externalId);
    const existing = rowsOf<{ externalId: string; accountId: string; entryDate: string; label: string; debit: string; credit: string }>(
      await tx.execute(sql`
        SELECT e.external_id AS "externalId", e.account_id AS "accountId", e.entry_date::text AS "entryDate", e.label, e.debit::text AS debit, e.credit::text AS credit
        FROM unnest(${`{${externalIds.map((id) => `"${id.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`}::text[]) AS wanted(external_id)
        JOIN ledger_entries e ON e.agency_id = ${agencyId} AND e.external_id = wanted.external_id`),
    );
    const byExternalId = new Map(existing.map((row) => [row.externalId!, row]));
    const fresh = candidates.filter((candidate, i) => {
      const old = byExternalId.get(candidate.externalId);
      if (!old) return true;
      const same = old.accountId === candidate.accountId && old.entryDate === candidate.entryDate && old.label === candidate.label
        && new Decimal(old.debit).equals(candidate.debit!) && new Decimal(old.credit).equals(candidate.credit!);
      if (!same) throw badInput(`entries[${i}]`, 'LEDGER_ENTRY_IMMUTABLE', 'This entry was loaded with other content; post a reversing entry instead');
      return false;
    });
    await appendEntries(tx, agencyId, fresh);
    return { received: input.length, created: fresh.length, updated: 0, unchanged: input.length - fresh.length };
  });
}

/** Upserts fiscal years by (entity, code). */
export async function upsertFiscalYears(ctx: Ctx, input: FiscalYearInput[]): Promise<ImportResult> {
  const agencyId = writerAgency(ctx);
  assertBatch('fiscalYears', input.length, MAX_ROWS_PER_BATCH);
  return ctx.db.transaction(async (tx) => {
    const entityIds = await entityIdsByCode(tx, agencyId, input.map((row) => row.entityCode));
    let created = 0;
    let updated = 0;
    for (const [i, row] of input.entries()) {
      const entityId = entityIds.get(row.entityCode);
      if (!entityId) throw badInput(`fiscalYears[${i}].entityCode`, 'UNKNOWN_REFERENCE', `No entity ${row.entityCode}`);
      if (row.endDate < row.startDate) throw badInput(`fiscalYears[${i}].endDate`, 'INVALID_RANGE', 'The year ends before it starts');
      const result = await tx.execute(sql`
        INSERT INTO fiscal_years (agency_id, entity_id, code, start_date, end_date, is_open)
        VALUES (${agencyId}, ${entityId}, ${assertText(`fiscalYears[${i}].code`, row.code)}, ${row.startDate}, ${row.endDate}, ${row.isOpen})
        ON CONFLICT (agency_id, entity_id, code) DO UPDATE SET start_date = excluded.start_date, end_date = excluded.end_date, is_open = excluded.is_open
        WHERE (fiscal_years.start_date, fiscal_years.end_date, fiscal_years.is_open) IS DISTINCT FROM (excluded.start_date, excluded.end_date, excluded.is_open)
        RETURNING (xmax = 0) AS inserted`);
      const r = rowsOf<{ inserted: boolean }>(result)[0];
      if (r?.inserted) created++;
      else if (r) updated++;
    }
    return { received: input.length, created, updated, unchanged: input.length - created - updated };
  });
}

/** Upserts expenses by `externalId`; an attached invoice PDF goes to the file store. */
export async function upsertExpenses(ctx: Ctx, input: ExpenseInput[]): Promise<ImportResult> {
  const agencyId = writerAgency(ctx);
  assertBatch('expenses', input.length, MAX_ROWS_PER_BATCH);
  const refs = await ctx.db
    .select({ buildingId: buildings.id, buildingCode: buildings.code, entityId: buildings.syndicateEntityId, keyId: allocationKeys.id, keyCode: allocationKeys.code })
    .from(buildings)
    .leftJoin(allocationKeys, and(eq(allocationKeys.agencyId, buildings.agencyId), eq(allocationKeys.buildingId, buildings.id)))
    .where(and(eq(buildings.agencyId, agencyId), inArray(buildings.code, [...new Set(input.map((row) => row.buildingCode))])));
  const years = await ctx.db.select().from(fiscalYears).where(and(eq(fiscalYears.agencyId, agencyId), inArray(fiscalYears.code, [...new Set(input.map((row) => row.fiscalYearCode))])));
  const seen = new Set<string>();
  const prepared = input.map((row, i) => {
    const field = (name: string) => `expenses[${i}].${name}`;
    const externalId = assertText(field('externalId'), row.externalId);
    if (seen.has(externalId)) throw badInput(field('externalId'), 'DUPLICATE_IN_BATCH', 'The batch holds this expense twice');
    seen.add(externalId);
    const building = refs.find((r) => r.buildingCode === row.buildingCode);
    if (!building) throw badInput(field('buildingCode'), 'UNKNOWN_REFERENCE', `No building ${row.buildingCode}`);
    const key = refs.find((r) => r.buildingCode === row.buildingCode && r.keyCode === row.allocationKeyCode);
    if (!key?.keyId) throw badInput(field('allocationKeyCode'), 'UNKNOWN_REFERENCE', `No key ${row.allocationKeyCode} in ${row.buildingCode}`);
    const year = years.find((y) => y.code === row.fiscalYearCode && y.entityId === building.entityId);
    if (!year) throw badInput(field('fiscalYearCode'), 'UNKNOWN_REFERENCE', `No fiscal year ${row.fiscalYearCode} for ${row.buildingCode}`);
    let invoice: Buffer | null = null;
    if (row.invoicePdfBase64) {
      invoice = Buffer.from(row.invoicePdfBase64, 'base64');
      if (invoice.subarray(0, 5).toString('latin1') !== '%PDF-') throw badInput(field('invoicePdfBase64'), 'INVALID_VALUE', 'Not a PDF');
    }
    return {
      invoice,
      values: {
        agencyId, externalId, fiscalYearId: year.id, buildingId: building.buildingId, allocationKeyId: key.keyId,
        accountNumber: assertText(field('accountNumber'), row.accountNumber), accountLabel: assertText(field('accountLabel'), row.accountLabel),
        expenseDate: row.date, label: assertText(field('label'), row.label),
        amount: assertAmount(field('amount'), row.amount, true), vat: assertAmount(field('vat'), row.vat),
        deductible: assertAmount(field('deductible'), row.deductible), recoverable: assertAmount(field('recoverable'), row.recoverable),
        invoiceFile: invoice ? `invoices/${agencyId}/${externalId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}.pdf` : null,
      },
    };
  });
  // Files first: a file without a row is harmless, a row pointing at a missing file is not.
  for (const { invoice, values } of prepared) if (invoice && values.invoiceFile) await ctx.files.put(values.invoiceFile, invoice);
  return ctx.db.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (const { values } of prepared) {
      const [row] = await tx
        .insert(expenses)
        .values(values)
        .onConflictDoUpdate({
          target: [expenses.agencyId, expenses.externalId],
          set: {
            fiscalYearId: values.fiscalYearId, buildingId: values.buildingId, allocationKeyId: values.allocationKeyId,
            accountNumber: values.accountNumber, accountLabel: values.accountLabel, expenseDate: values.expenseDate, label: values.label,
            amount: values.amount, vat: values.vat, deductible: values.deductible, recoverable: values.recoverable,
            invoiceFile: sql`coalesce(excluded.invoice_file, ${expenses.invoiceFile})`,
          },
          setWhere: sql`(${expenses.fiscalYearId}, ${expenses.buildingId}, ${expenses.allocationKeyId}, ${expenses.accountNumber}, ${expenses.accountLabel}, ${expenses.expenseDate}, ${expenses.label}, ${expenses.amount}, ${expenses.vat}, ${expenses.deductible}, ${expenses.recoverable}, ${expenses.invoiceFile})
            IS DISTINCT FROM (excluded.fiscal_year_id, excluded.building_id, excluded.allocation_key_id, excluded.account_number, excluded.account_label, excluded.expense_date, excluded.label, excluded.amount, excluded.vat, excluded.deductible, excluded.recoverable, coalesce(excluded.invoice_file, ${expenses.invoiceFile}))`,
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      if (row?.inserted) created++;
      else if (row) updated++;
    }
    return { received: input.length, created, updated, unchanged: input.length - created - updated };
  });
}

/** Upserts works-fund amounts by (lot, account). */
export async function upsertWorksFundLines(ctx: Ctx, input: WorksFundLineInput[]): Promise<ImportResult> {
  const agencyId = writerAgency(ctx);
  assertBatch('lines', input.length, MAX_ROWS_PER_BATCH);
  return ctx.db.transaction(async (tx) => {
    const lotRows = await tx.select({ id: lots.id, code: lots.code }).from(lots).where(and(eq(lots.agencyId, agencyId), inArray(lots.code, [...new Set(input.map((row) => row.lotCode))])));
    const lotIds = new Map(lotRows.map((row) => [row.code, row.id]));
    let created = 0;
    let updated = 0;
    for (const [i, row] of input.entries()) {
      const lotId = lotIds.get(row.lotCode);
      if (!lotId) throw badInput(`lines[${i}].lotCode`, 'UNKNOWN_REFERENCE', `No lot ${row.lotCode}`);
      if (!/^-?\d{1,12}(\.\d{1,2})?$/.test(row.amount)) throw badInput(`lines[${i}].amount`, 'INVALID_AMOUNT', 'An amount with at most 2 decimals');
      const [result] = await tx
        .insert(worksFundLines)
        .values({ agencyId, lotId, accountNumber: assertText(`lines[${i}].accountNumber`, row.accountNumber), label: assertText(`lines[${i}].label`, row.label), amount: row.amount })
        .onConflictDoUpdate({
          target: [worksFundLines.agencyId, worksFundLines.lotId, worksFundLines.accountNumber],
          set: { label: sql`excluded.label`, amount: sql`excluded.amount` },
          setWhere: sql`(${worksFundLines.label}, ${worksFundLines.amount}) IS DISTINCT FROM (excluded.label, excluded.amount)`,
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      if (result?.inserted) created++;
      else if (result) updated++;
    }
    return { received: input.length, created, updated, unchanged: input.length - created - updated };
  });
}

/** Publishes or unpublishes accounts ("Marquer les comptes sélectionnés pour publication"). */
export async function setAccountsPublished(ctx: Ctx, accountIds: string[], isPublished: boolean) {
  assertCan(ctx.actor, 'account.publish');
  assertBatch('accountIds', accountIds.length, MAX_ROWS_PER_BATCH);
  const rows = await ctx.loaders.accountById.loadMany(accountIds);
  rows.forEach((row, i) => {
    if (!row || row instanceof Error) throw badInput(`accountIds[${i}]`, 'UNKNOWN_REFERENCE', 'No such account');
  });
  const agencyId = (ctx.actor as { agencyId: string }).agencyId;
  const updated = await ctx.db
    .update(accounts)
    .set({ isPublished })
    .where(and(eq(accounts.agencyId, agencyId), inArray(accounts.id, accountIds)))
    .returning();
  return updated;
}
