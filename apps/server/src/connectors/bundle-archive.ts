/**
 * Uploaded bundles (a folder of exports, such as the GitHub or AWS bundle) arrive as one `.zip` or
 * `.tar.gz` and are unpacked into a private folder before import. Archives come from users, so every
 * entry is checked before a byte is written: no path leaving the folder, no links, no devices, and
 * caps on the entry count and the unpacked size so a small file cannot fill the disk.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import yauzl from 'yauzl';

export type ArchiveKind = 'zip' | 'tar.gz';

export interface ArchiveLimits {
  /** Total bytes of all entries once unpacked. */
  maxBytes: number;
  maxEntries: number;
}

/** Bad archive content; the message names the archive and the entry at fault. */
export class ArchiveError extends Error {
  constructor(archive: string, detail: string) {
    super(`${archive}: ${detail}`);
    this.name = 'ArchiveError';
  }
}

/** `zip`, `tar.gz` or null from the first bytes; gzip counts only when a tar header follows inside. */
export async function archiveKind(path: string): Promise<ArchiveKind | null> {
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    head = head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (head.length === 4 && head.readUInt32LE(0) === 0x04034b50) return 'zip';
  if (head[0] !== 0x1f || head[1] !== 0x8b) return null;
  return (await gunzippedHead(path, 512)).subarray(257, 262).toString('latin1') === 'ustar' ? 'tar.gz' : null;
}

async function gunzippedHead(path: string, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  const gunzip = createReadStream(path).pipe(createGunzip());
  try {
    for await (const chunk of gunzip) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= bytes) break;
    }
  } catch {
    // A damaged gzip stream is not an archive we can read; the importer then reports the format.
  } finally {
    gunzip.destroy();
  }
  return Buffer.concat(chunks);
}

/**
 * The entry's path as folder segments, or an error naming it. `./` prefixes (from `tar -C dir .`)
 * are dropped; `..`, absolute paths, drive letters and backslashes are refused.
 */
function safeSegments(archive: string, name: string): string[] {
  const quoted = JSON.stringify(name);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\')) {
    throw new ArchiveError(
      archive,
      `entry ${quoted} has an absolute or Windows path; only relative paths are accepted`,
    );
  }
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..'))
    throw new ArchiveError(archive, `entry ${quoted} points outside the archive (..)`);
  if (segments.some((s) => s.includes('\0')))
    throw new ArchiveError(archive, `entry ${quoted} has a NUL in its name`);
  return segments;
}

/** Files that archivers add beside the real content (macOS Finder); never part of a bundle. */
const isJunk = (segments: string[]) => segments[0] === '__MACOSX' || segments.at(-1) === '.DS_Store';

/** Counts entries and bytes against the limits as they are unpacked. */
class Budget {
  private entries = 0;
  private bytes = 0;
  constructor(
    private readonly archive: string,
    private readonly limits: ArchiveLimits,
  ) {}

  entry(name: string) {
    if (++this.entries > this.limits.maxEntries) {
      throw new ArchiveError(
        this.archive,
        `has more than ${this.limits.maxEntries} entries (at ${JSON.stringify(name)}); unpack it and upload the bundle folder's files in smaller parts`,
      );
    }
  }

  /** Refuses an entry whose declared size alone would pass the limit, before it is inflated. */
  declare(name: string, n: number) {
    if (this.bytes + n > this.limits.maxBytes) this.tooLarge(name);
  }

  add(name: string, n: number) {
    this.bytes += n;
    if (this.bytes > this.limits.maxBytes) this.tooLarge(name);
  }

  private tooLarge(name: string): never {
    throw new ArchiveError(
      this.archive,
      `unpacks to more than ${formatBytes(this.limits.maxBytes)} (reached at entry ${JSON.stringify(name)})`,
    );
  }

