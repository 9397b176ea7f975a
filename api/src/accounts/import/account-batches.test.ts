import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { toGlobalId } from '../../graphql/node';
import { buildAccount, buildAgency, buildBuilding, buildLot, buildPerson, type BuiltAgency, type BuiltBuilding, type BuiltLot, type BuiltPerson } from '../../test/builders';
import { graphql } from '../../test/gql';
import { startTestApi, type Client, type GraphQLResponse, type TestApi } from '../../test/harness';

/**
 * The accounts module's batches on the kernel (issue 8): every bad row is listed in
 * `extensions.errors` and nothing of the batch is written; another agency's code reads as a
 * missing one; statements do not depend on the batch size; a batch sent again is unchanged.
 */
let api: TestApi;
let agency: BuiltAgency;
let building: BuiltBuilding;
let lots: BuiltLot[];
let holder: BuiltPerson;
let manager: Client;
/** Another agency's syndicate, building, lot and person: their codes must look unknown. */
let foreign: { building: BuiltBuilding; lot: BuiltLot; person: BuiltPerson };
beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  building = await buildBuilding(db, agency);
  lots = [];
  for (let i = 0; i < 12; i++) lots.push(await buildLot(db, agency, building));
  holder = await buildPerson(db, agency.id);
  const other = await buildAgency(db);
  const otherBuilding = await buildBuilding(db, other);
  foreign = { building: otherBuilding, lot: await buildLot(db, other, otherBuilding), person: await buildPerson(db, other.id) };
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const ACCOUNTS = graphql(`
  mutation AccountBatchesAccounts($rows: [AccountInput!]!) {
    upsertAccounts(accounts: $rows) {
      received
      created
      updated
      unchanged
    }
  }
`);
const YEARS = graphql(`
  mutation AccountBatchesYears($rows: [FiscalYearInput!]!) {
    upsertFiscalYears(fiscalYears: $rows) {
      received
      created
      updated
      unchanged
    }
  }
`);
const FUNDS = graphql(`
  mutation AccountBatchesFunds($rows: [WorksFundLineInput!]!) {
    upsertWorksFundLines(lines: $rows) {
      received
      created
      updated
      unchanged
    }
  }
`);
const EXPENSES = graphql(`
  mutation AccountBatchesExpenses($rows: [ExpenseInput!]!) {
    upsertExpenses(expenses: $rows) {
      received
      created
      updated
      unchanged
    }
  }
`);
const ENTRIES = graphql(`
  mutation AccountBatchesEntries($rows: [LedgerEntryInput!]!) {
    importLedgerEntries(entries: $rows) {
      received
      created
      updated
      unchanged
    }
  }
`);

let counter = 0;
const unique = (prefix: string) => `${prefix}${++counter}`;
const PDF = Buffer.from('%PDF-1.4\n% facture de lot\n%%EOF\n').toString('base64');

/** The row errors of a refused batch, as [field, reason] in the order they came. */
function errorsOf(result: GraphQLResponse<unknown>): { field: string; reason: string; message: string }[] {
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return (result.errors?.[0]?.extensions?.errors ?? []) as { field: string; reason: string; message: string }[];
}
const pairs = (result: GraphQLResponse<unknown>) => errorsOf(result).map((error) => [error.field, error.reason]);

const account = (number: string, extra: Record<string, unknown> = {}) => ({
  entityCode: building.syndicate.code,
  number,
  label: `Compte ${number}`,
  kind: 'COOWNER' as const,
  ...extra,
});
const year = (code: string, extra: Record<string, unknown> = {}) => ({
  entityCode: building.syndicate.code,
  code,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  isOpen: true,
  ...extra,
});
const line = (lot: BuiltLot, accountNumber: string, extra: Record<string, unknown> = {}) => ({
  lotCode: lot.code,
  accountNumber,
  label: 'Fonds de travaux',
  amount: '-12.50',
  ...extra,
});
const expense = (externalId: string, fiscalYearCode: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  buildingCode: building.code,
  fiscalYearCode,
  allocationKeyCode: '010',
  accountNumber: '61500000',
  accountLabel: 'Entretien',
  date: '2026-03-02',
  label: 'Vitrerie',
  amount: '240.00',
  ...extra,
});

