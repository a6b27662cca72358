/** Files of an AWS bundle directory: locating them and reading one CLI call's saved result. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ImportError, type ImportInput, type InputReport } from '@vigil/monitoring';
import type { z } from 'zod';
import { parseShape, readCliResult, refusalReason } from './read-input.ts';

/** Where the bundle lives and how its files are named in messages. */
export interface BundleDir {
  path: string;
  name: string;
  /** Notes what was read and what was looked for in vain, for the run's report (see `inputReport`). */
  log?: ReadLog;
}

/** Files a reader found and did not find, relative to the bundle root. */
export interface ReadLog {
  root: string;
  found: Set<string>;
  missing: Set<string>;
  /** Calls that failed for another reason than "does not exist", with why (see `refusalReason`). */
  failed: Map<string, string>;
}

/** A log for the directory at `path`. */
export const newReadLog = (path: string): ReadLog => ({
  root: path,
  found: new Set(),
  missing: new Set(),
  failed: new Map(),
});

/**
 * Why the call `rel` left its facts unknown: it failed for another reason than "does not exist",
 * or the bundle holds no file for it at all.
 */
export function failureOf(dir: BundleDir, rel: string): string | undefined {
  if (!dir.log) return undefined;
  const key = relative(dir.log.root, join(dir.path, rel));
  const failed = dir.log.failed.get(key);
  if (failed) return failed;
  const answered = dir.log.found.has(`${key}.json`) || dir.log.found.has(`${key}.err`);
  return !answered && dir.log.missing.has(`${key}.json`) ? NOT_COLLECTED : undefined;
}

/** The reason given for a call the bundle has no file for. */
export const NOT_COLLECTED = 'the bundle holds no answer for it';

export const exists = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** True when the file `rel` of the bundle exists; notes it in the bundle's log either way. */
export async function has(dir: BundleDir, rel: string): Promise<boolean> {
  const path = join(dir.path, rel);
  const found = await exists(path);
  if (dir.log) (found ? dir.log.found : dir.log.missing).add(relative(dir.log.root, path));
  return found;
}

/**
 * What a read of the bundle found: the files read, every other file in the directory, and those it
 * looked for in vain (a call's `.json`/`.err` pair counts once, by its `.json` name).
 */
export async function inputReport(log: ReadLog): Promise<InputReport> {
  const all = await readdir(log.root, { recursive: true, withFileTypes: true });
  const files = all
    .filter((e) => e.isFile())
    .map((e) => relative(log.root, join(e.parentPath, e.name)))
    .sort();
  return {
    recognised: files.filter((f) => log.found.has(f)),
    ignored: files.filter((f) => !log.found.has(f)),
    missing: [...log.missing].filter((m) => !log.found.has(m.replace(/\.json$/, '.err'))).sort(),
  };
}

/** The input for one file of the bundle. */
export const fileIn = (dir: BundleDir, rel: string): ImportInput => ({
  path: join(dir.path, rel),
  name: `${dir.name}/${rel}`,
});

/**
 * The result of one CLI call: its JSON validated against `schema`, `null` when it failed with one of
 * the `absent` codes, `undefined` when it was not collected or failed otherwise (then `failureOf`
 * says why).
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
    if (dir.log) dir.log.found.add(relative(dir.log.root, input.path));
    const result = await readCliResult(input.path, input.name, ext === '.err');
    if (!result.ok) {
      if (absent.includes(result.code)) return null;
      dir.log?.failed.set(relative(dir.log.root, join(dir.path, rel)), refusalReason(result.code));
      return undefined;
    }
    return parseShape(schema, result.value, input.name, `the output of ${rel.split('/').pop()}`);
  }
  if (dir.log) dir.log.missing.add(relative(dir.log.root, join(dir.path, `${rel}.json`)));
  return undefined;
}

/** Rejects names that could leave the bundle directory when used as a path segment. */
export function safeSegment(value: string, file: string, path: string): string {
  if (!/^[\w.:-]{1,255}$/.test(value) || value.includes('..')) {
    throw new ImportError(file, path, `unexpected characters in ${JSON.stringify(value.slice(0, 80))}`);
  }
  return value;
}
