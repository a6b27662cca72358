/** Test support for the scanner importers: fixture paths, temp files and collecting resources. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FileImporter, ImportError, type Resource, resourceType } from '@vigil/monitoring';
import { afterAll } from 'vitest';

/** Absolute path of a committed fixture. */
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

let dir: string | undefined;
// Each test file imports this module afresh, so each file removes its own temp files.
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Writes content to a fresh temp file and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  dir ??= mkdtempSync(join(tmpdir(), 'vigil-scanners-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs an importer over a file and returns every resource, checking each against its type's schema. */
export async function importAll(importer: FileImporter, path: string, name = path): Promise<Resource[]> {
  const out: Resource[] = [];
  for await (const r of importer.read({ path, name })) {
    const def = resourceType(r.type);
    if (!def) throw new Error(`unregistered resource type ${r.type}`);
    const parsed = def.attributes.safeParse(r.attributes);
    if (!parsed.success) throw new Error(`${r.type} ${r.externalId}: ${parsed.error.message}`);
    out.push(r);
  }
  return out;
}

/** The ImportError an import raises, or undefined when it succeeds; any other error is rethrown. */
export async function importError(
  importer: FileImporter,
  path: string,
  name = 'input.json',
): Promise<ImportError | undefined> {
  try {
    for await (const _ of importer.read({ path, name })) {
      // drain
    }
    return undefined;
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
}
