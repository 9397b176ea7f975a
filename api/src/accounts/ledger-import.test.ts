import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

let api: TestApi;
let manager: Client;
beforeAll(async () => {
  api = await startTestApi();
  manager = await api.as('GESTIONNAIRE');
});
afterAll(() => api.close());

const IMPORT = `mutation($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { received created updated unchanged } }`;
const entry = (n: number, extra: Record<string, unknown> = {}) => ({
  externalId: `BO-${n}`, entityCode: 'S001', accountNumber: '450CLIQUOT', date: `2026-11-${String(10 + n).padStart(2, '0')}`, label: `Appel travaux ${n}`, debit: '100.10', ...extra,
});

async function facts() {
  const [row] = rowsOf<{ entries: number; balance: string; month: string }>(await api.database.db.execute(sql`
    SELECT (SELECT count(*)::int FROM ledger_entries WHERE external_id LIKE 'BO-%') AS entries,
           (SELECT balance::text FROM accounts WHERE number = '450CLIQUOT') AS balance,
           (SELECT coalesce(sum(debit - credit), 0)::text FROM account_month_totals m JOIN accounts a ON a.id = m.account_id WHERE a.number = '450CLIQUOT') AS month`));
  return row;
}

describe('loading ledger entries from a back-office', () => {
  it('is idempotent: the same batch twice writes once, and balances move with the entries', async () => {
    const before = await facts();
    const batch = [entry(1), entry(2), entry(3, { debit: null, credit: '50.05', isTreasury: true })];
    expect((await manager.gql(IMPORT, { e: batch })).data?.importLedgerEntries).toEqual({ received: 3, created: 3, updated: 0, unchanged: 0 });
    expect((await manager.gql(IMPORT, { e: batch })).data?.importLedgerEntries).toEqual({ received: 3, created: 0, updated: 0, unchanged: 3 });
    const after = await facts();
    expect(after.entries).toBe(3);
    // 100,10 + 100,10 − 50,05 = 150,15 more owed; the monthly totals agree with the balance.
    expect(Number(after.balance) - Number(before.balance)).toBeCloseTo(150.15, 10);
    expect(after.month).toBe(after.balance);
  });

  it('writes nothing of a batch with one bad row, and names the row and the field', async () => {
    const before = await facts();
    const unknownAccount = await manager.gql(IMPORT, { e: [entry(4), entry(5), entry(6, { accountNumber: '450NOBODY' })] });
    expect(unknownAccount.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries[2].accountNumber', reason: 'UNKNOWN_REFERENCE' });
    const bothSides = await manager.gql(IMPORT, { e: [entry(4), entry(5, { credit: '1.00' })] });
    expect(bothSides.errors?.[0].extensions).toMatchObject({ field: 'entries[1].debit', reason: 'INVALID_AMOUNT' });
    const threeDecimals = await manager.gql(IMPORT, { e: [entry(4, { debit: '1.005' })] });
    expect(threeDecimals.errors?.[0].extensions).toMatchObject({ field: 'entries[0].debit', reason: 'INVALID_AMOUNT' });
    const duplicate = await manager.gql(IMPORT, { e: [entry(4), entry(4)] });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ field: 'entries[1].externalId', reason: 'DUPLICATE_IN_BATCH' });
    const changed = await manager.gql(IMPORT, { e: [entry(4), entry(1, { debit: '999.99' })] });
    expect(changed.errors?.[0].extensions).toMatchObject({ field: 'entries[1]', reason: 'LEDGER_ENTRY_IMMUTABLE' });
    expect(await facts()).toEqual(before);
  });

  it('refuses clients and tokens without the ledger write scope', async () => {
    const mathilde = await api.as('CLIQUOTMATHILDE');
    expect(errorCode(await mathilde.gql(IMPORT, { e: [entry(7)] }))).toBe('FORBIDDEN');
    const { token } = (await manager.gql(`mutation { createApiToken(input: { name: "lecture", scopes: [LEDGER_READ, PORTFOLIO_READ] }) { token } }`)).data?.createApiToken;
    const reader = api.client({ authorization: `Bearer ${token}` });
    const result = await reader.gql(IMPORT, { e: [entry(7)] });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    const writer = api.client({ authorization: `Bearer ${(await manager.gql(`mutation { createApiToken(input: { name: "back-office", scopes: [LEDGER_WRITE] }) { token } }`)).data?.createApiToken.token}` });
    expect((await writer.gql(IMPORT, { e: [entry(7)] })).data?.importLedgerEntries.created).toBe(1);
  });

  it('keeps entries immutable in the database itself', async () => {
    const refused = { cause: expect.objectContaining({ message: expect.stringMatching(/immutable/) }) };
    await expect(api.database.db.execute(sql`UPDATE ledger_entries SET debit = 0 WHERE external_id = 'BO-1'`)).rejects.toMatchObject(refused);
    await expect(api.database.db.execute(sql`DELETE FROM ledger_entries WHERE external_id = 'BO-1'`)).rejects.toMatchObject(refused);
  });
});

