import { vulnerabilitiesRoutes as routes, taskRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { BUILTIN_CHECKS, type Resource } from '@vigil/monitoring';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrgActor, systemActor } from '../audit/actor.ts';
import { runSweep } from '../monitoring/index.ts';
import { upload } from '../test/monitoring-http.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { myTasks } from './exception-tasks.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
const DAY = 86_400_000;
const base = new Date(Math.floor((Date.now() - 100 * DAY) / DAY) * DAY);
const day = (n: number) => new Date(base.getTime() + n * DAY);

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
});
afterAll(() => t?.close());

const db = () => t.database.db;
const auditCount = async () =>
  (await db().select({ n: sql<number>`count(*)::int` }).from(schema.auditEvents))[0]!.n;

function finding(id: string, severity: string): Resource {
  return {
    source: 'trivy',
    type: 'vuln.finding',
    externalId: `app:1|pkg-${id}@1.0|${id}`,
    name: `${id} in pkg-${id} 1.0 (app:1)`,
    attributes: {
      scanner: 'trivy',
      target: 'app:1',
      package: `pkg-${id}`,
      installedVersion: '1.0',
      fixedVersions: ['1.1'],
      fixAvailable: true,
      vulnerabilityId: id,
      severity,
      publishedAt: base.toISOString(),
    },
  };
}

const vulnChecks = BUILTIN_CHECKS.filter((c) => c.id.startsWith('vuln.no_') && c.id.endsWith('d'));
const sweep = (tenant: Tenant, resources: Resource[], now: Date) => {
  const actor: OrgActor = { ...systemActor('test'), orgId: tenant.orgId, role: 'owner' };
  return runSweep(db(), actor, {
    orgId: tenant.orgId,
    source: 'trivy',
    types: ['vuln.finding'],
    resources,
    checks: vulnChecks,
    customChecks: false,
    now,
  });
};

