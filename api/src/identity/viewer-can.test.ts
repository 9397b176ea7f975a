import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, setAgencySettings, type BuiltAgency } from '../test/builders';
import { graphql } from '../test/gql';
import { startTestApi, type TestApi } from '../test/harness';

/** `Viewer.can` answers from the rules the pages' queries enforce, so menus never disagree with the API. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const CAN = graphql(`
  query ViewerCanAll {
    viewer {
      can {
        managePortfolio
        readAccounts
        readWorksFunds
        readExpenseLists
      }
    }
  }
`);
const STATEMENT = graphql(`
  query ViewerCanStatement {
    viewer {
      person {
        accounts {
          nodes {
            statement(from: "2026-01-01", to: "2026-12-31") {
              closingBalance
            }
          }
        }
      }
    }
  }
`);

async function councilAgency(): Promise<{ agency: BuiltAgency; coOwner: Parameters<TestApi['as']>[0]; member: Parameters<TestApi['as']>[0] }> {
  const agency = await buildAgency(api.database.db);
  const building = await buildBuilding(api.database.db, agency);
  const coOwner = await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building) });
  const member = await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building) });
  await buildCouncilMember(api.database.db, agency, { building, person: member.person });
  return { agency, coOwner: coOwner.person.signIn, member: member.person.signIn };
}

describe('Viewer.can', () => {
  it('tells a co-owner, a council member and a manager apart', async () => {
    const { agency, coOwner, member } = await councilAgency();
    expect((await (await api.as(coOwner)).gql(CAN)).data?.viewer?.can).toEqual({ managePortfolio: false, readAccounts: true, readWorksFunds: true, readExpenseLists: false });
    expect((await (await api.as(member)).gql(CAN)).data?.viewer?.can).toMatchObject({ managePortfolio: false, readExpenseLists: true });
    expect((await (await api.as(agency.manager.signIn)).gql(CAN)).data?.viewer?.can).toMatchObject({ managePortfolio: true, readAccounts: true });
  });

  it('says false everywhere while a temporary password awaits its change', async () => {
    const newcomer = await (await api.as('NOUVEAUCLIENT', 'Temp-Palier-1')).gql(CAN);
    expect(newcomer.data?.viewer?.can).toEqual({ managePortfolio: false, readAccounts: false, readWorksFunds: false, readExpenseLists: false });
  });

  it('follows a module switched off, and the refused query says MODULE_DISABLED', async () => {
    const { agency, member } = await councilAgency();
    const client = await api.as(member);
    expect((await client.gql(STATEMENT)).errors).toBeUndefined();
    await setAgencySettings(api.database.db, agency.id, { accountModuleEnabled: false, expenseListEnabled: false });
    expect((await client.gql(CAN)).data?.viewer?.can).toMatchObject({ readAccounts: false, readExpenseLists: false, readWorksFunds: true });
    expect((await client.gql(STATEMENT)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MODULE_DISABLED' });
    expect((await (await api.as(agency.manager.signIn)).gql(CAN)).data?.viewer?.can.readAccounts).toBe(true);
  });
});
