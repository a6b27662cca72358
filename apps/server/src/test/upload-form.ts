/** Builds multipart/form-data bodies for evidence uploads, as a browser or `curl -F` would send them (tests use it). */
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Client } from './test-app.ts';

export interface UploadFile {
  name: string;
  content: Buffer;
  type?: string;
}

/** The body and content type of a form with text fields (repeatable) and one file. */
export function multipartBody(fields: Record<string, string | string[]>, file?: UploadFile) {
  const boundary = `----vigil${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const v of [value].flat()) {
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`),
      );
    }
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** POSTs an upload to /api/evidence as the client's signed-in person. */
export function uploadEvidence(
  client: Client,
  fields: Record<string, string | string[]>,
  file?: UploadFile,
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipartBody(fields, file);
  return client.app.inject({
    method: 'POST',
    url: '/api/evidence',
    headers: { ...client.authHeaders('POST'), 'content-type': contentType },
    payload,
  });
}
