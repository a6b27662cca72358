/** Picks a file importer from a file's first bytes and name. */
import { open, stat } from 'node:fs/promises';
import type { FileImporter, ImportInput } from '@vigil/monitoring';
import { detectIn, type MonitoringRegistry } from './registry.ts';

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

/** The importer whose format the file matches, or null. */
export async function detectFileImporter(
  registry: MonitoringRegistry,
  file: ImportInput,
): Promise<FileImporter | null> {
  return detectIn(registry, await readHead(file.path), file.name) ?? null;
}
