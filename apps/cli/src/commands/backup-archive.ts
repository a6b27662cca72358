/**
 * The backup file: one gzip-compressed tar archive holding a manifest, the PGlite dump, the sealed
 * evidence blobs of the filesystem store and, only when asked for, the master key.
 *
 * Entry order is fixed (manifest, key, database, evidence) so that a restore can decide whether it
 * has the right key before it writes a single byte.
 */
import { createHmac } from 'node:crypto';
import { createReadStream, createWriteStream, type Dirent, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { z } from 'zod';

export const MANIFEST_ENTRY = 'vigil-backup.json';
export const KEY_ENTRY = 'master.key';
export const DATABASE_ENTRY = 'database.tar';
export const EVIDENCE_PREFIX = 'evidence/';
/** The only evidence paths a backup may carry: `<orgId>/<ab>/<sha256>`, as the fs blob store names them. */
export const EVIDENCE_KEY = /^[0-9a-f-]{36}\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

export const BackupManifest = z.object({
  format: z.literal('vigil-backup'),
  version: z.literal(2),
  createdAt: z.string(),
  counts: z.record(z.string(), z.number()),
  evidence: z.discriminatedUnion('store', [
    z.object({
      store: z.literal('fs'),
      files: z.number().int().nonnegative(),
      bytes: z.number().nonnegative(),
    }),
    z.object({ store: z.literal('s3'), location: z.string() }),
  ]),
  key: z.object({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/), included: z.boolean() }).nullable(),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/**
 * Identifies a master key without revealing it: an HMAC under the key of a fixed label, so the
 * fingerprint cannot be reversed or checked against guesses without the key itself.
 */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('vigil backup key fingerprint v1').digest('hex');
}

export interface EvidenceFile {
  key: string;
  path: string;
  size: number;
}

/** Every sealed blob under the fs store's folder, skipping its staging area and anything not named like a blob. */
export function listEvidenceFiles(root: string): EvidenceFile[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const files: EvidenceFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const key = relative(root, path).split(sep).join('/');
    if (!EVIDENCE_KEY.test(key)) continue;
    files.push({ key, path, size: statSync(path).size });
  }
  return files.sort((a, b) => a.key.localeCompare(b.key));
}

/** Writes the archive to `out` (a temporary file the caller renames into place). */
export async function writeBackupArchive(
  out: string,
  parts: { manifest: BackupManifest; key: Buffer | null; database: Uint8Array; evidence: EvidenceFile[] },
) {
  const pack = tar.pack();
  const written = pipeline(pack, createGzip(), createWriteStream(out, { mode: 0o600 }));
  const add = (name: string, bytes: Uint8Array, mode = 0o600) =>
    new Promise<void>((done, fail) => {
      pack.entry({ name, size: bytes.length, mode }, Buffer.from(bytes), (err) => (err ? fail(err) : done()));
    });
  const addFile = (name: string, file: EvidenceFile) =>
    new Promise<void>((done, fail) => {
      const entry = pack.entry({ name, size: file.size, mode: 0o600 }, (err) => (err ? fail(err) : done()));
      pipeline(createReadStream(file.path), entry).catch(fail);
    });
  try {
    await add(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(parts.manifest, null, 2)}\n`), 0o644);
    if (parts.key) await add(KEY_ENTRY, Buffer.from(parts.key.toString('hex')));
    await add(DATABASE_ENTRY, parts.database);
    for (const file of parts.evidence) await addFile(EVIDENCE_PREFIX + file.key, file);
    pack.finalize();
  } catch (err) {
    pack.destroy(err as Error);
  }
  await written;
}

export interface ArchiveEntry {
  name: string;
  type: string;
  size: number;
  stream: AsyncIterable<unknown> & { resume(): unknown };
}

/**
 * The entries of a gzip-compressed tar file, one at a time; each must be consumed before the next.
 * A damaged or truncated file makes the iteration throw.
 */
export async function* readBackupArchive(file: string): AsyncGenerator<ArchiveEntry> {
  const extract = tar.extract();
  const fed = pipeline(createReadStream(file), createGunzip(), extract);
  let failure: unknown;
  fed.catch((err) => {
    failure = err;
  });
  try {
    for await (const entry of extract) {
      yield {
        name: entry.header.name,
        type: entry.header.type ?? 'file',
        size: entry.header.size ?? 0,
        stream: entry,
      };
      entry.resume();
    }
    await fed;
  } catch (err) {
    throw failure ?? err;
  } finally {
    extract.destroy();
  }
}

/** Reads an entry fully into memory, refusing more than `limit` bytes. */
export async function readEntry(entry: ArchiveEntry, limit: number): Promise<Buffer> {
  if (entry.size > limit) throw new Error(`${entry.name} is larger than expected (${entry.size} bytes)`);
  const chunks: Buffer[] = [];
  for await (const chunk of entry.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** True when the file starts with gzip's magic bytes. */
export function isGzip(head: Buffer): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}
