/** Test helpers for the saas importers: fixture paths, collecting resources, temp files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateOne, type FileImporter, ImportError, type Resource } from '@vigil/monitoring';
import { SAAS_CHECKS } from '@vigil/monitoring/checks/saas';

/** Absolute path of a file under saas/fixtures. */
export const fixture = (rel: string) => fileURLToPath(new URL(`../fixtures/${rel}`, import.meta.url));

/** Reads every resource the importer yields. */
export async function collect(importer: FileImporter, path: string, name = path): Promise<Resource[]> {
  const out: Resource[] = [];
  for await (const r of importer.read({ path, name })) out.push(r);
  return out;
}

/** The ImportError the import raises (fails the test when it succeeds or throws something else). */
export async function importError(
  importer: FileImporter,
  path: string,
  name = 'export',
): Promise<ImportError> {
  try {
    await collect(importer, path, name);
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError, the import succeeded');
}

const dir = mkdtempSync(join(tmpdir(), 'vigil-saas-'));
let n = 0;

/** Writes content to a fresh temp file and returns its path. */
export function tempFile(content: string | Uint8Array, ext = '.txt'): string {
  const path = join(dir, `f${n++}${ext}`);
  writeFileSync(path, content);
  return path;
}

/** Evaluates one built-in saas check on one resource. */
export function runCheck(id: string, resource: Resource, now = new Date('2025-06-01T12:00:00Z')) {
  const check = SAAS_CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return evaluateOne(check as unknown as Parameters<typeof evaluateOne>[0], resource, now);
}

/** True when the error is an ImportError or the run succeeded: what a fuzzed importer may do. */
export async function onlyImportErrors(importer: FileImporter, path: string): Promise<void> {
  try {
    await collect(importer, path, 'fuzz');
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
  }
}
