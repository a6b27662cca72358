import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { controlRoutes, riskRoutes, incidentRoutes as routes, taskRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from '../test/monitoring-http.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { myTasks, overdueSummary, significantIncidentsIn } from './index.ts';

const TRIVY = readFileSync(
  join(
    import.meta.dirname,
    '../../../../packages/connectors/src/scanners/fixtures/trivy-image-debian-buster.json.golden',
  ),
  'utf8',
);
const CRITICAL = 'vuln.no_critical_unfixed';

let t: TestApp;
let a: Tenant;
let b: Tenant;
const today = new Date().toISOString().slice(0, 10);
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
  await a.clients.owner.call(controlRoutes.adopt);
});
afterAll(() => t?.close());

const db = () => t.database.db;
const counts = async () =>
  Promise.all(
    [
      schema.incidents,
      schema.incidentTimeline,
      schema.incidentFollowUps,
      schema.incidentEmptyPeriods,
      schema.auditEvents,
    ].map(async (table) => (await db().select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n),
  );
const base = { title: 'Leaked deploy key', severity: 'high' as const, source: 'internal' as const };

async function refused(method: 'POST' | 'PUT', url: string, body: unknown, field: string) {
  const before = await counts();
  const res = await a.clients.owner.request(method, url, body);
  expect(res.statusCode, `${JSON.stringify(body)} -> ${res.body}`).toBe(400);
  expect(res.json().error.field, res.body).toBe(field);
  expect(await counts()).toEqual(before);
}

describe('recording an incident', () => {
  it('refuses times out of order, naming the field, and links of another organization, changing nothing', async () => {
    await refused(
      'POST',
      '/api/incidents',
      { ...base, occurredAt: hoursAgo(1), detectedAt: hoursAgo(2) },
      'detectedAt',
    );
    await refused(
      'POST',
      '/api/incidents',
      { ...base, detectedAt: hoursAgo(2), reportedAt: hoursAgo(3) },
      'reportedAt',
    );
    await refused('POST', '/api/incidents', { ...base, detectedAt: 'yesterday' }, 'detectedAt');
    await refused(
      'POST',
      '/api/incidents',
      { ...base, detectedAt: hoursAgo(2), customers: { required: true } },
      'customers.deadline',
    );
    const [bControl] = await db()
      .select()
      .from(schema.controls)
      .where(eq(schema.controls.orgId, b.orgId))
      .limit(1);
    const [bSystem] = await db()
      .select()
      .from(schema.systems)
      .where(eq(schema.systems.orgId, b.orgId))
      .limit(1);
    if (bControl)
      await refused(
        'POST',
        '/api/incidents',
        { ...base, detectedAt: hoursAgo(2), controlIds: [bControl.id] },
        'controlIds',
      );
    if (bSystem)
      await refused(
        'POST',
        '/api/incidents',
        { ...base, detectedAt: hoursAgo(2), affectedSystemIds: [bSystem.id] },
        'affectedSystemIds',
      );
    const member = await a.clients.viewer.request('POST', '/api/incidents', {
      ...base,
      detectedAt: hoursAgo(2),
    });
    expect(member.statusCode).toBe(403);
  });

  it('records an incident with its notification deadlines, keeps it from other organizations, and exports it', async () => {
    const created = await a.clients.member.call(routes.create, {
      body: {
        ...base,
        occurredAt: hoursAgo(30),
        detectedAt: hoursAgo(26),
        reportedAt: hoursAgo(25),
        affectedData: 'Customer email addresses',
        customers: { required: true, deadline: hoursAgo(1) },
        authorities: { required: true, deadline: new Date(Date.now() + 48 * 3_600_000).toISOString() },
      },
    });
    expect(created).toMatchObject({ status: 'new', next: ['triaged', 'dismissed'], significant: false });
    expect(created.customers).toMatchObject({ required: true, late: true, notifiedAt: null });
    expect(created.authorities.late).toBe(false);
    expect(created.nextDeadline).toBe(created.customers.deadline);
    expect(created.timeline.map((e) => [e.who, e.text])).toEqual([['Alpha member', 'Incident recorded']]);
    expect((await b.clients.owner.send(routes.get, { params: { incidentId: created.id } })).statusCode).toBe(
      404,
    );
    expect((await b.clients.owner.call(routes.list)).items).toEqual([]);
    const csv = await a.clients.auditor.request('GET', '/api/incidents/export.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\n')[0]).toMatch(/^Title,Severity,Detection source,Status/);
    expect(csv.body).toContain('Leaked deploy key,high,Internal report,New');
  });
});

