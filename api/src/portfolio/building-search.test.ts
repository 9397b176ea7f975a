import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../graphql/batch';
import { buildAgency, buildBuilding } from '../test/builders';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';

/** Issue 13: `buildings(search:)` took "%" and "_" as LIKE wildcards, where `people(search:)` did not. */
let api: TestApi;
let manager: Client;
beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  const agency = await buildAgency(db);
  await buildBuilding(db, agency, { name: 'Résidence 100% Soleil' });
  await buildBuilding(db, agency, { name: 'Le_Parc' });
  await buildBuilding(db, agency, { name: 'Les Tilleuls' });
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const SEARCH = graphql(`
  query BuildingSearchLiteral($search: String) {
    buildings(search: $search, first: 100) {
      nodes {
        name
      }
    }
  }
`);

const names = async (search: string) => (await manager.gql(SEARCH, { search })).data?.buildings.nodes.map((node) => node.name).sort();

describe('buildings(search:)', () => {
  it('takes "%" and "_" literally, as people(search:) does', async () => {
    expect(await names('%')).toEqual(['Résidence 100% Soleil']);
    expect(await names('_')).toEqual(['Le_Parc']);
    expect(await names('Le_')).toEqual(['Le_Parc']);
    expect(await names('Le%')).toEqual([]);
    expect((await names('')) ?? []).toHaveLength(3);
  });

  it(`refuses a search longer than ${TEXT_LIMITS.name} characters with TEXT_TOO_LONG`, async () => {
    const result = await manager.gql(SEARCH, { search: 'a'.repeat(TEXT_LIMITS.name + 1) });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search', reason: 'TEXT_TOO_LONG' });
  });
});
