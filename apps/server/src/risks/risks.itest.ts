import { createHash } from 'node:crypto';
import { controlRoutes, riskRoutes } from '@vigil/api';
import { RISK_LIBRARY } from '@vigil/catalog';
import { addDays, canonicalJson } from '@vigil/core';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { myTasks, reopenExpiredAcceptances, requestReassessment } from './index.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
  await a.clients.owner.call(controlRoutes.adopt);
});
afterAll(() => t?.close());

const db = () => t.database.db;
const count = async (table: typeof schema.risks | typeof schema.auditEvents | typeof schema.riskMatrices) =>
  (await db().select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
const auditActions = async (orgId: string) =>
  (
    await db()
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.orgId, orgId))
  ).map((r) => r.action);

describe('the risk matrix', () => {
  it('is the 5×5 preset until an owner chooses another, and can be edited', async () => {
    const m = await a.clients.viewer.call(riskRoutes.matrix);
    expect(m.likelihood).toHaveLength(5);
    const three = await b.clients.owner.call(riskRoutes.setMatrix, { body: { preset: '3x3' } });
    expect(three.impact.map((l) => l.label)).toEqual(['Minor', 'Moderate', 'Severe']);
    three.levels[0]!.label = 'Acceptable';
    three.grid[0]![1] = 1;
    const saved = await b.clients.owner.call(riskRoutes.setMatrix, { body: { matrix: three } });
    expect(saved.levels[0]!.label).toBe('Acceptable');
    expect((await b.clients.viewer.call(riskRoutes.matrix)).grid[0]![1]).toBe(1);
    expect(await auditActions(b.orgId)).toContain('risk_matrix.updated');
  });

  it('refuses a grid with a missing cell, naming the row, and changes nothing', async () => {
    const before = await b.clients.viewer.call(riskRoutes.matrix);
    const broken = structuredClone(before);
    broken.grid[1] = [1, 2];
    const res = await b.clients.owner.request('PUT', '/api/risks/matrix', { matrix: broken });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('grid.1');
    expect(res.body).toMatch(/needs 3 cells/);
    expect(await b.clients.viewer.call(riskRoutes.matrix)).toEqual(before);
  });
});

