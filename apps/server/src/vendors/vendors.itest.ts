import { taskRoutes, vendorRoutes } from '@vigil/api';
import { addMonths } from '@vigil/core';
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { type Client, createTestApp, type TestApp } from '../test/test-app.ts';
import { multipartBody } from '../test/upload-form.ts';
import { subserviceOrganizations } from './index.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
const today = new Date().toISOString().slice(0, 10);
const PDF = Buffer.from('%PDF-1.4\n% vendor SOC 2 report\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
});
afterAll(() => t?.close());

const state = async () =>
  Promise.all(
    [schema.vendors, schema.vendorReviews, schema.vendorReports, schema.evidence, schema.auditEvents].map(
      async (table) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n,
    ),
  );

function uploadReport(client: Client, vendorId: string, fields: Record<string, string>) {
  const { payload, contentType } = multipartBody(fields, {
    name: 'soc2.pdf',
    content: PDF,
    type: 'application/pdf',
  });
  return t.app.inject({
    method: 'POST',
    url: `/api/vendors/${vendorId}/reports`,
    headers: { ...client.authHeaders('POST'), 'content-type': contentType },
    payload,
  });
}

const base = { name: 'Cloudhost', services: 'Hosting', dataAccess: 'high', businessImpact: 'high' } as const;

