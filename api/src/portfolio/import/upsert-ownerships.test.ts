import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { buildAccount, buildAgency, buildBuilding, buildCoOwner, buildLot, buildPerson, setAgencySettings, type BuiltAgency, type BuiltBuilding } from '../../test/builders';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type TestApi } from '../../test/harness';
import { FUTURE, integrator, rowErrors } from '../../test/relation-batches';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const UPSERT = graphql(`
  mutation UpsertOwnershipsBatch($rows: [OwnershipInput!]!) {
    upsertOwnerships(ownerships: $rows) {
      received
      created
      updated
      unchanged
    }
  }
`);

const MY_LOTS = graphql(`
  query UpsertOwnershipsMyLots {
    viewer {
      person {
        ownerships {
          nodes {
            id
            isActive
            lot {
              code
            }
          }
        }
        accounts {
          nodes {
            number
          }
        }
      }
    }
  }
`);

const SALE = graphql(`
  mutation UpsertOwnershipsSale($id: ID!, $date: Date!, $buyer: SaleBuyerInput) {
    recordSale(ownershipId: $id, saleDate: $date, buyer: $buyer) {
      endDate
      isActive
    }
  }
`);

let counter = 0;
const code = (prefix: string) => `${prefix}${++counter}`;

/** A fresh agency with a building, `lotCount` lots and `personCount` persons carrying an externalId. */
async function portfolio(lotCount: number, personCount: number) {
  const { db } = api.database;
  const agency = await buildAgency(db);
  const building = await buildBuilding(db, agency);
  const lots = [];
  for (let i = 0; i < lotCount; i++) lots.push(await buildLot(db, agency, building));
  const persons = [];
  for (let i = 0; i < personCount; i++) persons.push(await buildPerson(db, agency.id, { externalId: code('P') }));
  const manager = await api.as(agency.manager.signIn);
  return { agency, building, lots, persons, manager };
}

async function coOwnerAccount(agency: BuiltAgency, building: BuiltBuilding, personId: string, number = code('450T')) {
  return buildAccount(api.database.db, agency, { entity: building.syndicate, kind: 'COOWNER', person: { id: personId, displayName: number }, number });
}

