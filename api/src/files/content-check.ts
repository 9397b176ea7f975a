import { fileTypeFromBuffer } from 'file-type';
import { inflateSync } from 'node:zlib';
import { badInput } from '../graphql/errors';

/** The first bytes where markup would make a browser, or a viewer, read a "PDF" as a page. */
const MARKUP = /<\s*(!doctype|html|head|body|script|iframe|object|embed|svg|meta|a\s)/i;

/**
 * An uploaded PDF is a PDF: its type sniffed by `file-type` from the content (never trusted from a
 * name or a claimed type), a `%PDF-1.x` header, an end-of-file marker near the end as every PDF
 * writer puts it, and no HTML markup in its first kilobytes (issue 13: `%PDF-` followed by HTML
 * was accepted). BAD_USER_INPUT INVALID_FILE_TYPE otherwise.
 */
export async function assertPdf(field: string, bytes: Buffer): Promise<void> {
  const type = await fileTypeFromBuffer(bytes);
  const head = bytes.subarray(0, 4096).toString('latin1');
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1');
  const isPdf = type?.mime === 'application/pdf' && /^%PDF-\d\.\d/.test(head) && tail.includes('%%EOF') && !MARKUP.test(head);
  if (!isPdf) throw badInput(field, 'INVALID_FILE_TYPE', 'Not a PDF');
}

/** Images larger than this many pixels are refused before anything is inflated (a decompression bomb). */
export const MAX_IMAGE_PIXELS = 50_000_000;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Samples per pixel of each PNG colour type (greyscale, RGB, palette, grey + alpha, RGBA). */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * A PNG decodes: its signature, an IHDR with a size, every chunk within the file up to IEND, and
 * the IDAT stream inflating to exactly the bytes its rows need (non-interlaced) or at least one
 * byte per row (interlaced). A renamed file, a truncated one or random bytes after a PNG header fail.
 */
function pngDecodes(bytes: Buffer): boolean {
  if (bytes.length < 45 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return false;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const [bitDepth, colourType, , , interlace] = bytes.subarray(24, 29);
  const channels = PNG_CHANNELS[colourType];
  if (!width || !height || !channels || width * height > MAX_IMAGE_PIXELS || ![1, 2, 4, 8, 16].includes(bitDepth)) return false;
  const data: Buffer[] = [];
  let offset = 8;
  let ended = false;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (offset + 12 + length > bytes.length) return false;
    if (type === 'IDAT') data.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!ended || data.length === 0) return false;
  const rowBytes = 1 + Math.ceil((width * channels * bitDepth) / 8);
  try {
    const pixels = inflateSync(Buffer.concat(data), { maxOutputLength: rowBytes * height + 1 });
    return interlace ? pixels.length >= height : pixels.length === rowBytes * height;
  } catch {
    return false;
  }
}

/**
 * A JPEG decodes as far as its structure goes: SOI, well-formed marker segments, a frame header
 * (SOF) with a size, a scan (SOS) and the end-of-image marker closing the file.
 */
function jpegDecodes(bytes: Buffer): boolean {
  if (bytes.length < 128 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  let offset = 2;
  let hasFrame = false;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return false;
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = bytes.readUInt16BE(offset + 2);
    if (length < 2 || offset + 2 + length > bytes.length) return false;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const height = bytes.readUInt16BE(offset + 5);
      const width = bytes.readUInt16BE(offset + 7);
      if (!width || !height || width * height > MAX_IMAGE_PIXELS) return false;
      hasFrame = true;
    }
    if (marker === 0xda) {
      const tail = bytes.subarray(Math.max(offset + 2 + length, bytes.length - 64));
      // The scan runs to the end of image; trailing padding after it is tolerated.
      return hasFrame && tail.includes(Buffer.from([0xff, 0xd9]));
    }
    offset += 2 + length;
  }
  return false;
}

/** The image types documents and photos accept, each with its decoder. */
const IMAGE_DECODERS: Record<string, (bytes: Buffer) => boolean> = { 'image/png': pngDecodes, 'image/jpeg': jpegDecodes };

/**
 * An uploaded image is the image it claims to be: the type sniffed from the bytes equals the
 * declared one, and the image decodes (its structure and, for PNG, its compressed pixels).
 * BAD_USER_INPUT INVALID_FILE_TYPE otherwise.
 */
export async function assertImage(field: string, bytes: Buffer, contentType: string): Promise<void> {
  const decodes = IMAGE_DECODERS[contentType];
  const type = await fileTypeFromBuffer(bytes);
  if (!decodes || type?.mime !== contentType || !decodes(bytes)) throw badInput(field, 'INVALID_FILE_TYPE', `Not a readable ${contentType} image`);
}
