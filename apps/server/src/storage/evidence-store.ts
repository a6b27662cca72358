/**
 * Content-addressed, compressed and encrypted evidence storage on top of a BlobStore. Content is
 * hashed (SHA-256 of the plaintext) while it is sealed into a staging file, so nothing is buffered
 * in memory and nothing reaches the store before the size limit and the hash are known.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { invalid } from '@vigil/core';
import {
  BlobIntegrityError,
  decryptBlob,
  deriveBlobKey,
  encryptBlob,
  VerifyingStream,
} from './blob-format.ts';
import { BlobMissingError, type BlobStore } from './blob-store.ts';

/** What can be stored: bytes in memory, a stream, or a file on disk. */
export type EvidenceContent = Buffer | Readable | AsyncIterable<Buffer | Uint8Array> | { path: string };

/** Content sealed into a staging file, hashed and measured, not yet in the store. */
export interface StagedBlob {
  readonly orgId: string;
  readonly sha256: string;
  readonly size: number;
  /** The first bytes of the plaintext, for type sniffing. */
  readonly head: Buffer;
  readonly storageKey: string;
  /** Moves the sealed file into the store, unless identical content of this organization is already there. */
  commit(): Promise<{ deduped: boolean }>;
  /** Removes the staging file; safe to call after commit. */
  discard(): Promise<void>;
}

const HEAD_BYTES = 64 * 1024;

/** True for the objects `stage` accepts as already staged content. */
export function isStagedBlob(value: unknown): value is StagedBlob {
  return typeof value === 'object' && value !== null && 'commit' in value && 'storageKey' in value;
}

function toSource(content: EvidenceContent): AsyncIterable<Buffer | Uint8Array> {
  if (Buffer.isBuffer(content)) return Readable.from([content]);
  if ('path' in content && typeof content.path === 'string' && !(content instanceof Readable)) {
    return createReadStream(content.path);
  }
  return content as AsyncIterable<Buffer | Uint8Array>;
}

const isZlibError = (err: unknown) =>
  err instanceof Error &&
  typeof (err as NodeJS.ErrnoException).code === 'string' &&
  /^Z_/.test((err as NodeJS.ErrnoException).code!);

/** Evidence blobs of every organization, sealed with a key derived from the master key. */
export class EvidenceStore {
  private readonly key: Buffer;

  constructor(
    readonly blobs: BlobStore,
    masterKey: Buffer,
    /** The largest item accepted, in bytes (VIGIL_EVIDENCE_MAX_MB). */
    readonly maxBytes: number,
  ) {
    this.key = deriveBlobKey(masterKey);
  }

  /** `<orgId>/<first two hex>/<sha256>`: tenants never share a blob, and one folder never holds them all. */
  storageKey(orgId: string, sha256: string): string {
    return `${orgId}/${sha256.slice(0, 2)}/${sha256}`;
  }

