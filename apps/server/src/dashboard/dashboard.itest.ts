import { catalogRoutes, controlRoutes, dashboardRoutes, scopeRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { TEST_CHECKS, user } from '@vigil/monitoring/test/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrgActor, systemActor } from '../audit/actor.ts';
import { todayUtc } from '../evidence/index.ts';
import { runSweep } from '../monitoring/index.ts';
import { controlIdOf, ownerWithControls } from '../test/monitoring-http.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';

let t: TestApp;
let owner: Client;

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
});
afterAll(() => t?.close());

describe('dashboard and criteria browser', () => {
  it('shows zero readiness and every criterion uncovered before any control is adopted', async () => {
    const d = await owner.call(dashboardRoutes.get);
    expect(d.categories).toHaveLength(1);
    expect(d.categories[0]).toMatchObject({
      category: 'security',
      name: 'Security',
      criteriaTotal: 33,
      criteriaCovered: 0,
      score: 0,
    });
    expect(d.categories[0]!.uncoveredCriteria).toHaveLength(33);
    expect(d.engagement).toBeNull();
    expect(d.recentActivity[0]!.action).toBe('organization.created');
  });

  it('covers every criterion of the scope once the library is adopted, and rises only as controls are met', async () => {
    await owner.call(scopeRoutes.update, {
      body: { categories: ['availability', 'confidentiality', 'processing_integrity', 'privacy'] },
    });
    await owner.call(controlRoutes.adopt);
    const before = await owner.call(dashboardRoutes.get);
    expect(before.categories.map((c) => c.category)).toEqual([
      'security',
      'availability',
      'processing_integrity',
      'confidentiality',
      'privacy',
    ]);
    // Mapping earns nothing: readiness counts only controls met (issue 11; coverage used to give 50).
    for (const c of before.categories) {
      expect(c.criteriaCovered, c.category).toBe(c.criteriaTotal);
      expect(c.score).toBe(0);
    }
    expect(before.overall).toMatchObject({ score: 0, implemented: 0, met: 0 });
    expect(before.categories.reduce((s, c) => s + c.criteriaTotal, 0)).toBe(61);
    const control = (await owner.call(controlRoutes.list, { query: { criterion: 'A1.2', limit: 1 } }))
      .items[0]!;
    await owner.call(controlRoutes.update, {
      params: { controlId: control.id },
      body: { status: 'implemented' },
    });
    // Implemented with neither evidence nor checks: stated, not shown, so still no credit.
    const stated = await owner.call(dashboardRoutes.get);
    expect(stated.categories.find((c) => c.category === 'availability')).toMatchObject({
      controlsImplemented: 1,
      controlsMet: 0,
      criteriaMet: 0,
    });
    expect(stated.overall).toMatchObject({ implemented: 1, met: 0, score: 0 });
    const up = await uploadEvidence(
      owner,
      { title: 'Capacity review', controlIds: [control.id] },
      { name: 'capacity.txt', content: Buffer.from('capacity review') },
    );
    expect(up.statusCode, up.body).toBe(201);
    const after = await owner.call(dashboardRoutes.get);
    const availability = after.categories.find((c) => c.category === 'availability')!;
    expect(availability.controlsImplemented).toBe(1);
    expect(availability.controlsMet).toBe(1);
    expect(availability.criteriaMet).toBeGreaterThanOrEqual(1);
    expect(after.overall).toMatchObject({ implemented: 1, met: 1 });
    expect(after.overall.score).toBe(Math.round((1 / after.overall.controlsTotal) * 1000) / 10);
    expect(after.overall.score).toBeGreaterThan(before.overall.score);
  });

  it('browses criteria with points of focus and the mapped controls', async () => {
    const list = await owner.call(catalogRoutes.criteria);
    expect(list.items).toHaveLength(61);
    const cc61 = list.items.find((c) => c.id === 'CC6.1')!;
    expect(cc61).toMatchObject({ groupId: 'CC6', category: 'security' });
    expect(cc61.controlCount).toBeGreaterThan(0);
    const detail = await owner.call(catalogRoutes.criterion, { params: { criterionId: 'CC6.1' } });
    expect(detail.criterion.pointsOfFocus.length).toBeGreaterThanOrEqual(3);
    expect(detail.controls.every((c) => c.criteria.includes('CC6.1'))).toBe(true);
    expect((await owner.request('GET', '/api/catalog/criteria/CC10.1')).statusCode).toBe(404);
    const kinds = await owner.call(catalogRoutes.reportKinds);
    expect(kinds.kinds.map((k) => k.id)).toEqual(['soc1', 'soc2', 'soc3']);
    expect(kinds.types.map((k) => k.id)).toEqual(['type1', 'type2']);
  });
});

