import { fileTypeFromBuffer } from 'file-type';
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
