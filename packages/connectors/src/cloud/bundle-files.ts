/** Files of an AWS bundle directory: locating them and reading one CLI call's saved result. */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportError, type ImportInput } from '@vigil/monitoring';
import type { z } from 'zod';
import { parseShape, readCliResult } from './read-input.ts';

/** Where the bundle lives and how its files are named in messages. */
export interface BundleDir {
  path: string;
  name: string;
}

export const exists = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** The input for one file of the bundle. */
export const fileIn = (dir: BundleDir, rel: string): ImportInput => ({
  path: join(dir.path, rel),
  name: `${dir.name}/${rel}`,
});

/**
 * The result of one CLI call: its JSON validated against `schema`, `null` when it failed with one of
 * the `absent` codes, `undefined` when it was not collected or failed otherwise.
 */
export async function callResult<T extends z.ZodType>(
  dir: BundleDir,
  rel: string,
  schema: T,
  absent: string[] = [],
): Promise<z.output<T> | null | undefined> {
  for (const ext of ['.json', '.err']) {
    const input = fileIn(dir, rel + ext);
    if (!(await exists(input.path))) continue;
    const result = await readCliResult(input.path, input.name);
    if (!result.ok) return absent.includes(result.code) ? null : undefined;
    return parseShape(schema, result.value, input.name, `the output of ${rel.split('/').pop()}`);
  }
  return undefined;
}

/** Rejects names that could leave the bundle directory when used as a path segment. */
export function safeSegment(value: string, file: string, path: string): string {
  if (!/^[\w.:-]{1,255}$/.test(value) || value.includes('..')) {
    throw new ImportError(file, path, `unexpected characters in ${JSON.stringify(value.slice(0, 80))}`);
  }
  return value;
}
