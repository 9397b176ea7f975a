import sharp, { type Metadata } from 'sharp';
import { MAX_IMAGE_PIXELS } from '../files/content-check';
import { badInput } from '../graphql/errors';

/** A photo's largest file (the staged upload's limit is higher: it is shared with documents). */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** The thumbnail's bounding box, in pixels: the gallery's grid tiles at twice a phone's density. */
export const THUMBNAIL_SIZE = 320;

/** The formats a photo may have (what sharp decoded, never the name), with the stored file's extension. */
const PHOTO_FORMATS: Record<string, { contentType: string; ext: string }> = {
  jpeg: { contentType: 'image/jpeg', ext: 'jpg' },
  png: { contentType: 'image/png', ext: 'png' },
  webp: { contentType: 'image/webp', ext: 'webp' },
};

export interface DecodedPhoto {
  contentType: string;
  ext: string;
  width: number;
  height: number;
  thumbnail: { bytes: Buffer; width: number; height: number };
}

/**
 * Decodes a photo with sharp (libvips) and makes its thumbnail: the bytes must be a JPEG, PNG or
 * WebP (as decoded, not as named; an SVG is refused: it is a page, not a picture), within
 * MAX_PHOTO_BYTES and MAX_IMAGE_PIXELS (checked from the header, before any pixel is inflated),
 * and decode whole (`failOn: 'warning'` refuses a truncated or corrupt file). The thumbnail is a
 * JPEG fitting THUMBNAIL_SIZE, turned upright from the EXIF orientation, without metadata (no
 * GPS position leaks to co-owners). INVALID_FILE_TYPE or FILE_TOO_LARGE otherwise.
 */
export async function decodePhoto(field: string, bytes: Buffer): Promise<DecodedPhoto> {
  if (bytes.length > MAX_PHOTO_BYTES) throw badInput(field, 'FILE_TOO_LARGE', `A photo is at most ${MAX_PHOTO_BYTES} bytes`);
  const options = { failOn: 'warning', limitInputPixels: MAX_IMAGE_PIXELS } as const;
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, options).metadata();
  } catch {
    throw badInput(field, 'INVALID_FILE_TYPE', 'Not a readable image (JPEG, PNG or WebP)');
  }
  const format = metadata.format ? PHOTO_FORMATS[metadata.format] : undefined;
  if (!format || !metadata.width || !metadata.height || (metadata.pages ?? 1) > 1) throw badInput(field, 'INVALID_FILE_TYPE', 'A photo is a JPEG, PNG or WebP image');
  try {
    const { data, info } = await sharp(bytes, options)
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 78, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    // Width and height as shown (upright): orientations 5 to 8 swap them.
    const swapped = (metadata.orientation ?? 1) >= 5;
    return {
      ...format,
      width: swapped ? metadata.height : metadata.width,
      height: swapped ? metadata.width : metadata.height,
      thumbnail: { bytes: data, width: info.width, height: info.height },
    };
  } catch {
    throw badInput(field, 'INVALID_FILE_TYPE', 'The image does not decode');
  }
}
