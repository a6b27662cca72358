/** Endpoints about the API itself. */
import { z } from 'zod';
import { defineRoute } from './route.ts';

/** The API's own description. */
export const metaRoutes = {
  openapi: defineRoute({
    method: 'GET',
    path: '/api/openapi.json',
    access: { public: true },
    tag: 'meta',
    summary: 'This API as an OpenAPI 3.1 document, made from the same descriptors the server registers',
    hidden: true,
    responses: { 200: z.record(z.string(), z.unknown()) },
  }),
} as const;
