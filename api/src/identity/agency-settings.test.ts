import { GraphQLEnumType, getNamedType, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../auth/rules';
import { buildPalierSchema } from '../graphql/schema';
import { MODULES } from '../modules';
import type { Rule } from '../auth/rule';
import { SETTINGS } from '../settings/registry';
import type { Setting } from '../settings/setting';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, type BuiltAgency } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

/** "Paramètres": one type derived from the registry, managers only, each switch visible in the API and in Viewer.can. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const READ = graphql(`
  query SettingsRead {
    agencySettings {
      accountModuleEnabled
      agencyContactEnabled
      propertiesEnabled
      expenseListEnabled
      worksFundsEnabled
      balancePresentation
      disableAccessOnSale
      entries {
        key
        section
        isEnabled
        choice
        choices
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation SettingsUpdate($input: AgencySettingsInput!) {
    updateAgencySettings(input: $input) {
      accountModuleEnabled
      agencyContactEnabled
      propertiesEnabled
      expenseListEnabled
      worksFundsEnabled
      balancePresentation
      disableAccessOnSale
    }
  }
`);
const CAN = graphql(`
  query SettingsViewerCan {
    viewer {
      can {
        manageAgency
        readAccounts
        readAgencyContact
        readProperties
        readWorksFunds
        readExpenseLists
        readDocuments
        readPhotos
        openRequests
        readPartners
        readAnnouncements
        readNewsFeed
      }
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation SettingsCreateToken($scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: "Paramètres", scopes: $scopes }) {
      token
    }
  }
`);

/** Each module's client-facing query: what a switched-off module refuses. */
const MODULE_QUERIES = {
  accountModuleEnabled: graphql(`
    query SettingsModuleAccount {
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
  `),
  agencyContactEnabled: graphql(`
    query SettingsModuleContact {
      viewer {
        contacts(space: SYNDIC) {
          name
        }
      }
    }
  `),
  propertiesEnabled: graphql(`
    query SettingsModuleProperties {
      viewer {
        person {
          ownerships {
            nodes {
              lot {
                code
                shares {
                  shares
                }
              }
            }
          }
        }
      }
    }
  `),
  worksFundsEnabled: graphql(`
    query SettingsModuleWorksFunds {
      viewer {
        person {
          worksFunds {
            total
          }
        }
      }
    }
  `),
  expenseListEnabled: graphql(`
    query SettingsModuleExpenses {
      viewer {
        person {
          councilMemberships {
            nodes {
              building {
                expenseList {
                  total
                }
              }
            }
          }
        }
      }
    }
  `),
  documentsEnabled: graphql(`
    query SettingsModuleDocuments {
      viewer {
        documents {
          nodes {
            title
          }
        }
      }
    }
  `),
  photosEnabled: graphql(`
    query SettingsModulePhotos {
      viewer {
        photos {
          nodes {
            caption
          }
        }
      }
    }
  `),
  newsFeedEnabled: graphql(`
    query SettingsModuleNewsFeed {
      viewer {
        newsItems {
          title
        }
      }
    }
  `),
  announcementsEnabled: graphql(`
    query SettingsModuleAnnouncements {
      viewer {
        announcements {
          nodes {
            title
          }
        }
      }
    }
  `),
  partnersEnabled: graphql(`
    query SettingsModulePartners {
      partners {
        nodes {
          name
        }
      }
    }
  `),
  requestsEnabled: graphql(`
    query SettingsModuleRequests {
      viewer {
        requests {
          nodes {
            title
          }
        }
      }
    }
  `),
} as const;

/** The Viewer.can field that drives each module's menu entry. */
const MENU_ABILITY = {
  accountModuleEnabled: 'readAccounts',
  agencyContactEnabled: 'readAgencyContact',
  propertiesEnabled: 'readProperties',
  worksFundsEnabled: 'readWorksFunds',
  expenseListEnabled: 'readExpenseLists',
  documentsEnabled: 'readDocuments',
  photosEnabled: 'readPhotos',
  requestsEnabled: 'openRequests',
  partnersEnabled: 'readPartners',
  announcementsEnabled: 'readAnnouncements',
  newsFeedEnabled: 'readNewsFeed',
} as const;

/** Switches that bind managers too, with no client query: the manager's operation each one refuses. */
const STAFF_MODULE_OPERATIONS = {
  ticketsEnabled: graphql(`
    mutation SettingsModuleTickets {
      setTicketStatus(input: { ticketId: "not-a-ticket", status: DONE }) {
        status
      }
    }
  `),
} as const;

/** A fresh agency with a council member holding a lot (every client module applies to them). */
async function agencyWithMember(): Promise<{ agency: BuiltAgency; manager: Client; member: Client }> {
  const agency = await buildAgency(api.database.db);
  const building = await buildBuilding(api.database.db, agency);
  const member = await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building) });
  await buildCouncilMember(api.database.db, agency, { building, person: member.person });
  return { agency, manager: await api.as(agency.manager.signIn), member: await api.as(member.person.signIn) };
}

