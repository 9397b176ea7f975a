import type { ApiErrorReason } from './api-errors.generated';

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
 * big files never travel inside GraphQL JSON) and answers its `uploadId` for a later mutation (`publishDocument`, `publishPhoto`).
 * XMLHttpRequest rather than fetch: only it reports the upload's progress (`onProgress`, 0 to 1).
 * `url` names another staging route of the same shape (a request's attachments: `/requests/uploads?name=…`).
 */
export function stageUpload(file: Blob, onProgress: (fraction: number) => void, signal?: AbortSignal, url = '/uploads'): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
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