describe('the register', () => {
  let riskId: string;

  it('creates a risk from the library, its levels mapped onto the matrix and adopted controls linked', async () => {
    const lib = await a.clients.viewer.call(riskRoutes.library);
    expect(lib.items.length).toBeGreaterThanOrEqual(40);
    const ransomware = RISK_LIBRARY.find((r) => r.title === 'Ransomware')!;
    const r = await a.clients.member.call(riskRoutes.create, {
      body: { templateId: ransomware.id, ownerId: a.userIds.member, components: ['Production database'] },
    });
    riskId = r.id;
    expect(r).toMatchObject({
      title: 'Ransomware',
      category: 'security',
      ownerName: 'Alpha member',
      inherentLikelihood: 3,
      inherentImpact: 5,
      currentLikelihood: 3,
      inherentLevel: 'High',
      treatment: 'mitigate',
      status: 'open',
    });
    // Only the suggestions the organization adopted are linked.
    const adopted = (await a.clients.owner.call(controlRoutes.list)).items.map((c) => c.code);
    expect(r.controls.map((c) => c.code).sort()).toEqual(
      ransomware.controls.filter((c) => adopted.includes(c)).sort(),
    );
    expect(r.controls.map((c) => c.code)).toContain('OPS-06');
    // On a 3×3 matrix the same suggestion lands on the scale's levels.
    const small = await b.clients.member.call(riskRoutes.create, { body: { templateId: ransomware.id } });
    expect([small.inherentLikelihood, small.inherentImpact]).toEqual([2, 3]);
    expect(small.controls).toEqual([]);
  });

  it('refuses a level outside the matrix, naming the field, and stores nothing', async () => {
    const n = await count(schema.risks);
    const res = await b.clients.member.request('POST', '/api/risks', {
      title: 'Too likely',
      category: 'fraud',
      inherentLikelihood: 2,
      inherentImpact: 4,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('inherentImpact');
    const patch = await a.clients.member.request('PATCH', `/api/risks/${riskId}`, { currentLikelihood: 6 });
    expect(patch.json().error.field).toBe('currentLikelihood');
    expect(await count(schema.risks)).toBe(n);
    const foreign = await b.clients.member.request('PATCH', `/api/risks/${riskId}`, { title: 'x' });
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses a matrix that existing risks would fall outside', async () => {
    const res = await a.clients.owner.request('PUT', '/api/risks/matrix', { preset: '3x3' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/Ransomware/);
    expect((await a.clients.viewer.call(riskRoutes.matrix)).likelihood).toHaveLength(5);
  });

  it('links a control and evidence-free changes, audited in words', async () => {
    const control = (await a.clients.owner.call(controlRoutes.list, { query: { q: 'OPS-05' } })).items[0]!;
    const before = await a.clients.viewer.call(riskRoutes.get, { params: { riskId } });
    const r = await a.clients.member.call(riskRoutes.update, {
      params: { riskId },
      body: {
        controlIds: [...before.controls.map((c) => c.id), control.id],
        currentImpact: 3,
        status: 'treating',
      },
    });
    expect(r.controls.map((c) => c.code)).toContain('OPS-05');
    expect(r).toMatchObject({ currentImpact: 3, currentLevel: 'Medium', status: 'treating' });
    const bad = await a.clients.member.request('PATCH', `/api/risks/${riskId}`, {
      controlIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(bad.json().error.field).toBe('controlIds');
    expect((await a.clients.viewer.call(riskRoutes.get, { params: { riskId } })).controls).toHaveLength(
      r.controls.length,
    );
  });

  it('accepts only with an approver other than the owner, a justification and a future expiry', async () => {
    const asOwner = await a.clients.member.request('POST', `/api/risks/${riskId}/accept`, {
      justification: 'Backups restore in hours',
      expiresOn: addDays(today, 90),
    });
    expect(asOwner.statusCode).toBe(400);
    expect(asOwner.json().error.field).toBe('approverId');
    const noWhy = await a.clients.admin.request('POST', `/api/risks/${riskId}/accept`, {
      justification: ' ',
      expiresOn: addDays(today, 90),
    });
    expect(noWhy.json().error.field).toBe('justification');
    const past = await a.clients.admin.request('POST', `/api/risks/${riskId}/accept`, {
      justification: 'Backups restore in hours',
      expiresOn: today,
    });
    expect(past.json().error.field).toBe('expiresOn');
    const noDate = await a.clients.admin.request('POST', `/api/risks/${riskId}/accept`, {
      justification: 'Backups restore in hours',
    });
    expect(noDate.statusCode).toBe(400);
    expect((await a.clients.viewer.call(riskRoutes.get, { params: { riskId } })).status).toBe('treating');
    const viewer = await a.clients.viewer.request('POST', `/api/risks/${riskId}/accept`, {
      justification: 'x',
      expiresOn: addDays(today, 9),
    });
    expect(viewer.statusCode).toBe(403);

    const ok = await a.clients.admin.call(riskRoutes.accept, {
      params: { riskId },
      body: { justification: 'Backups restore in hours', expiresOn: addDays(today, 90) },
    });
    expect(ok).toMatchObject({ status: 'accepted', treatment: 'accept' });
    expect(ok.acceptance).toMatchObject({ approverName: 'Alpha admin', expiresOn: addDays(today, 90) });
  });

  it('reopens an expired acceptance once and alerts the owner', async () => {
    const later = addDays(today, 91);
    const alertsBefore = (
      await db().select().from(schema.alertOutbox).where(eq(schema.alertOutbox.orgId, a.orgId))
    ).length;
    expect(await reopenExpiredAcceptances(db(), addDays(today, 90))).toBe(0);
    expect(await reopenExpiredAcceptances(db(), later)).toBe(1);
    expect(await reopenExpiredAcceptances(db(), later)).toBe(0);
    const r = await a.clients.viewer.call(riskRoutes.get, { params: { riskId } });
    expect(r).toMatchObject({ status: 'open', acceptance: null });
    const alerts = await db()
      .select()
      .from(schema.alertOutbox)
      .where(
        and(eq(schema.alertOutbox.orgId, a.orgId), eq(schema.alertOutbox.recipientUserId, a.userIds.member)),
      );
    expect(alerts.length).toBe(1);
    expect(JSON.stringify(alerts[0]!.payload)).toMatch(/Ransomware/);
    expect(
      (await db().select().from(schema.alertOutbox).where(eq(schema.alertOutbox.orgId, a.orgId))).length,
    ).toBe(alertsBefore + 1);
    expect(await auditActions(a.orgId)).toContain('risk.acceptance_expired');
  });

  it('exports the register as CSV with names and level words', async () => {
    const res = await a.clients.viewer.request('GET', '/api/risks/register.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const [head, row] = res.body.trim().split('\n');
    expect(head).toMatch(/^Title,Category,Owner/);
    expect(row).toMatch(/^Ransomware,Security,Alpha member,Production database,Possible,Severe,High/);
  });
});

describe('reassessment requests and the annual assessment', () => {
  it('records one open request per reason, and a scope change asks for one', async () => {
    const actor = {
      type: 'system' as const,
      userId: null,
      label: 'Vendors',
      requestId: null,
      ip: null,
      userAgent: null,
    };
    expect(
      await db().transaction((tx) => requestReassessment(tx, a.orgId, 'A critical vendor was added', actor)),
    ).toBe(true);
    expect(
      await db().transaction((tx) => requestReassessment(tx, a.orgId, 'A critical vendor was added', actor)),
    ).toBe(false);
    await a.clients.owner.request('PUT', '/api/scope', { categories: ['security'] });
    await a.clients.owner.request('PUT', '/api/scope', { categories: ['security', 'availability'] });
    const open = await a.clients.viewer.call(riskRoutes.reassessments);
    expect(open.items.map((r) => r.reason).sort()).toEqual([
      'A critical vendor was added',
      'The categories in scope changed',
    ]);
    const tasks = await myTasks(db(), { orgId: a.orgId, userId: a.userIds.owner, today });
    expect(tasks).toHaveLength(2);
    expect(tasks[0]!.area).toBe('risk');
    expect(await myTasks(db(), { orgId: a.orgId, userId: a.userIds.viewer, today })).toEqual([]);
  });

  it('takes a frozen snapshot, approved by someone else, whose hash joins the audit chain', async () => {
    const taken = await a.clients.member.call(riskRoutes.takeAssessment, { body: {} });
    expect(taken).toMatchObject({
      status: 'pending',
      assessedOn: today,
      takenByName: 'Alpha member',
      riskCount: 1,
    });
    const self = await a.clients.member.request('POST', `/api/risks/assessments/${taken.id}/approve`, {});
    expect(self.statusCode).toBe(403);
    expect((await a.clients.viewer.call(riskRoutes.reassessments)).items).toHaveLength(2);

    const approved = await a.clients.owner.call(riskRoutes.approveAssessment, {
      params: { assessmentId: taken.id },
    });
    expect(approved).toMatchObject({ status: 'approved', approvedByName: 'Alpha Owner' });
    expect((await a.clients.viewer.call(riskRoutes.reassessments)).items).toEqual([]);
    const again = await a.clients.admin.request('POST', `/api/risks/assessments/${taken.id}/approve`, {});
    expect(again.statusCode).toBe(409);

    const detail = await a.clients.viewer.call(riskRoutes.assessment, { params: { assessmentId: taken.id } });
    const [row] = await db()
      .select()
      .from(schema.riskAssessments)
      .where(eq(schema.riskAssessments.id, taken.id));
    expect(createHash('sha256').update(row!.content).digest('hex')).toBe(detail.contentSha256);
    expect(canonicalJson({ matrix: detail.matrix, risks: detail.risks })).toBe(row!.content);
    const [event] = await db()
      .select()
      .from(schema.auditEvents)
      .where(
        and(eq(schema.auditEvents.orgId, a.orgId), eq(schema.auditEvents.action, 'risk_assessment.approved')),
      );
    expect((event!.changes as { contentSha256: string }).contentSha256).toBe(detail.contentSha256);

    // Later changes leave the snapshot as it was.
    const riskId = detail.risks[0]!.id;
    await a.clients.member.call(riskRoutes.update, {
      params: { riskId },
      body: { title: 'Ransomware on laptops' },
    });
    const frozen = await a.clients.viewer.call(riskRoutes.assessment, { params: { assessmentId: taken.id } });
    expect(frozen.risks[0]!.title).toBe('Ransomware');
    const cell = frozen.heatMap.inherent.find((c) => c.likelihood === 3 && c.impact === 5)!;
    expect(cell.count).toBe(1);
    expect(frozen.heatMap.current.find((c) => c.likelihood === 3 && c.impact === 3)!.count).toBe(1);
  });

  it('exports the assessment as PDF and spreadsheet', async () => {
    const { items } = await a.clients.viewer.call(riskRoutes.assessments);
    const pdf = await a.clients.viewer.request(
      'GET',
      `/api/risks/assessments/${items[0]!.id}/assessment.pdf`,
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await a.clients.viewer.request(
      'GET',
      `/api/risks/assessments/${items[0]!.id}/assessment.xlsx`,
    );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses to assess an empty register, storing nothing', async () => {
    const fresh = await createTenant(t, 'Charlie');
    const res = await fresh.clients.owner.request('POST', '/api/risks/assessments', {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('risks');
    expect((await fresh.clients.owner.call(riskRoutes.assessments)).items).toEqual([]);
  });
});
