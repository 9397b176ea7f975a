import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import * as t from '../db/schema';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, buildPerson, type BuiltAgency, type BuiltBuilding } from '../test/builders';
import { binderId, download, PUBLISH, SMALL_JPEG, storedFiles, tinyPdf, tinyPng } from '../test/documents';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { integrator } from '../test/relation-batches';
import { MAX_INLINE_BYTES, MAX_STAGED_BYTES } from './document-content';

let api: TestApi;
let agency: BuiltAgency;
let building: BuiltBuilding;
let manager: Client;
let coOwner: Client;
let rules: string;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  building = await buildBuilding(api.database.db, agency, { code: 'PUBLI' });
  manager = await api.as(agency.manager.signIn);
  coOwner = await api.as((await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building) })).person.signIn);
  rules = await binderId(manager, 'SYNDIC', 'Règlement de copropriété');
});
afterAll(() => api.close());

const COUNT = graphql(`
  query PublishTestCount {
    viewer {
      documents(first: 100) {
        nodes {
          title
        }
      }
    }
  }
`);

const input = (overrides: Record<string, unknown> = {}) => ({
  binderId: rules,
  title: 'Règlement',
  fileName: 'reglement.pdf',
  contentType: 'application/pdf',
  contentBase64: tinyPdf(`doc ${Math.random()}`).toString('base64'),
  target: { buildingId: toGlobalId('Building', building.id) },
  ...overrides,
});

/** Publishes and expects a refusal with `reason`, then checks that nothing was stored or listed. */
async function refused(client: Client, overrides: Record<string, unknown>, reason: string, field?: string) {
  const files = storedFiles(api.filesDir, 'documents').length;
  const before = (await manager.gql(COUNT)).data!.viewer!.documents.nodes.length;
  const result = await client.gql(PUBLISH, { input: input(overrides) });
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.extensions?.reason).toBe(reason);
  if (field) expect(result.errors?.[0]?.extensions?.field).toBe(field);
  expect(storedFiles(api.filesDir, 'documents').length).toBe(files);
  expect((await manager.gql(COUNT)).data!.viewer!.documents.nodes.length).toBe(before);
}

