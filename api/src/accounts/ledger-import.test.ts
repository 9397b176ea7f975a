import { and, eq, inArray, like, sum } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, buildWorksFundLine, type BuiltAccount, type BuiltAgency, type BuiltBuilding, type BuiltLot } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type GraphQLResponse, type TestApi } from '../test/harness';

let api: TestApi;
/** A fresh agency whose manager loads entries on one co-owner's account: the demo agency stays as seeded. */
let agency: BuiltAgency;
let building: BuiltBuilding;
let lot: BuiltLot;
let account: BuiltAccount;
let manager: Client;
let coOwner: Client;
beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  building = await buildBuilding(db, agency);
  lot = await buildLot(db, agency, building);
  const built = await buildCoOwner(db, agency, { lot });
  account = built.account;
  manager = await api.as(agency.manager.signIn);
  coOwner = await api.as(built.person.signIn);
});
afterAll(() => api.close());

const IMPORT = graphql(`
  mutation LedgerImport($e: [LedgerEntryInput!]!) {
    importLedgerEntries(entries: $e) {
      received
      created
      updated
      unchanged
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation LedgerCreateToken($name: String!, $scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) {
      token
    }
  }
`);
const entry = (n: number, extra: Partial<{ accountNumber: string; debit: string | null; credit: string; isTreasury: boolean }> = {}) => ({
  externalId: `BO-${n}`,
  entityCode: account.entity.code,
  accountNumber: account.number,
  date: `2026-11-${String(10 + n).padStart(2, '0')}`,
  label: `Appel travaux ${n}`,
  debit: '100.10',
  ...extra,
});

/** The entries loaded, the account's balance and the sum of its monthly totals. */
async function facts() {
  const { db } = api.database;
  const entries = await db.$count(t.ledgerEntries, and(eq(t.ledgerEntries.agencyId, agency.id), like(t.ledgerEntries.externalId, 'BO-%')));
  const [{ balance }] = await db
    .select({ balance: t.accounts.balance })
    .from(t.accounts)
    .where(and(eq(t.accounts.agencyId, agency.id), eq(t.accounts.id, account.id)));
  const [{ debit, credit }] = await db
    .select({ debit: sum(t.accountMonthTotals.debit), credit: sum(t.accountMonthTotals.credit) })
    .from(t.accountMonthTotals)
    .where(and(eq(t.accountMonthTotals.agencyId, agency.id), eq(t.accountMonthTotals.accountId, account.id)));
  return { entries, balance, month: (Number(debit ?? 0) - Number(credit ?? 0)).toFixed(2) };
}

describe('loading ledger entries from a back-office', () => {
  it('is idempotent: the same batch twice writes once, and balances move with the entries', async () => {
    expect(await facts()).toEqual({ entries: 0, balance: '0.00', month: '0.00' });
    const batch = [entry(1), entry(2), entry(3, { debit: null, credit: '50.05', isTreasury: true })];
    expect((await manager.gql(IMPORT, { e: batch })).data?.importLedgerEntries).toEqual({ received: 3, created: 3, updated: 0, unchanged: 0 });
    expect((await manager.gql(IMPORT, { e: batch })).data?.importLedgerEntries).toEqual({ received: 3, created: 0, updated: 0, unchanged: 3 });
    // 100,10 + 100,10 − 50,05 = 150,15 owed; the monthly totals agree with the balance.
    expect(await facts()).toEqual({ entries: 3, balance: '150.15', month: '150.15' });
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
    expect(errorCode(await coOwner.gql(IMPORT, { e: [entry(7)] }))).toBe('FORBIDDEN');
    const readToken = (await manager.gql(CREATE_TOKEN, { name: 'lecture', scopes: ['LEDGER_READ', 'PORTFOLIO_READ'] })).data?.createApiToken.token;
    const reader = api.client({ authorization: `Bearer ${readToken}` });
    const result = await reader.gql(IMPORT, { e: [entry(7)] });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    const writeToken = (await manager.gql(CREATE_TOKEN, { name: 'back-office', scopes: ['LEDGER_WRITE'] })).data?.createApiToken.token;
    const writer = api.client({ authorization: `Bearer ${writeToken}` });
    expect((await writer.gql(IMPORT, { e: [entry(7)] })).data?.importLedgerEntries.created).toBe(1);
  });

  it('keeps entries immutable in the database itself', async () => {
    const { db } = api.database;
    const refused = { cause: expect.objectContaining({ message: expect.stringMatching(/immutable/) }) };
    const bo1 = and(eq(t.ledgerEntries.agencyId, agency.id), eq(t.ledgerEntries.externalId, 'BO-1'));
    await expect(db.update(t.ledgerEntries).set({ debit: '0' }).where(bo1)).rejects.toMatchObject(refused);
    await expect(db.delete(t.ledgerEntries).where(bo1)).rejects.toMatchObject(refused);
    expect(await db.$count(t.ledgerEntries, bo1)).toBe(1);
  });
});

