import { createHash } from 'node:crypto';
import { controlRoutes, readinessRoutes } from '@vigil/api';
import { canonicalJson } from '@vigil/core';
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
  await a.clients.owner.call(controlRoutes.adopt, { body: {} });
});
afterAll(() => t?.close());

const snapshotCount = async () =>
  (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.readinessSnapshots))[0]!.n;

describe('readiness', () => {
  it('assesses every criterion in scope and a gap disappears once it is fixed', async () => {
    const owner = a.clients.owner;
    const before = await owner.call(readinessRoutes.current);
    expect(before.categories.map((c) => c.id)).toContain('security');
    const security = before.categories.find((c) => c.id === 'security')!;
    expect(security.criteria.length).toBeGreaterThan(10);
    const control = (await owner.call(controlRoutes.list, { query: { limit: 1 } })).items[0]!;
    const implement = (gaps: typeof before.gaps) =>
      gaps.find((g) => g.area === 'controls' && g.link === `/controls/${control.id}`);
    const gap = implement(before.gaps);
    expect(gap?.action).toMatch(/^Implement .+: it is not started\.$/);
    expect(gap?.criteria.length).toBeGreaterThan(0);
    await owner.call(controlRoutes.update, {
      params: { controlId: control.id },
      body: { status: 'implemented' },
    });
    const after = await owner.call(readinessRoutes.current);
    expect(implement(after.gaps)).toBeUndefined();
    // Implemented is not evidenced: the next step for the same control is its evidence.
    expect(
      after.gaps.find((g) => g.area === 'evidence' && g.link === `/controls/${control.id}`),
    ).toBeDefined();
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('takes a snapshot whose hash matches its content and joins the audit chain', async () => {
    const taken = await a.clients.admin.call(readinessRoutes.take, { body: {} });
    expect(taken).toMatchObject({
      takenByName: 'Alpha admin',
      takenOn: new Date().toISOString().slice(0, 10),
    });
    const detail = await a.clients.viewer.call(readinessRoutes.snapshot, {
      params: { snapshotId: taken.id },
    });
    const sha = createHash('sha256').update(detail.content, 'utf8').digest('hex');
    expect(sha).toBe(taken.contentSha256);
    expect(canonicalJson(JSON.parse(detail.content))).toBe(detail.content);
    expect(detail.assessment.score).toBe(taken.score);
    expect(detail.assessment.gaps).toHaveLength(taken.gapCount);
    const [event] = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.entityId, taken.id));
    expect(event).toMatchObject({ action: 'readiness.snapshot_taken', orgId: a.orgId });
    expect(event!.changes).toMatchObject({ contentSha256: sha, gaps: taken.gapCount });
    const { items } = await a.clients.auditor.call(readinessRoutes.snapshots);
    expect(items.map((s) => s.id)).toContain(taken.id);
  });

  it('keeps a snapshot as it was: the database refuses to change it', async () => {
    const { items } = await a.clients.owner.call(readinessRoutes.snapshots);
    const id = items[0]!.id;
    await expect(
      t.database.db
        .update(schema.readinessSnapshots)
        .set({ content: '{}' })
        .where(eq(schema.readinessSnapshots.id, id)),
    ).rejects.toThrow();
    const [row] = await t.database.db
      .select()
      .from(schema.readinessSnapshots)
      .where(eq(schema.readinessSnapshots.id, id));
    expect(createHash('sha256').update(row!.content, 'utf8').digest('hex')).toBe(row!.contentSha256);
    // Nor can it be changed through the API: there is no route that writes one but taking it.
    const put = await a.clients.owner.request('PATCH', `/api/readiness/snapshots/${id}`, { content: '{}' });
    expect(put.statusCode).toBeGreaterThanOrEqual(400);
  });

  it("never shows one organization another's snapshot", async () => {
    const { items } = await a.clients.owner.call(readinessRoutes.snapshots);
    const id = items[0]!.id;
    for (const url of [
      `/api/readiness/snapshots/${id}`,
      `/api/readiness/snapshots/${id}/readiness.pdf`,
      `/api/readiness/snapshots/${id}/readiness.xlsx`,
    ]) {
      expect((await b.clients.owner.request('GET', url)).statusCode).toBe(404);
    }
    expect((await b.clients.owner.call(readinessRoutes.snapshots)).items).toEqual([]);
  });

  it('lets only owners and admins take an assessment, storing nothing otherwise', async () => {
    const before = await snapshotCount();
    for (const role of ['member', 'viewer', 'auditor'] as const) {
      const res = await a.clients[role].request('POST', '/api/readiness/snapshots', {});
      expect(res.statusCode).toBe(403);
    }
    const extra = await a.clients.owner.request('POST', '/api/readiness/snapshots', {
      takenOn: '2020-01-01',
    });
    expect(extra.statusCode).toBe(400);
    const bad = await a.clients.owner.request('GET', '/api/readiness/snapshots/not-an-id');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('snapshot');
    expect(await snapshotCount()).toBe(before);
  });

  it('exports a snapshot as PDF and as a spreadsheet carrying its hash', async () => {
    const { items } = await a.clients.viewer.call(readinessRoutes.snapshots);
    const s = items[0]!;
    const pdf = await a.clients.viewer.request('GET', `/api/readiness/snapshots/${s.id}/readiness.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await a.clients.viewer.request('GET', `/api/readiness/snapshots/${s.id}/readiness.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Criteria', 'Gaps']);
    expect(String(book.getWorksheet('Summary')!.getCell('A3').value)).toBe(
      `Content SHA-256 ${s.contentSha256}`,
    );
    expect(book.getWorksheet('Gaps')!.rowCount).toBe(s.gapCount + 1);
  });
});
