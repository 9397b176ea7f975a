import type { ApiErrorReason } from '../../app/api-errors.generated';

/** The API's refusal of an upload, in its error shape ({ error: { code, reason, field } }). */
export class UploadError extends Error {
  constructor(
    readonly code: string | null,
    readonly reason: ApiErrorReason | null,
  ) {
    super(reason ?? code ?? 'upload failed');
  }
}

/**
 * Stages a file with the API's `POST /uploads` (the raw bytes as application/octet-stream, so
 * big files never travel inside GraphQL JSON) and answers its `uploadId` for `publishDocument`.
 * XMLHttpRequest rather than fetch: only it reports the upload's progress (`onProgress`, 0 to 1).
 */
export function stageUpload(file: Blob, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/uploads');
    request.withCredentials = true;
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { uploadId?: string; error?: { code?: string; reason?: ApiErrorReason } } | null;
      if (request.status === 201 && body?.uploadId) {
        onProgress(1);
        resolve(body.uploadId);
      } else reject(new UploadError(body?.error?.code ?? null, body?.error?.reason ?? null));
    };
    request.onerror = () => reject(new UploadError(null, null));
    request.onabort = () => reject(new UploadError(null, null));
    signal?.addEventListener('abort', () => request.abort());
    request.send(file);
  });
}

/** The title a file gets by default: its name without the extension ("PV AG 2020.pdf" → "PV AG 2020"). */
export function titleOfFileName(fileName: string): string {
  const title = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return title || fileName;
}

/** The types the API accepts (checked again on the content there): PDF, JPEG, PNG. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** A file's type as the API names it, from the browser's or the name's extension; null when not accepted. */
export function contentTypeOf(file: { name: string; type: string }): (typeof ACCEPTED_TYPES)[number] | null {
  const known = ACCEPTED_TYPES.find((type) => type === file.type);
  if (known) return known;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension === 'pdf') return 'application/pdf';
  if (extension === 'jpg' || extension === 'jpeg') return 'image/jpeg';
  if (extension === 'png') return 'image/png';
  return null;
}
