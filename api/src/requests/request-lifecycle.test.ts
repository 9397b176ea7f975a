import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, buildPerson, buildTenant, type BuiltAgency, type BuiltBuilding, type BuiltLot } from '../test/builders';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { ASSIGN, buildManager, INBOX, MY_REQUESTS, OPEN_REQUEST, POST_MESSAGE, SET_STATUS, THREAD } from '../test/requests';

/**
 * A request's life (issue 12, manual "Mes demandes"): a client opens it about their lot, the
 * managers find it in their inbox (filters and counts), assign it, answer, note internally,
 * change its status; the client answers and follows. Bad input changes nothing.
 */

let api: TestApi;
let agency: BuiltAgency;
let manager: Client;
let coOwner: Client;
let tenant: Client;
let building: BuiltBuilding;
let other: BuiltBuilding;
let lot: BuiltLot;
let tenantLot: BuiltLot;
let secondManagerId: string;

beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  building = await buildBuilding(db, agency, { code: 'REQA' });
  other = await buildBuilding(db, agency, { code: 'REQB' });
  lot = await buildLot(db, agency, building);
  tenantLot = await buildLot(db, agency, other);
  const owner = await buildCoOwner(db, agency, { lot, displayName: 'DURAND Claire' });
  const renter = await buildTenant(db, agency, { lot: tenantLot, displayName: 'MARTIN Léo' });
  secondManagerId = (await buildManager(db, agency, { displayName: 'GESTIONNAIRE Second' })).globalId;
  manager = await api.as(agency.manager.signIn);
  coOwner = await api.as(owner.person.signIn);
  tenant = await api.as(renter.person.signIn);
});
afterAll(() => api?.close());

async function open(client: Client, input: { title: string; text?: string; category?: 'INTERVENTION' | 'OTHER'; lotId?: string; buildingId?: string }) {
  const result = await client.gql(OPEN_REQUEST, { input: { category: 'INTERVENTION', text: 'Texte', ...input } });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.openRequest;
}

describe('a request', () => {
  it('is opened by a client about their lot, in its building, with the text as first message', async () => {
    const request = await open(coOwner, { title: 'Fuite sous l’évier', text: 'De l’eau coule depuis ce matin.', lotId: toGlobalId('Lot', lot.id) });
    expect(request).toMatchObject({
      title: 'Fuite sous l’évier',
      category: 'INTERVENTION',
      status: 'OPEN',
      lot: { code: lot.code },
      building: { code: 'REQA' },
      author: { displayName: 'DURAND Claire' },
    });
    const thread = await coOwner.gql(THREAD, { id: request.id });
    expect(thread.data?.node).toMatchObject({ messages: { nodes: [{ text: 'De l’eau coule depuis ce matin.', isInternal: false, author: { displayName: 'DURAND Claire' } }] } });
  });

  it('goes through assignment, an answer, an internal note and status changes, the client following without the note', async () => {
    const request = await open(tenant, { title: 'Volet bloqué', lotId: toGlobalId('Lot', tenantLot.id) });
    expect((await manager.gql(ASSIGN, { input: { requestId: request.id, assigneeId: secondManagerId } })).data?.assignRequest.assignee).toMatchObject({
      displayName: 'GESTIONNAIRE Second',
    });
    await manager.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'Un technicien passe jeudi. Êtes-vous disponible ?' } });
    const note = await manager.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'Locataire difficile, voir dossier.', isInternal: true } });
    expect(note.data?.postRequestMessage.isInternal).toBe(true);
    expect((await manager.gql(SET_STATUS, { input: { requestId: request.id, status: 'WAITING_FOR_CLIENT' } })).data?.setRequestStatus.status).toBe('WAITING_FOR_CLIENT');

    // The client's answer puts it back in progress.
    await tenant.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'Oui, jeudi matin.' } });
    const seen = await tenant.gql(THREAD, { id: request.id });
    expect(seen.data?.node).toMatchObject({ status: 'IN_PROGRESS', assignee: { displayName: 'GESTIONNAIRE Second' } });
    const texts = (seen.data?.node as { messages: { nodes: { text: string; isInternal: boolean }[] } }).messages.nodes.map((m) => m.text);
    expect(texts).toEqual(['Texte', 'Un technicien passe jeudi. Êtes-vous disponible ?', 'Oui, jeudi matin.']);
    const managerView = await manager.gql(THREAD, { id: request.id });
    expect((managerView.data?.node as { messages: { nodes: { isInternal: boolean }[] } }).messages.nodes.filter((m) => m.isInternal)).toHaveLength(1);

    await manager.gql(SET_STATUS, { input: { requestId: request.id, status: 'CLOSED' } });
    const closed = await tenant.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'Encore une chose' } });
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_CLOSED' });
  });

  it('lists the client their own requests only, newest first, paged', async () => {
    await open(coOwner, { title: 'Question charges', category: 'OTHER' });
    const first = await coOwner.gql(MY_REQUESTS, { first: 1 });
    expect(first.data?.viewer?.requests).toMatchObject({ totalCount: 2, nodes: [{ title: 'Question charges' }], pageInfo: { hasNextPage: true } });
    const second = await coOwner.gql(MY_REQUESTS, { first: 1, after: first.data?.viewer?.requests.pageInfo.endCursor });
    expect(second.data?.viewer?.requests.nodes.map((n) => n.title)).toEqual(['Fuite sous l’évier']);
    expect((await tenant.gql(MY_REQUESTS, {})).data?.viewer?.requests.nodes.map((n) => n.title)).toEqual(['Volet bloqué']);
  });
});

