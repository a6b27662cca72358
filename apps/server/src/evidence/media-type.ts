/**
 * Decides an item's media type from its bytes (file-type), not from what the client claims: the
 * sniffed type wins, then the claimed one, then the file extension. Executables are refused.
 */
import { extname } from 'node:path';
import { invalid } from '@vigil/core';
import { fileTypeFromBuffer } from 'file-type';

// Programs are never evidence, and storing them would make Vigil a place to hand malware around.
const EXECUTABLES = new Set([
  'application/x-msdownload',
  'application/x-elf',
  'application/x-mach-binary',
  'application/vnd.android.package-archive',
]);

// Text formats carry no magic number, so file-type cannot see them; the extension is the best hint.
const BY_EXTENSION: Record<string, string> = {
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.txt': 'text/plain',
  '.log': 'text/plain',
  '.md': 'text/markdown',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.sarif': 'application/sarif+json',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.svg': 'image/svg+xml',
};

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

export interface ResolvedMediaType {
  mediaType: string;
  /** What the bytes say, or null when file-type knows no signature for them. */
  sniffed: string | null;
}

/** The media type to record for content starting with `head`. */
export async function resolveMediaType(
  head: Buffer,
  fileName: string,
  claimed?: string | null,
): Promise<ResolvedMediaType> {
  const sniffed = (await fileTypeFromBuffer(head))?.mime ?? null;
  if (sniffed && EXECUTABLES.has(sniffed)) {
    throw invalid(
      'file',
      `file: "${fileName}" is an executable (${sniffed}); evidence must be a document, export or image`,
    );
  }
  const claim = claimed?.split(';')[0]?.trim().toLowerCase();
  const usableClaim = claim && MEDIA_TYPE.test(claim) && claim !== 'application/octet-stream' ? claim : null;
  const mediaType =
    sniffed ?? usableClaim ?? BY_EXTENSION[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
  return { mediaType, sniffed };
}