async function stage(client: Client | null, bytes: Buffer, contentType = 'application/octet-stream', headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/uploads`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(client ? { cookie: client.sessionCookie } : {}), ...headers },
    body: new Uint8Array(bytes),
  });
  return { status: response.status, body: (await response.json()) as { uploadId?: string; error?: { code: string; reason?: string } } };
}

describe('publishDocument', () => {
  it('stores the file under its SHA-256, computes the expiry from the duration and serves the bytes', async () => {
    const bytes = tinyPdf('stored');
    const result = await manager.gql(PUBLISH, { input: input({ contentBase64: bytes.toString('base64'), publishOn: '2026-01-31', durationMonths: 1 }) });
    const doc = result.data!.publishDocument;
    expect(doc).toMatchObject({ publishedOn: '2026-01-31', expiresOn: '2026-02-28', byteSize: bytes.length, isPublished: true });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(storedFiles(api.filesDir, 'documents').some((file) => file.endsWith(`${doc.sha256}.pdf`))).toBe(true);
    const { status, body } = await download(api, manager, doc.downloadUrl);
    expect(status).toBe(200);
    expect(body.equals(bytes)).toBe(true);
  });

  it('files it under its dossier, prefixes the title with the reference, or takes the file name as title', async () => {
    const courriers = await binderId(manager, 'GERANCE', 'Courriers / Locataires');
    const filed = await manager.gql(PUBLISH, {
      input: input({ binderId: courriers, dossier: 'Sinistre', dossierReference: '0152', target: { personId: toGlobalId('Person', agency.manager.id) } }),
    });
    expect(filed.data?.publishDocument).toMatchObject({ title: '0152 – Règlement', path: ['Courriers', 'Locataires', 'Sinistre'] });
    const named = await manager.gql(PUBLISH, { input: input({ fileName: 'PV-2026.pdf', useFileNameAsTitle: true }) });
    expect(named.data?.publishDocument.title).toBe('PV-2026.pdf');
  });

  it('publishes a real JPEG and a PNG that decode', async () => {
    for (const [contentType, bytes] of [
      ['image/jpeg', SMALL_JPEG],
      ['image/png', tinyPng(3, 2)],
    ] as const) {
      const result = await manager.gql(PUBLISH, { input: input({ contentType, fileName: 'photo', contentBase64: bytes.toString('base64') }) });
      expect(result.errors, contentType).toBeUndefined();
    }
  });

  it('refuses content that is not what it claims, checked on the bytes, and stores nothing', async () => {
    const html = Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n', 'latin1');
    await refused(manager, { contentBase64: html.toString('base64') }, 'INVALID_FILE_TYPE', 'contentBase64');
    await refused(manager, { contentType: 'image/png', contentBase64: tinyPdf('x').toString('base64') }, 'INVALID_FILE_TYPE');
    await refused(manager, { contentType: 'image/png', contentBase64: tinyPng(4, 4).subarray(0, 50).toString('base64') }, 'INVALID_FILE_TYPE');
    await refused(manager, { contentType: 'image/jpeg', contentBase64: SMALL_JPEG.subarray(0, 300).toString('base64') }, 'INVALID_FILE_TYPE');
    await refused(manager, { contentType: 'text/html', contentBase64: Buffer.from('<p>hi</p>').toString('base64') }, 'INVALID_FILE_TYPE', 'contentType');
    await refused(manager, { contentBase64: 'not base64!' }, 'INVALID_VALUE', 'contentBase64');
  });

  it('refuses an inline file over 10 MB and stores nothing', async () => {
    const big = Buffer.concat([tinyPdf('big'), Buffer.alloc(MAX_INLINE_BYTES)]);
    await refused(manager, { contentBase64: big.toString('base64') }, 'FILE_TOO_LARGE', 'contentBase64');
  });

  it('refuses a target that is not exactly one, agency-wide outside "Documents du syndic", or of another agency', async () => {
    await refused(manager, { target: {} }, 'INVALID_TARGET', 'target');
    await refused(manager, { target: { buildingId: toGlobalId('Building', building.id), personId: toGlobalId('Person', agency.manager.id) } }, 'INVALID_TARGET', 'target');
    await refused(manager, { target: { agencyWide: 'COUNCILS' } }, 'INVALID_TARGET', 'target.agencyWide');
    const other = await buildAgency(api.database.db);
    const foreign = await buildBuilding(api.database.db, other);
    await refused(manager, { target: { buildingId: toGlobalId('Building', foreign.id) } }, 'UNKNOWN_REFERENCE', 'target.buildingId');
    await refused(manager, { target: { buildingId: toGlobalId('Lot', foreign.id) } }, 'INVALID_ID', 'target.buildingId');
    await refused(manager, { contentBase64: null }, 'CONTENT_REQUIRED');
  });

  it('refuses clients and integrators without documents:write, and accepts one with it', async () => {
    expect(errorCode(await coOwner.gql(PUBLISH, { input: input() }))).toBe('FORBIDDEN');
    const reader = await integrator(api, manager, ['LEDGER_WRITE']);
    expect(errorCode(await reader.gql(PUBLISH, { input: input() }))).toBe('FORBIDDEN');
    const writer = await integrator(api, manager, ['DOCUMENTS_WRITE' as never]);
    expect((await writer.gql(PUBLISH, { input: input({ title: 'Par intégrateur' }) })).data?.publishDocument.title).toBe('Par intégrateur');
  });
});

describe('staged uploads (POST /uploads)', () => {
  it('publishes a staged file once, by its uploader only', async () => {
    const bytes = tinyPdf('staged');
    const staged = await stage(manager, bytes);
    expect(staged.status).toBe(201);
    const uploadId = staged.body.uploadId!;
    const colleaguePerson = await buildPerson(api.database.db, agency.id, { access: true });
    await api.database.db.insert(t.staffMembers).values({ agencyId: agency.id, personId: colleaguePerson.id });
    const colleague = await api.as(colleaguePerson.signIn);
    expect((await colleague.gql(PUBLISH, { input: input({ contentBase64: null, uploadId }) })).errors?.[0]?.extensions?.reason).toBe('UPLOAD_UNAVAILABLE');
    const otherAgency = await buildAgency(api.database.db);
    const otherManager = await api.as(otherAgency.manager.signIn);
    const foreign = await otherManager.gql(PUBLISH, {
      input: {
        ...input(),
        contentBase64: null,
        uploadId,
        binderId: await binderId(otherManager, 'SYNDIC', 'Règlement de copropriété'),
        target: { agencyWide: null, buildingId: null, personId: toGlobalId('Person', otherAgency.manager.id) },
      },
    });
    expect(foreign.errors?.[0]?.extensions?.reason).toBe('UPLOAD_UNAVAILABLE');
    const published = await manager.gql(PUBLISH, { input: input({ contentBase64: null, uploadId, title: 'Depuis un envoi' }) });
    expect(published.data?.publishDocument.title).toBe('Depuis un envoi');
    expect((await download(api, manager, published.data!.publishDocument.downloadUrl)).body.equals(bytes)).toBe(true);
    expect(storedFiles(api.filesDir, 'uploads')).toEqual([]);
    await refused(manager, { contentBase64: null, uploadId }, 'UPLOAD_UNAVAILABLE', 'uploadId');
  });

  it('refuses a staged file past its hour', async () => {
    const staged = await stage(manager, tinyPdf('late'));
    await api.database.db
      .update(t.uploads)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(and(eq(t.uploads.agencyId, agency.id), eq(t.uploads.id, staged.body.uploadId!)));
    await refused(manager, { contentBase64: null, uploadId: staged.body.uploadId }, 'UPLOAD_UNAVAILABLE', 'uploadId');
  });

  it('checks a staged file’s content at publication and keeps nothing of a refused one', async () => {
    const staged = await stage(manager, Buffer.from('<html>not a pdf</html>'));
    await refused(manager, { contentBase64: null, uploadId: staged.body.uploadId }, 'INVALID_FILE_TYPE', 'uploadId');
  });

  it('refuses anonymous callers, clients, simple content types (no cross-site post) and files over the limit', async () => {
    expect((await stage(null, tinyPdf('a'))).status).toBe(401);
    expect((await stage(coOwner, tinyPdf('a'))).status).toBe(403);
    const form = await stage(manager, tinyPdf('a'), 'text/plain');
    expect(form).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT' } } });
    const before = storedFiles(api.filesDir, 'uploads').length;
    const tooBig = await stage(manager, Buffer.alloc(MAX_STAGED_BYTES + 1));
    expect(tooBig).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' } } });
    expect(storedFiles(api.filesDir, 'uploads').length).toBe(before);
  });
});
