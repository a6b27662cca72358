import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../audit/actor.ts';
import type { FsBlobStore } from '../storage/blob-store.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';
import { expiredEvidenceByControl } from './evidence.queries.ts';
import { oneYearFromToday, recordEvidence } from './evidence-recorder.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
// A real 1x1 PNG, so the sniffed type must win over what the client claims.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let t: TestApp;
let a: Tenant;
let b: Tenant;
let controlIds: string[];
let fsStore: FsBlobStore;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
  await a.clients.owner.request('POST', '/api/controls/adopt');
  await b.clients.owner.request('POST', '/api/controls/adopt');
  controlIds = (await a.clients.owner.request('GET', '/api/controls?limit=3'))
    .json()
    .items.map((c: { id: string }) => c.id);
  fsStore = t.ctx.evidenceStore.blobs as FsBlobStore;
});
afterAll(() => t?.close());

const blobFiles = (orgId: string): string[] => {
  const root = join(fsStore.pathOf(`${orgId}/00/${'0'.repeat(64)}`), '..', '..');
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
  } catch {
    return [];
  }
};
const evidenceCount = async (orgId: string) =>
  (await t.database.db.select().from(schema.evidence).where(eq(schema.evidence.orgId, orgId))).length;

describe('uploading and downloading evidence', () => {
  it('returns the exact bytes, with the sniffed media type and the original name', async () => {
    const res = await uploadEvidence(
      a.clients.member,
      {
        title: 'MFA settings screenshot',
        controlIds: [controlIds[0]!],
        periodStart: '2026-01-01',
        periodEnd: '2026-03-31',
      },
      { name: 'mfa settings.png', content: PNG, type: 'application/octet-stream' },
    );
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json();
    expect(item).toMatchObject({
      kind: 'upload',
      sha256: sha(PNG),
      size: PNG.length,
      mediaType: 'image/png',
      fileName: 'mfa settings.png',
      current: true,
      expired: false,
      deduped: false,
      controls: [expect.objectContaining({ id: controlIds[0] })],
    });
    // Uploads are due for renewal a year after they were added.
    expect(item.renewBy).toBe(oneYearFromToday());
    expect(oneYearFromToday(new Date('2026-03-15T23:00:00Z'))).toBe('2027-03-15');

    const dl = await a.clients.viewer.request('GET', `/api/evidence/${item.id}/download`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PNG)).toBe(true);
    expect(dl.headers['content-type']).toBe('image/png');
    expect(dl.headers['content-disposition']).toContain("filename*=UTF-8''mfa%20settings.png");
    expect(dl.headers['content-security-policy']).toContain('sandbox');
    expect(dl.headers['x-evidence-sha256']).toBe(sha(PNG));

    const verify = await a.clients.auditor.request('GET', `/api/evidence/${item.id}/verify`);
    expect(verify.json()).toEqual({
      ok: true,
      sha256: sha(PNG),
      recomputed: sha(PNG),
      chainSeq: item.chainSeq,
      chainOk: true,
      problem: null,
    });
  });

  it('stores the blob encrypted, mode 0600, with no plaintext in it', async () => {
    const secret = Buffer.from(`quarterly access review: ${'alice@alpha.test approved; '.repeat(50)}`);
    const res = await uploadEvidence(
      a.clients.member,
      { title: 'Access review' },
      { name: 'review.txt', content: secret },
    );
    expect(res.statusCode, res.body).toBe(201);
    const row = (
      await t.database.db.select().from(schema.evidence).where(eq(schema.evidence.id, res.json().id))
    )[0]!;
    const path = fsStore.pathOf(row.storageKey);
    const stored = readFileSync(path);
    expect(stored.subarray(0, 4).toString()).toBe('VGLB');
    expect(stored.includes(Buffer.from('alice@alpha.test'))).toBe(false);
    expect(stored.includes(Buffer.from('access review'))).toBe(false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(res.json().mediaType).toBe('text/plain');
  });

  it('stores identical content once per organization, and never shares it across organizations', async () => {
    const content = Buffer.from(`policy v1 ${randomBytes(8).toString('hex')}`);
    const first = await uploadEvidence(a.clients.member, { title: 'Policy' }, { name: 'policy.md', content });
    const again = await uploadEvidence(
      a.clients.admin,
      { title: 'Policy, again' },
      { name: 'policy-copy.md', content },
    );
    const other = await uploadEvidence(b.clients.member, { title: 'Policy' }, { name: 'policy.md', content });
    expect(again.json()).toMatchObject({ deduped: true, sha256: first.json().sha256 });
    expect(other.json()).toMatchObject({ deduped: false, sha256: first.json().sha256 });
    expect(blobFiles(a.orgId).filter((f) => f.endsWith(sha(content)))).toHaveLength(1);
    expect(blobFiles(b.orgId).filter((f) => f.endsWith(sha(content)))).toHaveLength(1);
    const dl = await b.clients.viewer.request('GET', `/api/evidence/${other.json().id}/download`);
    expect(dl.rawPayload.equals(content)).toBe(true);
  });

  it('refuses an executable, naming the file', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200)]);
    const before = await evidenceCount(a.orgId);
    const res = await uploadEvidence(a.clients.member, { title: 'tool' }, { name: 'tool.pdf', content: elf });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      field: 'file',
      message: expect.stringContaining('"tool.pdf" is an executable'),
    });
    expect(await evidenceCount(a.orgId)).toBe(before);
  });
});