describe('accounts batches: a bad row anywhere writes nothing, and every bad row is listed', () => {
  it('upsertAccounts names each bad row and field', async () => {
    const good = unique('450G');
    const rows = [
      account(good),
      account(unique('450X'), { entityCode: foreign.building.syndicate.code }),
      account('450 BAD'),
      account(good),
      account(unique('450X'), { personId: toGlobalId('Person', foreign.person.id) }),
      account(unique('450X'), { personId: toGlobalId('Lot', lots[0].id), label: ' ' }),
    ];
    const result = await manager.gql(ACCOUNTS, { rows });
    expect(pairs(result)).toEqual([
      ['accounts[1].entityCode', 'UNKNOWN_REFERENCE'],
      ['accounts[2].number', 'INVALID_CODE'],
      ['accounts[3].number', 'DUPLICATE_IN_BATCH'],
      ['accounts[4].personId', 'UNKNOWN_REFERENCE'],
      ['accounts[5].personId', 'INVALID_ID'],
      ['accounts[5].label', 'INVALID_VALUE'],
    ]);
    expect(result.errors?.[0].extensions).toMatchObject({ field: 'accounts[1].entityCode', reason: 'UNKNOWN_REFERENCE' });
    const numbers = rows.map((row) => row.number);
    expect(await api.database.db.$count(t.accounts, and(eq(t.accounts.agencyId, agency.id), inArray(t.accounts.number, numbers)))).toBe(0);
  });

  it('upsertFiscalYears and upsertWorksFundLines name each bad row and field', async () => {
    const years = await manager.gql(YEARS, {
      rows: [year('Y1'), year('Y2', { entityCode: 'S-NONE' }), year('Y 3'), year('Y1'), year('Y4', { endDate: '2025-12-31' })],
    });
    expect(pairs(years)).toEqual([
      ['fiscalYears[1].entityCode', 'UNKNOWN_REFERENCE'],
      ['fiscalYears[2].code', 'INVALID_CODE'],
      ['fiscalYears[3].code', 'DUPLICATE_IN_BATCH'],
      ['fiscalYears[4].endDate', 'INVALID_RANGE'],
    ]);
    const funds = await manager.gql(FUNDS, {
      rows: [line(lots[0], '105999'), line(foreign.lot, '105999'), line(lots[1], '105999', { amount: '1.005' }), line(lots[0], '105999'), line(lots[2], '105999', { label: '' })],
    });
    expect(pairs(funds)).toEqual([
      ['lines[1].lotCode', 'UNKNOWN_REFERENCE'],
      ['lines[2].amount', 'INVALID_AMOUNT'],
      ['lines[3].accountNumber', 'DUPLICATE_IN_BATCH'],
      ['lines[4].label', 'INVALID_VALUE'],
    ]);
    const { db } = api.database;
    expect(await db.$count(t.fiscalYears, and(eq(t.fiscalYears.agencyId, agency.id), inArray(t.fiscalYears.code, ['Y1', 'Y4'])))).toBe(0);
    expect(await db.$count(t.worksFundLines, and(eq(t.worksFundLines.agencyId, agency.id), eq(t.worksFundLines.accountNumber, '105999')))).toBe(0);
  });

  it('upsertExpenses names each bad row and field, invoices included, and keeps no file of the batch', async () => {
    await manager.gql(YEARS, { rows: [year('EXPY')] });
    const result = await manager.gql(EXPENSES, {
      rows: [
        expense('E1', 'EXPY', { invoicePdfBase64: PDF }),
        expense('E2', 'EXPY', { buildingCode: foreign.building.code }),
        expense('E3', 'EXPY', { allocationKeyCode: '999' }),
        expense('E4', 'NOYEAR', { amount: '-1' }),
        expense('E1', 'EXPY', { invoicePdfBase64: Buffer.from('hello').toString('base64') }),
      ],
    });
    expect(pairs(result)).toEqual([
      ['expenses[1].buildingCode', 'UNKNOWN_REFERENCE'],
      ['expenses[2].allocationKeyCode', 'UNKNOWN_REFERENCE'],
      ['expenses[3].fiscalYearCode', 'UNKNOWN_REFERENCE'],
      ['expenses[3].amount', 'INVALID_AMOUNT'],
      ['expenses[4].invoicePdfBase64', 'INVALID_FILE_TYPE'],
      ['expenses[4].externalId', 'DUPLICATE_IN_BATCH'],
    ]);
    expect(await api.database.db.$count(t.expenses, and(eq(t.expenses.agencyId, agency.id), like(t.expenses.externalId, 'E_')))).toBe(0);
  });

  it('importLedgerEntries names each bad row, an entry loaded before with other content too, and moves no balance', async () => {
    const { db } = api.database;
    const target = await buildAccount(db, agency, { entity: building.syndicate, kind: 'OTHER', number: unique('471E') });
    const entry = (externalId: string, extra: Record<string, unknown> = {}) => ({
      externalId,
      entityCode: building.syndicate.code,
      accountNumber: target.number,
      date: '2026-04-01',
      label: 'Appel de fonds',
      debit: '10.00',
      ...extra,
    });
    const first = unique('LE');
    expect((await manager.gql(ENTRIES, { rows: [entry(first)] })).data?.importLedgerEntries.created).toBe(1);
    const balance = async () =>
      (
        await db
          .select({ balance: t.accounts.balance })
          .from(t.accounts)
          .where(and(eq(t.accounts.agencyId, agency.id), eq(t.accounts.id, target.id)))
      )[0].balance;
    expect(await balance()).toBe('10.00');
    const result = await manager.gql(ENTRIES, {
      rows: [
        entry(unique('LE')),
        entry(unique('LE'), { entityCode: foreign.building.syndicate.code }),
        entry(unique('LE'), { accountNumber: '471NOPE' }),
        entry(unique('LE'), { credit: '1.00' }),
        entry(first, { debit: '11.00' }),
        entry('LE X', { label: '' }),
      ],
    });
    expect(pairs(result)).toEqual([
      ['entries[1].entityCode', 'UNKNOWN_REFERENCE'],
      ['entries[2].accountNumber', 'UNKNOWN_REFERENCE'],
      ['entries[3].debit', 'INVALID_AMOUNT'],
      ['entries[4]', 'LEDGER_ENTRY_IMMUTABLE'],
      ['entries[5].externalId', 'INVALID_CODE'],
      ['entries[5].label', 'INVALID_VALUE'],
    ]);
    expect(await db.$count(t.ledgerEntries, and(eq(t.ledgerEntries.agencyId, agency.id), eq(t.ledgerEntries.accountId, target.id)))).toBe(1);
    expect(await balance()).toBe('10.00');
  });
});

