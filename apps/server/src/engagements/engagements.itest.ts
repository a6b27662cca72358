import { auditTrailRoutes, engagementRoutes, scopeRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let owner: Client;
const engagementCount = async () =>
  (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.engagements))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
});
afterAll(() => t?.close());

describe('scoping and engagements', () => {
  it('opens a Type II engagement over the current scope and in-scope systems', async () => {
    await owner.call(scopeRoutes.update, { body: { categories: ['confidentiality'] } });
    const sys = await owner.send(scopeRoutes.createSystem, {
      body: { name: 'Production AWS account', kind: 'infrastructure' },
    });
    expect(sys.statusCode).toBe(201);
    await owner.call(scopeRoutes.createSystem, {
      body: { name: 'Marketing site', kind: 'software', inScope: false },
    });
    const res = await owner.send(engagementRoutes.create, {
      body: {
        name: 'SOC 2 Type II 2026',
        reportType: 'type2',
        windowStart: '2026-01-01',
        windowEnd: '2026-06-30',
        auditFirm: 'Example CPA LLP',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      reportType: 'type2',
      windowStart: '2026-01-01',
      windowEnd: '2026-06-30',
      categories: ['security', 'confidentiality'],
      systemIds: [sys.json().id],
    });
    // The status follows these fixed dates against today's, so it is asserted below with dates relative to today.
    const trail = await owner.call(auditTrailRoutes.list, { query: { action: 'engagement.opened' } });
    expect(trail.items).toHaveLength(1);
  });

  it('opens a Type I engagement at an as-of date', async () => {
    const res = await owner.send(engagementRoutes.create, {
      body: { name: 'Type I', reportType: 'type1', asOfDate: '2026-03-31' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ asOfDate: '2026-03-31', windowStart: null });
  });

  it('refuses invalid periods with the field named, storing nothing', async () => {
    const before = await engagementCount();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { reportType: 'type2', windowStart: '2026-01-01', windowEnd: '2026-02-28' },
        'windowEnd',
        /at least 3 months/,
      ],
      [
        { reportType: 'type2', windowStart: '2026-01-01', windowEnd: '2027-03-01' },
        'windowEnd',
        /at most 12 months/,
      ],
      [
        { reportType: 'type2', windowStart: '2026-06-01', windowEnd: '2026-01-01' },
        'windowEnd',
        /end after it starts/,
      ],
      [
        { reportType: 'type2', windowStart: '2026-02-30', windowEnd: '2026-09-01' },
        'windowStart',
        /valid date/,
      ],
      [
        { reportType: 'type2', windowStart: '01/01/2026', windowEnd: '2026-09-01' },
        'windowStart',
        /YYYY-MM-DD/,
      ],
      [{ reportType: 'type2', windowStart: '2026-01-01' }, 'windowEnd', /needs/],
      [{ reportType: 'type1' }, 'asOfDate', /as-of date/],
      [{ reportType: 'type3', asOfDate: '2026-01-01' }, 'reportType', /./],
      [
        { reportType: 'type1', asOfDate: '2026-01-01', systemIds: ['00000000-0000-4000-8000-000000000000'] },
        'systemIds.0',
        /no such system/,
      ],
    ];
    for (const [body, field, message] of cases) {
      const res = await owner.request('POST', '/api/engagements', { name: 'Bad', ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field, JSON.stringify(body)).toBe(field);
      expect(res.json().error.message).toMatch(message);
    }
    expect(await engagementCount()).toBe(before);
  });

  it('re-checks the window when an engagement is updated', async () => {
    const { items } = await owner.call(engagementRoutes.list);
    const type2 = items.find((e) => e.reportType === 'type2')!;
    const bad = await owner.request('PATCH', `/api/engagements/${type2.id}`, { windowEnd: '2027-06-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('windowEnd');
    const ok = await owner.call(engagementRoutes.update, {
      params: { engagementId: type2.id },
      body: { windowEnd: '2026-12-31' },
    });
    expect(ok).toMatchObject({ windowEnd: '2026-12-31' });
  });

  it('keeps Security in scope whatever is sent', async () => {
    const res = await owner.call(scopeRoutes.update, { body: { categories: [] } });
    expect(res.categories).toEqual(['security']);
    const bad = await owner.request('PUT', '/api/scope', { categories: ['security', 'fun'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('categories.1');
  });
});

describe('engagement stages follow the dates; completed is an action', () => {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  let tenant: Tenant;
  const open = async (name: string, body: Record<string, string>) => {
    const res = await tenant.clients.owner.request('POST', '/api/engagements', { name, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; status: string };
  };
  const storedStatus = async (id: string) =>
    (
      await t.database.db
        .select({ status: schema.engagements.status })
        .from(schema.engagements)
        .where(eq(schema.engagements.id, id))
    )[0]!.status;

  beforeAll(async () => {
    tenant = await createTenant(t, 'Stages');
  });

  it('reads planning, observation or reporting from the dates, with nothing stored but planning', async () => {
    const future = await open('Next year', {
      reportType: 'type2',
      windowStart: day(10),
      windowEnd: day(110),
    });
    const started = await open('Window started', {
      reportType: 'type2',
      windowStart: day(-30),
      windowEnd: day(80),
    });
    const ended = await open('Window ended', {
      reportType: 'type2',
      windowStart: day(-200),
      windowEnd: day(-1),
    });
    const type1Due = await open('Type I due', { reportType: 'type1', asOfDate: day(0) });
    const type1Later = await open('Type I later', { reportType: 'type1', asOfDate: day(5) });
    expect([future, started, ended, type1Due, type1Later].map((e) => e.status)).toEqual([
      'planning',
      'observation',
      'reporting',
      'reporting',
      'planning',
    ]);
    const listed = await tenant.clients.viewer.call(engagementRoutes.list);
    expect(listed.items.find((e) => e.id === started.id)!.status).toBe('observation');
    expect(await storedStatus(started.id)).toBe('planning');
  });

  it('lets an owner or admin complete an engagement, refuses a member, and reopens to the dated stage', async () => {
    const e = await open('To close', { reportType: 'type2', windowStart: day(-30), windowEnd: day(80) });
    const refused = await tenant.clients.member.request('PATCH', `/api/engagements/${e.id}`, {
      status: 'completed',
    });
    expect(refused.statusCode).toBe(403);
    expect(await storedStatus(e.id)).toBe('planning');
    const done = await tenant.clients.admin.call(engagementRoutes.update, {
      params: { engagementId: e.id },
      body: { status: 'completed' },
    });
    expect(done.status).toBe('completed');
    const reopened = await tenant.clients.owner.call(engagementRoutes.update, {
      params: { engagementId: e.id },
      body: { status: 'planning' },
    });
    expect(reopened.status).toBe('observation');
    // The names used before the stages were renamed are still accepted.
    const legacy = await tenant.clients.owner.request('PATCH', `/api/engagements/${e.id}`, {
      status: 'closed',
    });
    expect(legacy.statusCode, legacy.body).toBe(200);
    expect(legacy.json().status).toBe('completed');
    expect(await storedStatus(e.id)).toBe('completed');
  });
});
