import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, type BuiltAgency } from '../test/builders';
import { download, SMALL_JPEG, storedFiles, tinyPdf } from '../test/documents';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { DELETE_PHOTOS, PUBLISH_PHOTO, publishPhoto, testJpeg } from '../test/photos';
import { MAX_PHOTO_BYTES, THUMBNAIL_SIZE } from './photo-image';

/** Publishing photos (issue 9, "Photos"): decoded by sharp on the bytes, a thumbnail made on upload, nothing stored on refusal. */

let api: TestApi;
let agency: BuiltAgency;
let manager: Client;
let coOwner: Client;
let building: string;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  const built = await buildBuilding(api.database.db, agency, { code: 'PHOTOPUB' });
  building = toGlobalId('Building', built.id);
  manager = await api.as(agency.manager.signIn);
  coOwner = await api.as((await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, built) })).person.signIn);
});
afterAll(() => api.close());

const COUNT = graphql(`
  query PhotoPublishCount {
    viewer {
      photos(first: 100) {
        nodes {
          caption
        }
      }
    }
  }
`);

async function photoCount(): Promise<number> {
  return (await manager.gql(COUNT)).data!.viewer!.photos.nodes.length;
}

/** A publication refused with `reason`, and nothing stored: no file under photos/, no row. */
async function refused(content: { contentBase64?: string; uploadId?: string }, reason: string) {
  const files = storedFiles(api.filesDir, 'photos').length;
  const before = await photoCount();
  const result = await manager.gql(PUBLISH_PHOTO, { input: { buildingId: building, caption: 'Refusée', fileName: 'x.jpg', ...content } });
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.extensions?.reason).toBe(reason);
  expect(storedFiles(api.filesDir, 'photos').length).toBe(files);
  expect(await photoCount()).toBe(before);
}

