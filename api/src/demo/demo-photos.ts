import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Executor } from '../db/client';
import * as t from '../db/schema';
import { decodePhoto } from '../documents/photo-image';
import type { FileStore } from '../files/file-store';

/** A demo photo: its caption, the sky and facade colours of its picture, its day. */
interface DemoPhoto {
  caption: string;
  fileName: string;
  sky: [string, string];
  facade: string;
  takenOn: string;
  publishedOn: string;
}

/**
 * A small real JPEG made here (no file outside the repo): a sky gradient, a facade with its
 * windows and the building's code, drawn as SVG and encoded by sharp.
 */
async function demoJpeg(code: string, photo: DemoPhoto): Promise<Buffer> {
  const windows = Array.from(
    { length: 12 },
    (_, i) => `<rect x="${150 + (i % 4) * 90}" y="${170 + Math.floor(i / 4) * 80}" width="50" height="50" fill="#f4efe1" opacity="0.9"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${photo.sky[0]}"/><stop offset="1" stop-color="${photo.sky[1]}"/></linearGradient></defs>
    <rect width="640" height="480" fill="url(#sky)"/>
    <rect x="120" y="140" width="400" height="340" fill="${photo.facade}"/>${windows}
    <rect x="0" y="440" width="640" height="40" fill="#6b6b6b"/>
    <text x="320" y="110" font-family="DejaVu Sans, sans-serif" font-size="44" font-weight="bold" fill="#ffffff" text-anchor="middle">${code}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

async function insertPhotos(tx: Executor, agencyId: string, code: string, list: DemoPhoto[], files?: FileStore): Promise<void> {
  const [building] = await tx
    .select({ id: t.buildings.id })
    .from(t.buildings)
    .where(and(eq(t.buildings.agencyId, agencyId), eq(t.buildings.code, code)));
  if (!building) throw new Error(`demo building ${code} missing`);
  for (const photo of list) {
    const bytes = await demoJpeg(code, photo);
    const decoded = await decodePhoto('demo', bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = `photos/${agencyId}/${sha256}.jpg`;
    const thumbnailKey = `photos/${agencyId}/${createHash('sha256').update(decoded.thumbnail.bytes).digest('hex')}.jpg`;
    if (files) {
      await files.put(storageKey, bytes);
      await files.put(thumbnailKey, decoded.thumbnail.bytes);
    }
    await tx.insert(t.photos).values({
      agencyId,
      buildingId: building.id,
      caption: photo.caption,
      takenOn: photo.takenOn,
      publishedOn: photo.publishedOn,
      fileName: photo.fileName,
      contentType: 'image/jpeg',
      byteSize: bytes.length,
      sha256,
      storageKey,
      thumbnailKey,
      width: decoded.width,
      height: decoded.height,
      thumbnailWidth: decoded.thumbnail.width,
      thumbnailHeight: decoded.thumbnail.height,
    });
  }
}

/** The demo's photos (issue 9, "Photos: two or three per building"); tests and the hand walk rely on the captions. */
export async function seedDemoPhotos(tx: Executor, agencyId: string, files?: FileStore): Promise<void> {
  await insertPhotos(
    tx,
    agencyId,
    'GILBERT',
    [
      {
        caption: 'Façade GILBERT après ravalement',
        fileName: 'gilbert-facade.jpg',
        sky: ['#3b7dd8', '#cfe3f7'],
        facade: '#c9a27e',
        takenOn: '2020-05-14',
        publishedOn: '2020-05-20',
      },
      { caption: 'Hall d’entrée GILBERT rénové', fileName: 'gilbert-hall.jpg', sky: ['#5a4e8c', '#e8d9f2'], facade: '#9c8b7a', takenOn: '2020-06-02', publishedOn: '2020-06-05' },
      {
        caption: 'Toiture GILBERT, travaux 2020',
        fileName: 'gilbert-toiture.jpg',
        sky: ['#d86b3b', '#f7e1cf'],
        facade: '#8e6f55',
        takenOn: '2020-07-09',
        publishedOn: '2020-07-10',
      },
    ],
    files,
  );
  await insertPhotos(
    tx,
    agencyId,
    'LAFAYETTE',
    [
      {
        caption: 'Résidence Lafayette, vue depuis la rue',
        fileName: 'lafayette-rue.jpg',
        sky: ['#2f9c7a', '#d3f2e6'],
        facade: '#e0d2b4',
        takenOn: '2020-04-21',
        publishedOn: '2020-04-25',
      },
      {
        caption: 'Jardin de la Résidence Lafayette',
        fileName: 'lafayette-jardin.jpg',
        sky: ['#3b8bd8', '#e2f0cf'],
        facade: '#b8a98c',
        takenOn: '2020-06-18',
        publishedOn: '2020-06-20',
      },
    ],
    files,
  );
}

/** The second agency's photos: never shown to the first agency's people. */
export async function seedSecondAgencyPhotos(tx: Executor, agencyId: string, files?: FileStore): Promise<void> {
  await insertPhotos(
    tx,
    agencyId,
    'BELLECOUR',
    [
      {
        caption: 'Le Bellecour, façade sur cour',
        fileName: 'bellecour-cour.jpg',
        sky: ['#c23b5a', '#f7d4dc'],
        facade: '#d8c3a5',
        takenOn: '2020-03-03',
        publishedOn: '2020-03-05',
      },
      {
        caption: 'Le Bellecour, escalier principal',
        fileName: 'bellecour-escalier.jpg',
        sky: ['#7a7a2f', '#efefc9'],
        facade: '#a89474',
        takenOn: '2020-05-11',
        publishedOn: '2020-05-12',
      },
    ],
    files,
  );
}