describe('editing an incident', () => {
  it('records only what changed in the trail, with linked records counted, and refuses a notification before detection', async () => {
    const inc = await a.clients.owner.call(routes.create, {
      body: { ...base, title: 'Lost phone', detectedAt: hoursAgo(6) },
    });
    const url = `/api/incidents/${inc.id}`;
    await refused(
      'PUT',
      url,
      {
        ...base,
        detectedAt: hoursAgo(6),
        authorities: { required: true, deadline: hoursAgo(1), notifiedAt: hoursAgo(7) },
      },
      'authorities.notifiedAt',
    );
    const [control] = await db()
      .select()
      .from(schema.controls)
      .where(eq(schema.controls.orgId, a.orgId))
      .limit(1);
    const edited = await a.clients.owner.call(routes.update, {
      params: { incidentId: inc.id },
      body: {
        ...base,
        title: 'Lost phone',
        severity: 'critical',
        detectedAt: inc.detectedAt,
        authorities: { required: true, deadline: hoursAgo(1), notifiedAt: hoursAgo(2) },
        significant: true,
        controlIds: [control!.id],
      },
    });
    expect(edited).toMatchObject({ severity: 'critical', significant: true });
    expect(edited.authorities).toMatchObject({ required: true, late: false });
    expect(edited.controls).toEqual([{ id: control!.id, code: control!.code, title: control!.title }]);
    const [event] = await db()
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, 'incident.updated'));
    expect(Object.keys(event!.changes as object).sort()).toEqual([
      'authoritiesMustBeNotified',
      'authoritiesNotifiedAt',
      'authoritiesNotifyBy',
      'incident',
      'linkedControls',
      'severity',
      'significant',
    ]);
    expect((event!.changes as Record<string, unknown>).linkedControls).toEqual({ from: 0, to: 1 });
    // The same details again change nothing and write nothing.
    const before = await counts();
    await a.clients.owner.call(routes.update, {
      params: { incidentId: inc.id },
      body: {
        ...base,
        title: 'Lost phone',
        severity: 'critical',
        detectedAt: inc.detectedAt,
        authorities: {
          required: true,
          deadline: edited.authorities.deadline,
          notifiedAt: edited.authorities.notifiedAt,
        },
        significant: true,
        controlIds: [control!.id],
      },
    });
    expect(await counts()).toEqual(before);
  });
});

describe('the lifecycle', () => {
  it('moves one step at a time, refuses illegal moves and closing without lessons, and writes each move on the timeline', async () => {
    const inc = await a.clients.owner.call(routes.create, {
      body: { ...base, title: 'Phished laptop', detectedAt: hoursAgo(5) },
    });
    const url = `/api/incidents/${inc.id}/status`;
    await refused('POST', url, { to: 'contained' }, 'status');
    await refused('POST', url, { to: 'dismissed' }, 'reason');
    await refused('POST', url, { to: 'triaged', colour: 'red' }, 'colour');
    for (const to of ['triaged', 'contained', 'resolved'] as const) {
      await a.clients.owner.call(routes.transition, { params: { incidentId: inc.id }, body: { to } });
    }
    await refused('POST', url, { to: 'closed' }, 'lessonsLearned');
    await refused('POST', url, { to: 'dismissed', reason: 'drill' }, 'status');
    const entry = await a.clients.owner.call(routes.addTimeline, {
      params: { incidentId: inc.id },
      body: { at: hoursAgo(4), text: 'Laptop wiped remotely' },
    });
    expect(entry.timeline.map((e) => e.text)).toContain('Laptop wiped remotely');
    await refused(
      'POST',
      `/api/incidents/${inc.id}/timeline`,
      { at: new Date(Date.now() + 86_400_000).toISOString(), text: 'x' },
      'at',
    );
    const closed = await a.clients.owner.call(routes.transition, {
      params: { incidentId: inc.id },
      body: { to: 'closed', lessonsLearned: 'Phishing training twice a year' },
    });
    expect(closed).toMatchObject({
      status: 'closed',
      lessonsLearned: 'Phishing training twice a year',
      next: [],
    });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.timeline.map((e) => e.text)).toEqual([
      // Ordered by when things happened: the wipe four hours ago comes before the recording.
      'Laptop wiped remotely',
      'Incident recorded',
      'Status moved from New to Triaged',
      'Status moved from Triaged to Contained',
      'Status moved from Contained to Resolved',
      'Status moved from Resolved to Closed',
    ]);
    // A closed incident is kept as it was.
    await refused('PUT', `/api/incidents/${inc.id}`, { ...base, detectedAt: hoursAgo(5) }, 'status');
    const trail = await db()
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.entityId, inc.id));
    expect(trail.map((e) => e.action).sort()).toEqual([
      'incident.created',
      'incident.status_changed',
      'incident.status_changed',
      'incident.status_changed',
      'incident.status_changed',
      'incident.timeline_added',
    ]);
  });

  it('dismisses a non-incident with its reason', async () => {
    const inc = await a.clients.owner.call(routes.create, {
      body: { ...base, title: 'Alarm test', detectedAt: hoursAgo(3) },
    });
    const dismissed = await a.clients.owner.call(routes.transition, {
      params: { incidentId: inc.id },
      body: { to: 'dismissed', reason: 'Scheduled alarm test' },
    });
    expect(dismissed).toMatchObject({ status: 'dismissed', dismissalReason: 'Scheduled alarm test' });
  });
});

