import { assertImage, assertPdf } from '../files/content-check';
import { badInput } from '../graphql/errors';

/** Inline files (`contentBase64`) up to this size once decoded; larger ones go through a staged upload. */
export const MAX_INLINE_BYTES = 10 * 1024 * 1024;
/** Staged uploads (`POST /uploads`) up to this size. */
export const MAX_STAGED_BYTES = 50 * 1024 * 1024;

/** The types a document may have, with the extension of its stored file. */
export const DOCUMENT_TYPES: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The declared type, refused unless documents accept it. */
export function assertDocumentType(contentType: string): string {
  const type = contentType.trim().toLowerCase();
  if (!DOCUMENT_TYPES[type]) throw badInput('contentType', 'INVALID_FILE_TYPE', 'Documents are PDF, JPEG or PNG files');
  return type;
}

/** Decodes an inline file, refusing more than MAX_INLINE_BYTES before decoding anything. */
export function decodeInline(contentBase64: string): Buffer {
  const text = contentBase64.replace(/\s+/g, '');
  if (Math.floor((text.length * 3) / 4) - 2 > MAX_INLINE_BYTES) throw badInput('contentBase64', 'FILE_TOO_LARGE', `At most ${MAX_INLINE_BYTES} bytes inline; use POST /uploads`);
  if (!BASE64.test(text) || text.length % 4 !== 0) throw badInput('contentBase64', 'INVALID_VALUE', 'Not base64');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > MAX_INLINE_BYTES) throw badInput('contentBase64', 'FILE_TOO_LARGE', `At most ${MAX_INLINE_BYTES} bytes inline; use POST /uploads`);
  if (bytes.length === 0) throw badInput('contentBase64', 'INVALID_VALUE', 'The file is empty');
  return bytes;
}

/**
 * The bytes are what the declared type says, checked on the content (never on the name): a PDF
 * must look like a PDF, an image must decode (files/content-check.ts).
 */
export async function assertDocumentContent(field: string, bytes: Buffer, contentType: string): Promise<void> {
  if (contentType === 'application/pdf') await assertPdf(field, bytes);
  else await assertImage(field, bytes, contentType);
}