describe('upsertOwnerships: by (lotCode, personExternalId, startDate), idempotent', () => {
  it('creates, then updates, then leaves unchanged, in one answer per batch', async () => {
    const { agency, building, lots, persons, manager } = await portfolio(2, 2);
    const account = await coOwnerAccount(agency, building, persons[0].id);
    const rows = [
      { lotCode: lots[0].code, personExternalId: persons[0].externalId!, startDate: '2015-06-01', accountNumber: account.number },
      { lotCode: lots[1].code, personExternalId: persons[1].externalId!, startDate: '2018-01-15' },
    ];
    expect((await manager.gql(UPSERT, { rows })).data?.upsertOwnerships).toEqual({ received: 2, created: 2, updated: 0, unchanged: 0 });
    expect((await manager.gql(UPSERT, { rows })).data?.upsertOwnerships).toEqual({ received: 2, created: 0, updated: 0, unchanged: 2 });
    const changed = [rows[0], { ...rows[1], endDate: '2020-03-01' }];
    expect((await manager.gql(UPSERT, { rows: changed })).data?.upsertOwnerships).toEqual({ received: 2, created: 0, updated: 1, unchanged: 1 });
    const stored = await api.database.db.select().from(t.ownerships).where(eq(t.ownerships.agencyId, agency.id));
    expect(stored.map((row) => [row.accountId, row.endDate]).sort()).toEqual(
      [
        [account.id, null],
        [null, '2020-03-01'],
      ].sort(),
    );
  });

  it('writes nothing when any row is bad, and lists every bad row with its field', async () => {
    const { agency, building, lots, persons, manager } = await portfolio(2, 2);
    const other = await buildAccount(api.database.db, agency, { entity: building.syndicate, kind: 'COOWNER', person: persons[1] });
    const good = { lotCode: lots[0].code, personExternalId: persons[0].externalId!, startDate: '2015-06-01' };
    const result = await manager.gql(UPSERT, {
      rows: [
        good,
        { ...good, lotCode: 'NOPE/001' },
        { ...good, personExternalId: 'NOBODY', lotCode: lots[1].code },
        { ...good, startDate: '2016-01-01', endDate: '2015-12-31' },
        { ...good, startDate: '2017-01-01', accountNumber: '450UNKNOWN' },
        { ...good, startDate: '2018-01-01', accountNumber: other.number },
        good,
        { ...good, lotCode: 'X'.repeat(65) },
      ],
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerships[1].lotCode', reason: 'UNKNOWN_REFERENCE' });
    expect(rowErrors(result)).toEqual({
      'ownerships[1].lotCode': 'UNKNOWN_REFERENCE',
      'ownerships[2].personExternalId': 'UNKNOWN_REFERENCE',
      'ownerships[3].endDate': 'DATE_BEFORE_START',
      'ownerships[4].accountNumber': 'UNKNOWN_REFERENCE',
      'ownerships[5].accountNumber': 'ACCOUNT_OF_ANOTHER_PERSON',
      'ownerships[6].lotCode': 'DUPLICATE_IN_BATCH',
      'ownerships[7].lotCode': 'TEXT_TOO_LONG',
    });
    expect(await api.database.db.$count(t.ownerships, eq(t.ownerships.agencyId, agency.id))).toBe(0);
  });

  it("refuses another agency's lot, person and account in the same words as missing ones", async () => {
    const mine = await portfolio(1, 1);
    const theirs = await portfolio(1, 1);
    const theirAccount = await coOwnerAccount(theirs.agency, theirs.building, theirs.persons[0].id);
    const result = await mine.manager.gql(UPSERT, {
      rows: [
        { lotCode: theirs.lots[0].code, personExternalId: mine.persons[0].externalId!, startDate: '2015-06-01' },
        { lotCode: mine.lots[0].code, personExternalId: theirs.persons[0].externalId!, startDate: '2015-06-01' },
        { lotCode: mine.lots[0].code, personExternalId: mine.persons[0].externalId!, startDate: '2015-06-01', accountNumber: theirAccount.number },
        { lotCode: 'NOPE/404', personExternalId: 'NOBODY', startDate: '2015-06-01' },
      ],
    });
    const errors = (result.errors?.[0].extensions?.errors ?? []) as { field: string; reason: string; message: string }[];
    expect(errors.map((error) => [error.field, error.reason])).toEqual([
      ['ownerships[0].lotCode', 'UNKNOWN_REFERENCE'],
      ['ownerships[1].personExternalId', 'UNKNOWN_REFERENCE'],
      ['ownerships[2].accountNumber', 'UNKNOWN_REFERENCE'],
      ['ownerships[3].lotCode', 'UNKNOWN_REFERENCE'],
      ['ownerships[3].personExternalId', 'UNKNOWN_REFERENCE'],
    ]);
    expect(errors[0].message).toBe(errors[3].message);
    expect(errors[1].message).toBe(errors[4].message);
    expect(await api.database.db.$count(t.ownerships, eq(t.ownerships.agencyId, mine.agency.id))).toBe(0);
  });

  it('runs the same number of SQL statements for 2 rows as for 12, sales included', async () => {
    const { lots, persons, manager } = await portfolio(12, 12);
    const rows = (from: number, to: number, endDate?: string) =>
      lots.slice(from, to).map((lot, i) => ({ lotCode: lot.code, personExternalId: persons[from + i].externalId!, startDate: '2015-06-01', endDate }));
    const small = await manager.gql(UPSERT, { rows: rows(0, 2) });
    const large = await manager.gql(UPSERT, { rows: rows(2, 12) });
    expect(large.data?.upsertOwnerships.created).toBe(10);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
    const smallSales = await manager.gql(UPSERT, { rows: rows(0, 2, '2026-11-01') });
    const largeSales = await manager.gql(UPSERT, { rows: rows(2, 12, '2026-11-01') });
    expect(largeSales.data?.upsertOwnerships.updated).toBe(10);
    expect(largeSales.statements).toBe(smallSales.statements);
  });
});

describe('upsertOwnerships: who may call it', () => {
  it('lets a portfolio:write integrator load, refuses a token without it, clients and anonymous callers', async () => {
    const { agency, lots, persons, manager } = await portfolio(1, 1);
    const rows = [{ lotCode: lots[0].code, personExternalId: persons[0].externalId!, startDate: '2015-06-01' }];
    const reader = await integrator(api, manager, ['PORTFOLIO_READ', 'LEDGER_WRITE']);
    expect(errorCode(await reader.gql(UPSERT, { rows }))).toBe('FORBIDDEN');
    const writer = await integrator(api, manager, ['PORTFOLIO_WRITE']);
    expect((await writer.gql(UPSERT, { rows })).data?.upsertOwnerships.created).toBe(1);

    const coOwner = await buildCoOwner(api.database.db, agency, { lot: lots[0] });
    expect(errorCode(await (await api.as(coOwner.person.signIn)).gql(UPSERT, { rows }))).toBe('FORBIDDEN');
    expect(errorCode(await (await api.as('ELSALOCATAIRE')).gql(UPSERT, { rows }))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(UPSERT, { rows }))).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});

describe('a sale through upsertOwnerships or recordSale', () => {
  /** A co-owner with access, signed in, holding `lotCount` lots on one account; persons have externalIds. */
  async function seller(lotCount: number, settings: { disableAccessOnSale: boolean }) {
    const { db } = api.database;
    const base = await portfolio(lotCount, 0);
    await setAgencySettings(db, base.agency.id, settings);
    const externalId = code('SELLER');
    const first = await buildCoOwner(db, base.agency, { lot: base.lots[0], externalId });
    for (const lot of base.lots.slice(1)) await buildCoOwner(db, base.agency, { lot, person: first.person, account: first.account });
    const client = await api.as(first.person.signIn);
    return { ...base, person: first.person, account: first.account, externalId, client };
  }
  const saleRow = (lotCode: string, personExternalId: string, endDate: string | null) => ({ lotCode, personExternalId, startDate: '2015-06-01', endDate });

  it('ends the co-owner’s view of the lot at their next request, and keeps them signed in when the agency keeps sellers', async () => {
    const s = await seller(1, { disableAccessOnSale: false });
    const before = (await s.client.gql(MY_LOTS)).data?.viewer?.person;
    expect(before?.ownerships.nodes.map((o) => o.lot?.code)).toEqual([s.lots[0].code]);
    expect((await s.manager.gql(UPSERT, { rows: [saleRow(s.lots[0].code, s.externalId, '2026-11-25')] })).data?.upsertOwnerships.updated).toBe(1);
    const after = (await s.client.gql(MY_LOTS)).data?.viewer?.person;
    expect(after?.ownerships.nodes).toEqual([expect.objectContaining({ isActive: false, lot: null })]);
    expect(after?.accounts.nodes.map((a) => a.number)).toEqual([s.account.number]);
  });

  it('switches the seller off and unpublishes the account when the agency says so', async () => {
    const s = await seller(1, { disableAccessOnSale: true });
    await s.manager.gql(UPSERT, { rows: [saleRow(s.lots[0].code, s.externalId, '2026-11-25')] });
    expect((await s.client.gql(MY_LOTS)).data).toEqual({ viewer: null });
    await expect(api.as(s.person.signIn)).rejects.toThrow(/ACCESS_DISABLED/);
    const [account] = await api.database.db.select().from(t.accounts).where(eq(t.accounts.id, s.account.id));
    expect(account.isPublished).toBe(false);
  });

  it('keeps the account published while another current ownership uses it (two lots, one sold)', async () => {
    const s = await seller(2, { disableAccessOnSale: true });
    await s.manager.gql(UPSERT, { rows: [saleRow(s.lots[0].code, s.externalId, '2026-11-25')] });
    const view = (await s.client.gql(MY_LOTS)).data?.viewer?.person;
    expect(view?.ownerships.nodes.map((o) => o.lot?.code ?? null).sort()).toEqual([null, s.lots[1].code].sort());
    expect(view?.accounts.nodes.map((a) => a.number)).toEqual([s.account.number]);
    // Selling the second lot too: nothing uses the account any more.
    await s.manager.gql(UPSERT, { rows: [saleRow(s.lots[1].code, s.externalId, '2026-11-26')] });
    expect((await s.client.gql(MY_LOTS)).data).toEqual({ viewer: null });
    const [account] = await api.database.db.select().from(t.accounts).where(eq(t.accounts.id, s.account.id));
    expect(account.isPublished).toBe(false);
  });

  it('takes a future-dated sale into account on its date, not before (recordSale and upsert alike)', async () => {
    const { db } = api.database;
    for (const path of ['recordSale', 'upsert'] as const) {
      const s = await seller(1, { disableAccessOnSale: true });
      const ownershipId = (await s.client.gql(MY_LOTS)).data!.viewer!.person.ownerships.nodes[0].id;
      if (path === 'recordSale') expect((await s.manager.gql(SALE, { id: ownershipId, date: FUTURE })).data?.recordSale).toEqual({ endDate: FUTURE, isActive: true });
      else expect((await s.manager.gql(UPSERT, { rows: [saleRow(s.lots[0].code, s.externalId, FUTURE)] })).data?.upsertOwnerships.updated).toBe(1);
      const meanwhile = (await s.client.gql(MY_LOTS)).data?.viewer?.person;
      expect(meanwhile?.ownerships.nodes.map((o) => o.lot?.code)).toEqual([s.lots[0].code]);
      expect(meanwhile?.accounts.nodes.map((a) => a.number)).toEqual([s.account.number]);
      await api.as(s.person.signIn); // can still sign in
      const [scheduled] = await db.select().from(t.accounts).where(eq(t.accounts.id, s.account.id));
      expect([scheduled.isPublished, scheduled.unpublishedFrom]).toEqual([true, FUTURE]);

      // The calendar reaches the sale date: every date the sale wrote becomes today.
      await db.execute(sql`UPDATE ${t.ownerships} SET end_date = current_date WHERE end_date = ${FUTURE}`);
      await db.execute(sql`UPDATE ${t.accounts} SET unpublished_from = current_date WHERE unpublished_from = ${FUTURE}`);
      await db.execute(sql`UPDATE ${t.identities} SET disabled_from = current_date WHERE disabled_from = ${FUTURE}`);
      expect((await s.client.gql(MY_LOTS)).data).toEqual({ viewer: null });
      await expect(api.as(s.person.signIn)).rejects.toThrow(/ACCESS_DISABLED/);
    }
  });

  it("records the buyer's ownership in the same transaction as the sale", async () => {
    const s = await seller(1, { disableAccessOnSale: false });
    const { db } = api.database;
    const buyer = await buildPerson(db, s.agency.id, { externalId: code('BUYER') });
    const buyerAccount = await coOwnerAccount(s.agency, s.building, buyer.id);
    const ownershipId = (await s.client.gql(MY_LOTS)).data!.viewer!.person.ownerships.nodes[0].id;
    const buyerId = Buffer.from(`Person:${buyer.id}`).toString('base64url');

    const wrongAccount = await s.manager.gql(SALE, { id: ownershipId, date: '2026-11-25', buyer: { personId: buyerId, accountNumber: s.account.number } });
    expect(wrongAccount.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'buyer.accountNumber', reason: 'ACCOUNT_OF_ANOTHER_PERSON' });
    const stillOpen = await db.select().from(t.ownerships).where(eq(t.ownerships.agencyId, s.agency.id));
    expect(stillOpen.map((row) => row.endDate)).toEqual([null]);

    const sold = await s.manager.gql(SALE, { id: ownershipId, date: '2026-11-25', buyer: { personId: buyerId, accountNumber: buyerAccount.number } });
    expect(sold.data?.recordSale).toEqual({ endDate: '2026-11-25', isActive: false });
    const [bought] = await db
      .select()
      .from(t.ownerships)
      .where(and(eq(t.ownerships.agencyId, s.agency.id), eq(t.ownerships.personId, buyer.id)));
    expect(bought).toMatchObject({ lotId: s.lots[0].id, accountId: buyerAccount.id, startDate: '2026-11-25', endDate: null });
  });
});
