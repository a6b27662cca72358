/**
 * Reads an export as UTF-8 text, chunk by chunk, so a 500 MB file never sits in memory whole.
 * Invalid UTF-8 is an ImportError naming the line, never silently replaced characters.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ImportError, type ImportInput } from '@vigil/monitoring';
import { firstInvalidUtf8 } from '../../utf8-validation.ts';

export { firstInvalidUtf8 };

/** Largest file any saas importer accepts (exports of tens of thousands of rows are far below it). */
export const MAX_EXPORT_BYTES = 2 * 1024 ** 3;

function countNewlines(buf: Uint8Array, end = buf.length): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (buf[i] === 0x0a) n++;
  return n;
}

/** Fails early on a missing file, a directory or an oversized export. */
export async function assertReadableFile(input: ImportInput, maxBytes = MAX_EXPORT_BYTES): Promise<number> {
  let size: number;
  try {
    const s = await stat(input.path);
    if (!s.isFile()) throw new ImportError(input.name, null, 'is not a file');
    size = s.size;
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(
      input.name,
      null,
      `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  if (size > maxBytes) {
    throw new ImportError(input.name, null, `is ${size} bytes, larger than the ${maxBytes}-byte limit`);
  }
  return size;
}

/** Yields the file's text in chunks; a BOM is dropped; invalid UTF-8 throws ImportError with its line. */
export async function* utf8Chunks(input: ImportInput, maxBytes = MAX_EXPORT_BYTES): AsyncGenerator<string> {
  await assertReadableFile(input, maxBytes);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 0;
  const stream = createReadStream(input.path, { highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const at = firstInvalidUtf8(chunk);
        const line = lines + countNewlines(chunk, Math.max(at, 0)) + 1;
        throw new ImportError(
          input.name,
          `line ${line}`,
          'is not valid UTF-8 text (export the file as UTF-8)',
        );
      }
      lines += countNewlines(chunk);
      if (text) yield text;
    }
    try {
      const rest = decoder.decode();
      if (rest) yield rest;
    } catch {
      throw new ImportError(
        input.name,
        `line ${lines + 1}`,
        'ends inside a UTF-8 character (file is truncated)',
      );
    }
  } finally {
    stream.destroy();
  }
}

/** Reads a small file whole as text (manifests, per-repository JSON); large files are refused. */
export async function readSmallText(input: ImportInput, maxBytes = 64 * 1024 ** 2): Promise<string> {
  let text = '';
  for await (const chunk of utf8Chunks(input, maxBytes)) text += chunk;
  return text;
}