describe('bad uploads store nothing', () => {
  it('names the unknown control ids, including another organization’s', async () => {
    const bravoControl = (await b.clients.owner.request('GET', '/api/controls?limit=1')).json().items[0].id;
    const before = blobFiles(a.orgId).length;
    const content = Buffer.from(`never stored ${randomBytes(8).toString('hex')}`);
    const res = await uploadEvidence(
      a.clients.member,
      { title: 'x', controlIds: [controlIds[0]!, bravoControl] },
      { name: 'x.txt', content },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'validation_failed',
      field: 'controlIds.1',
      message: `controlIds.1: no control ${bravoControl} in this organization`,
    });
    const malformed = await uploadEvidence(
      a.clients.member,
      { title: 'x', controlIds: 'nope' },
      { name: 'x.txt', content },
    );
    expect(malformed.json().error.field).toBe('controlIds.0');
    expect(blobFiles(a.orgId).length).toBe(before);
    expect(readdirSync(fsStore.stagingDir)).toEqual([]);
  });

  it('names the field of a bad date, a missing title or a missing file', async () => {
    const file = { name: 'x.txt', content: Buffer.from('x') };
    const period = await uploadEvidence(
      a.clients.member,
      { title: 'x', periodStart: '2026-05-01', periodEnd: '2026-04-01' },
      file,
    );
    expect(period.json().error).toMatchObject({
      field: 'periodEnd',
      message: 'periodEnd: must not be before periodStart',
    });
    const date = await uploadEvidence(a.clients.member, { title: 'x', renewBy: '31/12/2026' }, file);
    expect(date.json().error.field).toBe('renewBy');
    const title = await uploadEvidence(a.clients.member, {}, file);
    expect(title.json().error.field).toBe('title');
    const noFile = await uploadEvidence(a.clients.member, { title: 'x' });
    expect(noFile.json().error).toMatchObject({ field: 'file' });
    const json = await a.clients.member.request('POST', '/api/evidence', { title: 'x' });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.field).toBe('body');
    expect(readdirSync(fsStore.stagingDir)).toEqual([]);
  });

  it('refuses a file over the size limit with a message naming it', async () => {
    const small = await createTestApp({}, null, { maxBytes: 1024 });
    try {
      const tenant = await createTenant(small, 'Small');
      const res = await uploadEvidence(
        tenant.clients.member,
        { title: 'big' },
        { name: 'big.bin', content: randomBytes(5000) },
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        field: 'file',
        message: expect.stringMatching(/^file: "big.bin" is larger than the 1 KiB limit/),
      });
      const ok = await uploadEvidence(
        tenant.clients.member,
        { title: 'fits' },
        { name: 'ok.bin', content: randomBytes(1024) },
      );
      expect(ok.statusCode).toBe(201);
      const store = small.ctx.evidenceStore.blobs as FsBlobStore;
      expect(readdirSync(store.stagingDir)).toEqual([]);
      const rows = await small.database.db.select().from(schema.evidence);
      expect(rows.map((r) => r.title)).toEqual(['fits']);
    } finally {
      await small.close();
    }
  });
});

