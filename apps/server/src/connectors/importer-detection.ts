/** Picks a file importer from a file's first bytes and name, or a bundle folder's marker file. */
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileImporter, ImportInput } from '@vigil/monitoring';
import { detectIn, importerIn, type MonitoringRegistry } from '../monitoring/index.ts';

const HEAD_BYTES = 8192;

/** Reads the first bytes of a file as text (enough for every importer's `detect`); a folder has none. */
export async function readHead(path: string): Promise<string> {
  if ((await stat(path)).isDirectory()) return '';
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * A folder has no first bytes, so a bundle folder is known by the file it always holds: the GitHub
 * bundle's `bundle.json` (whose content the importers recognise) or the AWS bundle's caller identity.
 */
async function detectFolder(registry: MonitoringRegistry, dir: string): Promise<FileImporter | undefined> {
  const manifest = join(dir, 'bundle.json');
  if (await isFile(manifest)) return detectIn(registry, await readHead(manifest), 'bundle.json');
  if (await isFile(join(dir, 'sts', 'get-caller-identity.json'))) return importerIn(registry, 'aws.bundle');
  return undefined;
}

/** The importer whose format the file (or bundle folder) matches, or null. */
export async function detectFileImporter(
  registry: MonitoringRegistry,
  file: ImportInput,
): Promise<FileImporter | null> {
  if ((await stat(file.path)).isDirectory()) return (await detectFolder(registry, file.path)) ?? null;
  return detectIn(registry, await readHead(file.path), file.name) ?? null;
}