describe('the inbox', () => {
  it('filters by status, building, category, assignee and age, with counts per status over the other filters', async () => {
    const all = await manager.gql(INBOX, {});
    expect(all.data?.requests.totalCount).toBe(3);
    expect(Object.fromEntries(all.data!.requests.countsByStatus.map((c) => [c.status, c.count]))).toEqual({ OPEN: 2, CLOSED: 1 });
    const open = await manager.gql(INBOX, { status: 'OPEN' });
    expect(open.data?.requests.nodes.map((n) => n.title).sort()).toEqual(['Fuite sous l’évier', 'Question charges']);
    expect(open.data?.requests.countsByStatus).toHaveLength(2);
    const inA = await manager.gql(INBOX, { buildingId: toGlobalId('Building', building.id) });
    expect(inA.data?.requests.nodes.map((n) => n.title)).toEqual(['Fuite sous l’évier']);
    expect((await manager.gql(INBOX, { category: 'OTHER' })).data?.requests.nodes.map((n) => n.title)).toEqual(['Question charges']);
    expect((await manager.gql(INBOX, { assigneeId: secondManagerId })).data?.requests.nodes.map((n) => n.title)).toEqual(['Volet bloqué']);
    expect((await manager.gql(INBOX, { openedBefore: '2020-01-01' })).data?.requests.totalCount).toBe(0);
    expect((await manager.gql(INBOX, { openedBefore: '2199-01-01' })).data?.requests.totalCount).toBe(3);
  });

  it('pages with a cursor and takes a bounded number of statements whatever the volume', async () => {
    const page = await manager.gql(INBOX, { first: 2 });
    expect(page.data?.requests.pageInfo.hasNextPage).toBe(true);
    const rest = await manager.gql(INBOX, { first: 2, after: page.data?.requests.pageInfo.endCursor });
    expect(rest.data?.requests.nodes).toHaveLength(1);
    expect(errorCode(await manager.gql(INBOX, { after: 'bm90LWEtY3Vyc29y' }))).toBe('BAD_USER_INPUT');
  });

  it('answers the filtered inbox with its counts, and a client their list, in as many statements at 3 as at 8 requests', async () => {
    const inbox = () => manager.gql(INBOX, { status: 'OPEN', buildingId: toGlobalId('Building', building.id) });
    const mine = () => coOwner.gql(MY_REQUESTS, { first: 1 });
    const [inboxBefore, mineBefore] = [await inbox(), await mine()];
    for (let i = 0; i < 5; i++) await open(coOwner, { title: `Volume ${i}`, lotId: toGlobalId('Lot', lot.id) });
    const [inboxAfter, mineAfter] = [await inbox(), await mine()];
    expect(inboxAfter.data?.requests.totalCount).toBe(inboxBefore.data!.requests.totalCount! + 5);
    // The session, the page and the counts per status (totalCount is read from them).
    expect(inboxAfter.statements).toBe(inboxBefore.statements);
    expect(inboxAfter.statements).toBeLessThanOrEqual(3);
    expect(mineAfter.data?.viewer?.requests.totalCount).toBe(mineBefore.data!.viewer!.requests.totalCount! + 5);
    expect(mineAfter.statements).toBe(mineBefore.statements);
  });
});

describe('bad input', () => {
  it('refuses an empty title, a lot of someone else, and a lot outside the building given, creating nothing', async () => {
    const before = (await manager.gql(INBOX, {})).data?.requests.totalCount;
    const empty = await coOwner.gql(OPEN_REQUEST, { input: { title: '  ', category: 'OTHER', text: 'x' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const notMine = await coOwner.gql(OPEN_REQUEST, { input: { title: 'T', category: 'OTHER', text: 'x', lotId: toGlobalId('Lot', tenantLot.id) } });
    expect(errorCode(notMine)).toBe('FORBIDDEN');
    const otherBuilding = await coOwner.gql(OPEN_REQUEST, { input: { title: 'T', category: 'OTHER', text: 'x', buildingId: toGlobalId('Building', other.id) } });
    expect(errorCode(otherBuilding)).toBe('FORBIDDEN');
    const forged = await coOwner.gql(OPEN_REQUEST, { input: { title: 'T', category: 'OTHER', text: 'x', lotId: 'forged' } });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    expect((await manager.gql(INBOX, {})).data?.requests.totalCount).toBe(before);
  });

  it('refuses to assign anyone but a manager of the agency', async () => {
    const request = (await manager.gql(INBOX, { first: 1 })).data!.requests.nodes[0];
    const client = await manager.gql(ASSIGN, { input: { requestId: request.id, assigneeId: toGlobalId('Person', (await buildPerson(api.database.db, agency.id)).id) } });
    expect(client.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId', reason: 'UNKNOWN_REFERENCE' });
  });

  it('refuses managers opening a request in a client name', async () => {
    expect(errorCode(await manager.gql(OPEN_REQUEST, { input: { title: 'T', category: 'OTHER', text: 'x' } }))).toBe('FORBIDDEN');
  });
});