async function stage(bytes: Buffer): Promise<string> {
  const response = await fetch(`${api.url}/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', cookie: manager.sessionCookie },
    body: new Uint8Array(bytes),
  });
  const body = (await response.json()) as { uploadId?: string };
  if (!body.uploadId) throw new Error(JSON.stringify(body));
  return body.uploadId;
}

describe('publishPhoto', () => {
  it('stores the original under its SHA-256 and a JPEG thumbnail within 320 × 320, keeping the proportions', async () => {
    const bytes = await testJpeg('landscape', 1600, 1200);
    const photo = await publishPhoto(manager, building, 'Paysage', bytes);
    expect(photo).toMatchObject({ contentType: 'image/jpeg', byteSize: bytes.length, width: 1600, height: 1200, thumbnailWidth: THUMBNAIL_SIZE, thumbnailHeight: 240 });
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(storedFiles(api.filesDir, 'photos').some((file) => file.endsWith(`${sha}.jpg`))).toBe(true);
    const original = await download(api, coOwner, photo.url);
    expect(original.status).toBe(200);
    expect(original.body.equals(bytes)).toBe(true);
    const thumbnail = await download(api, coOwner, photo.thumbnailUrl);
    const decoded = await sharp(thumbnail.body).metadata();
    expect({ format: decoded.format, width: decoded.width, height: decoded.height }).toEqual({ format: 'jpeg', width: 320, height: 240 });
  });

  it('fits a portrait in the box by its height, never enlarges a small image, and accepts PNG', async () => {
    const portrait = await publishPhoto(manager, building, 'Portrait', await testJpeg('portrait', 600, 1200));
    expect([portrait.thumbnailWidth, portrait.thumbnailHeight]).toEqual([160, 320]);
    const small = await publishPhoto(manager, building, 'Petite', SMALL_JPEG);
    expect([small.width, small.height, small.thumbnailWidth, small.thumbnailHeight]).toEqual([16, 16, 16, 16]);
    const png = await sharp({ create: { width: 400, height: 100, channels: 4, background: '#336699' } })
      .png()
      .toBuffer();
    const published = await publishPhoto(manager, building, 'PNG', png);
    expect([published.contentType, published.thumbnailWidth, published.thumbnailHeight]).toEqual(['image/png', 320, 80]);
  });

  it('turns the thumbnail upright from the EXIF orientation and reports the upright size', async () => {
    const rotated = await sharp(await testJpeg('rotated', 400, 200))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const photo = await publishPhoto(manager, building, 'Tournée', rotated);
    expect([photo.width, photo.height, photo.thumbnailWidth, photo.thumbnailHeight]).toEqual([200, 400, 160, 320]);
  });

  it('refuses what does not decode as a JPEG, PNG or WebP, and stores nothing', async () => {
    const jpeg = await testJpeg('truncated', 800, 600);
    await refused({ contentBase64: jpeg.subarray(0, jpeg.length - 400).toString('base64') }, 'INVALID_FILE_TYPE');
    await refused({ contentBase64: Buffer.from('GIF89a not really an image at all').toString('base64') }, 'INVALID_FILE_TYPE');
    await refused({ contentBase64: tinyPdf('not a photo').toString('base64') }, 'INVALID_FILE_TYPE');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await refused({ contentBase64: svg.toString('base64') }, 'INVALID_FILE_TYPE');
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    await refused({ contentBase64: gif.toString('base64') }, 'INVALID_FILE_TYPE');
  });

  it('refuses a staged photo over the size limit and one that does not decode, storing nothing under photos/', async () => {
    await refused({ uploadId: await stage(Buffer.alloc(MAX_PHOTO_BYTES + 1, 0xff)) }, 'FILE_TOO_LARGE');
    await refused({ uploadId: await stage(Buffer.from('not an image, staged')) }, 'INVALID_FILE_TYPE');
  });

  it('publishes a staged upload once', async () => {
    const uploadId = await stage(await testJpeg('staged', 300, 200));
    const first = await manager.gql(PUBLISH_PHOTO, { input: { buildingId: building, caption: 'Déposée', fileName: 'depot.jpg', uploadId } });
    expect(first.data?.publishPhoto).toMatchObject({ caption: 'Déposée', width: 300, height: 200 });
    await refused({ uploadId }, 'UPLOAD_UNAVAILABLE');
  });

  it('refuses a building of another agency or a forged id, in the same words', async () => {
    const other = await buildAgency(api.database.db);
    const otherBuilding = toGlobalId('Building', (await buildBuilding(api.database.db, other)).id);
    const content = (await testJpeg('elsewhere')).toString('base64');
    for (const buildingId of [otherBuilding, toGlobalId('Building', '00000000-0000-4000-8000-000000000000')]) {
      const result = await manager.gql(PUBLISH_PHOTO, { input: { buildingId, caption: 'Ailleurs', fileName: 'a.jpg', contentBase64: content } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ reason: 'UNKNOWN_REFERENCE', field: 'buildingId' });
    }
    const lot = await manager.gql(PUBLISH_PHOTO, {
      input: { buildingId: toGlobalId('Lot', '00000000-0000-4000-8000-000000000000'), caption: 'x', fileName: 'a.jpg', contentBase64: content },
    });
    expect(lot.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('deletePhotos', () => {
  it('removes the photos and their files, keeping a file another photo still names', async () => {
    const bytes = await testJpeg('shared', 200, 100);
    const kept = await publishPhoto(manager, building, 'Gardée', bytes);
    const gone = await publishPhoto(manager, building, 'Supprimée', bytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect((await manager.gql(DELETE_PHOTOS, { ids: [gone.id] })).data?.deletePhotos).toBe(1);
    expect(storedFiles(api.filesDir, 'photos').some((file) => file.endsWith(`${sha}.jpg`))).toBe(true);
    expect((await download(api, coOwner, gone.thumbnailUrl)).status).toBe(404);
    const files = storedFiles(api.filesDir, 'photos').length;
    expect((await manager.gql(DELETE_PHOTOS, { ids: [kept.id] })).data?.deletePhotos).toBe(1);
    expect(storedFiles(api.filesDir, 'photos').some((file) => file.endsWith(`${sha}.jpg`))).toBe(false);
    // The original and its thumbnail.
    expect(storedFiles(api.filesDir, 'photos').length).toBe(files - 2);
  });
});