describe('vendors', () => {
  it('computes the tier, overrides it only with a reason, and refuses parent loops', async () => {
    const owner = a.clients.owner;
    const critical = await owner.call(vendorRoutes.create, {
      body: { ...base, partOfSystem: true, ownerUserId: a.userIds.admin },
    });
    expect(critical).toMatchObject({
      tier: 'critical',
      computedTier: 'critical',
      owner: { name: expect.any(String) },
    });
    expect(critical.reviews).toHaveLength(1);
    expect(critical.reviews[0]).toMatchObject({ status: 'open', dueDate: today });
    // A new critical vendor asks for the risk assessment to be looked at again.
    const requests = await t.database.db
      .select({ reason: schema.riskReassessmentRequests.reason })
      .from(schema.riskReassessmentRequests)
      .where(eq(schema.riskReassessmentRequests.orgId, a.orgId));
    expect(requests.map((r) => r.reason)).toEqual(['Cloudhost became a critical vendor']);

    const before = await state();
    const noReason = await owner.request('POST', '/api/vendors', {
      ...base,
      name: 'Mailer',
      tierOverride: 'low',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/tierOverrideReason/);
    const badOwner = await owner.request('POST', '/api/vendors', {
      ...base,
      name: 'Mailer',
      ownerUserId: b.userIds.owner,
    });
    expect(badOwner.statusCode).toBe(400);
    expect(badOwner.json().error.message).toMatch(/ownerUserId/);
    expect(await state()).toEqual(before);

    const mailer = await owner.call(vendorRoutes.create, {
      body: {
        ...base,
        name: 'Mailer',
        dataAccess: 'low',
        businessImpact: 'low',
        tierOverride: 'moderate',
        tierOverrideReason: 'Sends password resets',
        parentId: critical.id,
      },
    });
    expect(mailer).toMatchObject({ computedTier: 'low', tier: 'moderate', parent: { name: 'Cloudhost' } });
    const loop = await owner.request('PUT', `/api/vendors/${critical.id}`, {
      ...base,
      partOfSystem: true,
      parentId: mailer.id,
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error.message).toMatch(/parentId/);
    const [nv, nr, np, ne, na] = before as [number, number, number, number, number];
    expect(await state()).toEqual([nv + 1, nr + 1, np, ne, na + 1]);
    const detail = await owner.call(vendorRoutes.get, { params: { vendorId: critical.id } });
    expect(detail.children).toEqual([{ id: mailer.id, name: 'Mailer' }]);

    // Another organization sees none of it.
    const other = await b.clients.owner.request('GET', `/api/vendors/${critical.id}`);
    expect(other.statusCode).toBe(404);
    expect((await b.clients.owner.call(vendorRoutes.list)).items).toEqual([]);
  });

  it('recomputes the tier when the questionnaire changes later, keeping a hand-set tier and its reason', async () => {
    const owner = a.clients.owner;
    const mailer = (await owner.call(vendorRoutes.list)).items.find((v) => v.name === 'Mailer')!;
    const changed = await owner.call(vendorRoutes.update, {
      params: { vendorId: mailer.id },
      body: {
        name: 'Mailer',
        services: 'Transactional email',
        dataAccess: 'high',
        businessImpact: 'low',
        partOfSystem: false,
        subProcessor: false,
        tierOverride: mailer.tierOverride,
        tierOverrideReason: mailer.tierOverrideReason,
        parentId: mailer.parent?.id ?? null,
        status: mailer.status,
      },
    });
    expect(changed).toMatchObject({
      computedTier: 'high',
      tier: 'moderate',
      tierOverrideReason: 'Sends password resets',
      services: 'Transactional email',
    });
    const [event] = await t.database.db
      .select({ action: schema.auditEvents.action, changes: schema.auditEvents.changes })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.entityId, mailer.id))
      .orderBy(sql`${schema.auditEvents.seq} desc`)
      .limit(1);
    expect(event).toMatchObject({
      action: 'vendor.updated',
      changes: { vendor: 'Mailer', dataAccess: { from: 'low', to: 'high' } },
    });
  });

  it('keeps a report as evidence, refuses a period ending before it starts, and flags the bridge letter', async () => {
    const owner = a.clients.owner;
    const v = (await owner.call(vendorRoutes.list)).items.find((x) => x.name === 'Cloudhost')!;
    const before = await state();
    const bad = await uploadReport(owner, v.id, {
      kind: 'soc2_type2',
      periodStart: '2025-12-31',
      periodEnd: '2025-01-01',
      opinion: 'unqualified',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/periodEnd/);
    const badKind = await uploadReport(owner, v.id, {
      kind: 'soc3',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      opinion: 'unqualified',
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.message).toMatch(/kind/);
    expect(await state()).toEqual(before);

    const old = await uploadReport(owner, v.id, {
      kind: 'soc2_type2',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      issuedOn: '2025-02-01',
      auditor: 'Example Assurance LLP',
      opinion: 'qualified',
      exceptions: 'One late access review',
      assessment: 'Not relevant to our use',
    });
    expect(old.statusCode, old.body).toBe(201);
    const report = old.json().reports[0];
    expect(report).toMatchObject({
      kind: 'soc2_type2',
      bridgeLetterNeeded: true,
      fileName: 'soc2.pdf',
      coversWindow: null,
    });
    const [item] = await t.database.db
      .select()
      .from(schema.evidence)
      .where(eq(schema.evidence.id, report.evidenceId));
    expect(item).toMatchObject({ orgId: a.orgId, size: PDF.length });

    // With an engagement window, the report says whether its period covers it.
    await t.database.db.insert(schema.engagements).values({
      orgId: a.orgId,
      name: 'FY24',
      reportType: 'type2',
      categories: ['security'],
      windowStart: '2024-03-01',
      windowEnd: '2024-09-30',
    });
    const covered = await owner.call(vendorRoutes.get, { params: { vendorId: v.id } });
    expect(covered.reports[0]!.coversWindow).toBe(true);
  });

  it('records the subservice section and lists it for the system description', async () => {
    const owner = a.clients.owner;
    const items = (await owner.call(vendorRoutes.list)).items;
    const v = items.find((x) => x.name === 'Cloudhost');
    const mailer = items.find((x) => x.name === 'Mailer');
    await owner.request('POST', '/api/controls/adopt');
    const control = (await owner.request('GET', '/api/controls?limit=1')).json().items[0].id as string;
    const before = await state();
    const notPart = await owner.request('PUT', `/api/vendors/${mailer!.id}/subservice`, {
      subserviceMethod: 'inclusive',
    });
    expect(notPart.statusCode).toBe(400);
    expect(notPart.json().error.message).toMatch(/subserviceMethod/);
    const badControl = await owner.request('PUT', `/api/vendors/${v!.id}/subservice`, {
      subserviceMethod: 'carve_out',
      cuecs: [{ text: 'Customers review access', controlIds: [mailer!.id] }],
    });
    expect(badControl.statusCode).toBe(400);
    expect(badControl.json().error.message).toMatch(/cuecs\.0\.controlIds/);
    expect(await state()).toEqual(before);

    await owner.call(vendorRoutes.setSubservice, {
      params: { vendorId: v!.id },
      body: {
        subserviceMethod: 'carve_out',
        csocs: [{ text: 'Physical access to data centres is restricted' }],
        cuecs: [{ text: 'Customers enable multi-factor sign-in', controlIds: [control] }],
      },
    });
    const listed = await subserviceOrganizations(t.database.db, a.orgId);
    expect(listed.subserviceOrganizations).toEqual([
      expect.objectContaining({
        name: 'Cloudhost',
        method: 'carve_out',
        csocs: [{ text: 'Physical access to data centres is restricted', controlIds: [] }],
      }),
    ]);
    expect(listed.subProcessors).toEqual([]);
  });

  it('completes a review once, read-only after, schedules the next from the tier, and shows it as a task', async () => {
    const owner = a.clients.owner;
    const admin = a.clients.admin;
    const v = (await owner.call(vendorRoutes.list)).items.find((x) => x.name === 'Cloudhost')!;
    const review = (await owner.call(vendorRoutes.get, { params: { vendorId: v.id } })).reviews[0]!;
    // Unassigned, the review is the vendor owner's task (the admin owns Cloudhost); past due it is overdue.
    await t.database.db
      .update(schema.vendorReviews)
      .set({ dueDate: '2026-01-01' })
      .where(eq(schema.vendorReviews.id, review.id));
    const tasks = await admin.call(taskRoutes.mine);
    expect(tasks.tasks).toContainEqual(
      expect.objectContaining({
        area: 'vendor_review',
        itemId: review.id,
        title: 'Review the vendor Cloudhost',
      }),
    );
    const overdue = await owner.call(taskRoutes.overdue);
    expect(overdue.areas).toContainEqual({ area: 'vendor_review', overdue: 1, link: '/vendors' });

    const before = await state();
    const missing = await owner.request('PUT', `/api/vendors/${v.id}/reviews/${review.id}`, {
      conclusion: 'approve',
      complete: true,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/residualRisk/);
    expect(await state()).toEqual(before);

    const done = await owner.call(vendorRoutes.updateReview, {
      params: { vendorId: v.id, reviewId: review.id },
      body: {
        conclusion: 'conditional',
        residualRisk: 'moderate',
        notes: 'Bridge letter requested',
        complete: true,
      },
    });
    const completed = done.reviews.find((r) => r.id === review.id)!;
    expect(completed).toMatchObject({
      status: 'completed',
      conclusion: 'conditional',
      residualRisk: 'moderate',
      completedOn: today,
    });
    const next = done.reviews.find((r) => r.status === 'open')!;
    expect(next.dueDate).toBe(addMonths(today, 12));
    expect(done.nextReviewDue).toBe(addMonths(today, 12));

    const after = await state();
    const edit = await owner.request('PUT', `/api/vendors/${v.id}/reviews/${review.id}`, {
      notes: 'changed',
    });
    expect(edit.statusCode).toBe(409);
    expect(await state()).toEqual(after);
    expect(
      (await owner.call(taskRoutes.overdue)).areas.find((x) => x.area === 'vendor_review'),
    ).toBeUndefined();

    const events = await t.database.db
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(sql`${schema.auditEvents.action} like 'vendor.%'`);
    expect(new Set(events.map((e) => e.action))).toEqual(
      new Set([
        'vendor.created',
        'vendor.updated',
        'vendor.report_added',
        'vendor.subservice_set',
        'vendor.review_completed',
      ]),
    );
  });

  it('exports the register as CSV and keeps it from employees', async () => {
    const res = await a.clients.viewer.request('GET', '/api/vendors/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toMatch(/^name,services,status,tier,/);
    expect(lines.some((l) => l.startsWith('Mailer,') && l.includes('Sends password resets'))).toBe(true);
    expect((await a.clients.employee.request('GET', '/api/vendors')).statusCode).toBe(403);
    expect((await a.clients.viewer.request('POST', '/api/vendors', base)).statusCode).toBe(403);
  });
});