  /**
   * Seals content into a staging file; throws `file: … is larger than …` past the limit, leaving nothing behind.
   * Example: `const s = await store.stage(orgId, req.file, 'report.pdf'); await s.commit();`
   */
  async stage(orgId: string, content: EvidenceContent, fileName: string): Promise<StagedBlob> {
    const tmp = join(this.blobs.stagingDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    const limit = this.maxBytes;
    async function* measure(source: AsyncIterable<Buffer | Uint8Array>) {
      for await (const raw of source) {
        const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
        size += chunk.length;
        if (size > limit) {
          throw invalid('file', `file: "${fileName}" is larger than the ${formatSize(limit)} limit`);
        }
        hash.update(chunk);
        if (headLength < HEAD_BYTES) {
          head.push(chunk.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        yield chunk;
      }
    }
    try {
      await pipeline(
        toSource(content),
        measure,
        createGzip(),
        (compressed: AsyncIterable<Buffer>) => encryptBlob(compressed, this.key, orgId),
        createWriteStream(tmp, { mode: 0o600 }),
      );
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    const sha256 = hash.digest('hex');
    const storageKey = this.storageKey(orgId, sha256);
    const blobs = this.blobs;
    return {
      orgId,
      sha256,
      size,
      head: Buffer.concat(head),
      storageKey,
      async commit() {
        if (await blobs.has(storageKey)) {
          await rm(tmp, { force: true });
          return { deduped: true };
        }
        await blobs.putFile(storageKey, tmp);
        return { deduped: false };
      },
      discard: () => rm(tmp, { force: true }),
    };
  }

  /** Stores content in one step; returns its address and whether identical content was already there. */
  async put(orgId: string, content: EvidenceContent, fileName = 'content') {
    const staged = await this.stage(orgId, content, fileName);
    try {
      const { deduped } = await staged.commit();
      return { sha256: staged.sha256, size: staged.size, storageKey: staged.storageKey, deduped };
    } finally {
      await staged.discard();
    }
  }

  /** True when this organization already stores content with this hash. */
  has(orgId: string, sha256: string): Promise<boolean> {
    return this.blobs.has(this.storageKey(orgId, sha256));
  }

  /**
   * The plaintext as a stream, checked against `expected` as it flows: on any mismatch the stream
   * errors before its last chunk, so a reader never gets a complete copy of altered content.
   */
  async open(orgId: string, storageKey: string, expected: { sha256: string; size: number } | null) {
    const sealed = await this.blobs.get(storageKey);
    const out = new VerifyingStream(expected);
    pipeline(
      sealed,
      (src: AsyncIterable<Buffer>) => decryptBlob(src, this.key, orgId),
      // 256 KiB inflate chunks: zlib's default 16 KiB makes every stage downstream (the check, an
      // HTTP response, the audit package) pay its per-chunk cost sixteen times as often.
      createGunzip({ chunkSize: 256 * 1024 }),
      out,
    ).catch(() => {
      // pipeline has already destroyed `out` with the error; the reader sees it there.
    });
    return out;
  }

  /** The whole plaintext in memory after it passed the check; for small items only. */
  async read(orgId: string, storageKey: string, expected: { sha256: string; size: number }): Promise<Buffer> {
    try {
      const parts: Buffer[] = [];
      for await (const chunk of await this.open(orgId, storageKey, expected)) parts.push(chunk as Buffer);
      return Buffer.concat(parts);
    } catch (err) {
      throw await this.explain(orgId, storageKey, err);
    }
  }

  /** Recomputes the SHA-256 and size of the stored plaintext; throws BlobIntegrityError or BlobMissingError. */
  async rehash(orgId: string, storageKey: string): Promise<{ sha256: string; size: number }> {
    let digest: { sha256: string; size: number } | null = null;
    try {
      const sealed = await this.blobs.get(storageKey);
      const sink = new VerifyingStream(null, (d) => {
        digest = d;
      });
      await pipeline(
        sealed,
        (src: AsyncIterable<Buffer>) => decryptBlob(src, this.key, orgId),
        createGunzip(),
        sink,
        async (src: AsyncIterable<Buffer>) => {
          for await (const _ of src);
        },
      );
    } catch (err) {
      throw await this.explain(orgId, storageKey, err);
    }
    if (!digest) throw new BlobIntegrityError('the stored blob could not be read');
    return digest;
  }

  /** Releases the store's connections. */
  close(): void {
    this.blobs.close?.();
  }

  /**
   * A clear reason for a failed read. A decompression error usually means the ciphertext was altered
   * (the GCM tag is only checked at the end), so re-read to report the authentication failure instead.
   */
  private async explain(orgId: string, storageKey: string, err: unknown): Promise<unknown> {
    if (err instanceof BlobIntegrityError || err instanceof BlobMissingError || !isZlibError(err)) return err;
    try {
      for await (const _ of decryptBlob(await this.blobs.get(storageKey), this.key, orgId));
    } catch (authErr) {
      if (authErr instanceof BlobIntegrityError) return authErr;
    }
    return new BlobIntegrityError(`the stored blob could not be decompressed (${(err as Error).message})`);
  }
}

/** "50 MiB" or "512 KiB", for limits in messages (binary units, as the limits are set). */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MiB`;
  return `${Math.ceil(bytes / 1024)} KiB`;
}
