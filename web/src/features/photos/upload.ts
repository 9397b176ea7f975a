import type { ApiErrorReason } from '../../app/api-errors.generated';

/** The API's refusal of a staged upload, in its error shape ({ error: { code, reason } }). */
export class UploadError extends Error {
  constructor(readonly reason: ApiErrorReason | null) {
    super(reason ?? 'upload failed');
  }
}

/**
 * Stages a photo with the API's `POST /uploads` (the raw bytes as application/octet-stream, so a
 * photo never travels inside GraphQL JSON) and answers its `uploadId` for `publishPhoto`.
 */
export async function stagePhoto(file: Blob): Promise<string> {
  let response: Response;
  try {
    response = await fetch('/uploads', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/octet-stream' }, body: file });
  } catch {
    throw new UploadError(null);
  }
  const body = (await response.json().catch(() => null)) as { uploadId?: string; error?: { reason?: ApiErrorReason } } | null;
  if (response.status !== 201 || !body?.uploadId) throw new UploadError(body?.error?.reason ?? null);
  return body.uploadId;
}

/** A caption to start from: the file name without its extension, dashes as spaces ("facade-nord.jpg" → "facade nord"). */
export function captionOfFileName(fileName: string): string {
  const caption = fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return caption || fileName;
}

/** The types a photo may have (the API decodes the bytes again): JPEG, PNG, WebP. */
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';