async function schemaTypes() {
  const schema = await buildPalierSchema(MODULES);
  return { output: schema.getType('AgencySettings') as GraphQLObjectType, input: schema.getType('AgencySettingsInput') as GraphQLInputObjectType };
}

describe('the AgencySettings type', () => {
  it('has one field per registry setting, in the type and the input, described by the setting, a switch Boolean and a choice an enum', async () => {
    const { output, input } = await schemaTypes();
    const settings = Object.entries(SETTINGS as Record<string, Setting<unknown>>);
    expect(Object.keys(output.getFields()).sort()).toEqual([...settings.map(([key]) => key), 'entries'].sort());
    expect(Object.keys(input.getFields()).sort()).toEqual(settings.map(([key]) => key).sort());
    for (const [key, setting] of settings) {
      const field = output.getFields()[key];
      expect(field.description).toBe(setting.description);
      const type = getNamedType(field.type);
      if (setting.choices) {
        expect(type).toBeInstanceOf(GraphQLEnumType);
        expect((type as GraphQLEnumType).getValues().map((value) => value.name)).toEqual([...setting.choices]);
      } else {
        expect(type.name).toBe('Boolean');
      }
    }
  });

  it('lists every module switch that a rule names, so that a test below covers each', () => {
    const switches = new Set(Object.values(rules as Record<string, Rule<unknown>>).flatMap((rule) => (rule.moduleSwitch ? [rule.moduleSwitch.setting] : [])));
    expect([...switches].sort()).toEqual([...Object.keys(MODULE_QUERIES), ...Object.keys(STAFF_MODULE_OPERATIONS)].sort());
  });
});

describe('agencySettings', () => {
  it("answers a fresh agency's defaults to its manager, with the page's entries in the registry's order", async () => {
    const { manager } = await agencyWithMember();
    const settings = (await manager.gql(READ)).data?.agencySettings;
    expect(settings).toMatchObject({
      accountModuleEnabled: true,
      agencyContactEnabled: true,
      propertiesEnabled: true,
      balancePresentation: 'CREDIT_MINUS_DEBIT',
      disableAccessOnSale: true,
    });
    expect(settings?.entries.map((entry) => entry.key)).toEqual(Object.keys(SETTINGS));
    expect(settings?.entries.find((entry) => entry.key === 'balancePresentation')).toEqual({
      key: 'balancePresentation',
      section: 'ACCOUNT',
      isEnabled: null,
      choice: 'CREDIT_MINUS_DEBIT',
      choices: ['CREDIT_MINUS_DEBIT', 'DEBIT_MINUS_CREDIT'],
    });
  });

  it('is refused to a client, an integrator and an anonymous caller', async () => {
    const { manager, member } = await agencyWithMember();
    expect(errorCode(await member.gql(READ))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(READ))).toBe('UNAUTHENTICATED');
    const token = (await manager.gql(CREATE_TOKEN, { scopes: ['PORTFOLIO_READ', 'PORTFOLIO_WRITE', 'PEOPLE_READ', 'LEDGER_READ', 'LEDGER_WRITE'] })).data?.createApiToken.token;
    expect(errorCode(await api.client({ authorization: `Bearer ${token}` }).gql(READ))).toBe('FORBIDDEN');
  });
});

