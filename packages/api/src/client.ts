/**
 * The typed client every caller of the API uses (the web app, scripts, the CLI's tests): a call
 * names a route descriptor, and its input and answer are typed from that descriptor.
 */
import type { ErrorBody } from './common.ts';
import { bodyOf, urlOf } from './request.ts';
import type { InputOf, ResponseOf, RouteDescriptor } from './route.ts';

/** A failed API call; `field` names the input at fault when the server said which. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Every field that failed validation, when the server listed them (the first is `field`). */
    readonly fields: readonly { field: string; message: string }[] = field ? [{ field, message }] : [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  /** Origin of the server, e.g. `http://127.0.0.1:3000`; empty for same-origin calls in a browser. */
  baseUrl?: string;
  /** Extra headers per request, e.g. credentials and the CSRF token on writes. */
  headers?: (method: string) => Record<string, string>;
  /** Options merged into every fetch, e.g. `credentials: 'same-origin'`. */
  init?: RequestInit;
  fetch?: typeof fetch;
}

/** Args of a call: the input may be left out when the route needs nothing. */
export type CallArgs<R extends RouteDescriptor> =
  Record<never, never> extends InputOf<R> ? [input?: InputOf<R>] : [input: InputOf<R>];

/** Reads the error body the server sends with every failure, or describes a non-Vigil failure. */
export async function errorFrom(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as Partial<ErrorBody>;
    if (body.error?.message)
      return new ApiError(
        res.status,
        body.error.code,
        body.error.message,
        body.error.field,
        body.error.fields,
      );
  } catch {
    // Not JSON: a proxy or the network answered, not Vigil.
  }
  return new ApiError(res.status, 'http_error', `The server answered ${res.status} ${res.statusText}`.trim());
}

/** A client for the API at `baseUrl`. */
export function createApiClient(options: ApiClientOptions = {}) {
  const doFetch = options.fetch ?? fetch;

  /** Sends the request of `route` and returns the raw response, whatever its status. */
  async function send<R extends RouteDescriptor>(
    route: R,
    input?: InputOf<R>,
    extra: { body?: BodyInit; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const json = bodyOf(input);
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers?.(route.method),
      ...extra.headers,
    };
    try {
      return await doFetch(`${options.baseUrl ?? ''}${urlOf(route, input)}`, {
        ...options.init,
        method: route.method,
        headers,
        body: extra.body ?? (json === undefined ? undefined : JSON.stringify(json)),
      });
    } catch {
      throw new ApiError(0, 'network', 'Cannot reach the Vigil server; check your connection and try again');
    }
  }

  /** Calls `route` and returns its JSON answer; throws `ApiError` on any non-2xx answer. */
  async function call<R extends RouteDescriptor>(route: R, ...[input]: CallArgs<R>): Promise<ResponseOf<R>> {
    const res = await send(route, input);
    if (!res.ok) throw await errorFrom(res);
    if (res.status === 204) return undefined as ResponseOf<R>;
    return (await res.json()) as ResponseOf<R>;
  }

  return { call, send };
}

export type ApiClient = ReturnType<typeof createApiClient>;
