import { join } from 'node:path';
import { changeRoutes as routes } from '@vigil/api';
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tarGzOf } from '../test/archives.ts';
import { upload } from '../test/monitoring-http.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

const BUNDLE = join(
  import.meta.dirname,
  '../../../../packages/connectors/src/saas/fixtures/github-bundle-changes',
);
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

let t: TestApp;
let a: Tenant;
let b: Tenant;

const state = async () =>
  Promise.all(
    [schema.changeJustifications, schema.auditEvents].map(
      async (table) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n,
    ),
  );

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Beta');
  const connector = await a.clients.owner.request('POST', '/api/integrations', {
    kind: 'github.bundle',
    name: 'GitHub',
  });
  expect(connector.statusCode, connector.body).toBe(201);
  const res = await upload(
    t,
    a.clients.owner,
    `/api/integrations/${connector.json().id}/upload`,
    'github-export.tar.gz',
    await tarGzOf(BUNDLE),
  );
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(() => t?.close());

describe('the change population', () => {
  it('lists the changes merged into the default branch in the period, with one flagged merge', async () => {
    const p = await a.clients.viewer.call(routes.list, { query: MARCH });
    expect(p).toMatchObject({ from: '2026-03-01', to: '2026-03-31', total: 2, deviating: 1, justified: 0 });
    expect(p.repositories).toEqual(['github/hello-world']);
    expect(p.items.map((c) => [c.number, c.deviations.map((d) => d.words)])).toEqual([
      [1348, ['merged without an approval', 'merged past branch protection that required approval']],
      [1347, []],
    ]);
    const ok = p.items.find((c) => c.number === 1347)!;
    expect(ok.approvals.length).toBeGreaterThan(0);
    expect(ok.firstApprovalAt).not.toBeNull();
    // Who merged comes from the single pull request read; the export has none for #1348.
    expect(p.items.map((c) => [c.number, c.mergedBy, c.requiredApprovals])).toEqual([
      [1348, null, 2],
      [1347, 'hubot', 2],
    ]);
    // Only the deviations, and nothing outside the period.
    const only = await a.clients.viewer.call(routes.list, { query: { ...MARCH, deviations: 'only' } });
    expect(only.items.map((c) => c.number)).toEqual([1348]);
    const april = await a.clients.viewer.call(routes.list, {
      query: { from: '2026-04-01', to: '2026-04-30' },
    });
    expect(april).toMatchObject({ total: 0, items: [] });
    // Another organization sees none of it.
    expect((await b.clients.owner.call(routes.list, { query: MARCH })).total).toBe(0);
  });

  it('exports the population as CSV in words', async () => {
    const res = await a.clients.viewer.request(
      'GET',
      '/api/changes/export.csv?from=2026-03-01&to=2026-03-31',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('changes-2026-03-01-to-2026-03-31.csv');
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toMatch(/^Repository,Number,Title,Author,Merged at/);
    expect(lines).toHaveLength(3);
    expect(res.body).toContain('merged without an approval');
    expect(lines[0]).toContain('Merged by');
    expect(lines[0]).toContain('Approvals required (protection as collected)');
    const byNumber = new Map(lines.slice(1).map((l) => [l.split(',')[1], l]));
    // Unknown is said in words, never left blank; the known merger is named.
    expect(byNumber.get('1348')).toMatch(/,unknown,/);
    expect(byNumber.get('1347')).toMatch(/,hubot,/);
  });

  it('refuses a justification by the author, without a reason, for an approved change, and by a viewer; nothing changes', async () => {
    const p = await a.clients.owner.call(routes.list, { query: MARCH });
    const flagged = p.items.find((c) => c.number === 1348)!;
    const approved = p.items.find((c) => c.number === 1347)!;
    const before = await state();
    const path = (id: string) => `/api/changes/${id}/justification`;
    const byAuthor = await a.clients.member.request('POST', path(flagged.id), {
      reason: 'Outage hotfix',
      approver: flagged.author.toUpperCase(),
    });
    expect(byAuthor.statusCode).toBe(400);
    expect(byAuthor.json().error).toMatchObject({
      field: 'approver',
      message: 'approver: must be someone other than the author of the change',
    });
    const noReason = await a.clients.member.request('POST', path(flagged.id), {
      reason: ' ',
      approver: 'grace',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    const nothingToJustify = await a.clients.member.request('POST', path(approved.id), {
      reason: 'x',
      approver: 'grace',
    });
    expect(nothingToJustify.statusCode).toBe(400);
    expect(nothingToJustify.json().error.message).toBe(
      'changeId: github/hello-world #1347 was approved before merge; there is nothing to justify',
    );
    const viewer = await a.clients.viewer.request('POST', path(flagged.id), {
      reason: 'x',
      approver: 'grace',
    });
    expect(viewer.statusCode).toBe(403);
    const otherOrg = await b.clients.owner.request('POST', path(flagged.id), {
      reason: 'x',
      approver: 'grace',
    });
    expect(otherOrg.statusCode).toBe(404);
    expect(await state()).toEqual(before);
  });

  it('records a justification once, keeps the change listed as justified, and writes the trail', async () => {
    const p = await a.clients.owner.call(routes.list, { query: MARCH });
    const flagged = p.items.find((c) => c.number === 1348)!;
    const justified = await a.clients.member.call(routes.justify, {
      params: { changeId: flagged.id },
      body: { reason: 'Hotfix for the checkout outage; reviewed the next morning', approver: 'grace-hopper' },
    });
    expect(justified.justification).toMatchObject({
      reason: 'Hotfix for the checkout outage; reviewed the next morning',
      approver: 'grace-hopper',
      recordedByName: expect.any(String),
    });
    expect(justified.deviations).toHaveLength(2);
    const after = await a.clients.viewer.call(routes.list, { query: { ...MARCH, deviations: 'only' } });
    expect(after).toMatchObject({ deviating: 1, justified: 1 });
    expect(after.items[0]!.justification?.approver).toBe('grace-hopper');
    const again = await a.clients.member.request('POST', `/api/changes/${flagged.id}/justification`, {
      reason: 'Another story',
      approver: 'someone',
    });
    expect(again.statusCode).toBe(409);
    const [event] = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, 'change.justified'));
    expect(event).toMatchObject({
      orgId: a.orgId,
      entityType: 'merged_change',
      changes: expect.objectContaining({ change: 'github/hello-world #1348', approver: 'grace-hopper' }),
    });
  });
});
