import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildCoOwner, buildCouncilMember, buildLot, buildTenant, setAgencySettings, type BuiltAgency } from '../test/builders';
import { tinyPdf } from '../test/documents';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { ASSIGN, buildRequestScene, fetchAs, INBOX, MY_REQUESTS, OPEN_REQUEST, POST_MESSAGE, requestIntegrator, SET_STATUS, stageAttachment, THREAD } from '../test/requests';

/**
 * Who sees which request (issue 12): a client their own only, managers their agency's; internal
 * notes never reach a client or an integrator by any path (the thread, node(id:), a nested path,
 * an attachment's download); the managers' actions refused to clients, integrators without the
 * scope and another agency, with a clean error and no data.
 */

let api: TestApi;
let agency: BuiltAgency;
let manager: Client;
let author: Client;
let neighbour: Client;
let president: Client;
let tenant: Client;
let otherManager: Client;
let otherManagerId: string;
let request: { id: string };
let noteId: string;
let noteFileUrl: string;
let noteFileId: string;
let publicFileUrl: string;

const NODE = graphql(`
  query RequestRightsNode($id: ID!) {
    node(id: $id) {
      id
      ... on RequestMessage {
        text
        isInternal
      }
      ... on ClientRequest {
        title
      }
      ... on RequestAttachment {
        fileName
      }
    }
  }
`);

const NESTED = graphql(`
  query RequestRightsNested($id: ID!) {
    node(id: $id) {
      ... on ClientRequest {
        lot {
          code
          building {
            code
          }
        }
        author {
          displayName
        }
        messages(first: 100) {
          nodes {
            text
            isInternal
            attachments {
              fileName
            }
          }
        }
      }
    }
  }
`);

const SEEN = graphql(`
  query RequestRightsSeen($id: ID!) {
    node(id: $id) {
      ... on ClientRequest {
        status
        updatedAt
      }
    }
  }
`);

const CAN = graphql(`
  query RequestRightsCan {
    viewer {
      can {
        openRequests
        manageRequests
      }
    }
  }
`);

beforeAll(async () => {
  api = await startTestApi();
  let lotId: string;
  const scene = await buildRequestScene(api, { buildingCode: 'RIGHTS' });
  ({ agency, lotId, author, neighbour, manager } = scene);
  // The council's president of the author's building, and the tenant of the author's own lot: near the request, none of its rights.
  const { db } = api.database;
  const councilPerson = (await buildCoOwner(db, agency, { lot: await buildLot(db, agency, scene.building) })).person;
  await buildCouncilMember(db, agency, { building: scene.building, person: councilPerson, role: 'PRESIDENT' });
  president = await api.as(councilPerson.signIn);
  tenant = await api.as((await buildTenant(db, agency, { lot: scene.lot })).person.signIn);
  const otherAgency = await buildAgency(api.database.db);
  otherManager = await api.as(otherAgency.manager.signIn);
  otherManagerId = otherAgency.manager.id;

  const publicUpload = await stageAttachment(api, author, tinyPdf('constat'), 'constat.pdf');
  const opened = await author.gql(OPEN_REQUEST, {
    input: { title: 'Infiltration', category: 'INTERVENTION', text: 'Au plafond', lotId, uploadIds: [publicUpload.uploadId!] },
  });
  request = opened.data!.openRequest;
  const noteUpload = await stageAttachment(api, manager, tinyPdf('devis interne'), 'devis-interne.pdf');
  const note = await manager.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'Note interne : voir assurance', isInternal: true, uploadIds: [noteUpload.uploadId!] } });
  noteId = note.data!.postRequestMessage.id;
  noteFileUrl = note.data!.postRequestMessage.attachments[0].url;
  noteFileId = note.data!.postRequestMessage.attachments[0].id;
  const thread = await manager.gql(THREAD, { id: request.id });
  const nodes = (thread.data?.node as { messages: { nodes: { attachments: { url: string }[] }[] } }).messages.nodes;
  publicFileUrl = nodes[0].attachments[0].url;
});
afterAll(() => api?.close());

