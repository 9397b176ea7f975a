import sharp from 'sharp';
import { graphql } from './gql';
import type { Client } from './harness';

/** What the photo tests share: real images made by sharp, publication. */

/** A real JPEG of `width` × `height`, its colour drawn from `label` (so two labels never share a file). */
export async function testJpeg(label: string, width = 64, height = 48): Promise<Buffer> {
  let hash = 0;
  for (const char of label) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const background = { r: hash & 0xff, g: (hash >> 8) & 0xff, b: (hash >> 16) & 0xff };
  return sharp({ create: { width, height, channels: 3, background } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

export const PUBLISH_PHOTO = graphql(`
  mutation TestPublishPhoto($input: PublishPhotoInput!) {
    publishPhoto(input: $input) {
      id
      caption
      fileName
      contentType
      byteSize
      width
      height
      thumbnailWidth
      thumbnailHeight
      url
      thumbnailUrl
      building {
        id
      }
    }
  }
`);

export const DELETE_PHOTOS = graphql(`
  mutation TestDeletePhotos($ids: [ID!]!) {
    deletePhotos(photoIds: $ids)
  }
`);

/** Publishes a small JPEG captioned `caption` on a building (a global id); the photo. */
export async function publishPhoto(manager: Client, buildingId: string, caption: string, bytes?: Buffer) {
  const content = bytes ?? (await testJpeg(caption));
  const result = await manager.gql(PUBLISH_PHOTO, { input: { buildingId, caption, fileName: `${caption}.jpg`, contentBase64: content.toString('base64') } });
  if (!result.data) throw new Error(`publishPhoto failed: ${JSON.stringify(result.errors)}`);
  return result.data.publishPhoto;
}
