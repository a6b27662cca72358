/** zod validation of parsed export data, with failures reported as ImportError at a JSON path. */
import { ImportError } from '@vigil/monitoring';
import { z } from 'zod';

/** Appends a zod issue path to a JSONPath: `$[3]` + `['profile','login']` → `$[3].profile.login`. */
export function joinPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${String(k)}`), base);
}

/** Parses `value` with `schema` or throws ImportError naming the file and the JSON path of the first problem. */
export function parseAt<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  at: string,
  what: string,
): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new ImportError(file, joinPath(at, issue.path), `not a ${what}: ${issue.message}`);
}

/** A string that `Date.parse` understands (API timestamps). */
export const dateString = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'is not a date-time');
