/** The error answers every route documents; the shared request schemas live in `@vigil/api`. */
import { ErrorBodySchema } from '@vigil/api';

/** Standard error responses to document on a route. */
export const errorResponses = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
} as const;