describe('forbidden paths of every back-office and publication mutation', () => {
  const MUTATIONS: [string, string, Record<string, unknown>][] = [
    ['upsertAccounts', `mutation($v: [AccountInput!]!) { upsertAccounts(accounts: $v) { created } }`, { v: [{ entityCode: 'S001', number: '450X', label: 'X', kind: 'COOWNER' }] }],
    ['upsertFiscalYears', `mutation($v: [FiscalYearInput!]!) { upsertFiscalYears(fiscalYears: $v) { created } }`, { v: [{ entityCode: 'S001', code: '2027', startDate: '2027-01-01', endDate: '2027-12-31', isOpen: true }] }],
    ['upsertExpenses', `mutation($v: [ExpenseInput!]!) { upsertExpenses(expenses: $v) { created } }`, { v: [{ externalId: 'F-1', buildingCode: 'GILBERT', fiscalYearCode: '2026', allocationKeyCode: '010', accountNumber: '615', accountLabel: 'Entretien', date: '2026-01-01', label: 'x', amount: '1.00' }] }],
    ['upsertWorksFundLines', `mutation($v: [WorksFundLineInput!]!) { upsertWorksFundLines(lines: $v) { created } }`, { v: [{ lotCode: 'GILBERT/142', accountNumber: '105999', label: 'x', amount: '999.00' }] }],
  ];

  it.each(MUTATIONS)('refuses %s to a co-owner, a council member and a read-only token, writing nothing', async (_name, mutation, variables) => {
    const { token } = (await manager.gql(`mutation { createApiToken(input: { name: "lecture seule", scopes: [LEDGER_READ, PORTFOLIO_READ, PEOPLE_READ] }) { token } }`)).data?.createApiToken;
    const callers = [await api.as('CLIQUOTMATHILDE'), await api.as('BROUILLYALFRED'), api.client({ authorization: `Bearer ${token}` })];
    for (const caller of callers) {
      const result = await caller.gql(mutation, variables);
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
    expect(errorCode(await api.client().gql(mutation, variables))).toBe('UNAUTHENTICATED');
    const written = rowsOf<{ n: number }>(await api.database.db.execute(sql`
      SELECT (SELECT count(*) FROM accounts WHERE number = '450X') + (SELECT count(*) FROM fiscal_years WHERE code = '2027')
           + (SELECT count(*) FROM expenses WHERE external_id = 'F-1') + (SELECT count(*) FROM works_fund_lines WHERE amount = 999)::int AS n`))[0];
    expect(Number(written.n)).toBe(0);
  });

  it('refuses publication to clients, and another agency\'s manager cannot reach the account', async () => {
    const mathilde = await api.as('CLIQUOTMATHILDE');
    const id = (await mathilde.gql(`{ viewer { person { accounts { nodes { id } } } } }`)).data?.viewer.person.accounts.nodes[0].id;
    const PUBLISH = `mutation($ids: [ID!]!) { setAccountsPublished(accountIds: $ids, isPublished: false) { isPublished } }`;
    expect(errorCode(await mathilde.gql(PUBLISH, { ids: [id] }))).toBe('FORBIDDEN');
    const other = await api.as('GESTIONNAIRE2');
    const result = await other.gql(PUBLISH, { ids: [id] });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountIds[0]', reason: 'UNKNOWN_REFERENCE' });
    expect((await mathilde.gql(`{ viewer { person { accounts { nodes { id } } } } }`)).data?.viewer.person.accounts.nodes).toHaveLength(1);
  });
});

describe('loading accounts, fiscal years, expenses and works funds', () => {
  it('upserts accounts by entity and number, idempotently', async () => {
    const person = (await manager.gql(`{ people(search: "MORGON") { nodes { id } } }`)).data?.people.nodes[0].id;
    const UPSERT = `mutation($a: [AccountInput!]!) { upsertAccounts(accounts: $a) { received created updated unchanged } }`;
    const batch = [{ entityCode: 'S001', number: '450MORGON2', label: 'MORGON Charles (2)', kind: 'COOWNER', personId: person, isPublished: false }];
    expect((await manager.gql(UPSERT, { a: batch })).data?.upsertAccounts).toEqual({ received: 1, created: 1, updated: 0, unchanged: 0 });
    expect((await manager.gql(UPSERT, { a: batch })).data?.upsertAccounts).toEqual({ received: 1, created: 0, updated: 0, unchanged: 1 });
    expect((await manager.gql(UPSERT, { a: [{ ...batch[0], label: 'MORGON C.' }] })).data?.upsertAccounts).toEqual({ received: 1, created: 0, updated: 1, unchanged: 0 });
    const bad = await manager.gql(UPSERT, { a: [batch[0], { ...batch[0], number: 'X', entityCode: 'S999' }] });
    expect(bad.errors?.[0].extensions).toMatchObject({ field: 'accounts[1].entityCode', reason: 'UNKNOWN_REFERENCE' });
  });

  it('upserts works-fund lines and expenses with their invoice, all or nothing', async () => {
    const lines = await manager.gql(`mutation($l: [WorksFundLineInput!]!) { upsertWorksFundLines(lines: $l) { created updated unchanged } }`, {
      l: [{ lotCode: 'GILBERT/142', accountNumber: '105999', label: 'Fonds de travaux', amount: '30.00' }, { lotCode: 'GILBERT/142', accountNumber: '105002', label: 'Fonds toiture', amount: '5.00' }],
    });
    expect(lines.data?.upsertWorksFundLines).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const EXPENSES = `mutation($e: [ExpenseInput!]!) { upsertExpenses(expenses: $e) { created updated unchanged } }`;
    const pdf = Buffer.from('%PDF-1.4\n% facture de test\n').toString('base64');
    const expense = { externalId: 'EXP-1', buildingCode: 'GILBERT', fiscalYearCode: '2026', allocationKeyCode: '010', accountNumber: '61500000', accountLabel: 'Entretien et petites réparations', date: '2026-10-02', label: 'Vitrerie du hall', amount: '240.00', vat: '40.00', invoicePdfBase64: pdf };
    expect((await manager.gql(EXPENSES, { e: [expense] })).data?.upsertExpenses).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await manager.gql(EXPENSES, { e: [expense] })).data?.upsertExpenses).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const bad = await manager.gql(EXPENSES, { e: [{ ...expense, externalId: 'EXP-2' }, { ...expense, externalId: 'EXP-3', allocationKeyCode: '999' }] });
    expect(bad.errors?.[0].extensions).toMatchObject({ field: 'expenses[1].allocationKeyCode', reason: 'UNKNOWN_REFERENCE' });
    const notPdf = await manager.gql(EXPENSES, { e: [{ ...expense, externalId: 'EXP-4', invoicePdfBase64: Buffer.from('hello').toString('base64') }] });
    expect(notPdf.errors?.[0].extensions).toMatchObject({ field: 'expenses[0].invoicePdfBase64', reason: 'INVALID_VALUE' });
    const count = rowsOf<{ n: number }>(await api.database.db.execute(sql`SELECT count(*)::int AS n FROM expenses WHERE external_id LIKE 'EXP-%'`))[0].n;
    expect(count).toBe(1);
  });
});
