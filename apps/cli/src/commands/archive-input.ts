/** A folder of exports packed as `.zip` or `.tar.gz`, given to `vigil check` or `vigil collect`, read as that folder. */
import { stat } from 'node:fs/promises';
import { ImportError, type ImportInput } from '@vigil/monitoring';
import { ARCHIVE_MAX_ENTRIES, unpackArchiveFile } from '@vigil/server';

// On the command line the person owns the file and the disk, so the cap only stops a runaway archive.
const MAX_UNPACKED_BYTES = 8 * 1024 ** 3;

/** The unpacked folder of an archive (remove it after reading), or null for any other file or a folder. */
export async function unpackCliArchive(
  path: string,
  fail: (message: string) => Error,
  name = path,
): Promise<{ input: ImportInput; remove(): Promise<void> } | null> {
  if (!(await stat(path)).isFile()) return null;
  try {
    return await unpackArchiveFile(path, name, {
      maxBytes: MAX_UNPACKED_BYTES,
      maxEntries: ARCHIVE_MAX_ENTRIES,
    });
  } catch (err) {
    if (err instanceof ImportError) throw fail(err.message);
    throw err;
  }
}
