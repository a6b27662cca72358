/** Sealed evidence blobs in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2 …) through the official SDK. */
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  GetObjectLockConfigurationCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  assertBlobKey,
  assertRecordKey,
  assertRecordPrefix,
  BlobMissingError,
  type BlobStore,
  isRecordKey,
} from './blob-store.ts';

export interface S3BlobStoreConfig {
  bucket: string;
  region: string;
  /** For S3-compatible stores: `https://minio.internal:9000`; AWS itself needs none. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Without these the SDK's default chain applies (environment, instance role …). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Days a checkpoint object is locked (COMPLIANCE mode) when the bucket has object lock enabled. */
  checkpointRetentionDays: number;
}

const PREFIX = 'evidence/';

const isNotFound = (err: unknown) =>
  err instanceof S3ServiceException &&
  (err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata.httpStatusCode === 404);

/** Blobs as objects `evidence/<orgId>/<ab>/<sha256>` in one bucket; checkpoints beside them under `checkpoints/`. */
export class S3BlobStore implements BlobStore {
  readonly description: string;
  readonly stagingDir = join(tmpdir(), `vigil-evidence-staging-${process.pid}`);
  private readonly client: S3Client;
  /** Whether the bucket has object lock enabled, learnt at init; checkpoints are then locked. */
  objectLock = false;

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
    try {
      const lock = await this.client.send(
        new GetObjectLockConfigurationCommand({ Bucket: this.config.bucket }),
      );
      this.objectLock = lock.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled';
    } catch {
      // No lock configuration, or a server that does not implement object lock: checkpoints are written unlocked.
      this.objectLock = false;
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

  async putRecordOnce(key: string, body: Buffer): Promise<boolean> {
    assertRecordKey(key);
    // Servers that ignore If-None-Match would overwrite; asking first keeps them from doing so in practice.
    if (await this.exists(key)) return false;
    const days = this.config.checkpointRetentionDays;
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.config.bucket,
          Key: key,
          Body: body,
          ContentType: 'application/json',
          IfNoneMatch: '*',
          // Object lock needs a checksum on the request.
          ...(this.objectLock
            ? {
                ChecksumAlgorithm: 'SHA256' as const,
                ObjectLockMode: 'COMPLIANCE' as const,
                ObjectLockRetainUntilDate: new Date(Date.now() + days * 86_400_000),
              }
            : {}),
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof S3ServiceException && err.$metadata.httpStatusCode === 412) return false;
      throw err;
    }
  }

  async listRecords(prefix: string): Promise<string[]> {
    assertRecordPrefix(prefix);
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.config.bucket,
          Prefix: prefix,
          ContinuationToken: token,
        }),
      );
      for (const o of page.Contents ?? []) {
        if (o.Key && isRecordKey(o.Key)) keys.push(o.Key);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  }

  async readRecord(key: string): Promise<Buffer> {
    assertRecordKey(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
      return Buffer.from(await out.Body!.transformToByteArray());
    } catch (err) {
      if (isNotFound(err)) throw new BlobMissingError(key);
      throw err;
    }
  }

  private async exists(fullKey: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: fullKey }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
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
