/**
 * The one way the web app talks to the API: the typed client of `@vigil/api` over same-origin fetch
 * with the session cookie and the CSRF token on every write; failures arrive as `ApiError` carrying
 * the server's code and field.
 */
import { ApiError, createApiClient } from '@vigil/api';
import { plainMessage } from './plain-message.ts';

export { ApiError } from '@vigil/api';

let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session; every session response passes through here. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** The CSRF token of the current session, for writes made outside `call` (tests, downloads). */
export function getCsrfToken() {
  return csrfToken;
}

const client = createApiClient({
  init: { credentials: 'same-origin' },
  headers: (method): Record<string, string> =>
    method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {},
});

/** Calls a route of `@vigil/api` and returns its typed answer; throws `ApiError` on any non-2xx answer. */
export const call = client.call;
/** Sends a route's request and returns the raw response (uploads and downloads). */
export const send = client.send;

const about = (name: string, field: string) =>
  name === field || name.startsWith(`${field}.`) || name.startsWith(`${field}[`);

/** True when `error` is an API error about `field` (or one of its items, e.g. `criteria.0`). */
export function isFieldError(error: unknown, field: string): error is ApiError {
  return error instanceof ApiError && error.fields.some((f) => about(f.field, field));
}

/**
 * The message to show under `field`, or undefined when the error is about something else. The
 * server prefixes messages with the field name ("windowEnd: …"); under the field itself that is noise.
 */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!isFieldError(error, field)) return undefined;
  const found = error.fields.find((f) => about(f.field, field))!;
  const prefix = `${found.field}: `;
  const message = plainMessage(
    found.message.startsWith(prefix) ? found.message.slice(prefix.length) : found.message,
  );
  return message.charAt(0).toUpperCase() + message.slice(1);
}