describe('forbidden paths of every back-office and publication mutation', () => {
  const UPSERT_ACCOUNTS = graphql(`
    mutation LedgerForbiddenAccounts($v: [AccountInput!]!) {
      upsertAccounts(accounts: $v) {
        created
      }
    }
  `);
  const UPSERT_YEARS = graphql(`
    mutation LedgerForbiddenYears($v: [FiscalYearInput!]!) {
      upsertFiscalYears(fiscalYears: $v) {
        created
      }
    }
  `);
  const UPSERT_EXPENSES = graphql(`
    mutation LedgerForbiddenExpenses($v: [ExpenseInput!]!) {
      upsertExpenses(expenses: $v) {
        created
      }
    }
  `);
  const UPSERT_FUNDS = graphql(`
    mutation LedgerForbiddenFunds($v: [WorksFundLineInput!]!) {
      upsertWorksFundLines(lines: $v) {
        created
      }
    }
  `);
  const calls: [string, (client: Client) => Promise<GraphQLResponse<unknown>>][] = [
    ['upsertAccounts', (c) => c.gql(UPSERT_ACCOUNTS, { v: [{ entityCode: 'S001', number: '450X', label: 'X', kind: 'COOWNER' }] })],
    ['upsertFiscalYears', (c) => c.gql(UPSERT_YEARS, { v: [{ entityCode: 'S001', code: '2027', startDate: '2027-01-01', endDate: '2027-12-31', isOpen: true }] })],
    [
      'upsertExpenses',
      (c) =>
        c.gql(UPSERT_EXPENSES, {
          v: [
            {
              externalId: 'F-1',
              buildingCode: 'GILBERT',
              fiscalYearCode: '2026',
              allocationKeyCode: '010',
              accountNumber: '615',
              accountLabel: 'Entretien',
              date: '2026-01-01',
              label: 'x',
              amount: '1.00',
            },
          ],
        }),
    ],
    ['upsertWorksFundLines', (c) => c.gql(UPSERT_FUNDS, { v: [{ lotCode: 'GILBERT/142', accountNumber: '105999', label: 'x', amount: '999.00' }] })],
  ];

  it.each(calls)('refuses %s to a co-owner, a council member and a read-only token, writing nothing', async (_name, call) => {
    const demoManager = await api.as('GESTIONNAIRE');
    const token = (await demoManager.gql(CREATE_TOKEN, { name: 'lecture seule', scopes: ['LEDGER_READ', 'PORTFOLIO_READ', 'PEOPLE_READ'] })).data?.createApiToken.token;
    const callers = [await api.as('CLIQUOTMATHILDE'), await api.as('BROUILLYALFRED'), api.client({ authorization: `Bearer ${token}` })];
    for (const caller of callers) {
      const result = await call(caller);
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
    expect(errorCode(await call(api.client()))).toBe('UNAUTHENTICATED');
    const { db } = api.database;
    const written =
      (await db.$count(t.accounts, eq(t.accounts.number, '450X'))) +
      (await db.$count(t.fiscalYears, eq(t.fiscalYears.code, '2027'))) +
      (await db.$count(t.expenses, eq(t.expenses.externalId, 'F-1'))) +
      (await db.$count(t.worksFundLines, eq(t.worksFundLines.amount, '999.00')));
    expect(written).toBe(0);
  });

  it("refuses publication to clients, and another agency's manager cannot reach the account", async () => {
    const ACCOUNTS = graphql(`
      query LedgerOwnAccounts {
        viewer {
          person {
            accounts {
              nodes {
                id
              }
            }
          }
        }
      }
    `);
    const PUBLISH = graphql(`
      mutation LedgerPublish($ids: [ID!]!) {
        setAccountsPublished(accountIds: $ids, isPublished: false) {
          isPublished
        }
      }
    `);
    const id = (await coOwner.gql(ACCOUNTS)).data?.viewer?.person?.accounts.nodes[0].id;
    expect(id).toBeTruthy();
    expect(errorCode(await coOwner.gql(PUBLISH, { ids: [id!] }))).toBe('FORBIDDEN');
    const other = await api.as('GESTIONNAIRE2');
    const result = await other.gql(PUBLISH, { ids: [id!] });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountIds[0]', reason: 'UNKNOWN_REFERENCE' });
    expect((await coOwner.gql(ACCOUNTS)).data?.viewer?.person?.accounts.nodes).toHaveLength(1);
  });
});

describe('loading accounts, fiscal years, expenses and works funds', () => {
  it('upserts accounts by entity and number, idempotently', async () => {
    const person = (
      await manager.gql(
        graphql(`
          query LedgerPeople {
            people(first: 1, role: COOWNER) {
              nodes {
                id
              }
            }
          }
        `),
      )
    ).data?.people.nodes[0].id;
    expect(person).toBeTruthy();
    const UPSERT = graphql(`
      mutation LedgerUpsertAccounts($a: [AccountInput!]!) {
        upsertAccounts(accounts: $a) {
          received
          created
          updated
          unchanged
        }
      }
    `);
    const batch = [{ entityCode: account.entity.code, number: '450SECOND', label: 'Second compte', kind: 'COOWNER' as const, personId: person, isPublished: false }];
    expect((await manager.gql(UPSERT, { a: batch })).data?.upsertAccounts).toEqual({ received: 1, created: 1, updated: 0, unchanged: 0 });
    expect((await manager.gql(UPSERT, { a: batch })).data?.upsertAccounts).toEqual({ received: 1, created: 0, updated: 0, unchanged: 1 });
    expect((await manager.gql(UPSERT, { a: [{ ...batch[0], label: 'Second compte (2)' }] })).data?.upsertAccounts).toEqual({ received: 1, created: 0, updated: 1, unchanged: 0 });
    const bad = await manager.gql(UPSERT, { a: [batch[0], { ...batch[0], number: 'X', entityCode: 'S999' }] });
    expect(bad.errors?.[0].extensions).toMatchObject({ field: 'accounts[1].entityCode', reason: 'UNKNOWN_REFERENCE' });
  });

  it('upserts fiscal years, works-fund lines and expenses with their invoice, all or nothing', async () => {
    await buildWorksFundLine(api.database.db, agency, { lot, accountNumber: '105999', amount: '20.00' });
    const years = await manager.gql(
      graphql(`
        mutation LedgerUpsertYears($y: [FiscalYearInput!]!) {
          upsertFiscalYears(fiscalYears: $y) {
            created
            updated
            unchanged
          }
        }
      `),
      {
        y: [{ entityCode: building.syndicate.code, code: '2026', startDate: '2026-01-01', endDate: '2026-12-31', isOpen: true }],
      },
    );
    expect(years.data?.upsertFiscalYears).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const lines = await manager.gql(
      graphql(`
        mutation LedgerUpsertFunds($l: [WorksFundLineInput!]!) {
          upsertWorksFundLines(lines: $l) {
            created
            updated
            unchanged
          }
        }
      `),
      {
        l: [
          { lotCode: lot.code, accountNumber: '105999', label: 'Fonds de travaux', amount: '30.00' },
          { lotCode: lot.code, accountNumber: '105002', label: 'Fonds toiture', amount: '5.00' },
        ],
      },
    );
    expect(lines.data?.upsertWorksFundLines).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const EXPENSES = graphql(`
      mutation LedgerUpsertExpenses($e: [ExpenseInput!]!) {
        upsertExpenses(expenses: $e) {
          created
          updated
          unchanged
        }
      }
    `);
    const pdf = Buffer.from('%PDF-1.4\n% facture de test\n%%EOF\n').toString('base64');
    const expense = {
      externalId: 'EXP-1',
      buildingCode: building.code,
      fiscalYearCode: '2026',
      allocationKeyCode: '010',
      accountNumber: '61500000',
      accountLabel: 'Entretien et petites réparations',
      date: '2026-10-02',
      label: 'Vitrerie du hall',
      amount: '240.00',
      vat: '40.00',
      invoicePdfBase64: pdf,
    };
    expect((await manager.gql(EXPENSES, { e: [expense] })).data?.upsertExpenses).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await manager.gql(EXPENSES, { e: [expense] })).data?.upsertExpenses).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const bad = await manager.gql(EXPENSES, {
      e: [
        { ...expense, externalId: 'EXP-2' },
        { ...expense, externalId: 'EXP-3', allocationKeyCode: '999' },
      ],
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ field: 'expenses[1].allocationKeyCode', reason: 'UNKNOWN_REFERENCE' });
    const notPdf = await manager.gql(EXPENSES, { e: [{ ...expense, externalId: 'EXP-4', invoicePdfBase64: Buffer.from('hello').toString('base64') }] });
    expect(notPdf.errors?.[0].extensions).toMatchObject({ field: 'expenses[0].invoicePdfBase64', reason: 'INVALID_FILE_TYPE' });
    const { db } = api.database;
    expect(await db.$count(t.expenses, and(eq(t.expenses.agencyId, agency.id), inArray(t.expenses.externalId, ['EXP-1', 'EXP-2', 'EXP-3', 'EXP-4'])))).toBe(1);
    const funds = await db
      .select({ accountNumber: t.worksFundLines.accountNumber, amount: t.worksFundLines.amount })
      .from(t.worksFundLines)
      .where(and(eq(t.worksFundLines.agencyId, agency.id), eq(t.worksFundLines.lotId, lot.id)))
      .orderBy(t.worksFundLines.accountNumber);
    expect(funds).toEqual([
      { accountNumber: '105002', amount: '5.00' },
      { accountNumber: '105999', amount: '30.00' },
    ]);
  });
});
