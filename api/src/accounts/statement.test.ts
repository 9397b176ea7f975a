import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aloxeOwnerEntries } from '../demo/demo-fixtures';
import { toGlobalId } from '../graphql/node';
import { buildAccount, buildAgency, buildBuilding, buildLot, buildOwner, buildTenant, setAgencySettings, type BuiltAgency, type EntryData } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type GraphQLResponse, type TestApi } from '../test/harness';

/** Manual, "Compte": Denise's owner account 411ALOXECO, the screenshot's figures. */
const STATEMENT = graphql(`
  query StatementOwnerAccount($from: Date!, $to: Date!, $first: Int, $after: String) {
    viewer {
      person {
        mandates {
          nodes {
            account {
              number
              balance
              statement(from: $from, to: $to) {
                openingBalance
                closingBalance
                presentation
                entries(first: $first, after: $after) {
                  nodes {
                    date
                    label
                    debit
                    credit
                    balance
                    entryCount
                  }
                  pageInfo {
                    hasNextPage
                    endCursor
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);
const BALANCE_HISTORY = graphql(`
  query StatementBalanceHistory {
    viewer {
      person {
        mandates {
          nodes {
            account {
              balanceHistory(from: "2020-01-01", to: "2020-12-31") {
                date
                balance
              }
            }
          }
        }
      }
    }
  }
`);
const IMPORT = graphql(`
  mutation StatementImport($e: [LedgerEntryInput!]!) {
    importLedgerEntries(entries: $e) {
      created
    }
  }
`);
const TENANT_STATEMENT = graphql(`
  query StatementTenant($from: Date!, $to: Date!) {
    viewer {
      person {
        accounts {
          nodes {
            statement(from: $from, to: $to) {
              entries {
                nodes {
                  label
                  entryCount
                }
              }
            }
          }
        }
      }
    }
  }
`);
const PAGE = graphql(`
  query StatementPage($id: ID!, $after: String) {
    node(id: $id) {
      ... on Account {
        statement(from: "2000-01-01", to: "2030-12-31") {
          openingBalance
          closingBalance
          entries(first: 50, after: $after) {
            nodes {
              balance
            }
            pageInfo {
              endCursor
            }
          }
        }
      }
    }
  }
`);
const ACCOUNTS = graphql(`
  query StatementClientAccounts {
    viewer {
      person {
        accounts {
          nodes {
            id
            number
          }
        }
        ownerships {
          nodes {
            account {
              number
            }
          }
        }
      }
    }
  }
`);
const PUBLISH = graphql(`
  mutation StatementPublish($ids: [ID!]!, $isPublished: Boolean!) {
    setAccountsPublished(accountIds: $ids, isPublished: $isPublished) {
      isPublished
    }
  }
`);
const NODE_ID = graphql(`
  query StatementNodeId($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const ACCOUNT_NODE = graphql(`
  query StatementAccountNode($id: ID!) {
    node(id: $id) {
      ... on Account {
        number
        balance
      }
    }
  }
`);

let api: TestApi;
let denise: Client;
let manager: Client;
const statementOf = (r: GraphQLResponse<ResultOf<typeof STATEMENT>>) => r.data?.viewer?.person?.mandates.nodes[0]?.account;

/** The manual's "Compte" entries on a fresh owner account (balance -9 985,56 presented CREDIT_MINUS_DEBIT). */
const manualEntries: EntryData[] = aloxeOwnerEntries.map(({ entryDate, ...entry }) => ({ date: entryDate, ...entry }));

async function freshOwner(agency?: BuiltAgency) {
  const { db } = api.database;
  agency ??= await buildAgency(db);
  const building = await buildBuilding(db, agency);
  const lot = await buildLot(db, agency, building);
  const owner = await buildOwner(db, agency, { lots: [lot], account: { entries: manualEntries } });
  return { agency, lot, owner, client: await api.as(owner.person.signIn) };
}

beforeAll(async () => {
  api = await startTestApi();
  denise = await api.as('ALOXECORTONDENISE');
  manager = await api.as('GESTIONNAIRE');
});
afterAll(() => api.close());

describe('account statement', () => {
  it('reproduces the manual\'s "Compte" screenshot: -10 299,97 → -13 299,97 → -9 985,56', async () => {
    const account = statementOf(await denise.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31' }));
    expect(account?.number).toBe('411ALOXECO');
    // Today the demo's account has moved on (rents, fees, transfers since 2021): 593,92 in her favour.
    expect(account?.balance).toBe('593.92');
    expect(account?.statement).toEqual({
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
    const first = statementOf(await denise.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31', first: 1 }))?.statement.entries;
    expect(first?.nodes.map((n) => n.balance)).toEqual(['-13299.97']);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const second = statementOf(await denise.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31', first: 1, after: first?.pageInfo.endCursor }))?.statement.entries;
    expect(second?.nodes.map((n) => n.balance)).toEqual(['-9985.56']);
    expect(second?.pageInfo.hasNextPage).toBe(false);
  });

  it('gives balances before, inside and after the range for ranges that cut a month', async () => {
    const feb = statementOf(await denise.gql(STATEMENT, { from: '2020-02-01', to: '2020-02-10' }))?.statement;
    expect([feb?.openingBalance, feb?.closingBalance, feb?.entries.nodes.length]).toEqual(['-13299.97', '-13299.97', 0]);
    const day = statementOf(await denise.gql(STATEMENT, { from: '2020-01-30', to: '2020-01-30' }))?.statement;
    expect([day?.openingBalance, day?.closingBalance]).toEqual(['-10299.97', '-13299.97']);
  });

  it('refuses a range whose end precedes its start', async () => {
    const result = await denise.gql(STATEMENT, { from: '2020-12-31', to: '2020-01-01' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', reason: 'INVALID_RANGE' });
  });

  it('reads the same statement DEBIT_MINUS_CREDIT once the agency says so (9 985,56), at the next request', async () => {
    const { agency, client } = await freshOwner();
    const before = statementOf(await client.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31' }));
    expect([before?.balance, before?.statement.presentation]).toEqual(['-9985.56', 'CREDIT_MINUS_DEBIT']);
    await setAgencySettings(api.database.db, agency.id, { balancePresentation: 'DEBIT_MINUS_CREDIT' });
    const account = statementOf(await client.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31' }));
    expect([account?.balance, account?.statement.openingBalance, account?.statement.closingBalance, account?.statement.presentation]).toEqual([
      '9985.56',
      '10299.97',
      '9985.56',
      'DEBIT_MINUS_CREDIT',
    ]);
    expect(account?.statement.entries.nodes.map((n) => n.balance)).toEqual(['13299.97', '9985.56']);
  });

  it('draws the balance chart from end-of-day balances', async () => {
    const result = await denise.gql(BALANCE_HISTORY);
    expect(result.data?.viewer?.person?.mandates.nodes[0].account?.balanceHistory).toEqual([
      { date: '2020-01-01', balance: '-10299.97' },
      { date: '2020-01-30', balance: '-13299.97' },
      { date: '2020-02-11', balance: '-9985.56' },
    ]);
  });
});

describe("agency settings on owners' views", () => {
  it('groups treasury entries by date, excludes analytics not paid back, each when switched on', async () => {
    const { db } = api.database;
    const { agency, lot, owner, client } = await freshOwner();
    // The owner's tenant has two payments on one day: grouping for owners must leave them apart.
    const tenant = await buildTenant(db, agency, {
      lot,
      account: {
        entries: [
          { date: '2020-03-05', label: 'Règlement loyer 03/2020', credit: '500.00', isTreasury: true },
          { date: '2020-03-05', label: 'Règlement complément 03/2020', credit: '280.00', isTreasury: true },
        ],
      },
    });
    const fromManager = await api.as(agency.manager.signIn);
    const imported = await fromManager.gql(IMPORT, {
      e: [
        { externalId: 'T-1', entityCode: 'G001', accountNumber: owner.account.number, date: '2020-03-05', label: 'Règlement loyer LOT/002', credit: '780.00', isTreasury: true },
        { externalId: 'T-2', entityCode: 'G001', accountNumber: owner.account.number, date: '2020-03-05', label: 'Règlement loyer LOT/003', credit: '640.00', isTreasury: true },
        {
          externalId: 'T-3',
          entityCode: 'G001',
          accountNumber: owner.account.number,
          date: '2020-03-20',
          label: 'Honoraires de gérance (analytique non reversé)',
          debit: '120.00',
          isAnalyticNotPaidBack: true,
        },
      ],
    });
    expect(imported.data?.importLedgerEntries.created).toBe(3);
    const march = async () => statementOf(await client.gql(STATEMENT, { from: '2020-03-01', to: '2020-03-31' }))?.statement;
    const plain = await march();
    expect(plain?.entries.nodes.map((n) => [n.label, n.balance])).toEqual([
      ['Règlement loyer LOT/002', '-9205.56'],
      ['Règlement loyer LOT/003', '-8565.56'],
      ['Honoraires de gérance (analytique non reversé)', '-8685.56'],
    ]);

    await setAgencySettings(db, agency.id, { groupTreasuryForOwners: true });
    const grouped = await march();
    expect(grouped?.entries.nodes.map((n) => [n.label, n.credit, n.entryCount, n.balance])).toEqual([
      ['Règlements du 05/03/2020', '1420.00', 2, '-8565.56'],
      ['Honoraires de gérance (analytique non reversé)', '0.00', 1, '-8685.56'],
    ]);

    await setAgencySettings(db, agency.id, { excludeAnalyticsNotPaidBack: true });
    const excluded = await march();
    expect(excluded?.entries.nodes.map((n) => n.label)).toEqual(['Règlements du 05/03/2020']);
    expect(excluded?.closingBalance).toBe('-8565.56');
    const april = statementOf(await client.gql(STATEMENT, { from: '2020-04-01', to: '2020-04-30' }))?.statement;
    expect(april?.openingBalance).toBe('-8565.56');

    // Grouping for owners leaves tenants' views alone.
    const asTenant = await api.as(tenant.person.signIn);
    const lines = await asTenant.gql(TENANT_STATEMENT, { from: '2020-03-01', to: '2020-03-31' });
    expect(lines.data?.viewer?.person?.accounts.nodes[0].statement.entries.nodes).toEqual([
      { label: 'Règlement loyer 03/2020', entryCount: 1 },
      { label: 'Règlement complément 03/2020', entryCount: 1 },
    ]);
  });
});

describe('SQL statements per statement page', () => {
  it('are the same on an account with 100 entries and one with 100 000, at the start and deep in the range', async () => {
    const { db } = api.database;
    const agency = await buildAgency(db);
    const entries = (count: number): EntryData[] =>
      Array.from({ length: count }, (_, i) => {
        const n = i + 1;
        const date = new Date(Date.UTC(2000, 0, 1 + (n % 9000))).toISOString().slice(0, 10);
        return n % 2 === 0 ? { date, label: `Écriture ${n}`, debit: '10.00' } : { date, label: `Écriture ${n}`, credit: '7.50' };
      });
    const small = await buildAccount(db, agency, { entity: agency.gerance, kind: 'OWNER', entries: entries(100) });
    const large = await buildAccount(db, agency, { entity: agency.gerance, kind: 'OWNER', entries: entries(100_000) });
    const fromManager = await api.as(agency.manager.signIn);
    const counts: number[] = [];
    const closings: unknown[] = [];
    for (const account of [small, large]) {
      const id = toGlobalId('Account', account.id);
      const start = await fromManager.gql(PAGE, { id });
      const startStatement = start.data?.node?.__typename === 'Account' ? start.data.node.statement : null;
      const deep = await fromManager.gql(PAGE, { id, after: startStatement?.entries.pageInfo.endCursor });
      expect(deep.errors).toBeUndefined();
      counts.push(start.statements, deep.statements);
      closings.push(startStatement?.closingBalance);
    }
    expect(new Set(counts).size).toBe(1);
    // 100 entries: 50 debits of 10,00 and 50 credits of 7,50 → debit − credit 125,00, presented -125.00.
    expect(closings).toEqual(['-125.00', '-125000.00']);
  }, 120_000);
});

describe('forbidden paths on accounts', () => {
  it('hides an unpublished account from its holder on the next request, and shows it again once republished', async () => {
    const mathilde = await api.as('CLIQUOTMATHILDE');
    const before = (await mathilde.gql(ACCOUNTS)).data?.viewer?.person;
    expect(before?.accounts.nodes.map((a) => a.number)).toEqual(['450CLIQUOT']);
    const id = before!.accounts.nodes[0].id;
    await manager.gql(PUBLISH, { ids: [id], isPublished: false });
    const after = (await mathilde.gql(ACCOUNTS)).data?.viewer?.person;
    expect(after).toEqual({ accounts: { nodes: [] }, ownerships: { nodes: [{ account: null }] } });
    expect((await mathilde.gql(NODE_ID, { id })).data).toEqual({ node: null });
    const download = await fetch(`${api.url}/exports/accounts/${id}/statement.csv?from=2026-01-01&to=2026-12-31`, { headers: { cookie: mathilde.sessionCookie } });
    expect(download.status).toBe(404);
    await manager.gql(PUBLISH, { ids: [id], isPublished: true });
    expect((await mathilde.gql(ACCOUNTS)).data?.viewer?.person?.accounts.nodes).toHaveLength(1);
  });

  it("shows an owner her tenant's account only when the agency enables it, read at each request", async () => {
    const { db } = api.database;
    const { agency, lot, owner, client } = await freshOwner();
    const tenant = await buildTenant(db, agency, { lot, account: { entries: [{ date: '2026-11-01', label: 'Loyer et provisions 11/2026', debit: '780.00' }] } });
    const tenantAccount = toGlobalId('Account', tenant.account.id);
    expect((await client.gql(ACCOUNT_NODE, { id: tenantAccount })).data).toEqual({ node: null });
    await setAgencySettings(db, agency.id, { ownerSeesTenantAccounts: true });
    const withOption = await api.as(owner.person.signIn);
    expect((await withOption.gql(ACCOUNT_NODE, { id: tenantAccount })).data).toEqual({ node: { __typename: 'Account', number: tenant.account.number, balance: '-780.00' } });
    await setAgencySettings(db, agency.id, { ownerSeesTenantAccounts: false });
    // The same session sees nothing once it is off.
    expect((await withOption.gql(ACCOUNT_NODE, { id: tenantAccount })).data).toEqual({ node: null });
  });

  it('refuses the statement when the agency switches the account module off for clients', async () => {
    const { agency, client } = await freshOwner();
    const on = await client.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31' });
    expect(statementOf(on)?.statement.closingBalance).toBe('-9985.56');
    await setAgencySettings(api.database.db, agency.id, { accountModuleEnabled: false });
    const off = await client.gql(STATEMENT, { from: '2020-01-01', to: '2020-12-31' });
    expect(errorCode(off)).toBe('FORBIDDEN');
    expect(JSON.stringify(off.data ?? null)).not.toMatch(/9985/);
  });
});
