import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildPerson, type BuiltAgency, type PersonWithAccess } from '../../test/builders';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../../test/harness';

let api: TestApi;
let agency: BuiltAgency;
let other: BuiltAgency;
let manager: Client;
let client: PersonWithAccess;
beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  other = await buildAgency(db);
  client = await buildPerson(db, agency.id, { displayName: 'CLIENT Code', externalId: 'CLIENTCODE', access: true });
  await buildPerson(db, other.id, { displayName: 'AUTRE Agence', externalId: 'AUTRECODE' });
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const LOOKUP = graphql(`
  query PersonByExternalIdLookup($externalId: String!) {
    personByExternalId(externalId: $externalId) {
      id
      displayName
      externalId
    }
  }
`);

describe('personByExternalId', () => {
  it("finds a person of the manager's agency by their back-office code, spaces around it ignored", async () => {
    const found = await manager.gql(LOOKUP, { externalId: ' CLIENTCODE ' });
    expect(found.data?.personByExternalId).toMatchObject({ displayName: 'CLIENT Code', externalId: 'CLIENTCODE' });
    expect(found.data?.personByExternalId?.id).toBe((await manager.gql(LOOKUP, { externalId: 'CLIENTCODE' })).data?.personByExternalId?.id);
  });

  it("answers null for an unknown code and for another agency's person, alike", async () => {
    expect((await manager.gql(LOOKUP, { externalId: 'NOBODY' })).data?.personByExternalId).toBeNull();
    expect((await manager.gql(LOOKUP, { externalId: 'AUTRECODE' })).data?.personByExternalId).toBeNull();
  });

  it('refuses clients and anonymous callers', async () => {
    const signedClient = await api.as(client.signIn);
    expect(errorCode(await signedClient.gql(LOOKUP, { externalId: 'CLIENTCODE' }))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(LOOKUP, { externalId: 'CLIENTCODE' }))).toBe('UNAUTHENTICATED');
  });
});