describe("accounts batches: another agency's codes", () => {
  it('are refused in the same words as codes that exist nowhere', async () => {
    const sameWords = (result: GraphQLResponse<unknown>) => {
      const [theirs, nowhere] = errorsOf(result);
      expect(theirs.reason).toBe('UNKNOWN_REFERENCE');
      expect(nowhere.reason).toBe('UNKNOWN_REFERENCE');
      expect(theirs.field.replace('[0]', '[1]')).toBe(nowhere.field);
      expect(theirs.message).toBe(nowhere.message);
    };
    sameWords(
      await manager.gql(ACCOUNTS, { rows: [account(unique('450F'), { entityCode: foreign.building.syndicate.code }), account(unique('450F'), { entityCode: 'S-NOWHERE' })] }),
    );
    sameWords(
      await manager.gql(ACCOUNTS, {
        rows: [
          account(unique('450F'), { personId: toGlobalId('Person', foreign.person.id) }),
          account(unique('450F'), { personId: toGlobalId('Person', '00000000-0000-4000-8000-000000000000') }),
        ],
      }),
    );
    sameWords(await manager.gql(YEARS, { rows: [year('F1', { entityCode: foreign.building.syndicate.code }), year('F2', { entityCode: 'S-NOWHERE' })] }));
    sameWords(await manager.gql(FUNDS, { rows: [line(foreign.lot, '105999'), line({ ...foreign.lot, code: 'NOWHERE/001' }, '105999')] }));
    sameWords(await manager.gql(EXPENSES, { rows: [expense('F1', '2026', { buildingCode: foreign.building.code }), expense('F2', '2026', { buildingCode: 'NOWHERE' })] }));
    sameWords(
      await manager.gql(ENTRIES, {
        rows: [
          { externalId: 'F1', entityCode: foreign.building.syndicate.code, accountNumber: '471X', date: '2026-01-01', label: 'x', debit: '1.00' },
          { externalId: 'F2', entityCode: 'S-NOWHERE', accountNumber: '471X', date: '2026-01-01', label: 'x', debit: '1.00' },
        ],
      }),
    );
  });
});

