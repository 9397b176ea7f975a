import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

/** Manual, "Compte": Denise's owner account 411ALOXECO, the screenshot's figures. */
const STATEMENT = `query($from: Date!, $to: Date!, $first: Int, $after: String) { viewer { person { mandates { nodes { account {
  number balance statement(from: $from, to: $to) { openingBalance closingBalance presentation
    entries(first: $first, after: $after) { nodes { date label debit credit balance entryCount } pageInfo { hasNextPage endCursor } } } } } } } } }`;

let api: TestApi;
let denise: Client;
let manager: Client;
const statementOf = (r: { data?: any }) => r.data?.viewer.person.mandates.nodes[0].account;

beforeAll(async () => {
  api = await startTestApi();
  denise = await api.as('ALOXECORTONDENISE');
  manager = await api.as('GESTIONNAIRE');
});
afterAll(() => api.close());

describe('account statement', () => {
  it('reproduces the manual\'s "Compte" screenshot: -10 299,97 → -13 299,97 → -9 985,56', async () => {
    const account = statementOf(await denise.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31' }));
    expect(account.number).toBe('411ALOXECO');
    expect(account.balance).toBe('-9985.56');
    expect(account.statement).toEqual({
      openingBalance: '-10299.97',
      closingBalance: '-9985.56',
      presentation: 'CREDIT_MINUS_DEBIT',
      entries: {
        nodes: [
          { date: '2020-01-30', label: 'Règlement TESTS 605 du 30/01/2020', debit: '3000.00', credit: '0.00', balance: '-13299.97', entryCount: 1 },
          { date: '2020-02-11', label: 'Règlement du 11/02/2020', debit: '0.00', credit: '3314.41', balance: '-9985.56', entryCount: 1 },
        ],
        pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      },
    });
  });

  it('carries the running balance across pages', async () => {
    const first = statementOf(await denise.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31', first: 1 })).statement.entries;
    expect(first.nodes.map((n: { balance: string }) => n.balance)).toEqual(['-13299.97']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = statementOf(await denise.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31', first: 1, after: first.pageInfo.endCursor })).statement.entries;
    expect(second.nodes.map((n: { balance: string }) => n.balance)).toEqual(['-9985.56']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('gives balances before, inside and after the range for ranges that cut a month', async () => {
    const feb = statementOf(await denise.gql(STATEMENT, { from: '2020-02-01', to: '2020-02-10' })).statement;
    expect([feb.openingBalance, feb.closingBalance, feb.entries.nodes.length]).toEqual(['-13299.97', '-13299.97', 0]);
    const day = statementOf(await denise.gql(STATEMENT, { from: '2020-01-30', to: '2020-01-30' })).statement;
    expect([day.openingBalance, day.closingBalance]).toEqual(['-10299.97', '-13299.97']);
  });

  it('refuses a range whose end precedes its start', async () => {
    const result = await denise.gql(STATEMENT, { from: '2020-12-31', to: '2020-01-01' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', reason: 'INVALID_RANGE' });
  });

  it('reads the same statement DEBIT_MINUS_CREDIT when the agency says so (9 985,56)', async () => {
    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"balancePresentation": "DEBIT_MINUS_CREDIT"}'::jsonb`);
    const account = statementOf(await denise.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31' }));
    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"balancePresentation": "CREDIT_MINUS_DEBIT"}'::jsonb`);
    expect([account.balance, account.statement.openingBalance, account.statement.closingBalance]).toEqual(['9985.56', '10299.97', '9985.56']);
    expect(account.statement.entries.nodes.map((n: { balance: string }) => n.balance)).toEqual(['13299.97', '9985.56']);
  });

  it('draws the balance chart from end-of-day balances', async () => {
    const result = await denise.gql(`{ viewer { person { mandates { nodes { account { balanceHistory(from: "2020-01-01", to: "2020-12-31") { date balance } } } } } } }`);
    expect(result.data?.viewer.person.mandates.nodes[0].account.balanceHistory).toEqual([
      { date: '2020-01-01', balance: '-10299.97' },
      { date: '2020-01-30', balance: '-13299.97' },
      { date: '2020-02-11', balance: '-9985.56' },
    ]);
  });
});

describe('agency settings on owners\' views', () => {
  it('groups treasury entries by date, excludes analytics not paid back, each when switched on', async () => {
    await manager.gql(`mutation($e: [LedgerEntryInput!]!) { importLedgerEntries(entries: $e) { created } }`, {
      e: [
        { externalId: 'T-1', entityCode: 'G001', accountNumber: '411ALOXECO', date: '2020-03-05', label: 'Règlement loyer LAFAYETTE/002', credit: '780.00', isTreasury: true },
        { externalId: 'T-2', entityCode: 'G001', accountNumber: '411ALOXECO', date: '2020-03-05', label: 'Règlement loyer LAFAYETTE/003', credit: '640.00', isTreasury: true },
        { externalId: 'T-3', entityCode: 'G001', accountNumber: '411ALOXECO', date: '2020-03-20', label: 'Honoraires de gérance (analytique non reversé)', debit: '120.00', isAnalyticNotPaidBack: true },
      ],
    });
    const march = async () => statementOf(await denise.gql(STATEMENT, { from: '2020-03-01', to: '2020-03-31' })).statement;
    const plain = await march();
    expect(plain.entries.nodes.map((n: { label: string; balance: string }) => [n.label, n.balance])).toEqual([
      ['Règlement loyer LAFAYETTE/002', '-9205.56'],
      ['Règlement loyer LAFAYETTE/003', '-8565.56'],
      ['Honoraires de gérance (analytique non reversé)', '-8685.56'],
    ]);

    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"groupTreasuryForOwners": true}'::jsonb`);
    const grouped = await march();
    expect(grouped.entries.nodes.map((n: { label: string; credit: string; entryCount: number; balance: string }) => [n.label, n.credit, n.entryCount, n.balance])).toEqual([
      ['Règlements du 05/03/2020', '1420.00', 2, '-8565.56'],
      ['Honoraires de gérance (analytique non reversé)', '0.00', 1, '-8685.56'],
    ]);

    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"excludeAnalyticsNotPaidBack": true}'::jsonb`);
    const excluded = await march();
    expect(excluded.entries.nodes.map((n: { label: string }) => n.label)).toEqual(['Règlements du 05/03/2020']);
    expect(excluded.closingBalance).toBe('-8565.56');
    const april = statementOf(await denise.gql(STATEMENT, { from: '2020-04-01', to: '2020-04-30' })).statement;
    expect(april.openingBalance).toBe('-8565.56');

    // Grouping for owners leaves tenants' and co-owners' views alone.
    const elsa = await api.as('ELSALOCATAIRE');
    const tenant = await elsa.gql(`{ viewer { person { accounts { nodes { statement(from: "2026-01-01", to: "2026-01-31") { entries { nodes { label } } } } } } } }`);
    expect(tenant.data?.viewer.person.accounts.nodes[0].statement.entries.nodes.map((n: { label: string }) => n.label)).toEqual(['Loyer et provisions 01/2026', 'Règlement loyer 01/2026']);
    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"groupTreasuryForOwners": false, "excludeAnalyticsNotPaidBack": false}'::jsonb`);
  });
});

describe('SQL statements per statement page', () => {
  it('are the same on an account with 100 entries and one with 100 000, at the start and deep in the range', async () => {
    await api.database.db.execute(sql`
      WITH me AS (SELECT a.agency_id, a.entity_id, a.person_id FROM accounts a WHERE a.number = '411ALOXECO'),
      small AS (INSERT INTO accounts (agency_id, entity_id, person_id, number, label, kind) SELECT agency_id, entity_id, person_id, '411SMALL', 'Petit compte', 'OWNER' FROM me RETURNING agency_id, id),
      large AS (INSERT INTO accounts (agency_id, entity_id, person_id, number, label, kind) SELECT agency_id, entity_id, person_id, '411LARGE', 'Grand compte', 'OWNER' FROM me RETURNING agency_id, id),
      e AS (
        INSERT INTO ledger_entries (agency_id, account_id, entry_date, label, debit, credit)
        SELECT a.agency_id, a.id, date '2000-01-01' + (n % 9000), 'Écriture ' || n, CASE WHEN n % 2 = 0 THEN 10.00 ELSE 0 END, CASE WHEN n % 2 = 1 THEN 7.50 ELSE 0 END
        FROM (SELECT * FROM small UNION ALL SELECT * FROM large) a, generate_series(1, 100000) n
        WHERE a.id = (SELECT id FROM large) OR n <= 100
        RETURNING agency_id, account_id, entry_date, debit, credit)
      INSERT INTO account_month_totals (agency_id, account_id, month, debit, credit)
      SELECT agency_id, account_id, date_trunc('month', entry_date)::date, sum(debit), sum(credit) FROM e GROUP BY 1, 2, 3`);
    await api.database.db.execute(sql`UPDATE accounts a SET balance = t.b FROM (SELECT account_id, sum(debit - credit) b FROM account_month_totals GROUP BY 1) t WHERE t.account_id = a.id AND a.number IN ('411SMALL', '411LARGE')`);
    const ids = (await manager.gql(`{ people(search: "YALOXE") { nodes { accounts(first: 10) { nodes { id number } } } } }`)).data?.people.nodes[0].accounts.nodes;
    const PAGE = `query($id: ID!, $after: String) { node(id: $id) { ... on Account { statement(from: "2000-01-01", to: "2030-12-31") { openingBalance closingBalance entries(first: 50, after: $after) { nodes { balance } pageInfo { endCursor } } } } } }`;
    const counts: number[] = [];
    const closings: string[] = [];
    for (const number of ['411SMALL', '411LARGE']) {
      const id = ids.find((a: { number: string }) => a.number === number).id;
      const start = await manager.gql(PAGE, { id });
      const deep = await manager.gql(PAGE, { id, after: start.data?.node.statement.entries.pageInfo.endCursor });
      counts.push(start.statements, deep.statements);
      closings.push(start.data?.node.statement.closingBalance);
    }
    expect(new Set(counts).size).toBe(1);
    // The session, the account, then the balances with the page in one statement.
    expect(counts[0]).toBe(3);
    // 100 entries: 50 debits of 10,00 and 50 credits of 7,50 → debit − credit 125,00, presented -125.00.
    expect(closings).toEqual(['-125.00', '-125000.00']);
  }, 60_000);
});

describe('forbidden paths on accounts', () => {
  it('hides an unpublished account from its holder on the next request, and shows it again once republished', async () => {
    const mathilde = await api.as('CLIQUOTMATHILDE');
    const ACCOUNTS = `{ viewer { person { accounts { nodes { id number } } ownerships { nodes { account { number } } } } } }`;
    const before = (await mathilde.gql(ACCOUNTS)).data?.viewer.person;
    expect(before.accounts.nodes.map((a: { number: string }) => a.number)).toEqual(['450CLIQUOT']);
    const id = before.accounts.nodes[0].id;
    await manager.gql(`mutation($ids: [ID!]!) { setAccountsPublished(accountIds: $ids, isPublished: false) { isPublished } }`, { ids: [id] });
    const after = (await mathilde.gql(ACCOUNTS)).data?.viewer.person;
    expect(after).toEqual({ accounts: { nodes: [] }, ownerships: { nodes: [{ account: null }] } });
    expect((await mathilde.gql(`query($id: ID!) { node(id: $id) { id } }`, { id })).data).toEqual({ node: null });
    const download = await fetch(`${api.url}/exports/accounts/${id}/statement.csv?from=2026-01-01&to=2026-12-31`, { headers: { cookie: mathilde.sessionCookie } });
    expect(download.status).toBe(404);
    await manager.gql(`mutation($ids: [ID!]!) { setAccountsPublished(accountIds: $ids, isPublished: true) { isPublished } }`, { ids: [id] });
    expect((await mathilde.gql(ACCOUNTS)).data?.viewer.person.accounts.nodes).toHaveLength(1);
  });

  it('shows an owner her tenant\'s account only when the agency enables it', async () => {
    const elsaAccount = (await manager.gql(`{ people(search: "LOCATAIRE Elsa") { nodes { accounts { nodes { id } } } } }`)).data?.people.nodes[0].accounts.nodes[0].id;
    const NODE = `query($id: ID!) { node(id: $id) { ... on Account { number balance } } }`;
    expect((await denise.gql(NODE, { id: elsaAccount })).data).toEqual({ node: null });
    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"ownerSeesTenantAccounts": true}'::jsonb`);
    const withOption = await api.as('ALOXECORTONDENISE');
    expect((await withOption.gql(NODE, { id: elsaAccount })).data).toEqual({ node: { number: '81ELLOCATA', balance: '-780.00' } });
    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"ownerSeesTenantAccounts": false}'::jsonb`);
    // The option is read at each request: the same session sees nothing once it is off.
    expect((await withOption.gql(NODE, { id: elsaAccount })).data).toEqual({ node: null });
  });

  it('refuses the statement when the agency switches the account module off for clients', async () => {
    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"accountModuleEnabled": false}'::jsonb`);
    const result = await denise.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31' });
    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"accountModuleEnabled": true}'::jsonb`);
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});
