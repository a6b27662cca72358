/**
 * Multipart uploads with progress: XMLHttpRequest, because fetch cannot report how much of the
 * body has been sent. Same rules as `api`: session cookie, CSRF header, failures as `ApiError`.
 */

import type { ErrorBody } from '@vigil/api';
import { ApiError, getCsrfToken } from './client.ts';

/** Where an upload is: sending bytes (with the share sent), then waiting while the server works. */
export type UploadPhase = { phase: 'sending'; share: number } | { phase: 'processing' };

export type FormValue = string | string[] | File | null | undefined;

/** The form as the server reads it: text fields first, then the file, so fields arrive before the bytes. */
export function formDataOf(fields: Record<string, FormValue>): FormData {
  const form = new FormData();
  const entries = Object.entries(fields).sort(
    ([, a], [, b]) => Number(a instanceof File) - Number(b instanceof File),
  );
  for (const [name, value] of entries) {
    if (value === undefined || value === null || value === '') continue;
    if (value instanceof File) form.append(name, value, value.name);
    else for (const v of [value].flat()) form.append(name, v);
  }
  return form;
}

function errorOf(xhr: XMLHttpRequest): ApiError {
  try {
    const body = JSON.parse(xhr.responseText) as Partial<ErrorBody>;
    if (body.error?.message)
      return new ApiError(
        xhr.status,
        body.error.code,
        body.error.message,
        body.error.field,
        body.error.fields,
      );
  } catch {
    // Not JSON: a proxy answered (a 413 from nginx, say), not Vigil.
  }
  if (xhr.status === 413) return new ApiError(413, 'too_large', 'The file is larger than the server accepts');
  return new ApiError(xhr.status, 'http_error', `The server answered ${xhr.status} ${xhr.statusText}`.trim());
}

/** POSTs `form` to `path`, reporting progress; resolves with the parsed JSON answer. */
export function uploadForm<T>(
  path: string,
  form: FormData,
  onProgress?: (p: UploadPhase) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.({ phase: 'sending', share: e.loaded / e.total });
    };
    xhr.upload.onload = () => onProgress?.({ phase: 'processing' });
    xhr.onerror = () =>
      reject(
        new ApiError(0, 'network', 'Cannot reach the Vigil server; check your connection and try again'),
      );
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorOf(xhr));
      try {
        resolve(JSON.parse(xhr.responseText) as T);
      } catch {
        reject(new ApiError(xhr.status, 'http_error', 'The server sent an answer Vigil could not read'));
      }
    };
    onProgress?.({ phase: 'sending', share: 0 });
    xhr.send(form);
  });
}
