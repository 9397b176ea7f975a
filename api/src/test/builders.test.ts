import { readSettings } from '../settings/registry';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import * as t from '../db/schema';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, buildOwner, buildTenant, setAgencySettings } from './builders';
import { graphql } from './gql';
import { startTestApi, type TestApi } from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const VIEWER = graphql(`
  query BuildersViewer {
    viewer {
      identifier
      spaces
      person {
        displayName
        roles
        ownerships {
          nodes {
            lot {
              code
            }
            account {
              number
              balance
            }
          }
        }
      }
    }
  }
`);
const NODE = graphql(`
  query BuildersNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

describe('builders', () => {
  it('build two agencies side by side in one database, each seeing only its own rows', async () => {
    const { db } = api.database;
    const [a, b] = [await buildAgency(db), await buildAgency(db)];
    expect(a.code).not.toBe(b.code);
    const lotA = await buildLot(db, a, await buildBuilding(db, a));
    const lotB = await buildLot(db, b, await buildBuilding(db, b));
    const coOwner = await buildCoOwner(db, a, { lot: lotA, account: { entries: [{ date: '2026-01-01', label: 'Appel de fonds', debit: '100.00' }] } });
    await buildCouncilMember(db, a, { building: lotA.building, person: coOwner.person });
    await buildOwner(db, b, { lots: [lotB] });
    await buildTenant(db, b, { lot: lotB });

    const client = await api.as(coOwner.person.signIn);
    expect((await client.gql(VIEWER)).data?.viewer).toEqual({
      identifier: coOwner.person.signIn.login,
      spaces: ['SYNDIC'],
      person: {
        displayName: coOwner.person.displayName,
        roles: ['COOWNER', 'COUNCIL_MEMBER'],
        ownerships: { nodes: [{ lot: { code: lotA.code }, account: { number: coOwner.account.number, balance: '-100.00' } }] },
      },
    });
    // The types give node(id:) a __typename: codegen selects it, so the response has it too.
    const managerA = await api.as(a.manager.signIn);
    const accountId = toGlobalId('Account', coOwner.account.id);
    expect((await managerA.gql(NODE, { id: accountId })).data).toEqual({ node: { __typename: 'Account', id: accountId } });
    const managerB = await api.as(b.manager.signIn);
    expect((await managerB.gql(NODE, { id: accountId })).data).toEqual({ node: null });
    const people = await managerB.gql(
      graphql(`
        query BuildersPeople {
          people {
            nodes {
              roles
            }
          }
        }
      `),
    );
    expect(people.data?.people.nodes.map((p) => p.roles).sort()).toEqual([['MANAGER'], ['OWNER'], ['TENANT']]);
  });

  it('change the settings of a fresh agency only, never the demo agency', async () => {
    const { db } = api.database;
    const agency = await buildAgency(db, { settings: { expenseListEnabled: false } });
    await setAgencySettings(db, agency.id, { balancePresentation: 'DEBIT_MINUS_CREDIT' });
    const [settings] = await db.select().from(t.agencySettings).where(eq(t.agencySettings.agencyId, agency.id));
    expect(readSettings(settings.values)).toMatchObject({ expenseListEnabled: false, balancePresentation: 'DEBIT_MINUS_CREDIT', accountModuleEnabled: true });
    const [demo] = await db.select({ id: t.agencies.id }).from(t.agencies).where(eq(t.agencies.code, 'NANCY'));
    await expect(setAgencySettings(db, demo.id, { balancePresentation: 'DEBIT_MINUS_CREDIT' })).rejects.toThrow(/only an agency made by buildAgency/);
  });
});

describe('typed documents', () => {
  it('type the response from the schema and check the variables', () => {
    const client = api.client();
    // Type-level only: the calls are never made.
    const _call = () => client.gql(NODE, { id: 'x' });
    type Data = NonNullable<Awaited<ReturnType<typeof _call>>['data']>;
    expectTypeOf<NonNullable<Data['node']>['id']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Data['node']>['__typename']>().toEqualTypeOf<
      | 'Account'
      | 'AgencyOffice'
      | 'AllocationKey'
      | 'Announcement'
      | 'ApiToken'
      | 'AssemblyParticipant'
      | 'Binder'
      | 'Building'
      | 'ChargeRegularisation'
      | 'ClientRequest'
      | 'CouncilMembership'
      | 'Document'
      | 'Expense'
      | 'FiscalYear'
      | 'GeneralAssembly'
      | 'Lease'
      | 'Lot'
      | 'ManagementMandate'
      | 'Ownership'
      | 'Person'
      | 'Photo'
      | 'TenantRegularisation'
      | 'Resolution'
      | 'RequestAttachment'
      | 'RequestMessage'
      | 'Supplier'
      | 'Ticket'
      | 'TicketDocument'
    >();
    // @ts-expect-error -- a required variable is missing
    void (() => client.gql(NODE));
    // @ts-expect-error -- a variable the operation does not declare
    void (() => client.gql(NODE, { id: 'x', other: 1 }));
    // @ts-expect-error -- a plain string is not a typed document: use Client.raw
    void (() => client.gql('{ viewer { identifier } }'));
  });
});
