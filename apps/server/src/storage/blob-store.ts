/**
 * Where sealed evidence blobs live: a directory on the local filesystem (the default) or an
 * S3-compatible bucket (s3-blob-store.ts). A store only moves opaque bytes; sealing happens above it.
 */
import { randomUUID } from 'node:crypto';
import { chmod, link, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { Readable } from 'node:stream';

/** Raw storage of sealed blobs by key (`<orgId>/<ab>/<sha256>`). */
export interface BlobStore {
  /** For messages and logs: `filesystem /var/lib/vigil/evidence` or `s3://bucket/prefix`. */
  readonly description: string;
  /** A local folder for files being sealed; on the filesystem store it is on the same disk, so moves are atomic. */
  readonly stagingDir: string;
  has(key: string): Promise<boolean>;
  /** Stores the finished file at `path` under `key`; the file is gone afterwards. */
  putFile(key: string, path: string): Promise<void>;
  /** The stored bytes; throws BlobMissingError when there are none. */
  get(key: string): Promise<Readable>;
  /**
   * Stores a small record (a signed checkpoint) under `key` unless one is already there, and never
   * replaces one: true when it was written, false when the key was taken.
   */
  putRecordOnce(key: string, body: Buffer): Promise<boolean>;
  /** The record keys under `prefix` (`checkpoints/<orgId>/`), sorted. */
  listRecords(prefix: string): Promise<string[]>;
  /** A record's bytes; throws BlobMissingError when there are none. */
  readRecord(key: string): Promise<Buffer>;
  /** Releases connections, where there are any. */
  close?(): void;
}

/** No blob is stored under the key. */
export class BlobMissingError extends Error {
  constructor(readonly key: string) {
    super(`no blob stored under ${key}`);
    this.name = 'BlobMissingError';
  }
}

const KEY_PATTERN = /^[0-9a-f-]{36}\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

/** Refuses anything but a well-formed key, so no caller can make the store touch another path. */
export function assertBlobKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`invalid blob key ${JSON.stringify(key)}`);
}

const RECORD_KEY = /^checkpoints\/[0-9a-f-]{36}\/[0-9]{12}\.json$/;
const RECORD_PREFIX = /^checkpoints\/([0-9a-f-]{36}\/)?$/;

/** True for a checkpoint record key: `checkpoints/<orgId>/<12-digit chain length>.json`. */
export const isRecordKey = (key: string) => RECORD_KEY.test(key);

/** Refuses anything but a checkpoint record key. */
export function assertRecordKey(key: string): void {
  if (!RECORD_KEY.test(key)) throw new Error(`invalid record key ${JSON.stringify(key)}`);
}

/** Refuses anything but `checkpoints/` or `checkpoints/<orgId>/`. */
export function assertRecordPrefix(prefix: string): void {
  if (!RECORD_PREFIX.test(prefix)) throw new Error(`invalid record prefix ${JSON.stringify(prefix)}`);
}

/** Blobs as files under `root`, mode 0600 in folders of mode 0700, written by rename so a reader never sees half a file. */
export class FsBlobStore implements BlobStore {
  readonly description: string;
  readonly stagingDir: string;

  constructor(private readonly root: string) {
    this.description = `filesystem ${root}`;
    this.stagingDir = join(root, '.staging');
  }

  /** Creates the folders; call once before use. */
  async init(): Promise<this> {
    await mkdir(this.stagingDir, { recursive: true, mode: 0o700 });
    await chmod(this.root, 0o700);
    return this;
  }

  /** The file of a key; keys are validated, so the path never leaves the root. */
  pathOf(key: string): string {
    assertBlobKey(key);
    return join(this.root, key.split('/').join(sep));
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  }

  async putFile(key: string, path: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    await chmod(path, 0o600);
    await rename(path, target);
  }

  private recordPath(key: string): string {
    assertRecordKey(key);
    return join(this.root, key.split('/').join(sep));
  }

  async putRecordOnce(key: string, body: Buffer): Promise<boolean> {
    const target = this.recordPath(key);
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    const tmp = join(this.stagingDir, `${randomUUID()}.record`);
    await writeFile(tmp, body, { mode: 0o400, flag: 'wx' });
    try {
      // link() refuses an existing target, so a record is never replaced, even by a concurrent writer.
      await link(tmp, target);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async listRecords(prefix: string): Promise<string[]> {
    assertRecordPrefix(prefix);
    const dir = join(this.root, prefix.split('/').join(sep));
    const walk = async (rel: string): Promise<string[]> => {
      let names: string[];
      try {
        names = await readdir(join(dir, rel));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw err;
      }
      const out: string[] = [];
      for (const name of names) {
        const key = `${prefix}${rel}${name}`;
        if (RECORD_KEY.test(key)) out.push(key);
        else if (!rel && RECORD_PREFIX.test(`${key}/`)) out.push(...(await walk(`${name}/`)));
      }
      return out;
    };
    return (await walk('')).sort();
  }

  async readRecord(key: string): Promise<Buffer> {
    try {
      return await readFile(this.recordPath(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobMissingError(key);
      throw err;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    // Open first so a missing blob is reported as such, not as a stream error halfway through a reply.
    try {
      return (await open(path, 'r')).createReadStream();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobMissingError(key);
      throw err;
    }
  }
}
