import { catalogRoutes, controlRoutes, dashboardRoutes, scopeRoutes } from '@vigil/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';

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

  it('covers every criterion of the scope once the library is adopted, and rises as controls are implemented', async () => {
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
    for (const c of before.categories) {
      expect(c.criteriaCovered, c.category).toBe(c.criteriaTotal);
      expect(c.score).toBe(50);
    }
    expect(before.categories.reduce((s, c) => s + c.criteriaTotal, 0)).toBe(61);
    const control = (await owner.call(controlRoutes.list, { query: { criterion: 'A1.2', limit: 1 } }))
      .items[0]!;
    await owner.call(controlRoutes.update, {
      params: { controlId: control.id },
      body: { status: 'implemented' },
    });
    const after = await owner.call(dashboardRoutes.get);
    const availability = after.categories.find((c) => c.category === 'availability')!;
    expect(availability.controlsImplemented).toBe(1);
    expect(availability.criteriaMet).toBeGreaterThanOrEqual(1);
    expect(after.overall.implemented).toBe(1);
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
