/** Picks a file importer from a file's first bytes and name, or from what a folder (an unpacked bundle) holds. */
import { open, stat } from 'node:fs/promises';
import type { FileImporter, ImportInput } from '@vigil/monitoring';
import { detectIn, type MonitoringRegistry } from '../monitoring/index.ts';

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

/** The first importer that claims the folder (a bundle, an unpacked archive), in the registry's order. */
async function detectFolder(registry: MonitoringRegistry, dir: string): Promise<FileImporter | undefined> {
  for (const importer of registry.importers) {
    if (importer.detectFolder && (await importer.detectFolder(dir))) return importer;
  }
  return undefined;
}

/** What auto-detection can read, in a customer's words: for the message of a file it did not recognise. */
export function readableFormats(registry: MonitoringRegistry, fileName = ''): string {
  const all = registry.importers.map((i) => i.title).join('; ');
  // A CSV of a known kind whose columns were renamed is only recognised once its columns are chosen.
  return /\.csv$/i.test(fileName)
    ? `${all}. A CSV export whose columns have other names is read by a connector of its kind, once its columns are chosen`
    : all;
}

/** The importer whose format the file (or bundle folder) matches, or null. */
export async function detectFileImporter(
  registry: MonitoringRegistry,
  file: ImportInput,
): Promise<FileImporter | null> {
  if ((await stat(file.path)).isDirectory()) return (await detectFolder(registry, file.path)) ?? null;
  return detectIn(registry, await readHead(file.path), file.name) ?? null;
}
