/** Turning a route and its input into an HTTP request: the one place URLs are built. */
import type { InputOf, RouteDescriptor } from './route.ts';

export type QueryValue = string | number | boolean | null | undefined;

/** Builds `path?k=v` from the defined, non-empty values only. Example: withQuery('/a', {q: ''}) === '/a'. */
export function withQuery(path: string, query?: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The path of `route` with its `:name` parameters filled in (URL-encoded). */
export function pathOf(route: RouteDescriptor, params?: Record<string, unknown>): string {
  return route.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '')
      throw new Error(`${route.method} ${route.path}: path parameter "${name}" is missing`);
    return encodeURIComponent(String(value));
  });
}

/** The URL (path and query) a call of `route` with `input` goes to. */
export function urlOf<R extends RouteDescriptor>(route: R, input?: InputOf<R>): string {
  const { params, query } = (input ?? {}) as {
    params?: Record<string, unknown>;
    query?: Record<string, unknown>;
  };
  return withQuery(pathOf(route, params), query);
}

/** The JSON body of a call, or undefined when the route takes none. */
export function bodyOf<R extends RouteDescriptor>(input?: InputOf<R>): unknown {
  return (input as { body?: unknown } | undefined)?.body;
}
