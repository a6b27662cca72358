/**
 * The one way the web app talks to the API: same-origin fetch with the session cookie, the CSRF
 * token on every write, and failures turned into `ApiError` carrying the server's code and field.
 */
import type { ErrorBody } from './types.ts';

/** A failed API call; `field` names the input at fault when the server said which. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session; every session response passes through here. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** The CSRF token of the current session, for writes made outside `api` (tests, downloads). */
export function getCsrfToken() {
  return csrfToken;
}

export type QueryValue = string | number | boolean | null | undefined;

/** Builds `path?k=v` from the defined, non-empty values only. Example: withQuery('/a', {q: ''}) === '/a'. */
export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
}

async function errorFrom(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as Partial<ErrorBody>;
    if (body.error?.message)
      return new ApiError(res.status, body.error.code, body.error.message, body.error.field);
  } catch {
    // Not JSON: a proxy or the network answered, not Vigil.
  }
  return new ApiError(res.status, 'http_error', `The server answered ${res.status} ${res.statusText}`.trim());
}

/** Calls the API and returns the parsed JSON body; throws `ApiError` on any non-2xx answer. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, options.query), {
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
