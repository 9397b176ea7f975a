import { stageUpload, UploadError } from '../../../app/staged-upload';
import { fieldErrorsOf } from '../../../app/errors';

/** The refusals a person can act on; anything else reads as a generic failure. */
const KNOWN_REASONS = ['FILE_TOO_LARGE', 'INVALID_FILE_TYPE', 'INVALID_VALUE'] as const;

/**
 * Stages each file with `POST /requests/uploads` (its name in ?name=, kept on the message) and
 * answers their upload ids in order, for `openRequest`/`postRequestMessage`/`addTicketDocument`.
 */
export async function stageAttachments(files: File[]): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) ids.push(await stageUpload(file, () => undefined, undefined, `/requests/uploads?name=${encodeURIComponent(file.name)}`));
  return ids;
}

/** The message id that explains why a send with attachments failed (a staging refusal or the mutation's BAD_USER_INPUT). */
export function attachmentErrorId(error: unknown): string {
  const reason = error instanceof UploadError ? error.reason : (fieldErrorsOf(error).find((e) => e.field === 'uploadIds' || e.field === 'uploadId')?.reason ?? null);
  return reason && (KNOWN_REASONS as readonly string[]).includes(reason) ? `requests.attachments.error.${reason}` : 'requests.attachments.error.other';
}