describe('the SLA report from scanner intervals', () => {
  beforeAll(async () => {
    const [A, B, C] = [finding('CVE-A', 'critical'), finding('CVE-B', 'critical'), finding('CVE-C', 'high')];
    await sweep(a, [A, B, C], day(0));
    await sweep(a, [A, C], day(10));
    await sweep(a, [C], day(40));
    await sweep(a, [C, finding('CVE-D', 'low')], day(60));
  });

  it('counts remediated on time, late, overdue and open per severity', async () => {
    const report = await a.clients.viewer.call(routes.report);
    const by = Object.fromEntries(report.severities.map((s) => [s.severity, s]));
    expect(by.critical).toMatchObject({ open: 0, overdue: 0, remediatedOnTime: 1, remediatedLate: 1 });
    expect(by.high).toMatchObject({ open: 0, overdue: 1, remediatedOnTime: 0, remediatedLate: 0 });
    expect(by.low).toMatchObject({ open: 1, overdue: 0 });
    expect(report.open.items.map((f) => [f.vulnerabilityId, f.standing, f.dueAt.slice(0, 10)])).toEqual([
      ['CVE-C', 'overdue', day(30).toISOString().slice(0, 10)],
      ['CVE-D', 'open', day(240).toISOString().slice(0, 10)],
    ]);
    // Another organization sees none of it.
    const other = await b.clients.owner.call(routes.report);
    expect(other.open).toEqual({ items: [], total: 0 });
  });

  it('leaves findings out of a window they do not touch', async () => {
    const from = day(-30).toISOString().slice(0, 10);
    const to = day(-1).toISOString().slice(0, 10);
    const report = await a.clients.owner.call(routes.report, { query: { from, to } });
    expect(
      report.severities.every((s) => s.open + s.overdue + s.remediatedOnTime + s.remediatedLate === 0),
    ).toBe(true);
    const bad = await a.clients.owner.send(routes.report, { query: { from: to, to: from } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('to');
  });

  it('exports the findings of the window as CSV', async () => {
    const res = await a.clients.auditor.send(routes.reportCsv);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toMatch(/^finding,vulnerability,package/);
    expect(lines).toHaveLength(5);
    expect(res.body).toMatch(/CVE-C,pkg-CVE-C,app:1,trivy,high,.*,overdue,/);
    expect(res.body).toMatch(/CVE-A,.*remediated late/);
  });

  it('accepts the risk of a finding with another approver until it expires', async () => {
    const report = await a.clients.owner.call(routes.report);
    const c = report.open.items.find((f) => f.vulnerabilityId === 'CVE-C')!;
    const expiresOn = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    const before = await auditCount();
    const past = await a.clients.member.send(routes.requestException, {
      body: { resourceId: c.resourceId, justification: 'Not reachable', expiresOn: '2020-01-01' },
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.field).toBe('expiresOn');
    const empty = await a.clients.member.request('POST', '/api/vulnerabilities/exceptions', {
      resourceId: c.resourceId,
      justification: ' ',
      expiresOn,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe('justification');
    expect(await auditCount()).toBe(before);
    expect(await db().select().from(schema.vulnExceptions)).toHaveLength(0);

    const asked = await a.clients.member.call(routes.requestException, {
      body: { resourceId: c.resourceId, justification: 'Not reachable from the internet', expiresOn },
    });
    expect(asked.state).toBe('pending');
    // Pending is not accepted yet.
    expect(
      (await a.clients.owner.call(routes.report)).open.items.find((f) => f.vulnerabilityId === 'CVE-C')!
        .standing,
    ).toBe('overdue');
    const self = await a.clients.member.send(routes.approveException, { params: { exceptionId: asked.id } });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.field).toBe('approverId');
    const viewer = await a.clients.viewer.send(routes.approveException, {
      params: { exceptionId: asked.id },
    });
    expect(viewer.statusCode).toBe(403);
    const foreign = await b.clients.owner.send(routes.approveException, {
      params: { exceptionId: asked.id },
    });
    expect(foreign.statusCode).toBe(404);

    const approved = await a.clients.admin.call(routes.approveException, {
      params: { exceptionId: asked.id },
    });
    expect(approved).toMatchObject({
      state: 'active',
      requesterName: 'Alpha member',
      approverName: 'Alpha admin',
    });
    const accepted = await a.clients.owner.call(routes.report);
    expect(accepted.severities.find((s) => s.severity === 'high')).toMatchObject({ overdue: 0, accepted: 1 });

    // Two weeks before it ends, the acceptance is a task for its requester and its approver.
    const ofArea = async (c: typeof a.clients.owner) =>
      (await c.call(taskRoutes.mine)).tasks.filter((x) => x.area === 'vulnerability');
    // Read directly where a test changes rows without an audited write, which "My tasks" caches on.
    const direct = (userId: string) =>
      myTasks(db(), { orgId: a.orgId, userId, today: new Date().toISOString().slice(0, 10) });
    expect(await direct(a.userIds.member)).toEqual([]);
    const soon = new Date(Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`) + 6 * DAY);
    await db()
      .update(schema.vulnExceptions)
      .set({ expiresAt: soon })
      .where(eq(schema.vulnExceptions.id, asked.id));
    const lastDay = new Date(soon.getTime() - DAY).toISOString().slice(0, 10);
    for (const c of [a.clients.member, a.clients.admin]) {
      expect(await ofArea(c)).toEqual([
        {
          area: 'vulnerability',
          itemId: asked.id,
          title: `Renew or end the risk acceptance of CVE-C in pkg-CVE-C 1.0 (app:1), which ends on ${lastDay}`,
          dueDate: lastDay,
          overdue: false,
          link: '/vulnerabilities',
        },
      ]);
    }
    expect(await ofArea(a.clients.owner)).toEqual([]);
    expect(await ofArea(b.clients.owner)).toEqual([]);

    // Once expired, the finding counts again, and the task is gone.
    await db()
      .update(schema.vulnExceptions)
      // Acceptances end at midnight UTC, after their last day.
      .set({ expiresAt: new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`) })
      .where(eq(schema.vulnExceptions.id, asked.id));
    const expired = await a.clients.owner.call(routes.report);
    expect(expired.severities.find((s) => s.severity === 'high')).toMatchObject({ overdue: 1, accepted: 0 });
    expect((await a.clients.owner.call(routes.exceptions)).items[0]!.state).toBe('expired');
    expect(await direct(a.userIds.member)).toEqual([]);
    const trail = await db()
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.orgId, a.orgId));
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining(['vulnerabilities.exception_requested', 'vulnerabilities.exception_approved']),
    );
  });
});