describe('follow-ups and significance', () => {
  it('puts follow-ups in the owner’s tasks and the overdue counts until done; refuses a non-member owner', async () => {
    const inc = await a.clients.owner.call(routes.create, {
      body: { ...base, title: 'Exposed bucket', detectedAt: hoursAgo(3), significant: true },
    });
    await refused(
      'POST',
      `/api/incidents/${inc.id}/follow-ups`,
      { title: 'x', ownerId: b.userIds.member, dueDate: today },
      'ownerId',
    );
    const withFollowUp = await a.clients.owner.call(routes.addFollowUp, {
      params: { incidentId: inc.id },
      body: { title: 'Block public buckets by policy', ownerId: a.userIds.member, dueDate: '2020-01-31' },
    });
    const f = withFollowUp.followUps[0]!;
    expect(f).toMatchObject({ ownerName: 'Alpha member', overdue: true, done: false });
    const tasks = await myTasks(db(), { orgId: a.orgId, userId: a.userIds.member, today });
    expect(tasks).toEqual([
      expect.objectContaining({ area: 'incident', overdue: true, link: `/incidents/${inc.id}` }),
    ]);
    expect(tasks[0]!.title).toMatch(/^Block public buckets by policy \(incident "Exposed bucket"\), due /);
    expect((await a.clients.member.call(taskRoutes.mine)).tasks.some((x) => x.area === 'incident')).toBe(
      true,
    );
    expect(await overdueSummary(db(), a.orgId, today)).toEqual([
      { area: 'incident', overdue: 1, link: '/incidents' },
    ]);
    await a.clients.owner.call(routes.completeFollowUp, { params: { incidentId: inc.id, followUpId: f.id } });
    expect(await myTasks(db(), { orgId: a.orgId, userId: a.userIds.member, today })).toEqual([]);
    expect(await overdueSummary(db(), a.orgId, today)).toEqual([
      { area: 'incident', overdue: 0, link: '/incidents' },
    ]);

    const significant = await significantIncidentsIn(db(), a.orgId, '2000-01-01', today);
    // Detected six hours ago and three hours ago, both marked significant, oldest first.
    expect(significant.map((s) => s.title)).toEqual(['Lost phone', 'Exposed bucket']);
    expect(await significantIncidentsIn(db(), b.orgId, '2000-01-01', today)).toEqual([]);
    // Each significant incident asked for the risks to be reassessed, once.
    const requests = await db()
      .select({ reason: schema.riskReassessmentRequests.reason })
      .from(schema.riskReassessmentRequests)
      .where(eq(schema.riskReassessmentRequests.orgId, a.orgId));
    expect(requests.map((r) => r.reason).sort()).toEqual([
      'Significant incident: Exposed bucket',
      'Significant incident: Lost phone',
    ]);
  });
});

describe('promoting a failing check', () => {
  it('refuses a check that is not failing, then promotes the failing one with its results and controls', async () => {
    const before = await counts();
    const passing = await a.clients.owner.request('POST', `/api/monitoring/checks/${CRITICAL}/incident`);
    expect(passing.statusCode, passing.body).toBe(400);
    expect(passing.json().error.field).toBe('checkId');
    expect(await counts()).toEqual(before);

    const connector = (
      await a.clients.owner.request('POST', '/api/integrations', { kind: 'trivy.json', name: 'Images' })
    ).json().id;
    const sent = await upload(
      t,
      a.clients.owner,
      `/api/integrations/${connector}/upload`,
      'scan.json',
      TRIVY,
    );
    expect(sent.statusCode, sent.body).toBe(200);

    const res = await a.clients.member.request('POST', `/api/monitoring/checks/${CRITICAL}/incident`);
    expect(res.statusCode, res.body).toBe(201);
    const inc = res.json();
    expect(inc).toMatchObject({ source: 'monitoring_alert', severity: 'critical', status: 'new' });
    expect(inc.title).toMatch(/: failing on 1 resource$/);
    expect(inc.promotedFrom.failing).toEqual([expect.objectContaining({ source: 'Trivy' })]);
    expect(inc.controls.length).toBeGreaterThan(0);
    expect(inc.timeline[0].text).toMatch(/^Promoted from the failing check /);
    const unknown = await a.clients.owner.request('POST', '/api/monitoring/checks/no.such_check/incident');
    expect(unknown.statusCode).toBe(404);
  });
});

