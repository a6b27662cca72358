/** Which evidence store to use, from the environment: a folder in the data directory, or an S3-compatible bucket. */
import { join } from 'node:path';
import { z } from 'zod';
import { type BlobStore, FsBlobStore } from './blob-store.ts';
import { EvidenceStore } from './evidence-store.ts';
import type { S3BlobStoreConfig } from './s3-blob-store.ts';

export type EvidenceStoreSettings =
  | { kind: 'fs'; dir: string; maxBytes: number }
  | { kind: 's3'; s3: S3BlobStoreConfig; maxBytes: number };

const MaxMb = z.coerce
  .number()
  .positive()
  .max(5 * 1024);
const flag = (v: string | undefined) => v === 'true' || v === '1';

/** Reads VIGIL_EVIDENCE_STORE, VIGIL_EVIDENCE_DIR, VIGIL_EVIDENCE_MAX_MB and the VIGIL_S3_* variables, naming the one at fault. */
export function evidenceSettingsFromEnv(env: NodeJS.ProcessEnv, dataDir: string): EvidenceStoreSettings {
  const maxMb = MaxMb.safeParse(env.VIGIL_EVIDENCE_MAX_MB || 50);
  if (!maxMb.success)
    throw new Error('Invalid configuration: VIGIL_EVIDENCE_MAX_MB: must be a number of mebibytes (MiB)');
  const maxBytes = Math.floor(maxMb.data * 1024 * 1024);
  const kind = env.VIGIL_EVIDENCE_STORE || 'fs';
  if (kind === 'fs') return { kind, dir: env.VIGIL_EVIDENCE_DIR || join(dataDir, 'evidence'), maxBytes };
  if (kind !== 's3') throw new Error('Invalid configuration: VIGIL_EVIDENCE_STORE: must be fs or s3');
  const bucket = env.VIGIL_S3_BUCKET;
  if (!bucket)
    throw new Error('Invalid configuration: VIGIL_S3_BUCKET: required when VIGIL_EVIDENCE_STORE=s3');
  if (env.VIGIL_S3_ENDPOINT && !z.string().url().safeParse(env.VIGIL_S3_ENDPOINT).success) {
    throw new Error(
      'Invalid configuration: VIGIL_S3_ENDPOINT: must be a URL such as https://minio.internal:9000',
    );
  }
  if (!!env.VIGIL_S3_ACCESS_KEY_ID !== !!env.VIGIL_S3_SECRET_ACCESS_KEY) {
    throw new Error(
      'Invalid configuration: VIGIL_S3_ACCESS_KEY_ID and VIGIL_S3_SECRET_ACCESS_KEY: set both, or neither to use the default AWS credentials',
    );
  }
  return {
    kind,
    maxBytes,
    s3: {
      bucket,
      region: env.VIGIL_S3_REGION || 'us-east-1',
      endpoint: env.VIGIL_S3_ENDPOINT || undefined,
      forcePathStyle: flag(env.VIGIL_S3_FORCE_PATH_STYLE),
      accessKeyId: env.VIGIL_S3_ACCESS_KEY_ID || undefined,
      secretAccessKey: env.VIGIL_S3_SECRET_ACCESS_KEY || undefined,
      checkpointRetentionDays: retentionDays(env),
    },
  };
}

/** VIGIL_CHECKPOINT_RETENTION_DAYS (default 400: past a 12-month observation window and its report). */
function retentionDays(env: NodeJS.ProcessEnv): number {
  const days = z.coerce
    .number()
    .int()
    .min(1)
    .max(36_500)
    .safeParse(env.VIGIL_CHECKPOINT_RETENTION_DAYS || 400);
  if (!days.success) {
    throw new Error('Invalid configuration: VIGIL_CHECKPOINT_RETENTION_DAYS: must be a whole number of days');
  }
  return days.data;
}

/** Opens the configured blob store alone (no master key needed): enough to read and write checkpoints. */
export async function openBlobStore(settings: EvidenceStoreSettings): Promise<BlobStore> {
  if (settings.kind === 'fs') return new FsBlobStore(settings.dir).init();
  // The S3 SDK is loaded only when it is used.
  const { S3BlobStore } = await import('./s3-blob-store.ts');
  return new S3BlobStore(settings.s3).init();
}

/** Opens the configured store. */
export async function openEvidenceStore(
  settings: EvidenceStoreSettings,
  masterKey: Buffer,
): Promise<EvidenceStore> {
  return new EvidenceStore(await openBlobStore(settings), masterKey, settings.maxBytes);
}
