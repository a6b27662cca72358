/**
 * The at-rest format of an evidence blob: gzip, then AES-256-GCM with a random IV per blob.
 * Layout: `VGLB` | version (1 byte) | IV (12 bytes) | ciphertext | GCM tag (16 bytes). The header and the
 * organization id are authenticated as associated data, so a blob moved to another tenant's key fails.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  type DecipherGCM,
  hkdfSync,
  randomBytes,
} from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

const MAGIC = Buffer.from('VGLB', 'ascii');
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const HEADER_BYTES = MAGIC.length + 1 + IV_BYTES;

/** A stored blob failed a check: it was altered, truncated, or does not hash to what the record says. */
export class BlobIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlobIntegrityError';
  }
}

/** The blob key: an HKDF-SHA256 subkey of the master key, so blobs and small secrets never share a key. */
export function deriveBlobKey(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'vigil evidence blobs v1', 32));
}

const aad = (header: Buffer, orgId: string) => Buffer.concat([header, Buffer.from(orgId, 'utf8')]);

/** Encrypts an already compressed stream; yields the header, the ciphertext and the tag. */
export async function* encryptBlob(
  compressed: AsyncIterable<Buffer>,
  key: Buffer,
  orgId: string,
): AsyncGenerator<Buffer> {
  const iv = randomBytes(IV_BYTES);
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION]), iv]);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(header, orgId));
  yield header;
  for await (const chunk of compressed) {
    const out = cipher.update(chunk);
    if (out.length) yield out;
  }
  const last = cipher.final();
  if (last.length) yield last;
  yield cipher.getAuthTag();
}

/**
 * Decrypts a sealed stream, holding back the last 16 bytes (the tag) until the end. Plaintext comes
 * out before the tag is checked, so consumers must not trust it until the stream ends without error.
 */
export async function* decryptBlob(
  sealed: AsyncIterable<Buffer>,
  key: Buffer,
  orgId: string,
): AsyncGenerator<Buffer> {
  let pending: Buffer = Buffer.alloc(0);
  let decipher: DecipherGCM | null = null;
  for await (const chunk of sealed) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    if (!decipher) {
      if (pending.length < HEADER_BYTES) continue;
      const header = pending.subarray(0, HEADER_BYTES);
      if (!header.subarray(0, MAGIC.length).equals(MAGIC) || header[MAGIC.length] !== VERSION) {
        throw new BlobIntegrityError('the stored blob is not in a format this version of Vigil reads');
      }
      decipher = createDecipheriv('aes-256-gcm', key, header.subarray(MAGIC.length + 1));
      decipher.setAAD(aad(Buffer.from(header), orgId));
      pending = pending.subarray(HEADER_BYTES);
    }
    if (pending.length > TAG_BYTES) {
      const out = decipher.update(pending.subarray(0, pending.length - TAG_BYTES));
      pending = Buffer.from(pending.subarray(pending.length - TAG_BYTES));
      if (out.length) yield out;
    }
  }
  if (!decipher || pending.length !== TAG_BYTES) {
    throw new BlobIntegrityError('the stored blob is truncated');
  }
  decipher.setAuthTag(pending);
  let last: Buffer;
  try {
    last = decipher.final();
  } catch {
    throw new BlobIntegrityError(
      'the stored blob failed AES-GCM authentication: it was altered, or it was encrypted with another key',
    );
  }
  if (last.length) yield last;
}

/**
 * Passes plaintext through while hashing it, and holds back the latest chunk until the end: only
 * when the SHA-256 and size match is the final chunk released, so a reader never receives a complete
 * copy of content that failed the check.
 */
export class VerifyingStream extends Transform {
  private readonly hash = createHash('sha256');
  private held: Buffer | null = null;
  size = 0;

  constructor(
    private readonly expected: { sha256: string; size: number } | null,
    private readonly onDigest?: (digest: { sha256: string; size: number }) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.hash.update(chunk);
    this.size += chunk.length;
    const previous = this.held;
    this.held = chunk;
    done(null, previous ?? undefined);
  }

  override _flush(done: TransformCallback) {
    const sha256 = this.hash.digest('hex');
    this.onDigest?.({ sha256, size: this.size });
    if (this.expected && (sha256 !== this.expected.sha256 || this.size !== this.expected.size)) {
      done(
        new BlobIntegrityError(
          `the content hashes to ${sha256} (${this.size} bytes) but the record says ${this.expected.sha256} (${this.expected.size} bytes)`,
        ),
      );
      return;
    }
    done(null, this.held ?? undefined);
  }
}
