/**
 * The one way the web app talks to the API: the typed client of `@vigil/api` over same-origin fetch
 * with the session cookie and the CSRF token on every write; failures arrive as `ApiError` carrying
 * the server's code and field.
 */
import { ApiError, createApiClient } from '@vigil/api';

export { ApiError, withQuery } from '@vigil/api';

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

/** True when `error` is an API error about `field` (or one of its items, e.g. `criteria.0`). */
export function isFieldError(error: unknown, field: string): error is ApiError {
  return (
    error instanceof ApiError &&
    !!error.field &&
    (error.field === field || error.field.startsWith(`${field}.`) || error.field.startsWith(`${field}[`))
  );
}

/**
 * The message to show under `field`, or undefined when the error is about something else. The
 * server prefixes messages with the field name ("windowEnd: …"); under the field itself that is noise.
 */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!isFieldError(error, field)) return undefined;
  const prefix = `${error.field}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

// --- Until every domain calls through descriptors: the untyped call by URL. ---
import { withQuery as buildUrl, errorFrom } from '@vigil/api';

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
}

/** Calls the API by URL; being removed as each domain moves to `call`. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Cannot reach the Vigil server; check your connection and try again');
  }
  if (!res.ok) throw await errorFrom(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
