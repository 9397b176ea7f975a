import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { buildAgency, buildBuilding, buildPerson, type BuiltAgency } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

/** Integrator tokens: an optional expiry, and what happens when the manager who made one leaves. */
let api: TestApi;
let agency: BuiltAgency;
let manager: Client;
let colleague: Client;
let colleagueId: string;
beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  await buildBuilding(db, agency, { code: 'TOKENS' });
  const other = await buildPerson(db, agency.id, { displayName: 'GESTIONNAIRE Collègue', access: true });
  await db.insert(t.staffMembers).values({ agencyId: agency.id, personId: other.id });
  colleagueId = other.id;
  manager = await api.as(agency.manager.signIn);
  colleague = await api.as(other.signIn);
});
afterAll(() => api.close());

const CREATE = graphql(`
  mutation ApiTokenCreate($name: String!, $expiresAt: DateTimeISO) {
    createApiToken(input: { name: $name, scopes: [PORTFOLIO_READ], expiresAt: $expiresAt }) {
      token
      apiToken {
        id
        expiresAt
      }
    }
  }
`);
const LIST = graphql(`
  query ApiTokenList {
    apiTokens(first: 100) {
      nodes {
        id
        name
        expiresAt
        revokedAt
      }
    }
  }
`);
const BUILDINGS = graphql(`
  query ApiTokenBuildings {
    buildings {
      nodes {
        code
      }
    }
  }
`);

const asIntegrator = (token: string) => api.client({ authorization: `Bearer ${token}` });
const canRead = async (token: string) =>
  (await asIntegrator(token).gql(BUILDINGS)).data?.buildings.nodes.map((building) => building.code) ?? errorCode(await asIntegrator(token).gql(BUILDINGS));

describe('token expiry', () => {
  it('shows the expiry in the token list, and an expired token is anonymous', async () => {
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const created = (await manager.gql(CREATE, { name: 'Expiring', expiresAt })).data!.createApiToken;
    expect(created.apiToken.expiresAt).toBe(expiresAt);
    const listed = (await manager.gql(LIST)).data!.apiTokens.nodes.find((token) => token.id === created.apiToken.id);
    expect(listed).toMatchObject({ name: 'Expiring', expiresAt, revokedAt: null });
    expect(await canRead(created.token)).toEqual(['TOKENS']);
    // No clock to move: this fresh agency's token is given an expiry in the past.
    await api.database.db
      .update(t.apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(t.apiTokens.agencyId, agency.id), eq(t.apiTokens.name, 'Expiring')));
    expect(await canRead(created.token)).toBe('UNAUTHENTICATED');
  });

  it('keeps a token without expiry until revoked, and refuses an expiry in the past', async () => {
    const created = (await manager.gql(CREATE, { name: 'Forever' })).data!.createApiToken;
    expect(created.apiToken.expiresAt).toBeNull();
    expect(await canRead(created.token)).toEqual(['TOKENS']);
    const past = await manager.gql(CREATE, { name: 'Past', expiresAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt', reason: 'INVALID_VALUE' });
  });
});

describe('a manager who leaves the agency', () => {
  it("revokes the tokens that manager created, and only those: the colleague's keep working and see the revocation", async () => {
    const mine = (await colleague.gql(CREATE, { name: 'Leaving manager' })).data!.createApiToken;
    const theirs = (await manager.gql(CREATE, { name: 'Staying manager' })).data!.createApiToken;
    expect(await canRead(mine.token)).toEqual(['TOKENS']);
    // Staff leave by their membership row going (there is no mutation for it): the database revokes.
    await api.database.db.delete(t.staffMembers).where(and(eq(t.staffMembers.agencyId, agency.id), eq(t.staffMembers.personId, colleagueId)));
    expect(await canRead(mine.token)).toBe('UNAUTHENTICATED');
    expect(await canRead(theirs.token)).toEqual(['TOKENS']);
    const listed = (await manager.gql(LIST)).data!.apiTokens.nodes;
    expect(listed.find((token) => token.id === mine.apiToken.id)?.revokedAt).toEqual(expect.any(String));
    expect(listed.find((token) => token.id === theirs.apiToken.id)?.revokedAt).toBeNull();
  });
});
