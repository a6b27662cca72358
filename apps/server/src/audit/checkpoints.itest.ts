import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { checkpointSignatureProblem, parseCheckpoints } from '@vigil/core';
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointPublicKey, deriveCheckpointKey } from '../security/checkpoint-key.ts';
import { FsBlobStore } from '../storage/blob-store.ts';
import { openBlobStore } from '../storage/store-config.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';
import { publishAllCheckpoints } from './checkpoint-publisher.ts';
import { checkAgainstCheckpoints, checkpointRecordKey, storedCheckpoints } from './checkpoints.ts';

let t: TestApp;
let owner: Client;
let orgId: string;
const log = { info() {}, warn() {}, error() {} };

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
  await owner.request('POST', '/api/systems', { name: 'Primary database', kind: 'data' });
  const [org] = await t.database.db.select().from(schema.organizations);
  orgId = org!.id;
});
afterAll(() => t?.close());

const key = () => deriveCheckpointKey(t.ctx.masterKey);
const headSeq = async () =>
  (
    await t.database.db.select().from(schema.auditChainHeads).where(eq(schema.auditChainHeads.orgId, orgId))
  )[0]!.seq;

describe('audit checkpoints', () => {
  it('derives the same signing key from the same master key, and another from another', () => {
    expect(key().publicKeyPem).toBe(deriveCheckpointKey(Buffer.from(t.ctx.masterKey)).publicKeyPem);
    expect(deriveCheckpointKey(Buffer.alloc(32, 7)).keyId).not.toBe(key().keyId);
    expect(checkpointPublicKey(key().publicKeyPem, 'pem').keyId).toBe(key().keyId);
    expect(() => checkpointPublicKey('not a key', 'vigil.pem')).toThrow(/^vigil.pem: not a public key/);
  });

  it('serves the chain signed now and the public key to everyone who reads the audit trail', async () => {
    const res = await owner.request('GET', '/api/audit-events/checkpoint');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const [head] = await t.database.db.select().from(schema.auditChainHeads);
    expect(body).toMatchObject({
      keyId: key().keyId,
      fingerprint: key().fingerprint,
      refused: null,
      checkpoint: { orgId, length: head!.seq, headHash: head!.hash, keyId: key().keyId },
    });
    // An auditor checks it with the public key from the same answer, without the master key.
    const publicKey = checkpointPublicKey(body.publicKey, 'response').publicKey;
    expect(checkpointSignatureProblem(body.checkpoint, publicKey)).toBeNull();
  });

  it('publishes one write-once record per chain length to the filesystem store', async () => {
    const store = t.ctx.evidenceStore.blobs as FsBlobStore;
    const n = await headSeq();
    const first = await publishAllCheckpoints({ db: t.database.db, store, key: key(), log });
    expect(first).toEqual({ written: 1, existing: 0, conflicts: [] });
    // Nothing new to say until the chain grows.
    expect(await publishAllCheckpoints({ db: t.database.db, store, key: key(), log })).toEqual({
      written: 0,
      existing: 1,
      conflicts: [],
    });
    await owner.request('POST', '/api/systems', { name: 'Payroll vendor', kind: 'vendors' });
    expect((await publishAllCheckpoints({ db: t.database.db, store, key: key(), log })).written).toBe(1);
    const stored = await storedCheckpoints(store, orgId);
    expect(stored.unreadable).toEqual([]);
    expect(stored.checkpoints.map((c) => c.length)).toEqual([n, n + 1]);
    const recordKey = checkpointRecordKey(orgId, n);
    const before = (await store.readRecord(recordKey)).toString();
    expect(await store.putRecordOnce(recordKey, Buffer.from('{}'))).toBe(false);
    expect((await store.readRecord(recordKey)).toString()).toBe(before);
    expect(statSync(join(store.stagingDir, '..', recordKey)).mode & 0o777).toBe(0o400);
    await expect(store.readRecord('../master.key')).rejects.toThrow(/invalid record key/);
  });

  it('finds a chain cut and rewound below a published checkpoint, and a rewrite when publishing again', async () => {
    const db = t.database.db;
    const store = t.ctx.evidenceStore.blobs;
    const { checkpoints } = await storedCheckpoints(store, orgId);
    const n = await headSeq();
    expect(
      (await checkAgainstCheckpoints(db, orgId, checkpoints, key().publicKey)).map((c) => c.mismatch),
    ).toEqual([null, null]);
    await db.execute(sql.raw('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only'));
    try {
      await db.execute(sql`DELETE FROM audit_events WHERE org_id = ${orgId} AND seq = ${n}`);
      await db.execute(
        sql`UPDATE audit_chain_heads h SET seq = ${n - 1}, hash = e.hash FROM audit_events e WHERE e.org_id = h.org_id AND e.seq = ${n - 1}`,
      );
    } finally {
      await db.execute(sql.raw('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only'));
    }
    const checks = await checkAgainstCheckpoints(db, orgId, checkpoints, key().publicKey);
    expect(checks.map((c) => c.mismatch)).toEqual([
      null,
      { reason: 'truncated', expectedLength: n, actualLength: n - 1 },
    ]);
    // A new entry brings the length back with another head: publishing names the rewrite.
    await owner.request('POST', '/api/systems', { name: 'Mail vendor', kind: 'vendors' });
    const report = await publishAllCheckpoints({ db, store, key: key(), log });
    expect(report.conflicts).toEqual([{ orgId, length: n }]);
    const again = await checkAgainstCheckpoints(db, orgId, checkpoints, key().publicKey);
    expect(again[1]!.mismatch).toMatchObject({ reason: 'rewritten', seq: n });
    expect(await headSeq()).toBe(n);
  });
});