describe('readiness and monitoring follow the evidence', () => {
  let m: TestApp;
  let mOwner: Client;
  let orgId: string;
  let ac02: string;
  const actor = (): OrgActor => ({ ...systemActor('test'), orgId, role: 'owner' });
  const sweep = (resources: ReturnType<typeof user>[]) =>
    runSweep(m.database.db, actor(), {
      orgId,
      source: 'testsrc',
      types: ['test.user'],
      resources,
      checks: TEST_CHECKS,
      now: new Date(),
    });

  beforeAll(async () => {
    m = await createTestApp();
    ({ owner: mOwner, orgId } = await ownerWithControls(m));
    ac02 = await controlIdOf(m, orgId, 'AC-02');
  });
  afterAll(() => m?.close());

  it('lets a control with a failing check be set implemented, carries the failure on the control, gives it no credit', async () => {
    await sweep([user('alice', { mfa: true }), user('bob', { mfa: false })]);
    // Allowed, and the answer carries the check health so the web can warn.
    const saved = await mOwner.call(controlRoutes.update, {
      params: { controlId: ac02 },
      body: { status: 'implemented' },
    });
    expect(saved).toMatchObject({ status: 'implemented', checks: 'failing' });
    expect(await mOwner.call(controlRoutes.get, { params: { controlId: ac02 } })).toMatchObject({
      checks: 'failing',
    });
    const listed = await mOwner.call(controlRoutes.list, { query: { limit: 500 } });
    expect(listed.items.find((c) => c.id === ac02)!.checks).toBe('failing');
    expect(listed.items.find((c) => c.templateId === 'AC-04')!.checks).toBe('passing');
    const d = await mOwner.call(dashboardRoutes.get);
    expect(d.overall).toMatchObject({ implemented: 1, met: 0, implementedFailing: 1, score: 0 });
    expect(d.monitoring.failingChecks).toEqual({ critical: 0, high: 1, medium: 0, low: 0 });
  });

  it('counts it met once its checks pass, with no evidence needed', async () => {
    await sweep([user('alice', { mfa: true }), user('bob', { mfa: true })]);
    expect((await mOwner.call(controlRoutes.get, { params: { controlId: ac02 } })).checks).toBe('passing');
    const d = await mOwner.call(dashboardRoutes.get);
    expect(d.overall).toMatchObject({ implemented: 1, met: 1, implementedFailing: 0 });
    expect(d.overall.score).toBeGreaterThan(0);
    expect(d.monitoring.failingChecks).toEqual({ critical: 0, high: 0, medium: 0, low: 0 });
  });

  it('lists connectors whose last run failed and evidence expired or due within 30 days', async () => {
    await m.database.db.insert(schema.connectors).values([
      { orgId, kind: 'test.users', name: 'Broken import', lastStatus: 'error' },
      { orgId, kind: 'test.users', name: 'Healthy import', lastStatus: 'success' },
      { orgId, kind: 'test.users', name: 'Disabled import', lastStatus: 'error', enabled: false },
    ]);
    const inDays = (n: number) => todayUtc(new Date(Date.now() + n * 86_400_000));
    for (const [title, renewBy] of [
      ['Old pen test', inDays(-3)],
      ['Policy review', inDays(10)],
      ['Insurance', inDays(90)],
    ] as const) {
      const res = await uploadEvidence(
        mOwner,
        { title, controlIds: [ac02], renewBy },
        { name: `${title}.txt`, content: Buffer.from(title) },
      );
      expect(res.statusCode, res.body).toBe(201);
    }
    const d = await mOwner.call(dashboardRoutes.get);
    expect(d.monitoring.failingConnectors.map((c) => c.name)).toEqual(['Broken import']);
    expect(d.monitoring).toMatchObject({ evidenceExpired: 1, evidenceExpiringSoon: 1, expiringDays: 30 });
  });
});
