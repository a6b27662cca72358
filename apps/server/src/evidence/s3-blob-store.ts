/** Sealed evidence blobs in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2 …) through the official SDK. */
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { assertBlobKey, BlobMissingError, type BlobStore } from './blob-store.ts';

export interface S3BlobStoreConfig {
  bucket: string;
  region: string;
  /** For S3-compatible stores: `https://minio.internal:9000`; AWS itself needs none. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Without these the SDK's default chain applies (environment, instance role …). */
  accessKeyId?: string;
  secretAccessKey?: string;
}

const PREFIX = 'evidence/';

const isNotFound = (err: unknown) =>
  err instanceof S3ServiceException &&
  (err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata.httpStatusCode === 404);

/** Blobs as objects `evidence/<orgId>/<ab>/<sha256>` in one bucket. */
export class S3BlobStore implements BlobStore {
  readonly description: string;
  readonly stagingDir = join(tmpdir(), `vigil-evidence-staging-${process.pid}`);
  private readonly client: S3Client;

  constructor(private readonly config: S3BlobStoreConfig) {
    this.description = `s3://${config.bucket}/${PREFIX}${config.endpoint ? ` at ${config.endpoint}` : ''}`;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
      // Many S3-compatible servers reject the newer default trailing checksums; send them only when required.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /** Checks that the bucket is reachable, so a wrong setting fails at start and not at the first upload. */
  async init(): Promise<this> {
    await mkdir(this.stagingDir, { recursive: true, mode: 0o700 });
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.config.bucket }));
    } catch (err) {
      const why = isNotFound(err) ? 'it does not exist' : (err as Error).message || (err as Error).name;
      throw new Error(`VIGIL_S3_BUCKET: cannot use bucket "${this.config.bucket}": ${why}`);
    }
    return this;
  }

  async has(key: string): Promise<boolean> {
    assertBlobKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: PREFIX + key }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  async putFile(key: string, path: string): Promise<void> {
    assertBlobKey(key);
    try {
      const { size } = await stat(path);
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.config.bucket,
          Key: PREFIX + key,
          Body: createReadStream(path),
          ContentLength: size,
          ContentType: 'application/octet-stream',
        }),
      );
    } finally {
      await rm(path, { force: true });
    }
  }

  async get(key: string): Promise<Readable> {
    assertBlobKey(key);
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.config.bucket, Key: PREFIX + key }),
      );
      return out.Body as Readable;
    } catch (err) {
      if (isNotFound(err)) throw new BlobMissingError(key);
      throw err;
    }
  }

  /** Closes the HTTP connections. */
  close(): void {
    this.client.destroy();
  }
}
