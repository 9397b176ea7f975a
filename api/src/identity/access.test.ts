import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

let api: TestApi;
let manager: Client;
beforeAll(async () => {
  api = await startTestApi();
  manager = await api.as('GESTIONNAIRE');
});
afterAll(() => api.close());

const VIEWER = `{ viewer { identifier } }`;

async function personId(search: string): Promise<string> {
  return (await manager.gql(`query($s: String) { people(search: $s) { nodes { id } } }`, { s: search })).data?.people.nodes[0].id;
}

describe('extranet access, one client or a selection ("activation par salve")', () => {
  it('creates identifiers and first passwords valid once for clients who had none', async () => {
    const ids = [await personId('ATRILLON'), await personId('MORGON')];
    const result = await manager.gql(`mutation($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { identifier temporaryPassword person { displayName extranetAccess { isEnabled mustChangePassword } } } }`, { ids });
    const grants = result.data?.enableExtranetAccess;
    expect(grants.map((g: { identifier: string }) => g.identifier)).toEqual(['ATRILLONBERNARD', 'MORGONCHARLES']);
    expect(grants[0].person.extranetAccess).toEqual({ isEnabled: true, mustChangePassword: true });
    const atrillon = await api.as('ATRILLONBERNARD', grants[0].temporaryPassword);
    expect(errorCode(await atrillon.gql(`{ viewer { person { displayName } } }`))).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('switches access off and ends the client\'s open sessions at once', async () => {
    const elsa = await api.as('ELSALOCATAIRE');
    const result = await manager.gql(`mutation($ids: [ID!]!) { disableExtranetAccess(personIds: $ids) { displayName extranetAccess { isEnabled } } }`, { ids: [await personId('LOCATAIRE Elsa')] });
    expect(result.data?.disableExtranetAccess).toEqual([{ displayName: 'LOCATAIRE Elsa', extranetAccess: { isEnabled: false } }]);
    expect((await elsa.gql(VIEWER)).data).toEqual({ viewer: null });
    const again = await api.client().gql(`mutation { login(identifier: "ELSALOCATAIRE", password: "Demo-Palier-1") { viewer { identifier } } }`);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACCESS_DISABLED' });
  });

  it('writes nothing when one id of the selection is not visible', async () => {
    const other = await api.as('GESTIONNAIRE2');
    const durand = (await other.gql(`{ people(search: "DURAND") { nodes { id } } }`)).data?.people.nodes[0].id;
    const before = rowsOf<{ n: number }>(await api.database.db.execute(sql`SELECT count(*)::int AS n FROM identities`))[0].n;
    const result = await manager.gql(`mutation($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { identifier } }`, { ids: [await personId('LEPITRE'), durand] });
    expect(errorCode(result)).toBe('NOT_FOUND');
    const after = rowsOf<{ n: number }>(await api.database.db.execute(sql`SELECT count(*)::int AS n FROM identities`))[0].n;
    expect(after).toBe(before);
  });
});

describe('notice, departure and sale switch access off per the agency settings', () => {
  it('keeps a tenant\'s access at notice by default, and ends it at departure, unpublishing the account', async () => {
    const grant = (await manager.gql(`mutation($ids: [ID!]!) { enableExtranetAccess(personIds: $ids) { identifier temporaryPassword } }`, { ids: [await personId('LOCATAIRE Elsa')] })).data?.enableExtranetAccess[0];
    const elsa = await api.as(grant.identifier, grant.temporaryPassword);
    await elsa.gql(`mutation($p: String!) { changePassword(input: { currentPassword: $p, newPassword: "Elsa-Palier-2" }) { identifier } }`, { p: grant.temporaryPassword });
    const lease = (await elsa.gql(`{ viewer { person { leases { nodes { id } } } } }`)).data?.viewer.person.leases.nodes[0].id;

    const notice = await manager.gql(`mutation($id: ID!) { recordLeaseNotice(leaseId: $id, noticeDate: "2026-11-20") { noticeDate account { isPublished } } }`, { id: lease });
    expect(notice.data?.recordLeaseNotice).toEqual({ noticeDate: '2026-11-20', account: { isPublished: true } });
    expect((await elsa.gql(VIEWER)).data?.viewer.identifier).toBe('ELSALOCATAIRE');

    const early = await manager.gql(`mutation($id: ID!) { recordLeaseDeparture(leaseId: $id, departureDate: "2001-01-01") { departureDate } }`, { id: lease });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departureDate', reason: 'DATE_BEFORE_START' });

    const departure = await manager.gql(`mutation($id: ID!) { recordLeaseDeparture(leaseId: $id, departureDate: "2026-11-30") { departureDate account { isPublished } } }`, { id: lease });
    expect(departure.data?.recordLeaseDeparture).toEqual({ departureDate: '2026-11-30', account: { isPublished: false } });
    expect((await elsa.gql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('switches the seller off at a sale, unless the agency keeps sellers', async () => {
    const mathilde = await api.as('CLIQUOTMATHILDE');
    const ownership = (await mathilde.gql(`{ viewer { person { ownerships { nodes { id } } } } }`)).data?.viewer.person.ownerships.nodes[0].id;
    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"disableAccessOnSale": false}'::jsonb`);
    const kept = await manager.gql(`mutation($id: ID!) { recordSale(ownershipId: $id, saleDate: "2026-11-25") { endDate isActive } }`, { id: ownership });
    expect(kept.data?.recordSale).toEqual({ endDate: '2026-11-25', isActive: false });
    expect((await mathilde.gql(VIEWER)).data?.viewer.identifier).toBe('CLIQUOTMATHILDE');

    await api.database.db.execute(sql`UPDATE agency_settings SET values = values || '{"disableAccessOnSale": true}'::jsonb`);
    await manager.gql(`mutation($id: ID!) { recordSale(ownershipId: $id, saleDate: "2026-11-25") { endDate } }`, { id: ownership });
    expect((await mathilde.gql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('keeps the access of a seller who still holds another relation (Denise stays an owner)', async () => {
    const denise = await api.as('ALOXECORTONDENISE');
    const ownerships = (await denise.gql(`{ viewer { person { ownerships { nodes { id } } } } }`)).data?.viewer.person.ownerships.nodes;
    for (const { id } of ownerships) {
      await manager.gql(`mutation($id: ID!) { recordSale(ownershipId: $id, saleDate: "2026-11-25") { endDate } }`, { id });
    }
    expect((await denise.gql(`{ viewer { spaces } }`)).data).toEqual({ viewer: { spaces: ['GERANCE'] } });
  });
});

describe('integrator tokens', () => {
  it('are created by a manager, shown once, stored hashed, scoped, and revocable', async () => {
    const created = await manager.gql(`mutation { createApiToken(input: { name: "Captain Tower", scopes: [PORTFOLIO_READ] }) { token apiToken { id name scopes lastUsedAt } } }`);
    const { token, apiToken } = created.data?.createApiToken;
    expect(token).toMatch(/^plr_/);
    expect(apiToken).toMatchObject({ name: 'Captain Tower', scopes: ['PORTFOLIO_READ'], lastUsedAt: null });
    const stored = rowsOf<{ token_hash: string }>(await api.database.db.execute(sql`SELECT token_hash FROM api_tokens`));
    expect(stored.every((row) => row.token_hash !== token && row.token_hash.length === 64)).toBe(true);

    const integrator = api.client({ authorization: `Bearer ${token}` });
    const buildings = await integrator.gql(`{ buildings { nodes { code lots(first: 1) { nodes { code } } } } }`);
    expect(buildings.data?.buildings.nodes.map((b: { code: string }) => b.code)).toEqual(['GILBERT', 'LAFAYETTE']);
    expect(errorCode(await integrator.gql(`{ people { nodes { displayName } } }`))).toBe('FORBIDDEN');
    const accounts = await integrator.gql(`{ buildings(first: 1) { nodes { lots(first: 1) { nodes { ownerships { nodes { account { number } person { displayName } } } } } } } }`);
    expect(accounts.data?.buildings.nodes[0].lots.nodes[0].ownerships.nodes[0]).toEqual({ account: null, person: null });
    expect(errorCode(await integrator.gql(`mutation { createApiToken(input: { name: "x", scopes: [LEDGER_WRITE] }) { token } }`))).toBe('FORBIDDEN');

    const listed = await manager.gql(`{ apiTokens { nodes { name lastUsedAt } } }`);
    expect(listed.data?.apiTokens.nodes[0].lastUsedAt).not.toBeNull();

    await manager.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id });
    expect(errorCode(await integrator.gql(`{ buildings { nodes { code } } }`))).toBe('UNAUTHENTICATED');
  });

  it('never cross agencies', async () => {
    const other = await api.as('GESTIONNAIRE2');
    const { token } = (await other.gql(`mutation { createApiToken(input: { name: "Lovys", scopes: [PORTFOLIO_READ, PEOPLE_READ] }) { token } }`)).data?.createApiToken;
    const integrator = api.client({ authorization: `Bearer ${token}` });
    const result = await integrator.gql(`{ buildings { nodes { code } } people(search: "CLIQUOT") { nodes { displayName } } }`);
    expect(result.data).toEqual({ buildings: { nodes: [{ code: 'BELLECOUR' }] }, people: { nodes: [] } });
  });
});
