import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, buildPerson } from '../../test/builders';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type TestApi } from '../../test/harness';
import { integrator, rowErrors } from '../../test/relation-batches';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const UPSERT = graphql(`
  mutation UpsertCouncilBatch($rows: [CouncilMembershipInput!]!) {
    upsertCouncilMemberships(memberships: $rows) {
      received
      created
      updated
      unchanged
    }
  }
`);

const MY_BUILDINGS = graphql(`
  query UpsertCouncilMyBuilding {
    viewer {
      person {
        councilMemberships {
          nodes {
            role
            isActive
          }
        }
      }
    }
  }
`);

let counter = 0;

async function council(personCount: number) {
  const { db } = api.database;
  const agency = await buildAgency(db);
  const building = await buildBuilding(db, agency);
  const persons = [];
  for (let i = 0; i < personCount; i++) persons.push(await buildPerson(db, agency.id, { externalId: `CS${++counter}` }));
  return { agency, building, persons, manager: await api.as(agency.manager.signIn) };
}

describe('upsertCouncilMemberships: by (buildingCode, personExternalId, startDate)', () => {
  it('creates, updates and leaves unchanged', async () => {
    const { agency, building, persons, manager } = await council(2);
    const rows = [
      { buildingCode: building.code, personExternalId: persons[0].externalId!, role: 'PRESIDENT' as const, startDate: '2023-06-15' },
      { buildingCode: building.code, personExternalId: persons[1].externalId!, role: 'MEMBER' as const, startDate: '2023-06-15' },
    ];
    expect((await manager.gql(UPSERT, { rows })).data?.upsertCouncilMemberships).toEqual({ received: 2, created: 2, updated: 0, unchanged: 0 });
    expect((await manager.gql(UPSERT, { rows })).data?.upsertCouncilMemberships).toEqual({ received: 2, created: 0, updated: 0, unchanged: 2 });
    const changed = [rows[0], { ...rows[1], endDate: '2024-06-15' }];
    expect((await manager.gql(UPSERT, { rows: changed })).data?.upsertCouncilMemberships).toEqual({ received: 2, created: 0, updated: 1, unchanged: 1 });
    expect(await api.database.db.$count(t.councilMemberships, eq(t.councilMemberships.agencyId, agency.id))).toBe(2);
  });

  it('refuses a second current president, naming the row, and writes nothing', async () => {
    const { agency, building, persons, manager } = await council(3);
    const president = { buildingCode: building.code, personExternalId: persons[0].externalId!, role: 'PRESIDENT' as const, startDate: '2023-06-15' };
    await manager.gql(UPSERT, { rows: [president] });
    const result = await manager.gql(UPSERT, {
      rows: [
        { buildingCode: building.code, personExternalId: persons[1].externalId!, role: 'MEMBER', startDate: '2025-06-15' },
        { buildingCode: building.code, personExternalId: persons[2].externalId!, role: 'PRESIDENT', startDate: '2025-06-15' },
      ],
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberships[1].role', reason: 'PRESIDENT_ALREADY_SEATED' });
    expect(await api.database.db.$count(t.councilMemberships, eq(t.councilMemberships.agencyId, agency.id))).toBe(1);
    // Two presidents in one batch: both rows named.
    const both = await manager.gql(UPSERT, {
      rows: [
        { ...president, personExternalId: persons[1].externalId!, startDate: '2026-01-01' },
        { ...president, personExternalId: persons[2].externalId!, startDate: '2026-01-01' },
      ],
    });
    expect(rowErrors(both)).toEqual({ 'memberships[0].role': 'PRESIDENT_ALREADY_SEATED', 'memberships[1].role': 'PRESIDENT_ALREADY_SEATED' });
  });

  it('records an election ahead: the president steps down the day the new one takes the seat', async () => {
    const { building, persons, manager } = await council(2);
    const old = { buildingCode: building.code, personExternalId: persons[0].externalId!, role: 'PRESIDENT' as const, startDate: '2020-06-15' };
    await manager.gql(UPSERT, { rows: [old] });
    const election = await manager.gql(UPSERT, {
      rows: [
        { ...old, endDate: '2027-06-15' },
        { buildingCode: building.code, personExternalId: persons[1].externalId!, role: 'PRESIDENT', startDate: '2027-06-15' },
      ],
    });
    expect(election.data?.upsertCouncilMemberships).toEqual({ received: 2, created: 1, updated: 1, unchanged: 0 });
  });

  it('reports every bad row: unknown or foreign building and person, dates out of order, duplicates', async () => {
    const mine = await council(1);
    const theirs = await council(1);
    const row = { buildingCode: mine.building.code, personExternalId: mine.persons[0].externalId!, role: 'MEMBER' as const, startDate: '2023-06-15' };
    const result = await mine.manager.gql(UPSERT, {
      rows: [
        { ...row, buildingCode: theirs.building.code },
        { ...row, personExternalId: theirs.persons[0].externalId! },
        { ...row, startDate: '2024-01-01', endDate: '2020-01-01' },
        row,
        row,
      ],
    });
    expect(rowErrors(result)).toEqual({
      'memberships[0].buildingCode': 'UNKNOWN_REFERENCE',
      'memberships[1].personExternalId': 'UNKNOWN_REFERENCE',
      'memberships[2].endDate': 'DATE_BEFORE_START',
      'memberships[4].buildingCode': 'DUPLICATE_IN_BATCH',
    });
    expect(await api.database.db.$count(t.councilMemberships, eq(t.councilMemberships.agencyId, mine.agency.id))).toBe(0);
  });

  it('changes what the member sees at their next request', async () => {
    const { db } = api.database;
    const { agency, building, manager } = await council(0);
    const lot = await buildLot(db, agency, building);
    const coOwner = await buildCoOwner(db, agency, { lot, externalId: `CS${++counter}` });
    const client = await api.as(coOwner.person.signIn);
    expect((await client.gql(MY_BUILDINGS)).data?.viewer?.person.councilMemberships.nodes).toEqual([]);
    await manager.gql(UPSERT, { rows: [{ buildingCode: building.code, personExternalId: coOwner.person.externalId!, role: 'PRESIDENT', startDate: '2024-01-01' }] });
    expect((await client.gql(MY_BUILDINGS)).data?.viewer?.person.councilMemberships.nodes).toEqual([{ role: 'PRESIDENT', isActive: true }]);
  });

  it('is refused to integrators without portfolio:write, to clients and to anonymous callers', async () => {
    const { building, persons, manager } = await council(1);
    const rows = [{ buildingCode: building.code, personExternalId: persons[0].externalId!, role: 'MEMBER' as const, startDate: '2023-06-15' }];
    expect(errorCode(await (await integrator(api, manager, ['PORTFOLIO_READ'])).gql(UPSERT, { rows }))).toBe('FORBIDDEN');
    expect((await (await integrator(api, manager, ['PORTFOLIO_WRITE'])).gql(UPSERT, { rows })).data?.upsertCouncilMemberships.created).toBe(1);
    expect(errorCode(await (await api.as('ALOXECORTONDENISE')).gql(UPSERT, { rows }))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(UPSERT, { rows }))).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});