describe('tampering', () => {
  it('a changed byte fails AES-GCM authentication, and the download refuses to serve it', async () => {
    const content = Buffer.from(`firewall rules ${randomBytes(16).toString('hex')}`.repeat(20));
    const item = (
      await uploadEvidence(a.clients.member, { title: 'Firewall export' }, { name: 'fw.txt', content })
    ).json();
    const row = (
      await t.database.db.select().from(schema.evidence).where(eq(schema.evidence.id, item.id))
    )[0]!;
    const path = fsStore.pathOf(row.storageKey);
    const original = readFileSync(path);
    const altered = Buffer.from(original);
    altered[30] = altered[30]! ^ 0xff;
    writeFileSync(path, altered);
    try {
      const verify = (await a.clients.viewer.request('GET', `/api/evidence/${item.id}/verify`)).json();
      expect(verify).toMatchObject({ ok: false, recomputed: null, chainOk: true });
      expect(verify.problem).toMatch(/failed AES-GCM authentication: it was altered/);
      const dl = await a.clients.viewer.request('GET', `/api/evidence/${item.id}/download`);
      expect(dl.statusCode).toBe(500);
      expect(dl.json().error.message).toContain(
        `evidence ${item.id}: the stored blob failed AES-GCM authentication`,
      );
      writeFileSync(path, original.subarray(0, original.length - 5));
      const truncated = (await a.clients.viewer.request('GET', `/api/evidence/${item.id}/verify`)).json();
      expect(truncated.ok).toBe(false);
    } finally {
      writeFileSync(path, original);
    }
    expect((await a.clients.viewer.request('GET', `/api/evidence/${item.id}/verify`)).json().ok).toBe(true);
  });
});

describe('recording from code (collection runs)', () => {
  it('keeps a run’s raw input with no renewal date, in the chain like any other item', async () => {
    const raw = Buffer.from(JSON.stringify({ repos: [{ name: 'api', protected: true }] }));
    const recorded = await t.database.db.transaction((tx) =>
      recordEvidence(tx, systemActor('system:sweep'), t.ctx.evidenceStore, {
        orgId: a.orgId,
        kind: 'collection',
        title: 'GitHub repositories',
        fileName: 'github-repos.json',
        content: raw,
        controlIds: [controlIds[1]!],
      }),
    );
    const item = (await a.clients.viewer.request('GET', `/api/evidence/${recorded.id}`)).json();
    expect(item).toMatchObject({
      kind: 'collection',
      mediaType: 'application/json',
      renewBy: null,
      createdBy: null,
    });
    const [event] = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.entityId, recorded.id));
    expect(event).toMatchObject({
      action: 'evidence.added',
      actorLabel: 'system:sweep',
      seq: recorded.chainSeq,
    });
    expect(event!.changes).toMatchObject({ sha256: sha(raw), size: raw.length, kind: 'collection' });
  });
});

describe('expired evidence', () => {
  it('flags its control until a correction supersedes it', async () => {
    const control = controlIds[2]!;
    const old = (
      await uploadEvidence(
        a.clients.member,
        { title: 'Pen test 2024', controlIds: [control], renewBy: '2025-01-31' },
        { name: 'pentest.txt', content: Buffer.from('pentest 2024') },
      )
    ).json();
    expect(old.expired).toBe(true);
    let flagged = (await a.clients.viewer.request('GET', `/api/controls/${control}/evidence`)).json();
    expect(flagged.evidenceExpired).toBe(1);
    expect(flagged.items.map((i: { id: string; expired: boolean }) => [i.id, i.expired])).toEqual([
      [old.id, true],
    ]);
    expect((await expiredEvidenceByControl(t.database.db, a.orgId)).get(control)).toBe(1);
    const expiredList = (await a.clients.viewer.request('GET', '/api/evidence?expired=true')).json();
    expect(expiredList.items.map((i: { id: string }) => i.id)).toEqual([old.id]);

    const renewed = await uploadEvidence(
      a.clients.member,
      { title: 'Pen test 2025', supersedesId: old.id },
      { name: 'pentest.txt', content: Buffer.from('pentest 2025') },
    );
    expect(renewed.statusCode, renewed.body).toBe(201);
    flagged = (await a.clients.viewer.request('GET', `/api/controls/${control}/evidence`)).json();
    expect(flagged.evidenceExpired).toBe(0);
    expect(flagged.items.map((i: { id: string }) => i.id)).toEqual([renewed.json().id]);
    expect((await expiredEvidenceByControl(t.database.db, a.orgId)).get(control)).toBeUndefined();
    const other = await b.clients.owner.request('GET', `/api/controls/${control}/evidence`);
    expect(other.statusCode).toBe(404);
  });
});
