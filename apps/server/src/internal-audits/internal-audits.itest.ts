import { internalAuditRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let controlsOfA: { id: string; code: string; title: string }[];
let controlOfB: string;
let evidenceOfA: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
  await a.clients.owner.request('POST', '/api/controls/adopt');
  await b.clients.owner.request('POST', '/api/controls/adopt');
  controlsOfA = (await a.clients.owner.request('GET', '/api/controls?limit=2')).json().items;
  controlOfB = (await b.clients.owner.request('GET', '/api/controls?limit=1')).json().items[0].id;
  const ev = await uploadEvidence(
    a.clients.owner,
    { title: 'Access review sign-off' },
    { name: 'review.txt', content: Buffer.from('signed') },
  );
  evidenceOfA = ev.json().id;
});
afterAll(() => t?.close());

const state = async () =>
  Promise.all(
    [
      schema.internalAudits,
      schema.internalAuditControls,
      schema.internalAuditFindings,
      schema.auditEvents,
    ].map(async (table) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n),
  ).then(async (counts) => [
    ...counts,
    await t.database.db.select().from(schema.internalAudits).orderBy(schema.internalAudits.id),
    await t.database.db.select().from(schema.internalAuditControls).orderBy(schema.internalAuditControls.id),
    await t.database.db.select().from(schema.internalAuditFindings).orderBy(schema.internalAuditFindings.id),
  ]);

const plan = () => ({
  title: 'Annual internal audit',
  auditorId: a.userIds.member,
  plannedDate: '2026-11-02',
  periodStart: '2026-01-01',
  periodEnd: '2026-10-31',
  controlIds: controlsOfA.map((c) => c.id),
});

const eventsOf = (entityId: string) =>
  t.database.db
    .select({ action: schema.auditEvents.action, changes: schema.auditEvents.changes })
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.entityId, entityId))
    .orderBy(asc(schema.auditEvents.seq));