describe('periods without incidents', () => {
  it('refuses a period with an incident or ending before it starts, and records an empty one for the auditor', async () => {
    await refused('POST', '/api/incidents/empty-periods', { from: today, to: '2000-01-01' }, 'to');
    await refused('POST', '/api/incidents/empty-periods', { from: '2000-01-01', to: today }, 'from');
    const made = await a.clients.member.call(routes.attestEmpty, {
      body: { from: '2020-01-01', to: '2020-03-31' },
    });
    expect(made).toMatchObject({ from: '2020-01-01', to: '2020-03-31', attestedBy: 'Alpha member' });
    expect((await a.clients.auditor.call(routes.emptyPeriods)).items.map((p) => p.from)).toEqual([
      '2020-01-01',
    ]);
    expect((await b.clients.owner.call(routes.emptyPeriods)).items).toEqual([]);
  });
});

describe('linked risks', () => {
  it('links and unlinks risks of the register, shown on the risk too, audited; refuses another organization’s risk', async () => {
    const risk = (title: string, tenant: Tenant) =>
      tenant.clients.owner.call(riskRoutes.create, {
        body: { title, category: 'security', inherentLikelihood: 2, inherentImpact: 3 },
      });
    const leak = await risk('Leaked credentials', a);
    const outage = await risk('Cloud region outage', a);
    const foreign = await risk('Bravo’s own risk', b);
    const inc = await a.clients.owner.call(routes.create, { body: { ...base, detectedAt: hoursAgo(3) } });
    const url = `/api/incidents/${inc.id}/risks`;
    const links = async () => (await db().select().from(schema.incidentRisks)).length;

    const before = [await counts(), await links()];
    for (const body of [{ riskIds: [foreign.id] }, { riskIds: ['not-a-uuid'] }]) {
      const res = await a.clients.owner.request('PUT', url, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field, res.body).toMatch(/^riskIds/);
    }
    expect([await counts(), await links()]).toEqual(before);
    const outsider = await b.clients.owner.request('PUT', url, { riskIds: [foreign.id] });
    expect(outsider.statusCode).toBe(404);
    const reader = await a.clients.auditor.request('PUT', url, { riskIds: [leak.id] });
    expect(reader.statusCode).toBe(403);

    const linked = await a.clients.owner.call(routes.setRisks, {
      params: { incidentId: inc.id },
      body: { riskIds: [leak.id, outage.id] },
    });
    expect(linked.risks.map((r) => r.title)).toEqual(['Cloud region outage', 'Leaked credentials']);
    const seen = await a.clients.member.call(riskRoutes.get, { params: { riskId: leak.id } });
    expect(seen.incidents).toEqual([{ id: inc.id, title: base.title }]);

    const after = await a.clients.owner.call(routes.setRisks, {
      params: { incidentId: inc.id },
      body: { riskIds: [leak.id] },
    });
    expect(after.risks.map((r) => r.title)).toEqual(['Leaked credentials']);
    expect(
      (await a.clients.member.call(riskRoutes.get, { params: { riskId: outage.id } })).incidents,
    ).toEqual([]);
    // The same set again changes nothing and records nothing.
    const trail = await counts();
    await a.clients.owner.call(routes.setRisks, {
      params: { incidentId: inc.id },
      body: { riskIds: [leak.id] },
    });
    expect(await counts()).toEqual(trail);

    const events = await db()
      .select({ changes: schema.auditEvents.changes })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, 'incident.risks_linked'))
      .orderBy(asc(schema.auditEvents.seq));
    expect(events.map((e) => e.changes)).toEqual([
      { incident: base.title, linked: 'Cloud region outage, Leaked credentials', unlinked: null },
      { incident: base.title, linked: null, unlinked: 'Cloud region outage' },
    ]);
  });
});
