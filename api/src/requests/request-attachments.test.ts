import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPdf, tinyPng } from '../test/documents';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { buildRequestScene, fetchAs, MY_REQUESTS, OPEN_REQUEST, POST_MESSAGE, stageAttachment, THREAD } from '../test/requests';

/**
 * Attachments (issue 12: "attachments stored and checked like documents"): staged by the client
 * (POST /requests/uploads), checked on their content when attached (PDF, JPEG, PNG; a renamed
 * file refused), used once, by their uploader only; a refused file changes nothing.
 */

let api: TestApi;
let client: Client;
let neighbour: Client;
let manager: Client;
let lotId: string;

beforeAll(async () => {
  api = await startTestApi();
  ({ lotId, author: client, neighbour, manager } = await buildRequestScene(api));
});
afterAll(() => api?.close());

describe('request attachments', () => {
  it('are staged by a client, attached to the first message with their name, and downloaded by author and managers', async () => {
    const pdf = await stageAttachment(api, client, tinyPdf('facture plombier'), 'facture plombier.pdf');
    const png = await stageAttachment(api, client, tinyPng(4, 4), 'fuite.png');
    expect(pdf.status).toBe(201);
    const opened = await client.gql(OPEN_REQUEST, {
      input: { title: 'Fuite', category: 'INTERVENTION', text: 'Voir pièces jointes', lotId, uploadIds: [pdf.uploadId!, png.uploadId!] },
    });
    const thread = await client.gql(THREAD, { id: opened.data!.openRequest.id });
    const files = (thread.data?.node as { messages: { nodes: { attachments: { fileName: string; url: string }[] }[] } }).messages.nodes[0].attachments;
    expect(files.map((f) => f.fileName)).toEqual(['facture plombier.pdf', 'fuite.png']);
    const download = await fetchAs(api, client, files[0].url);
    expect(download.status).toBe(200);
    expect(download.bytes.equals(tinyPdf('facture plombier'))).toBe(true);
    expect((await fetchAs(api, manager, files[1].url)).status).toBe(200);
  });

  it('refuse a file that is not what it claims, and a used or foreign upload, changing nothing', async () => {
    const fake = await stageAttachment(api, client, Buffer.from('<html><script>alert(1)</script></html>'), 'devis.pdf');
    const refused = await client.gql(OPEN_REQUEST, { input: { title: 'Faux', category: 'OTHER', text: 'x', uploadIds: [fake.uploadId!] } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadIds', reason: 'INVALID_FILE_TYPE' });
    const theirs = await stageAttachment(api, neighbour, tinyPdf('voisin'));
    const foreign = await client.gql(OPEN_REQUEST, { input: { title: 'Vol', category: 'OTHER', text: 'x', uploadIds: [theirs.uploadId!] } });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ reason: 'UPLOAD_UNAVAILABLE' });
    expect((await client.gql(MY_REQUESTS, {})).data?.viewer?.requests.totalCount).toBe(1);

    const once = await stageAttachment(api, client, tinyPdf('une fois'));
    const request = (await client.gql(MY_REQUESTS, {})).data!.viewer!.requests.nodes[0];
    expect((await client.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'ci-joint', uploadIds: [once.uploadId!] } })).data?.postRequestMessage.attachments).toHaveLength(
      1,
    );
    expect(errorCode(await client.gql(POST_MESSAGE, { input: { requestId: request.id, text: 'encore', uploadIds: [once.uploadId!] } }))).toBe('BAD_USER_INPUT');
  });

  it('refuse uploads from anonymous callers and simple cross-site content types', async () => {
    const anonymous = await fetch(`${api.url}/requests/uploads`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(tinyPdf('x')) });
    expect(anonymous.status).toBe(401);
    const simple = await fetch(`${api.url}/requests/uploads`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie: client.sessionCookie }, body: 'x' });
    expect(simple.status).toBe(400);
  });
});
