import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { buildAccount, buildAgency, buildBuilding, buildLot, buildPerson } from '../../test/builders';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type TestApi } from '../../test/harness';
import { integrator, rowErrors } from '../../test/relation-batches';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const UPSERT = graphql(`
  mutation UpsertMandatesBatch($rows: [ManagementMandateInput!]!) {
    upsertManagementMandates(mandates: $rows) {
      received
      created
      updated
      unchanged
    }
  }
`);

const MY_MANDATES = graphql(`
  query UpsertMandatesMine {
    viewer {
      person {
        mandates {
          nodes {
            lots {
              code
            }
          }
        }
      }
    }
  }
`);

let counter = 0;
const code = (prefix: string) => `${prefix}${++counter}`;

async function owners(lotCount: number) {
  const { db } = api.database;
  const agency = await buildAgency(db);
  const building = await buildBuilding(db, agency);
  const lots = [];
  for (let i = 0; i < lotCount; i++) lots.push(await buildLot(db, agency, building));
  const owner = await buildPerson(db, agency.id, { externalId: code('PROP'), access: true });
  const account = await buildAccount(db, agency, { entity: agency.gerance, kind: 'OWNER', person: owner });
  return { agency, lots, owner, account, manager: await api.as(agency.manager.signIn) };
}

describe('upsertManagementMandates: by code, lots replaced', () => {
  it('creates, updates (lots alone count) and leaves unchanged; the owner sees the new lots at the next request', async () => {
    const { agency, lots, owner, account, manager } = await owners(3);
    const row = { code: code('M'), ownerExternalId: owner.externalId!, lotCodes: [lots[0].code, lots[1].code], startDate: '2018-03-01', accountNumber: account.number };
    expect((await manager.gql(UPSERT, { rows: [row] })).data?.upsertManagementMandates).toEqual({ received: 1, created: 1, updated: 0, unchanged: 0 });
    expect((await manager.gql(UPSERT, { rows: [row] })).data?.upsertManagementMandates).toEqual({ received: 1, created: 0, updated: 0, unchanged: 1 });
    const client = await api.as(owner.signIn);
    const lotsSeen = async () => (await client.gql(MY_MANDATES)).data?.viewer?.person.mandates.nodes.flatMap((m) => m.lots.map((lot) => lot.code)).sort();
    expect(await lotsSeen()).toEqual([lots[0].code, lots[1].code].sort());

    const moved = { ...row, lotCodes: [lots[1].code, lots[2].code] };
    expect((await manager.gql(UPSERT, { rows: [moved] })).data?.upsertManagementMandates).toEqual({ received: 1, created: 0, updated: 1, unchanged: 0 });
    expect(await lotsSeen()).toEqual([lots[1].code, lots[2].code].sort());
    expect((await manager.gql(UPSERT, { rows: [{ ...moved, endDate: '2026-01-31' }] })).data?.upsertManagementMandates.updated).toBe(1);
    expect(await api.database.db.$count(t.mandateLots, eq(t.mandateLots.agencyId, agency.id))).toBe(2);
  });

  it('writes nothing when any row is bad, and names each lot code at fault', async () => {
    const mine = await owners(2);
    const theirs = await owners(1);
    const row = { code: code('M'), ownerExternalId: mine.owner.externalId!, lotCodes: [mine.lots[0].code], startDate: '2018-03-01' };
    const result = await mine.manager.gql(UPSERT, {
      rows: [
        { ...row, code: code('M'), lotCodes: [mine.lots[0].code, theirs.lots[0].code, mine.lots[0].code] },
        { ...row, code: code('M'), ownerExternalId: theirs.owner.externalId! },
        { ...row, code: code('M'), accountNumber: theirs.account.number },
        { ...row, code: code('M'), endDate: '2017-01-01' },
        row,
        row,
      ],
    });
    expect(rowErrors(result)).toEqual({
      'mandates[0].lotCodes[1]': 'UNKNOWN_REFERENCE',
      'mandates[0].lotCodes[2]': 'DUPLICATE_IN_BATCH',
      'mandates[1].ownerExternalId': 'UNKNOWN_REFERENCE',
      'mandates[2].accountNumber': 'UNKNOWN_REFERENCE',
      'mandates[3].endDate': 'DATE_BEFORE_START',
      'mandates[5].code': 'DUPLICATE_IN_BATCH',
    });
    expect(await api.database.db.$count(t.managementMandates, eq(t.managementMandates.agencyId, mine.agency.id))).toBe(0);
  });

  it('runs the same number of SQL statements for 1 mandate as for 10', async () => {
    const { lots, owner, manager } = await owners(10);
    const rows = lots.map((lot) => ({ code: code('M'), ownerExternalId: owner.externalId!, lotCodes: [lot.code], startDate: '2018-03-01' }));
    const small = await manager.gql(UPSERT, { rows: rows.slice(0, 1) });
    const large = await manager.gql(UPSERT, { rows });
    expect(large.data?.upsertManagementMandates).toEqual({ received: 10, created: 9, updated: 0, unchanged: 1 });
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it('is refused to integrators without portfolio:write, to clients and to anonymous callers', async () => {
    const { lots, owner, manager } = await owners(1);
    const rows = [{ code: code('M'), ownerExternalId: owner.externalId!, lotCodes: [lots[0].code], startDate: '2018-03-01' }];
    expect(errorCode(await (await integrator(api, manager, ['PORTFOLIO_READ'])).gql(UPSERT, { rows }))).toBe('FORBIDDEN');
    expect((await (await integrator(api, manager, ['PORTFOLIO_WRITE'])).gql(UPSERT, { rows })).data?.upsertManagementMandates.created).toBe(1);
    expect(errorCode(await (await api.as(owner.signIn)).gql(UPSERT, { rows }))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(UPSERT, { rows }))).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});
