import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aloxeOwnerEntries } from '../demo/demo-fixtures';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, buildOwner, buildWorksFundLine, setAgencySettings, type EntryData } from '../test/builders';
import { graphql } from '../test/gql';
import { startTestApi, type TestApi } from '../test/harness';
import { agencyToday, shiftDay } from '../db/calendar';

/** The home's money block: the balance in plain words, the last payment, the next call. */
const POSITION = graphql(`
  query AccountPositionOwn {
    viewer {
      person {
        accounts {
          nodes {
            number
            balance
            position {
              amount
              direction
            }
            lastPayment {
              date
              amount
            }
            nextCall {
              date
              amount
            }
          }
        }
      }
    }
  }
`);

const TOTALS = graphql(`
  query AccountPositionTotals($id: ID!, $from: Date!, $to: Date!) {
    node(id: $id) {
      ... on Account {
        statement(from: $from, to: $to) {
          openingBalance
          closingBalance
          totalDebit
          totalCredit
        }
      }
    }
  }
`);

const ACCOUNT_NODE = graphql(`
  query AccountPositionNode($id: ID!) {
    node(id: $id) {
      ... on Account {
        position {
          amount
        }
        lastPayment {
          amount
        }
      }
    }
  }
`);

const FUNDS = graphql(`
  query AccountPositionFunds {
    viewer {
      person {
        worksFunds {
          total
          asOf
          lots {
            lines {
              accountNumber
              updatedAt
            }
          }
        }
      }
    }
  }
`);

const UPSERT = graphql(`
  mutation AccountPositionUpsertFunds($l: [WorksFundLineInput!]!) {
    upsertWorksFundLines(lines: $l) {
      created
      updated
      unchanged
    }
  }
`);

/** A calendar date `days` from today, "YYYY-MM-DD" (the API's "today" is the database's current_date). */
function inDays(days: number): string {
  return shiftDay(agencyToday(), days);
}

const manualEntries: EntryData[] = aloxeOwnerEntries.map(({ entryDate, ...entry }) => ({ date: entryDate, ...entry }));

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function ownerWith(entries: EntryData[]) {
  const { db } = api.database;
  const agency = await buildAgency(db);
  const lot = await buildLot(db, agency, await buildBuilding(db, agency));
  const owner = await buildOwner(db, agency, { lots: [lot], account: { entries } });
  return { agency, owner, client: await api.as(owner.person.signIn) };
}