describe('internal notes', () => {
  it('never reach the client: not in the thread, not by node(id:), not through a nested path, not as a download', async () => {
    const mine = await author.gql(MY_REQUESTS, {});
    const texts = mine.data!.viewer!.requests.nodes.flatMap((r) => r.messages.nodes.map((m) => m.text));
    expect(texts).toEqual(['Au plafond']);
    expect((await author.gql(NODE, { id: noteId })).data?.node).toBeNull();
    const nested = await author.gql(NESTED, { id: request.id });
    expect(JSON.stringify(nested.data)).not.toContain('Note interne');
    expect(JSON.stringify(nested.data)).not.toContain('devis-interne');
    expect((await fetchAs(api, author, noteFileUrl)).status).toBe(404);
    expect((await fetchAs(api, author, publicFileUrl)).status).toBe(200);
  });

  it("leave no trace the client could read: the request's status and updatedAt stay, the note's file answers null by node(id:)", async () => {
    const before = (await author.gql(SEEN, { id: request.id })).data?.node;
    expect(before).toMatchObject({ status: 'OPEN' });
    await manager.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'Deuxième note interne', isInternal: true } });
    expect((await author.gql(SEEN, { id: request.id })).data?.node).toEqual(before);
    expect((await author.gql(NODE, { id: noteFileId })).data?.node).toBeNull();
    expect((await neighbour.gql(NODE, { id: noteFileId })).data?.node).toBeNull();
    expect((await manager.gql(NODE, { id: noteFileId })).data?.node).toMatchObject({ fileName: 'devis-interne.pdf' });
  });

  it('are seen by managers, and neither read nor written by integrators', async () => {
    expect((await manager.gql(NODE, { id: noteId })).data?.node).toMatchObject({ isInternal: true });
    // portfolio:read for node(id:) itself.
    const reader = await requestIntegrator(api, manager, ['PORTFOLIO_READ', 'REQUESTS_READ', 'REQUESTS_WRITE']);
    expect((await reader.gql(NODE, { id: noteId })).data?.node).toBeNull();
    expect((await reader.gql(NODE, { id: noteFileId })).data?.node).toBeNull();
    const thread = await reader.gql(THREAD, { id: request.id });
    expect(JSON.stringify(thread.data)).not.toContain('Note interne');
    expect((await reader.gql(NODE, { id: request.id })).data?.node).toMatchObject({ title: 'Infiltration' });
    const written = await reader.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'x', isInternal: true } });
    expect(errorCode(written)).toBe('FORBIDDEN');
  });

  it('cannot be posted by a client', async () => {
    const result = await author.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'Je me note ça', isInternal: true } });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect((await manager.gql(THREAD, { id: request.id })).data?.node).not.toMatchObject({
      messages: { nodes: expect.arrayContaining([expect.objectContaining({ text: 'Je me note ça' })]) },
    });
  });
});

describe('another client', () => {
  it('does not see the request by any path, nor write on it', async () => {
    expect((await neighbour.gql(NODE, { id: request.id })).data?.node).toBeNull();
    expect((await neighbour.gql(MY_REQUESTS, {})).data?.viewer?.requests.totalCount).toBe(0);
    expect(errorCode(await neighbour.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'intrus' } }))).toBe('NOT_FOUND');
    expect((await fetchAs(api, neighbour, publicFileUrl)).status).toBe(404);
  });

  it("is refused the managers' inbox and actions", async () => {
    expect(errorCode(await neighbour.gql(INBOX, {}))).toBe('FORBIDDEN');
    expect(errorCode(await author.gql(SET_STATUS, { input: { requestId: request.id, status: 'CLOSED' } }))).toBe('FORBIDDEN');
    expect(errorCode(await author.gql(ASSIGN, { input: { requestId: request.id, assigneeId: toGlobalId('Person', agency.manager.id) } }))).toBe('FORBIDDEN');
    expect((await author.gql(CAN)).data?.viewer?.can).toEqual({ openRequests: true, manageRequests: false });
    expect((await manager.gql(CAN)).data?.viewer?.can).toEqual({ openRequests: false, manageRequests: true });
  });
});

