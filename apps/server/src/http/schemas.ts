/** Schemas shared by many routes: ids, the error body, and common fields. */
import { MAX_PASSWORD_LENGTH } from '@vigil/core';
import { z } from 'zod';

export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});

export const EmailSchema = z.string().trim().toLowerCase().email().max(254);
export const PasswordSchema = z.string().min(1).max(MAX_PASSWORD_LENGTH);
export const NameSchema = z.string().trim().min(1).max(200);
/**
 * The body of a route that takes none: absent or `{}`. Anything else is refused naming the field,
 * so a caller who expects a field to mean something learns that it does not.
 */
export const NoBodySchema = z.strictObject({}).nullish();
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

/** Standard error responses to document on a route. */
export const errorResponses = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
} as const;