describe('the balance in plain words', () => {
  it("says the manual's -9 985,56 is 9 985,56 owed, whatever the presentation setting", async () => {
    const { agency, client } = await ownerWith(manualEntries);
    const credit = (await client.gql(POSITION)).data?.viewer?.person?.accounts.nodes[0];
    expect(credit?.balance).toBe('-9985.56');
    expect(credit?.position).toEqual({ amount: '9985.56', direction: 'OWING' });
    // The 3 000,00 of 30/01/2020 is a treasury debit, not a payment: the last payment is the credit of 11/02/2020.
    expect(credit?.lastPayment).toEqual({ date: '2020-02-11', amount: '3314.41' });
    expect(credit?.nextCall).toBeNull();

    await setAgencySettings(api.database.db, agency.id, { balancePresentation: 'DEBIT_MINUS_CREDIT' });
    const debit = (await client.gql(POSITION)).data?.viewer?.person?.accounts.nodes[0];
    expect(debit?.balance).toBe('9985.56');
    expect(debit?.position).toEqual({ amount: '9985.56', direction: 'OWING' });
  });

  it('sets a call dated after today aside from the balance and gives it as the next call', async () => {
    const { client } = await ownerWith([
      { date: inDays(-40), label: 'Appel de fonds', debit: '743.32' },
      { date: inDays(-30), label: 'Règlement', credit: '500.00', isTreasury: true },
      { date: inDays(-30), label: 'Règlement complément', credit: '243.32', isTreasury: true },
      { date: inDays(-5), label: 'Appel de fonds', debit: '743.32' },
      { date: inDays(31), label: 'Appel de fonds suivant', debit: '700.00' },
      { date: inDays(31), label: 'Appel travaux', debit: '43.32' },
      { date: inDays(92), label: 'Appel de fonds lointain', debit: '743.32' },
    ]);
    const account = (await client.gql(POSITION)).data?.viewer?.person?.accounts.nodes[0];
    expect(account?.balance).toBe('-743.32');
    expect(account?.position).toEqual({ amount: '743.32', direction: 'OWING' });
    // Two payments the same day make one payment; two debits of the next day make one call.
    expect(account?.lastPayment).toEqual({ date: inDays(-30), amount: '743.32' });
    expect(account?.nextCall).toEqual({ date: inDays(31), amount: '743.32' });
  });

  it('says an account in credit is in credit, and a settled one is settled', async () => {
    const inCredit = await ownerWith([{ date: inDays(-3), label: 'Loyer encaissé', credit: '780.00', isTreasury: true }]);
    expect((await inCredit.client.gql(POSITION)).data?.viewer?.person?.accounts.nodes[0].position).toEqual({ amount: '780.00', direction: 'IN_CREDIT' });
    const settled = await ownerWith([
      { date: inDays(-3), label: 'Loyer', debit: '780.00' },
      { date: inDays(-2), label: 'Règlement', credit: '780.00', isTreasury: true },
    ]);
    expect((await settled.client.gql(POSITION)).data?.viewer?.person?.accounts.nodes[0].position).toEqual({ amount: '0.00', direction: 'SETTLED' });
  });

  it('hides the last payment and the next call when the agency switches the account pages off, and from other people', async () => {
    const { agency, owner, client } = await ownerWith(manualEntries);
    await setAgencySettings(api.database.db, agency.id, { accountModuleEnabled: false });
    const off = (await client.gql(POSITION)).data?.viewer?.person?.accounts.nodes[0];
    expect(off?.position).toEqual({ amount: '9985.56', direction: 'OWING' });
    expect([off?.lastPayment, off?.nextCall]).toEqual([null, null]);

    const id = toGlobalId('Account', owner.account.id);
    const stranger = await ownerWith([]);
    expect((await stranger.client.gql(ACCOUNT_NODE, { id })).data).toEqual({ node: null });
    const otherAgency = await api.as('CLIQUOTMATHILDE');
    expect((await otherAgency.gql(ACCOUNT_NODE, { id })).data).toEqual({ node: null });
    expect((await api.client().gql(ACCOUNT_NODE, { id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("gives the co-owner's home figures for the demo's CLIQUOT Mathilde: she owes the 4th quarter", async () => {
    const mathilde = await api.as('CLIQUOTMATHILDE');
    const account = (await mathilde.gql(POSITION)).data?.viewer?.person?.accounts.nodes[0];
    expect(account?.number).toBe('450CLIQUOT');
    expect(account?.position).toEqual({ amount: '743.32', direction: 'OWING' });
    expect(account?.lastPayment?.amount).toBe('743.32');
  });
});

describe('statement totals', () => {
  it("gives the manual's period totals: debit 3 000,00, credit 3 314,41", async () => {
    const { owner, client } = await ownerWith(manualEntries);
    const id = toGlobalId('Account', owner.account.id);
    const total = async (from: string, to: string) => {
      const node = (await client.gql(TOTALS, { id, from, to })).data?.node;
      return node?.__typename === 'Account' ? node : null;
    };
    expect((await total('2020-01-01', '2020-12-31'))?.statement).toEqual({
      openingBalance: '-10299.97',
      closingBalance: '-9985.56',
      totalDebit: '3000.00',
      totalCredit: '3314.41',
    });
    // Ranges that cut months: the monthly totals and the month's entries add up exactly.
    expect((await total('2019-12-15', '2020-01-30'))?.statement).toMatchObject({ totalDebit: '13299.97', totalCredit: '0.00' });
    expect((await total('2020-01-31', '2020-02-11'))?.statement).toMatchObject({ totalDebit: '0.00', totalCredit: '3314.41' });
    expect((await total('2021-01-01', '2021-12-31'))?.statement).toMatchObject({ totalDebit: '0.00', totalCredit: '0.00', openingBalance: '-9985.56' });
  });
});

describe('works funds: the date of the figures', () => {
  it('dates each line by the load that last changed it, and the building by its latest line', async () => {
    const { db } = api.database;
    const agency = await buildAgency(db);
    const building = await buildBuilding(db, agency);
    const lot = await buildLot(db, agency, building);
    const { person } = await buildCoOwner(db, agency, { lot });
    await buildWorksFundLine(db, agency, { lot, accountNumber: '105999', amount: '19.64' });
    const coOwner = await api.as(person.signIn);
    const manager = await api.as(agency.manager.signIn);
    const first = (await coOwner.gql(FUNDS)).data?.viewer?.person?.worksFunds?.[0];
    const loadedAt = first?.asOf as string;
    expect(new Date(loadedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    await new Promise((resolve) => setTimeout(resolve, 20));
    const load = (amount: string) => manager.gql(UPSERT, { l: [{ lotCode: lot.code, accountNumber: '105999', label: 'Fonds de travaux', amount }] });
    expect((await load('19.64')).data?.upsertWorksFundLines).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect((await coOwner.gql(FUNDS)).data?.viewer?.person?.worksFunds?.[0].asOf).toBe(loadedAt);

    expect((await load('25.00')).data?.upsertWorksFundLines).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const changed = (await coOwner.gql(FUNDS)).data?.viewer?.person?.worksFunds?.[0];
    expect(new Date(changed?.asOf as string).getTime()).toBeGreaterThan(new Date(loadedAt).getTime());
    expect(changed?.lots[0].lines[0].updatedAt).toBe(changed?.asOf);
  });
});