describe("the council's president of the building and the tenant of the lot", () => {
  it('see neither the request nor its messages by any path, and cannot write on it', async () => {
    for (const client of [president, tenant]) {
      expect((await client.gql(NODE, { id: request.id })).data?.node).toBeNull();
      expect((await client.gql(NODE, { id: noteId })).data?.node).toBeNull();
      expect((await client.gql(MY_REQUESTS, {})).data?.viewer?.requests.totalCount).toBe(0);
      expect(errorCode(await client.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'intrus' } }))).toBe('NOT_FOUND');
      expect(errorCode(await client.gql(INBOX, {}))).toBe('FORBIDDEN');
      expect((await fetchAs(api, client, publicFileUrl)).status).toBe(404);
    }
  });
});

describe('another agency', () => {
  it('sees nothing and changes nothing, the ids answering like missing ones', async () => {
    expect((await otherManager.gql(NODE, { id: request.id })).data?.node).toBeNull();
    expect((await otherManager.gql(INBOX, {})).data?.requests.totalCount).toBe(0);
    expect(errorCode(await otherManager.gql(SET_STATUS, { input: { requestId: request.id, status: 'CLOSED' } }))).toBe('NOT_FOUND');
    expect(errorCode(await otherManager.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'x' } }))).toBe('NOT_FOUND');
    expect((await fetchAs(api, otherManager, publicFileUrl)).status).toBe(404);
    // Our request cannot be given to their manager either.
    const assigned = await manager.gql(ASSIGN, { input: { requestId: request.id, assigneeId: toGlobalId('Person', otherManagerId) } });
    expect(errorCode(assigned)).toBe('BAD_USER_INPUT');
  });
});

describe('integrators and anonymous callers', () => {
  it('need requests:read to list and requests:write to act', async () => {
    const none = await requestIntegrator(api, manager, ['DOCUMENTS_READ']);
    expect(errorCode(await none.gql(INBOX, {}))).toBe('FORBIDDEN');
    expect((await none.gql(NODE, { id: request.id })).data?.node).toBeNull();
    const reader = await requestIntegrator(api, manager, ['REQUESTS_READ']);
    expect((await reader.gql(INBOX, {})).data?.requests.totalCount).toBe(1);
    expect(errorCode(await reader.gql(SET_STATUS, { input: { requestId: request.id, status: 'IN_PROGRESS' } }))).toBe('FORBIDDEN');
    const writer = await requestIntegrator(api, manager, ['REQUESTS_READ', 'REQUESTS_WRITE']);
    expect((await writer.gql(SET_STATUS, { input: { requestId: request.id, status: 'IN_PROGRESS' } })).data?.setRequestStatus.status).toBe('IN_PROGRESS');
  });

  it('anonymous: sign in first, and no file', async () => {
    const anonymous = api.client();
    expect(errorCode(await anonymous.gql(INBOX, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.gql(OPEN_REQUEST, { input: { title: 'x', category: 'OTHER', text: 'x' } }))).toBe('UNAUTHENTICATED');
    expect((await anonymous.gql(NODE, { id: request.id })).data?.node ?? null).toBeNull();
    expect((await fetchAs(api, anonymous, publicFileUrl)).status).toBe(401);
  });
});

describe('the module switch', () => {
  it('switched off, the client loses "Mes demandes" (MODULE_DISABLED) and managers keep the inbox', async () => {
    await setAgencySettings(api.database.db, agency.id, { requestsEnabled: false });
    try {
      const list = await author.gql(MY_REQUESTS, {});
      expect(list.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MODULE_DISABLED' });
      expect(list.data?.viewer ?? null).toBeNull();
      expect((await author.gql(OPEN_REQUEST, { input: { title: 'x', category: 'OTHER', text: 'x' } })).errors?.[0]?.extensions).toMatchObject({ reason: 'MODULE_DISABLED' });
      expect((await author.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'x' } })).errors?.[0]?.extensions).toMatchObject({ reason: 'MODULE_DISABLED' });
      expect((await fetchAs(api, author, publicFileUrl)).status).not.toBe(200);
      expect((await author.gql(NODE, { id: request.id })).data?.node).toBeNull();
      expect((await author.gql(CAN)).data?.viewer?.can.openRequests).toBe(false);
      expect((await manager.gql(INBOX, {})).data?.requests.totalCount).toBe(1);
    } finally {
      await setAgencySettings(api.database.db, agency.id, { requestsEnabled: true });
    }
  });
});