  /** A pass-through that charges every byte actually written, whatever the headers declared. */
  meter(name: string) {
    return new Transform({
      transform: (chunk: Buffer, _enc, done) => {
        try {
          this.add(name, chunk.length);
          done(null, chunk);
        } catch (err) {
          done(err as Error);
        }
      },
    });
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MiB` : `${n} bytes`;
}

async function writeEntry(dest: string, segments: string[], source: NodeJS.ReadableStream, meter: Transform) {
  const target = join(dest, ...segments);
  await mkdir(dirname(target), { recursive: true, mode: 0o700 });
  // 'wx': two entries with one name would otherwise silently overwrite each other.
  await pipeline(source, meter, createWriteStream(target, { mode: 0o600, flags: 'wx' }));
}

/**
 * Unpacks the archive at `path` into the empty folder `dest` and returns the folder to import: the
 * single top-level folder when the archive wraps everything in one (as `zip -r bundle.zip bundle/` does).
 */
export async function extractArchive(
  path: string,
  archive: string,
  kind: ArchiveKind,
  dest: string,
  limits: ArchiveLimits,
): Promise<string> {
  await mkdir(dest, { recursive: true, mode: 0o700 });
  const budget = new Budget(archive, limits);
  try {
    if (kind === 'zip') await extractZip(path, archive, dest, budget);
    else await extractTarGz(path, archive, dest, budget);
  } catch (err) {
    if (err instanceof ArchiveError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EEXIST') throw new ArchiveError(archive, `holds the same file twice (${e.path ?? ''})`);
    throw new ArchiveError(archive, `is damaged or incomplete (${e.message})`);
  }
  const top = await readdir(dest, { withFileTypes: true });
  if (top.length === 0) throw new ArchiveError(archive, 'is empty');
  return top.length === 1 && top[0]!.isDirectory() ? join(dest, top[0]!.name) : dest;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

async function extractZip(path: string, archive: string, dest: string, budget: Budget) {
  const zip = await new Promise<yauzl.ZipFile>((done, fail) =>
    // Names are decoded here, so that a bad one is refused with our message rather than yauzl's.
    yauzl.open(path, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (err, z) =>
      err ? fail(err) : done(z),
    ),
  );
  try {
    await new Promise<void>((done, fail) => {
      zip.on('error', fail);
      zip.on('end', done);
      zip.on('entry', (entry: yauzl.Entry) => {
        handleZipEntry(zip, entry, archive, dest, budget).then(() => zip.readEntry(), fail);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

async function handleZipEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  archive: string,
  dest: string,
  budget: Budget,
) {
  const raw = entry.fileName as unknown as Buffer;
  // Bit 11 marks UTF-8 names; older archivers wrote CP437, which agrees with UTF-8 on ASCII.
  const name = raw.toString((entry.generalPurposeBitFlag & 0x800) !== 0 ? 'utf8' : 'latin1');
  budget.entry(name);
  const segments = safeSegments(archive, name);
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  const isDir = name.endsWith('/') || mode === S_IFDIR;
  if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR) {
    const what = mode === 0o120000 ? 'a symbolic link' : 'not a regular file';
    throw new ArchiveError(
      archive,
      `entry ${JSON.stringify(name)} is ${what}; only files and folders are accepted`,
    );
  }
  if (isDir || segments.length === 0 || isJunk(segments)) return;
  if (entry.isEncrypted()) throw new ArchiveError(archive, `entry ${JSON.stringify(name)} is encrypted`);
  // The declared size is checked before inflating; the meter then holds the entry to it byte by byte.
  budget.declare(name, entry.uncompressedSize);
  const stream = await new Promise<NodeJS.ReadableStream>((done, fail) =>
    zip.openReadStream(entry, (err, s) => (err ? fail(err) : done(s))),
  );
  // yauzl can report a size mismatch more than once; the pipeline takes the first, this the rest.
  stream.on('error', () => {});
  await writeEntry(dest, segments, stream, budget.meter(name));
}

async function extractTarGz(path: string, archive: string, dest: string, budget: Budget) {
  const extract = tar.extract();
  const fed = pipeline(createReadStream(path), createGunzip(), extract);
  // A truncated file fails the gunzip mid-entry: the entry being written then never ends, and the next
  // entry never comes. Every wait races this, so the failure ends the extraction instead of leaving a
  // promise nothing will ever settle.
  const broken = new Promise<never>((_, fail) => {
    fed.catch(fail);
  });
  broken.catch(() => undefined);
  const entries = extract[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await Promise.race([entries.next(), broken]);
      if (next.done) break;
      const entry = next.value;
      const { name, type } = entry.header;
      budget.entry(name);
      const segments = safeSegments(archive, name);
      if (type === 'directory' || segments.length === 0 || isJunk(segments)) {
        entry.resume();
        continue;
      }
      if (type !== 'file' && type !== 'contiguous-file') {
        const what =
          type === 'symlink'
            ? 'a symbolic link'
            : type === 'link'
              ? 'a hard link'
              : `a ${type ?? 'special'} entry`;
        throw new ArchiveError(
          archive,
          `entry ${JSON.stringify(name)} is ${what}; only files and folders are accepted`,
        );
      }
      await Promise.race([
        writeEntry(dest, segments, entry as unknown as NodeJS.ReadableStream, budget.meter(name)),
        broken,
      ]);
    }
    await fed;
  } finally {
    extract.destroy();
  }
}
