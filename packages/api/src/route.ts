/**
 * What an endpoint is, as data: method, path, access rule, and the zod schemas of its input and
 * answers. The server registers routes from these objects and the clients build requests from them,
 * so the two cannot drift.
 */
import type { Permission } from '@vigil/core/permissions';
import type { z } from 'zod';

/** Who may call a route: anyone, any signed-in person, or a member whose role has the permission. */
export type RouteAccess = { public: true } | { signedIn: true } | { permission: Permission };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One endpoint. `responses` lists the success answers by status: a schema for a JSON body, `null`
 * for no body (204) or a body that is not JSON (`file` then names its media type).
 */
export interface RouteDescriptor {
  readonly method: HttpMethod;
  readonly path: `/api/${string}`;
  readonly access: RouteAccess;
  /** The OpenAPI tag: the domain the route belongs to. */
  readonly tag: string;
  /** One line for the API reference. */
  readonly summary: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  /** A JSON body; routes taking a file say `upload` instead. */
  readonly body?: z.ZodType;
  /** The body is multipart/form-data (a file upload), read by the handler as a stream. */
  readonly upload?: true;
  /** A JSON body may be this large (bytes) instead of the server-wide 256 KiB: for a file's text sent as JSON. */
  readonly maxJsonBytes?: number;
  /** The success body is a download of this media type, not JSON. */
  readonly file?: string;
  /** Left out of the API reference (infrastructure, not part of the contract a script uses). */
  readonly hidden?: true;
  readonly responses: Readonly<Record<number, z.ZodType | null>>;
}

/** Declares an endpoint; keeps the literal types so clients and handlers are typed from it. */
export function defineRoute<const R extends RouteDescriptor>(route: R): R {
  return route;
}

type Defined<S> = S extends z.ZodType ? S : never;

/** What the handler receives after validation (defaults applied, strings coerced). */
export type ParamsOf<R extends RouteDescriptor> = R['params'] extends z.ZodType
  ? z.output<R['params']>
  : never;
export type QueryOf<R extends RouteDescriptor> = R['query'] extends z.ZodType ? z.output<R['query']> : never;
export type BodyOf<R extends RouteDescriptor> = R['body'] extends z.ZodType ? z.output<R['body']> : never;

/** The JSON bodies a route answers with on success, as a caller reads them. */
export type ResponseOf<R extends RouteDescriptor> = {
  [K in keyof R['responses']]: R['responses'][K] extends z.ZodType
    ? z.output<Defined<R['responses'][K]>>
    : never;
}[keyof R['responses']];

/** The JSON bodies a handler may return on success, before the response schema serializes them. */
export type HandlerResultOf<R extends RouteDescriptor> = {
  [K in keyof R['responses']]: R['responses'][K] extends z.ZodType
    ? z.input<Defined<R['responses'][K]>>
    : never;
}[keyof R['responses']];

type Optionalize<K extends string, T> = [T] extends [never]
  ? { [P in K]?: never }
  : undefined extends T
    ? { [P in K]?: T }
    : // A schema whose every field is optional may be left out entirely.
      Record<never, never> extends T
      ? { [P in K]?: T }
      : { [P in K]: T };

/** What a caller passes: path parameters, query and body, each required only when the route has one. */
export type InputOf<R extends RouteDescriptor> = Optionalize<
  'params',
  R['params'] extends z.ZodType ? z.input<R['params']> : never
> &
  Optionalize<'query', R['query'] extends z.ZodType ? z.input<R['query']> : never> &
  Optionalize<'body', R['body'] extends z.ZodType ? z.input<R['body']> : never>;