describe('accounts batches: statements and resending', () => {
  /** Sends `rows(n)` for 2 and 12 rows, then both again, and compares the statements. */
  async function sameStatements<R>(send: (rows: R[]) => Promise<GraphQLResponse<unknown>>, rows: (count: number, size: number) => R[]) {
    const small = await send(rows(2, 2));
    const large = await send(rows(12, 12));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
    expect((await send(rows(12, 12))).statements).toBe((await send(rows(2, 2))).statements);
  }

  it('runs the same number of SQL statements for 2 rows as for 12, whichever the batch', async () => {
    const batch = unique('B');
    await sameStatements(
      (rows) => manager.gql(ACCOUNTS, { rows }),
      (n: number, size: number) =>
        Array.from({ length: n }, (_, i) => account(`450${batch}S${size}N${i}`, { personId: toGlobalId('Person', holder.id), isPublished: i % 2 === 0 })),
    );
    await sameStatements(
      (rows) => manager.gql(YEARS, { rows }),
      (n: number, size: number) => Array.from({ length: n }, (_, i) => year(`${batch}S${size}Y${i}`)),
    );
    await sameStatements(
      (rows) => manager.gql(FUNDS, { rows }),
      (n: number, size: number) => lots.slice(0, n).map((lot) => line(lot, `105${batch}S${size}`)),
    );
    await manager.gql(YEARS, { rows: [year(`${batch}EXP`)] });
    await sameStatements(
      (rows) => manager.gql(EXPENSES, { rows }),
      (n: number, size: number) => Array.from({ length: n }, (_, i) => expense(`${batch}S${size}X${i}`, `${batch}EXP`, { invoicePdfBase64: PDF })),
    );
    const target = await buildAccount(api.database.db, agency, { entity: building.syndicate, kind: 'OTHER', number: `471${batch}` });
    await sameStatements(
      (rows) => manager.gql(ENTRIES, { rows }),
      (n: number, size: number) =>
        Array.from({ length: n }, (_, i) => ({
          externalId: `${batch}S${size}L${i}`,
          entityCode: building.syndicate.code,
          accountNumber: target.number,
          date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-03`,
          label: 'Appel',
          credit: '3.33',
        })),
    );
  });

  it('answers unchanged on resend, and keeps the balance, the publication flag and the works-fund date', async () => {
    const { db } = api.database;
    const number = unique('450R');
    const held = await buildAccount(db, agency, {
      entity: building.syndicate,
      kind: 'COOWNER',
      number,
      isPublished: false,
      entries: [{ date: '2026-02-01', label: 'Appel', debit: '120.45' }],
    });
    const rows = [account(number, { personId: toGlobalId('Person', holder.id) })];
    expect((await manager.gql(ACCOUNTS, { rows })).data?.upsertAccounts).toEqual({ received: 1, created: 0, updated: 1, unchanged: 0 });
    expect((await manager.gql(ACCOUNTS, { rows })).data?.upsertAccounts).toEqual({ received: 1, created: 0, updated: 0, unchanged: 1 });
    const [stored] = await db
      .select()
      .from(t.accounts)
      .where(and(eq(t.accounts.agencyId, agency.id), eq(t.accounts.id, held.id)));
    // No flag sent: the account stays unpublished; the balance moved only with its entry.
    expect({ isPublished: stored.isPublished, balance: stored.balance, personId: stored.personId }).toEqual({ isPublished: false, balance: '120.45', personId: holder.id });
    const fresh = [account(unique('450R'))];
    expect((await manager.gql(ACCOUNTS, { rows: fresh })).data?.upsertAccounts.created).toBe(1);
    expect(
      (
        await db
          .select({ isPublished: t.accounts.isPublished })
          .from(t.accounts)
          .where(and(eq(t.accounts.agencyId, agency.id), eq(t.accounts.number, fresh[0].number)))
      )[0].isPublished,
    ).toBe(true);

    const code = unique('RY');
    expect((await manager.gql(YEARS, { rows: [year(code)] })).data?.upsertFiscalYears).toEqual({ received: 1, created: 1, updated: 0, unchanged: 0 });
    expect((await manager.gql(YEARS, { rows: [year(code)] })).data?.upsertFiscalYears).toEqual({ received: 1, created: 0, updated: 0, unchanged: 1 });
    expect((await manager.gql(YEARS, { rows: [year(code, { isOpen: false })] })).data?.upsertFiscalYears).toEqual({ received: 1, created: 0, updated: 1, unchanged: 0 });

    const accountNumber = unique('105R');
    const fundRows = [line(lots[3], accountNumber, { amount: '1000.90' })];
    const fundDate = async () =>
      (
        await db
          .select({ updatedAt: t.worksFundLines.updatedAt, amount: t.worksFundLines.amount })
          .from(t.worksFundLines)
          .where(and(eq(t.worksFundLines.agencyId, agency.id), eq(t.worksFundLines.accountNumber, accountNumber)))
      )[0];
    expect((await manager.gql(FUNDS, { rows: fundRows })).data?.upsertWorksFundLines.created).toBe(1);
    const loaded = await fundDate();
    // The same amount written another way ("1000.9") is the same amount: unchanged, and its date kept.
    expect((await manager.gql(FUNDS, { rows: [{ ...fundRows[0], amount: '1000.9' }] })).data?.upsertWorksFundLines.unchanged).toBe(1);
    expect(await fundDate()).toEqual(loaded);
    expect((await manager.gql(FUNDS, { rows: [{ ...fundRows[0], amount: '-0.09' }] })).data?.upsertWorksFundLines.updated).toBe(1);
    const changed = await fundDate();
    expect(changed.amount).toBe('-0.09');
    expect(changed.updatedAt.getTime()).toBeGreaterThan(loaded.updatedAt.getTime());

    await manager.gql(YEARS, { rows: [year(`${code}X`)] });
    const withInvoice = [expense(unique('RE'), `${code}X`, { invoicePdfBase64: PDF })];
    expect((await manager.gql(EXPENSES, { rows: withInvoice })).data?.upsertExpenses.created).toBe(1);
    // Sent again without its invoice: the invoice stays attached, so nothing changed.
    const withoutInvoice = { ...withInvoice[0], invoicePdfBase64: null };
    expect((await manager.gql(EXPENSES, { rows: [withoutInvoice] })).data?.upsertExpenses.unchanged).toBe(1);
    const [kept] = await db
      .select({ invoiceFile: t.expenses.invoiceFile })
      .from(t.expenses)
      .where(and(eq(t.expenses.agencyId, agency.id), inArray(t.expenses.externalId, [withoutInvoice.externalId])));
    expect(kept.invoiceFile).toMatch(/^invoices\/.+\.pdf$/);
  });
});