describe('checkpoints in an S3-compatible store (s3rver on 127.0.0.1)', () => {
  let dir: string;
  let s3rver: S3rver;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-s3-cp-'));
    s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
    const { port } = await s3rver.run();
    const client = new S3Client({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    await client.send(new CreateBucketCommand({ Bucket: 'vigil-evidence' }));
    client.destroy();
    process.env.VIGIL_TEST_S3_PORT = String(port);
  });
  afterAll(async () => {
    await s3rver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes each record once, lists and reads them back', async () => {
    const store = await openBlobStore({
      kind: 's3',
      maxBytes: 1024,
      s3: {
        bucket: 'vigil-evidence',
        region: 'us-east-1',
        endpoint: `http://127.0.0.1:${process.env.VIGIL_TEST_S3_PORT}`,
        forcePathStyle: true,
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        checkpointRetentionDays: 400,
      },
    });
    try {
      const db = t.database.db;
      const { written } = await publishAllCheckpoints({ db, store, key: key(), log });
      expect(written).toBe(1);
      expect((await publishAllCheckpoints({ db, store, key: key(), log })).existing).toBe(1);
      const stored = await storedCheckpoints(store);
      expect(stored.checkpoints).toHaveLength(1);
      const keys = await store.listRecords('checkpoints/');
      const [cp] = parseCheckpoints((await store.readRecord(keys[0]!)).toString(), keys[0]!).checkpoints;
      expect(checkpointSignatureProblem(cp!, key().publicKey)).toBeNull();
    } finally {
      store.close?.();
    }
  });

  it('keeps a filesystem record it did not write untouched', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vigil-fs-cp-'));
    try {
      const store = await new FsBlobStore(root).init();
      const k = checkpointRecordKey(orgId, 1);
      expect(await store.putRecordOnce(k, Buffer.from('first'))).toBe(true);
      const results = await Promise.all(
        [1, 2, 3].map((i) => store.putRecordOnce(k, Buffer.from(`racer ${i}`))),
      );
      expect(results).toEqual([false, false, false]);
      expect((await store.readRecord(k)).toString()).toBe('first');
      expect(await store.listRecords('checkpoints/')).toEqual([k]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
