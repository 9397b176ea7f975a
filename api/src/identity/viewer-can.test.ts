import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApi, type TestApi } from '../test/harness';

/** `Viewer.can` answers from the rules the pages' queries enforce, so menus never disagree with the API. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const CAN = `{ viewer { can { managePortfolio readAccounts readWorksFunds readExpenseLists } } }`;

describe('Viewer.can', () => {
  it('tells a co-owner, a council member and a manager apart', async () => {
    const mathilde = await (await api.as('CLIQUOTMATHILDE')).gql(CAN);
    expect(mathilde.data?.viewer.can).toEqual({ managePortfolio: false, readAccounts: true, readWorksFunds: true, readExpenseLists: false });
    const alfred = await (await api.as('BROUILLYALFRED')).gql(CAN);
    expect(alfred.data?.viewer.can).toMatchObject({ managePortfolio: false, readExpenseLists: true });
    const manager = await (await api.as('GESTIONNAIRE')).gql(CAN);
    expect(manager.data?.viewer.can).toMatchObject({ managePortfolio: true, readAccounts: true });
  });

  it('says false everywhere while a temporary password awaits its change', async () => {
    const newcomer = await (await api.as('NOUVEAUCLIENT', 'Temp-Palier-1')).gql(CAN);
    expect(newcomer.data?.viewer.can).toEqual({ managePortfolio: false, readAccounts: false, readWorksFunds: false, readExpenseLists: false });
  });

  it('follows a module switched off, and the refused query says MODULE_DISABLED', async () => {
    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"accountModuleEnabled": false, "expenseListEnabled": false}'::jsonb`);
    try {
      const alfred = await api.as('BROUILLYALFRED');
      expect((await alfred.gql(CAN)).data?.viewer.can).toMatchObject({ readAccounts: false, readExpenseLists: false });
      const statement = await alfred.gql(`{ viewer { person { accounts { nodes { statement(from: "2026-01-01", to: "2026-12-31") { closingBalance } } } } } }`);
      expect(statement.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MODULE_DISABLED' });
      const manager = await (await api.as('GESTIONNAIRE')).gql(CAN);
      expect(manager.data?.viewer.can.readAccounts).toBe(true);
    } finally {
      await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"accountModuleEnabled": true, "expenseListEnabled": true}'::jsonb`);
    }
  });
});
