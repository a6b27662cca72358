/** Schemas many endpoints share: the error body, ids, names, dates. */
import { MAX_PASSWORD_LENGTH } from '@vigil/core/password-policy';
import { z } from 'zod';

/**
 * The body of every failure: a stable code, a sentence, and the input at fault when there is one. A
 * request whose fields fail validation lists each of them in `fields`, so a form marks them all at once.
 */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

// Messages in plain words: forms show them under the field they name.
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .email('enter an email address, like name@example.com')
  .max(254, 'must be 254 characters or fewer');
export const PasswordSchema = z
  .string()
  .min(1, 'enter a password')
  .max(MAX_PASSWORD_LENGTH, `must be ${MAX_PASSWORD_LENGTH} characters or fewer`);
export const NameSchema = z
  .string()
  .trim()
  .min(1, 'cannot be empty')
  .max(200, 'must be 200 characters or fewer');
/**
 * The body of a route that takes none: absent or `{}`. Anything else is refused naming the field,
 * so a caller who expects a field to mean something learns that it does not.
 */
export const NoBodySchema = z.strictObject({}).nullish();
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

/** A list answer with everything in it. */
export function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}
/** One page of a longer list, with the total to page through. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number() });
}
export type Items<T> = { items: T[] };
export type Page<T> = { items: T[]; total: number };