describe('the SLA policy', () => {
  it('starts on the defaults and refuses negative or fractional days naming the severity', async () => {
    expect((await b.clients.viewer.call(routes.slaPolicy)).current).toEqual({
      critical: 15,
      high: 30,
      medium: 90,
      low: 180,
    });
    const before = await auditCount();
    const negative = await b.clients.owner.send(routes.updateSlaPolicy, {
      body: { critical: 15, high: -1, medium: 90, low: 180 },
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error).toMatchObject({ field: 'high', message: expect.stringMatching(/^high: /) });
    const fraction = await b.clients.owner.send(routes.updateSlaPolicy, {
      body: { critical: 15, high: 30, medium: 2.5, low: 180 },
    });
    expect(fraction.json().error.field).toBe('medium');
    const viewer = await b.clients.viewer.send(routes.updateSlaPolicy, {
      body: { critical: 15, high: 30, medium: 90, low: 180 },
    });
    expect(viewer.statusCode).toBe(403);
    expect(await auditCount()).toBe(before);
    expect((await b.clients.owner.call(routes.slaPolicy)).versions).toEqual([]);
  });

  it('applies a change only to findings detected after it', async () => {
    await sweep(b, [finding('CVE-OLD', 'critical')], day(0));
    await b.clients.member.call(routes.updateSlaPolicy, {
      body: { critical: 200, high: 30, medium: 90, low: 180 },
    });
    const policy = await b.clients.owner.call(routes.slaPolicy);
    expect(policy.current.critical).toBe(200);
    expect(policy.versions[0]).toMatchObject({ critical: 200, createdByName: 'Bravo member' });
    const now = new Date();
    await sweep(b, [finding('CVE-OLD', 'critical'), finding('CVE-NEW', 'critical')], now);
    const report = await b.clients.owner.call(routes.report);
    const due = Object.fromEntries(report.open.items.map((f) => [f.vulnerabilityId, f]));
    expect(due['CVE-OLD']).toMatchObject({ standing: 'overdue', dueAt: day(15).toISOString() });
    expect(due['CVE-NEW']!.standing).toBe('open');
    expect(Date.parse(due['CVE-NEW']!.dueAt) - Date.parse(due['CVE-NEW']!.detectedAt)).toBe(200 * DAY);
  });
});

describe('penetration tests', () => {
  let penTestId = '';
  const csv =
    'Identifier,Title,Severity,Description,Status\nPT-1,SQL injection,Critical,Search form,Open\nPT-2,Verbose errors,Low,,Open\n';

  it('records a test and refuses one that ends before it starts', async () => {
    const before = await auditCount();
    const bad = await a.clients.member.send(routes.createPenTest, {
      body: { vendor: 'Acme Security', startDate: '2026-03-10', endDate: '2026-03-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('endDate');
    expect(await auditCount()).toBe(before);
    const test = await a.clients.member.call(routes.createPenTest, {
      body: {
        vendor: 'Acme Security',
        startDate: '2026-03-01',
        endDate: '2026-03-10',
        scope: 'Web application',
      },
    });
    penTestId = test.id;
    expect(test).toMatchObject({ vendor: 'Acme Security', findings: 0, reportEvidenceId: null });
  });

  it('imports findings from CSV, refusing renamed columns and bad rows and storing nothing then', async () => {
    const before = await auditCount();
    const renamed = await a.clients.member.send(routes.importFindings, {
      params: { penTestId },
      body: { fileName: 'acme.csv', content: csv.replace('Severity', 'Risk') },
    });
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().error.message).toMatch(/acme\.csv: column "severity" is missing/);
    const badRow = await a.clients.member.send(routes.importFindings, {
      params: { penTestId },
      body: { fileName: 'acme.csv', content: `${csv}PT-3,Weak TLS,Urgent,,\n` },
    });
    expect(badRow.json().error.message).toMatch(/acme\.csv: line 4: severity "Urgent"/);
    expect(await db().select().from(schema.penTestFindings)).toHaveLength(0);
    expect(await auditCount()).toBe(before);

    const ok = await a.clients.member.call(routes.importFindings, {
      params: { penTestId },
      body: { fileName: 'acme.csv', content: csv },
    });
    expect(ok.imported).toBe(2);
    const detail = await a.clients.viewer.call(routes.penTest, { params: { penTestId } });
    const sqli = detail.items.find((f) => f.identifier === 'PT-1')!;
    // Detected when the test ended, due 15 days later under the defaults.
    expect(sqli).toMatchObject({
      severity: 'critical',
      dueAt: '2026-03-26T00:00:00.000Z',
      standing: 'overdue',
    });
  });

  it('adds a finding by hand and tracks remediation and retest', async () => {
    const added = await a.clients.member.call(routes.addFinding, {
      params: { penTestId },
      body: { title: 'Open redirect', severity: 'medium' },
    });
    expect(added.dueAt).toBe('2026-06-09T00:00:00.000Z');
    const detail = await a.clients.member.call(routes.penTest, { params: { penTestId } });
    const sqli = detail.items.find((f) => f.identifier === 'PT-1')!;
    const early = await a.clients.member.send(routes.updateFinding, {
      params: { penTestId, findingId: sqli.id },
      body: { retestOn: '2026-03-20' },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.field).toBe('retestOn');
    const fixed = await a.clients.member.call(routes.updateFinding, {
      params: { penTestId, findingId: sqli.id },
      body: { remediatedOn: '2026-03-20', retestOn: '2026-03-25', retestResult: 'fixed' },
    });
    expect(fixed.standing).toBe('remediated_on_time');
    const notFixed = await a.clients.member.call(routes.updateFinding, {
      params: { penTestId, findingId: sqli.id },
      body: { retestResult: 'not_fixed' },
    });
    expect(notFixed.standing).toBe('overdue');
    const res = await a.clients.auditor.send(routes.findingsCsv, { params: { penTestId } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/PT-1,SQL injection,critical,Search form,Open,/);
    expect(res.body.trim().split('\n')).toHaveLength(4);
  });

  it('stores the report as evidence', async () => {
    const res = await upload(
      t,
      a.clients.member,
      `/api/pen-tests/${penTestId}/report`,
      'acme-report.pdf',
      '%PDF-1.4 report',
    );
    expect(res.statusCode, res.body).toBe(200);
    const evidenceId = res.json().reportEvidenceId as string;
    const [ev] = await db().select().from(schema.evidence).where(eq(schema.evidence.id, evidenceId));
    expect(ev).toMatchObject({ orgId: a.orgId, fileName: 'acme-report.pdf' });
    const other = await b.clients.owner.send(routes.penTest, { params: { penTestId } });
    expect(other.statusCode).toBe(404);
  });
});