describe('internal audits', () => {
  let auditId: string;
  let findingId: string;

  it('plans an audit with its controls not tested yet, audited', async () => {
    const created = await a.clients.owner.call(internalAuditRoutes.create, { body: plan() });
    auditId = created.id;
    expect(created).toMatchObject({ status: 'planned', controls: 2, untested: 2, nextAuditId: null });
    expect(created.results.map((r) => r.result)).toEqual(['not_tested', 'not_tested']);
    expect(await eventsOf(auditId)).toEqual([
      { action: 'internal_audit.planned', changes: expect.objectContaining({ controls: 2 }) },
    ]);
    expect((await b.clients.owner.call(internalAuditRoutes.list)).items).toEqual([]);
    const mine = await a.clients.member.request('GET', '/api/my/tasks');
    expect(mine.json().tasks).toContainEqual(
      expect.objectContaining({ area: 'internal_audit', itemId: auditId, dueDate: '2026-11-02' }),
    );
  });

  it('refuses bad plans naming the field, and changes nothing', async () => {
    const before = await state();
    for (const [body, field] of [
      [{ ...plan(), periodEnd: '2025-12-31' }, 'periodEnd'],
      [{ ...plan(), controlIds: [controlOfB] }, 'controlIds'],
      [{ ...plan(), controlIds: [] }, 'controlIds'],
      [{ ...plan(), auditorId: b.userIds.owner }, 'auditorId'],
      [{ ...plan(), title: ' ' }, 'title'],
      [{ ...plan(), plannedDate: '2 Nov' }, 'plannedDate'],
    ] as const) {
      const res = await a.clients.owner.request('POST', '/api/internal-audits', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toMatch(new RegExp(field));
    }
    expect(await state()).toEqual(before);
  });

  it('records results with evidence, adds a finding and moves it to closed', async () => {
    const owner = a.clients.owner;
    const [first, second] = controlsOfA;
    await owner.call(internalAuditRoutes.recordResult, {
      params: { internalAuditId: auditId, controlId: first!.id },
      body: { result: 'effective', notes: 'Sampled 25 tickets', evidenceIds: [evidenceOfA] },
    });
    const after = await owner.call(internalAuditRoutes.recordResult, {
      params: { internalAuditId: auditId, controlId: second!.id },
      body: { result: 'exception', notes: 'Two leavers kept access' },
    });
    expect(after.status).toBe('in_progress');
    expect(after.results.find((r) => r.controlId === first!.id)!.evidence).toEqual([
      { id: evidenceOfA, title: 'Access review sign-off' },
    ]);
    const withFinding = await owner.call(internalAuditRoutes.addFinding, {
      params: { internalAuditId: auditId },
      body: {
        description: 'Leavers kept access',
        controlId: second!.id,
        ownerId: a.userIds.admin,
        dueDate: '2026-12-01',
        remediation: 'Remove the accounts and add the check to offboarding',
      },
    });
    findingId = withFinding.findings[0]!.id;
    expect(withFinding.findings[0]).toMatchObject({ status: 'open', controlCode: second!.code });
    const tasks = await a.clients.admin.request('GET', '/api/my/tasks');
    expect(tasks.json().tasks).toContainEqual(
      expect.objectContaining({ area: 'internal_audit', itemId: findingId, dueDate: '2026-12-01' }),
    );
    for (const status of ['remediated', 'closed'] as const) {
      await owner.call(internalAuditRoutes.updateFinding, {
        params: { internalAuditId: auditId, auditFindingId: findingId },
        body: { status },
      });
    }
    expect((await eventsOf(findingId)).map((e) => e.changes)).toEqual([
      expect.objectContaining({ description: 'Leavers kept access' }),
      expect.objectContaining({ from: 'open', to: 'remediated' }),
      expect.objectContaining({ from: 'remediated', to: 'closed' }),
    ]);
  });

  it('refuses a bad finding transition, foreign evidence and a foreign control, and changes nothing', async () => {
    const owner = a.clients.owner;
    const base = `/api/internal-audits/${auditId}`;
    const before = await state();
    const jump = await owner.request('PATCH', `${base}/findings/${findingId}`, { status: 'remediated' });
    expect(jump.statusCode).toBe(400);
    expect(jump.json().error.message).toMatch(/status: a closed finding cannot become remediated/);
    const foreignControl = await owner.request('PUT', `${base}/results/${controlOfB}`, {
      result: 'effective',
    });
    expect(foreignControl.statusCode).toBe(404);
    const foreignFinding = await owner.request('POST', `${base}/findings`, {
      description: 'About a control of another organization',
      controlId: controlOfB,
    });
    expect(foreignFinding.statusCode).toBe(400);
    expect(foreignFinding.json().error.message).toMatch(/controlId/);
    const bogusEvidence = await owner.request('PUT', `${base}/results/${controlsOfA[0]!.id}`, {
      result: 'effective',
      evidenceIds: ['00000000-0000-4000-8000-00000000beef'],
    });
    expect(bogusEvidence.statusCode).toBe(400);
    expect(bogusEvidence.json().error.message).toMatch(/evidenceIds/);
    const nothing = await owner.request('PATCH', `${base}/findings/${findingId}`, {});
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error.message).toMatch(/status: say what changes/);
    const notAnId = await owner.request('PUT', `${base}/results/not-a-control`, { result: 'effective' });
    expect(notAnId.statusCode).toBe(404);
    const fromB = await b.clients.owner.request('POST', `${base}/complete`, {});
    expect(fromB.statusCode).toBe(404);
    expect(await state()).toEqual(before);
  });

  it('refuses to complete while a control is not tested, naming it, and changes nothing', async () => {
    const owner = a.clients.owner;
    const other = await owner.call(internalAuditRoutes.create, {
      body: { ...plan(), title: 'Spot check', controlIds: [controlsOfA[0]!.id] },
    });
    const before = await state();
    const res = await owner.request('POST', `/api/internal-audits/${other.id}/complete`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(`${controlsOfA[0]!.code} ${controlsOfA[0]!.title}`);
    expect(await state()).toEqual(before);
  });

  it('completes the audit, plans the next one a year later, and then refuses every write', async () => {
    const owner = a.clients.owner;
    const done = await owner.call(internalAuditRoutes.complete, {
      params: { internalAuditId: auditId },
      body: { summary: 'One exception, remediated' },
    });
    expect(done).toMatchObject({ status: 'completed', summary: 'One exception, remediated' });
    const next = await owner.call(internalAuditRoutes.get, {
      params: { internalAuditId: done.nextAuditId! },
    });
    expect(next).toMatchObject({
      status: 'planned',
      plannedDate: '2027-11-02',
      periodStart: '2027-01-01',
      periodEnd: '2027-10-31',
      previousAuditId: auditId,
      auditorId: a.userIds.member,
      untested: 2,
    });
    expect((await eventsOf(auditId)).map((e) => e.action)).toContain('internal_audit.completed');

    const base = `/api/internal-audits/${auditId}`;
    const before = await state();
    for (const [method, url, body] of [
      ['PUT', `${base}/results/${controlsOfA[0]!.id}`, { result: 'exception' }],
      ['POST', `${base}/findings`, { description: 'Late finding' }],
      ['POST', `${base}/complete`, {}],
    ] as const) {
      const res = await owner.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(409);
      expect(res.json().error.message).toMatch(/is completed and can no longer be changed/);
    }
    expect(await state()).toEqual(before);

    // Its findings are still followed up: reopened, remediated again and closed, each step recorded.
    const recorded = (await eventsOf(findingId)).length;
    for (const status of ['open', 'remediated', 'closed'] as const) {
      const res = await owner.request('PATCH', `${base}/findings/${findingId}`, { status });
      expect(res.statusCode, status).toBe(200);
    }
    const moves = (await eventsOf(findingId)).slice(recorded).map((e) => e.changes);
    expect(moves).toEqual([
      { description: expect.any(String), from: 'closed', to: 'open' },
      { description: expect.any(String), from: 'open', to: 'remediated' },
      { description: expect.any(String), from: 'remediated', to: 'closed' },
    ]);
  });

  it('exports audits with results and findings as CSV, and keeps writes to editors', async () => {
    const csv = await a.clients.viewer.request('GET', '/api/internal-audits/export.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const second = controlsOfA[1]!;
    expect(csv.body).toContain(
      `Annual internal audit,completed,2026-11-02,2026-01-01,2026-10-31,Alpha member,${second.code} ${second.title},exception,Two leavers kept access,,"Leavers kept access (closed, Alpha admin, due 2026-12-01; remediation: Remove the accounts and add the check to offboarding)"`,
    );
    expect(csv.body).toContain('Access review sign-off');
    for (const role of ['viewer', 'auditor', 'employee'] as const) {
      const res = await a.clients[role].request('POST', '/api/internal-audits', plan());
      expect(res.statusCode, role).toBe(403);
    }
  });
});
