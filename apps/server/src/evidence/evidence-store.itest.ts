import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FsBlobStore } from '../storage/blob-store.ts';
import { evidenceSettingsFromEnv, openEvidenceStore } from '../storage/store-config.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

describe('evidence in an S3-compatible store (s3rver on 127.0.0.1)', () => {
  let dir: string;
  let s3rver: S3rver;
  let endpoint: string;
  let client: S3Client;
  let t: TestApp;
  let a: Tenant;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-s3-'));
    s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
    const { port } = await s3rver.run();
    endpoint = `http://127.0.0.1:${port}`;
    client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
    await client.send(new CreateBucketCommand({ Bucket: 'vigil-evidence' }));
    const env = {
      VIGIL_EVIDENCE_STORE: 's3',
      VIGIL_S3_ENDPOINT: endpoint,
      VIGIL_S3_BUCKET: 'vigil-evidence',
      VIGIL_S3_REGION: 'us-east-1',
      VIGIL_S3_FORCE_PATH_STYLE: 'true',
      VIGIL_S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      VIGIL_S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    };
    t = await createTestApp({}, null, {
      store: (key) => openEvidenceStore(evidenceSettingsFromEnv(env, dir), key),
    });
    a = await createTenant(t, 'Alpha');
  });
  afterAll(async () => {
    await t?.close();
    client?.destroy();
    await s3rver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const objectOf = async (key: string) => {
    const out = await client.send(new GetObjectCommand({ Bucket: 'vigil-evidence', Key: `evidence/${key}` }));
    return Buffer.from(await out.Body!.transformToByteArray());
  };

  it('round-trips an upload byte for byte, stored encrypted under the organization', async () => {
    const content = Buffer.from(`okta users export ${'carol@alpha.test,active,mfa\n'.repeat(100)}`);
    const res = await uploadEvidence(
      a.clients.member,
      { title: 'Okta users' },
      { name: 'users.csv', content },
    );
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json();
    expect(item).toMatchObject({ sha256: sha(content), mediaType: 'text/csv' });
    const dl = await a.clients.viewer.request('GET', `/api/evidence/${item.id}/download`);
    expect(dl.rawPayload.equals(content)).toBe(true);

    const row = (
      await t.database.db.select().from(schema.evidence).where(eq(schema.evidence.id, item.id))
    )[0]!;
    expect(row.storageKey).toBe(`${a.orgId}/${item.sha256.slice(0, 2)}/${item.sha256}`);
    const stored = await objectOf(row.storageKey);
    expect(stored.includes(Buffer.from('carol@alpha.test'))).toBe(false);
    expect(await t.ctx.evidenceStore.has(a.orgId, item.sha256)).toBe(true);
    const again = await uploadEvidence(
      a.clients.member,
      { title: 'Okta users again' },
      { name: 'users.csv', content },
    );
    expect(again.json().deduped).toBe(true);
  });

  it('detects an object altered in the bucket', async () => {
    const content = randomBytes(4000);
    const item = (
      await uploadEvidence(a.clients.member, { title: 'Blob' }, { name: 'blob.bin', content })
    ).json();
    const key = `${a.orgId}/${item.sha256.slice(0, 2)}/${item.sha256}`;
    const stored = await objectOf(key);
    stored[stored.length - 1] = stored[stored.length - 1]! ^ 1;
    await client.send(
      new PutObjectCommand({ Bucket: 'vigil-evidence', Key: `evidence/${key}`, Body: stored }),
    );
    const verify = (await a.clients.viewer.request('GET', `/api/evidence/${item.id}/verify`)).json();
    expect(verify).toMatchObject({ ok: false, chainOk: true });
    expect(verify.problem).toContain('failed AES-GCM authentication');
  });

  it('refuses to start on a bucket that does not exist, naming the variable', async () => {
    const settings = evidenceSettingsFromEnv(
      {
        VIGIL_EVIDENCE_STORE: 's3',
        VIGIL_S3_ENDPOINT: endpoint,
        VIGIL_S3_BUCKET: 'missing-bucket',
        VIGIL_S3_FORCE_PATH_STYLE: '1',
        VIGIL_S3_ACCESS_KEY_ID: 'S3RVER',
        VIGIL_S3_SECRET_ACCESS_KEY: 'S3RVER',
      },
      dir,
    );
    await expect(openEvidenceStore(settings, randomBytes(32))).rejects.toThrow(
      'VIGIL_S3_BUCKET: cannot use bucket "missing-bucket": it does not exist',
    );
  });
});

describe('evidence store settings', () => {
  it('defaults to a folder in the data directory and 50 MB', () => {
    expect(evidenceSettingsFromEnv({}, '/data')).toEqual({
      kind: 'fs',
      dir: '/data/evidence',
      maxBytes: 50 * 1024 * 1024,
    });
    expect(evidenceSettingsFromEnv({ VIGIL_EVIDENCE_MAX_MB: '2' }, '/data').maxBytes).toBe(2 * 1024 * 1024);
  });

  it('names the variable at fault', () => {
    expect(() => evidenceSettingsFromEnv({ VIGIL_EVIDENCE_STORE: 'ftp' }, '/d')).toThrow(
      'VIGIL_EVIDENCE_STORE: must be fs or s3',
    );
    expect(() => evidenceSettingsFromEnv({ VIGIL_EVIDENCE_STORE: 's3' }, '/d')).toThrow(
      'VIGIL_S3_BUCKET: required',
    );
    expect(() => evidenceSettingsFromEnv({ VIGIL_EVIDENCE_MAX_MB: 'lots' }, '/d')).toThrow(
      'VIGIL_EVIDENCE_MAX_MB',
    );
    expect(() =>
      evidenceSettingsFromEnv(
        { VIGIL_EVIDENCE_STORE: 's3', VIGIL_S3_BUCKET: 'b', VIGIL_S3_ACCESS_KEY_ID: 'x' },
        '/d',
      ),
    ).toThrow('set both');
  });
});

describe('large items stream, checked on the way out', () => {
  let t: TestApp;
  let a: Tenant;
  beforeAll(async () => {
    t = await createTestApp();
    a = await createTenant(t, 'Alpha');
  });
  afterAll(() => t?.close());

  it('streams a 9 MB file intact, and cuts a tampered one short of its full length', async () => {
    const content = randomBytes(9 * 1024 * 1024);
    const item = (
      await uploadEvidence(a.clients.member, { title: 'Disk image' }, { name: 'big.bin', content })
    ).json();
    const dl = await a.clients.viewer.request('GET', `/api/evidence/${item.id}/download`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-length']).toBe(String(content.length));
    expect(dl.rawPayload.equals(content)).toBe(true);

    const row = (
      await t.database.db.select().from(schema.evidence).where(eq(schema.evidence.id, item.id))
    )[0]!;
    const path = (t.ctx.evidenceStore.blobs as FsBlobStore).pathOf(row.storageKey);
    const stored = readFileSync(path);
    stored[stored.length - 100] = stored[stored.length - 100]! ^ 1;
    writeFileSync(path, stored);
    const bad = await a.clients.viewer
      .request('GET', `/api/evidence/${item.id}/download`)
      .catch((err: Error) => err);
    // Headers were already sent, so the only honest signal left is a reply that never completes.
    expect(bad).toBeInstanceOf(Error);
    expect((bad as Error).message).toBe('response destroyed before completion');
  });
});
