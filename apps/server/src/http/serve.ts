/**
 * Registers an endpoint from its descriptor in `@vigil/api`: method, path, access rule, validation
 * and the OpenAPI entry all come from that one object. `requireDescriptors` makes it the only way in.
 */
import type { BodyOf, HandlerResultOf, ParamsOf, QueryOf, RouteDescriptor } from '@vigil/api';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { z } from 'zod';
import type { App } from '../context.ts';
import { errorResponses } from './schemas.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The descriptor the route was registered from. */
    route?: RouteDescriptor;
  }
}

/** The request a handler of `R` receives: input already validated and typed from the descriptor. */
export type RequestOf<R extends RouteDescriptor> = FastifyRequest<{
  Params: ParamsOf<R>;
  Querystring: QueryOf<R>;
  Body: BodyOf<R>;
}>;

/** A handler returns the JSON answer, or the reply when it sent something else (a file, a status). */
export type HandlerOf<R extends RouteDescriptor> = (
  req: RequestOf<R>,
  reply: FastifyReply,
) => Promise<HandlerResultOf<R> | FastifyReply> | HandlerResultOf<R> | FastifyReply;

/** The Fastify schema of a descriptor: validation of its input and the documented answers. */
function schemaOf(route: RouteDescriptor): FastifySchema {
  const response: Record<number, z.ZodType> = { ...errorResponses };
  for (const [status, schema] of Object.entries(route.responses)) {
    if (schema) response[Number(status)] = schema;
    else if (Number(status) === 204) response[204] = z.null();
  }
  return {
    tags: [route.tag],
    summary: route.summary,
    ...(route.hidden ? { hide: true } : {}),
    ...(route.params ? { params: route.params } : {}),
    ...(route.query ? { querystring: route.query } : {}),
    ...(route.body ? { body: route.body } : {}),
    ...(route.upload ? { consumes: ['multipart/form-data'] } : {}),
    ...(route.file ? { produces: [route.file] } : {}),
    response,
  } as FastifySchema;
}

/** Registers `handler` as the endpoint `route` describes. */
export function serve<R extends RouteDescriptor>(
  app: App | FastifyInstance,
  route: R,
  handler: HandlerOf<R>,
): void {
  (app as FastifyInstance).route({
    method: route.method,
    url: route.path,
    config: { access: route.access, route },
    schema: schemaOf(route),
    ...(route.maxJsonBytes ? { bodyLimit: route.maxJsonBytes } : {}),
    handler: handler as never,
  });
}

/** Refuses, at start-up, any `/api/` route registered without a descriptor. */
export function requireDescriptors(app: FastifyInstance): void {
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/') || r.url.startsWith('/api/docs')) return;
    if (!r.config?.route)
      throw new Error(
        `${[r.method].flat().join(',')} ${r.url} has no descriptor in @vigil/api; register it with serve()`,
      );
  });
}