describe('updateAgencySettings', () => {
  it('changes only the fields given, and the next request reads them', async () => {
    const { manager } = await agencyWithMember();
    const updated = (await manager.gql(UPDATE, { input: { balancePresentation: 'DEBIT_MINUS_CREDIT', disableAccessOnSale: false } })).data?.updateAgencySettings;
    expect(updated).toMatchObject({ balancePresentation: 'DEBIT_MINUS_CREDIT', disableAccessOnSale: false, accountModuleEnabled: true });
    const again = (await manager.gql(UPDATE, { input: { accountModuleEnabled: false } })).data?.updateAgencySettings;
    expect(again).toMatchObject({ balancePresentation: 'DEBIT_MINUS_CREDIT', disableAccessOnSale: false, accountModuleEnabled: false });
    expect((await manager.gql(READ)).data?.agencySettings).toMatchObject({ balancePresentation: 'DEBIT_MINUS_CREDIT', disableAccessOnSale: false, accountModuleEnabled: false });
  });

  it('is refused to a client, an integrator with every scope and an anonymous caller, and changes nothing', async () => {
    const { manager, member } = await agencyWithMember();
    expect(errorCode(await member.gql(UPDATE, { input: { accountModuleEnabled: false } }))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(UPDATE, { input: { accountModuleEnabled: false } }))).toBe('UNAUTHENTICATED');
    const token = (await manager.gql(CREATE_TOKEN, { scopes: ['PORTFOLIO_READ', 'PORTFOLIO_WRITE', 'PEOPLE_READ', 'LEDGER_READ', 'LEDGER_WRITE'] })).data?.createApiToken.token;
    expect(errorCode(await api.client({ authorization: `Bearer ${token}` }).gql(UPDATE, { input: { accountModuleEnabled: false } }))).toBe('FORBIDDEN');
    expect((await manager.gql(READ)).data?.agencySettings.accountModuleEnabled).toBe(true);
  });

  it("lets the manager of agency B change B's settings and never A's", async () => {
    const a = await agencyWithMember();
    const b = await agencyWithMember();
    expect((await b.manager.gql(UPDATE, { input: { accountModuleEnabled: false } })).errors).toBeUndefined();
    expect((await a.manager.gql(READ)).data?.agencySettings.accountModuleEnabled).toBe(true);
    expect((await b.manager.gql(READ)).data?.agencySettings.accountModuleEnabled).toBe(false);
    expect((await a.member.gql(CAN)).data?.viewer?.can.readAccounts).toBe(true);
    expect((await b.member.gql(CAN)).data?.viewer?.can.readAccounts).toBe(false);
  });

  it('answers BAD_USER_INPUT for a null or an unknown value and writes nothing of the input', async () => {
    const { manager } = await agencyWithMember();
    const withNull = await manager.gql(UPDATE, { input: { disableAccessOnSale: false, accountModuleEnabled: null } });
    expect(withNull.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountModuleEnabled', reason: 'INVALID_VALUE' });
    const badChoice = await manager.raw('mutation { updateAgencySettings(input: { disableAccessOnSale: false, balancePresentation: SIDEWAYS }) { balancePresentation } }');
    expect(errorCode(badChoice)).toBe('GRAPHQL_VALIDATION_FAILED');
    const badVariable = await manager.raw('mutation ($input: AgencySettingsInput!) { updateAgencySettings(input: $input) { balancePresentation } }', {
      input: { disableAccessOnSale: false, expenseListEnabled: 'yes' },
    });
    expect(errorCode(badVariable)).toBe('BAD_USER_INPUT');
    expect((await manager.gql(READ)).data?.agencySettings).toMatchObject({ disableAccessOnSale: true, accountModuleEnabled: true, expenseListEnabled: true });
  });
});

describe('each module switch', () => {
  for (const [setting, query] of Object.entries(MODULE_QUERIES) as [keyof typeof MODULE_QUERIES, TypedDocumentNode<unknown, { [key: string]: never }>][]) {
    it(`${setting}: off, the client's query answers FORBIDDEN MODULE_DISABLED and Viewer.can hides the menu entry; on again, both come back`, async () => {
      const { manager, member } = await agencyWithMember();
      const ability = MENU_ABILITY[setting];
      // On first: a module may be off by default ("Nos partenaires").
      expect((await manager.gql(UPDATE, { input: { [setting]: true } })).errors).toBeUndefined();
      expect((await member.gql(query)).errors).toBeUndefined();
      expect((await member.gql(CAN)).data?.viewer?.can[ability]).toBe(true);

      expect((await manager.gql(UPDATE, { input: { [setting]: false } })).errors).toBeUndefined();
      const refused = await member.gql(query);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MODULE_DISABLED' });
      expect((await member.gql(CAN)).data?.viewer?.can[ability]).toBe(false);

      expect((await manager.gql(UPDATE, { input: { [setting]: true } })).errors).toBeUndefined();
      expect((await member.gql(query)).errors).toBeUndefined();
      expect((await member.gql(CAN)).data?.viewer?.can[ability]).toBe(true);
    });
  }

  for (const [setting, operation] of Object.entries(STAFF_MODULE_OPERATIONS)) {
    it(`${setting}: off, the manager's operation answers FORBIDDEN MODULE_DISABLED; on again, it is allowed`, async () => {
      const { manager } = await agencyWithMember();
      expect((await manager.gql(UPDATE, { input: { [setting]: false } })).errors).toBeUndefined();
      expect((await manager.gql(operation)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MODULE_DISABLED' });
      expect((await manager.gql(UPDATE, { input: { [setting]: true } })).errors).toBeUndefined();
      expect((await manager.gql(operation)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    });
  }

  it("leaves the manager's own reads alone when a clients' module is off", async () => {
    const { manager } = await agencyWithMember();
    await manager.gql(UPDATE, { input: { accountModuleEnabled: false, agencyContactEnabled: false, propertiesEnabled: false, worksFundsEnabled: false } });
    expect((await manager.gql(CAN)).data?.viewer?.can).toMatchObject({ manageAgency: true, readAccounts: true, readAgencyContact: true, readProperties: true });
  });
});
