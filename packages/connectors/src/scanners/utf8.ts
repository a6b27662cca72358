/** Locates the first byte that breaks UTF-8, so a bad export can be reported at its line. */
import { firstInvalidUtf8 } from '../utf8-validation.ts';

/**
 * The offset of the first invalid UTF-8 sequence in a chunk read from the middle of a stream.
 * Continuation bytes at the very start belong to a character begun in the previous chunk.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let skip = 0;
  while (skip < 3 && skip < bytes.length && (bytes[skip]! & 0xc0) === 0x80) skip++;
  const bad = firstInvalidUtf8(bytes.subarray(skip));
  // A sequence cut by the chunk end is completed by the next chunk, so it is not an error here.
  return bad < 0 ? bytes.length : skip + bad;
}
