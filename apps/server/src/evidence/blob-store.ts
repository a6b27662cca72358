/**
 * Where sealed evidence blobs live: a directory on the local filesystem (the default) or an
 * S3-compatible bucket (s3-blob-store.ts). A store only moves opaque bytes; sealing happens above it.
 */
import { chmod, mkdir, open, rename, stat } from 'node:fs/promises';
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
