import { createHash } from 'node:crypto';
import { internalAuditRoutes } from '@vigil/api';
import { oscalProblems } from '@vigil/core/oscal-testing';
import { rowsOf, schema } from '@vigil/db';
import { TEST_CHECKS, TEST_REGISTRY, user } from '@vigil/monitoring/test/registry';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../audit/actor.ts';
import { runSweep } from '../monitoring/index.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let engagementId: string;
let uninvitedEngagementId: string;
const AT = '2030-01-01T00:00:00.000Z';
const evidenceBytes = Buffer.from('MFA enrolment export, signed');
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
let naCriterion: string;

const ORG_MODELS = ['catalog', 'profile', 'component-definition', 'ssp', 'poam'] as const;
const orgUrl = (model: string) => `/api/oscal/${model}?at=${encodeURIComponent(AT)}`;
const engUrl = (id: string, model: string) =>
  `/api/engagements/${id}/oscal/${model}?at=${encodeURIComponent(AT)}`;

beforeAll(async () => {
  t = await createTestApp();
  t.ctx.monitoring = TEST_REGISTRY;
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
  const owner = a.clients.owner;
  await owner.request('POST', '/api/controls/adopt');
  await b.clients.owner.request('POST', '/api/controls/adopt');
  const db = t.database.db;
  const ac02 = (
    await db
      .select({ id: schema.controls.id })
      .from(schema.controls)
      .where(and(eq(schema.controls.orgId, a.orgId), eq(schema.controls.templateId, 'AC-02')))
  )[0]!.id;
  // A criterion every control of which the organization marks not applicable.
  const [single] = rowsOf<{ criterion_id: string }>(
    await db.execute(sql`
    select criterion_id from control_criteria where org_id = ${a.orgId} and criterion_id like 'CC%'
    group by criterion_id having count(*) = 1 order by criterion_id limit 1`),
  );
  naCriterion = single!.criterion_id;
  const [naLink] = await db
    .select({ controlId: schema.controlCriteria.controlId })
    .from(schema.controlCriteria)
    .where(
      and(eq(schema.controlCriteria.orgId, a.orgId), eq(schema.controlCriteria.criterionId, naCriterion)),
    );
  const na = await owner.request('PATCH', `/api/controls/${naLink!.controlId}`, {
    applicable: false,
    naJustification: 'We have no offices: every employee works remotely',
  });
  expect(na.statusCode, na.body).toBe(200);
  await owner.request('POST', '/api/systems', { name: 'Production AWS', kind: 'infrastructure' });
  const ev = await uploadEvidence(
    owner,
    { title: 'MFA enrolment export', controlIds: [ac02] },
    { name: 'mfa.txt', content: evidenceBytes },
  );
  expect(ev.statusCode, ev.body).toBe(201);
  const eng = await owner.request('POST', '/api/engagements', {
    name: 'FY26 Type II',
    reportType: 'type2',
    windowStart: '2026-01-01',
    windowEnd: '2026-03-31',
  });
  engagementId = eng.json().id;
  await db.insert(schema.engagementAuditors).values({ engagementId, userId: a.userIds.auditor });
  uninvitedEngagementId = (
    await owner.request('POST', '/api/engagements', {
      name: 'Type I',
      reportType: 'type1',
      asOfDate: '2026-06-30',
    })
  ).json().id;
  // bob loses MFA on Jan 11 and never gets it back: an exception in the window and a failing check now.
  const actor = { ...systemActor('test'), orgId: a.orgId, role: 'owner' as const };
  const sweep = (resources: ReturnType<typeof user>[], now: Date) =>
    runSweep(db, actor, {
      orgId: a.orgId,
      source: 'testsrc',
      types: ['test.user'],
      resources,
      checks: TEST_CHECKS,
      now,
    });
  await sweep([user('alice', { mfa: true }), user('bob', { mfa: true })], day(0));
  await sweep([user('alice', { mfa: true }), user('bob', { mfa: false })], day(10));
  const audit = await owner.call(internalAuditRoutes.create, {
    body: {
      title: 'Annual internal audit',
      auditorId: a.userIds.member,
      plannedDate: '2026-11-02',
      periodStart: '2026-01-01',
      periodEnd: '2026-10-31',
      controlIds: [ac02],
    },
  });
  await owner.call(internalAuditRoutes.addFinding, {
    params: { internalAuditId: audit.id },
    body: {
      description: 'Leavers kept access',
      controlId: ac02,
      dueDate: '2026-12-01',
      remediation: 'Remove them',
    },
  });
});
afterAll(() => t?.close());

describe('OSCAL export', () => {
  it('exports every model of a seeded organization, valid against OSCAL 1.1.3 and 1.2.2', async () => {
    const urls = [
      ...ORG_MODELS.map(orgUrl),
      engUrl(engagementId, 'assessment-results'),
      engUrl(engagementId, 'poam'),
    ];
    for (const url of urls) {
      const res = await a.clients.owner.request('GET', url);
      expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="oscal-/);
      expect({ url, problems: oscalProblems(res.json()) }).toEqual({ url, problems: [] });
    }
  });

  it('gives the same bytes for the same data and a pinned time', async () => {
    for (const url of [orgUrl('ssp'), orgUrl('poam'), engUrl(engagementId, 'assessment-results')]) {
      const first = await a.clients.owner.request('GET', url);
      const second = await a.clients.admin.request('GET', url);
      expect(second.body, url).toBe(first.body);
    }
  });

  it('carries the scope, the not-applicable criteria with their reason, and the inventory', async () => {
    const profile = (await a.clients.owner.request('GET', orgUrl('profile'))).json().profile;
    expect(profile.imports[0]['exclude-controls'][0]['with-ids']).toEqual([naCriterion]);
    expect(profile.metadata.props).toContainEqual(
      expect.objectContaining({
        name: 'not-applicable',
        value: naCriterion,
        remarks: expect.stringContaining('remotely'),
      }),
    );
    const ssp = (await a.clients.owner.request('GET', orgUrl('ssp'))).json()['system-security-plan'];
    expect(ssp['system-implementation'].components.map((c: { title: string }) => c.title)).toContain(
      'Production AWS',
    );
    expect(ssp['system-characteristics'].remarks).toContain('no system-description domain');
  });

  it('lists the automated checks per connector in the component definition', async () => {
    const cd = (await a.clients.owner.request('GET', orgUrl('component-definition'))).json()[
      'component-definition'
    ];
    const importer = cd.components.find((c: { type: string }) => c.type === 'service');
    expect(JSON.stringify(importer)).toContain('"value":"test.user.mfa"');
  });

  it('references the evidence by SHA-256 and reports the exception in the assessment results', async () => {
    const ar = (await a.clients.auditor.request('GET', engUrl(engagementId, 'assessment-results'))).json()[
      'assessment-results'
    ];
    const sha = createHash('sha256').update(evidenceBytes).digest('hex');
    const resources = ar['back-matter'].resources;
    expect(resources).toContainEqual(
      expect.objectContaining({
        title: 'MFA enrolment export',
        rlinks: [expect.objectContaining({ hashes: [{ algorithm: 'SHA-256', value: sha }] })],
      }),
    );
    const findings = ar.results[0].findings;
    expect(findings).toContainEqual(
      expect.objectContaining({
        target: expect.objectContaining({ 'target-id': 'CC6.1', status: { state: 'not-satisfied' } }),
      }),
    );
    expect(JSON.stringify(ar.results[0].observations)).toContain('bob: MFA is off');
  });

  it('puts the failing check and the open internal-audit finding in the POA&M', async () => {
    const poam = (await a.clients.owner.request('GET', orgUrl('poam'))).json()[
      'plan-of-action-and-milestones'
    ];
    const titles = poam['poam-items'].map((i: { title: string }) => i.title);
    expect(titles).toEqual([
      'Failing check: Users have MFA',
      'Internal audit finding (Annual internal audit)',
    ]);
    expect(poam.risks[1]).toMatchObject({ deadline: '2026-12-01T23:59:59.000Z', statement: 'Remove them' });
  });

  it("answers 404 for an engagement the caller may not see, and keeps each organization's data apart", async () => {
    for (const model of ['assessment-results', 'poam']) {
      expect((await a.clients.auditor.request('GET', engUrl(uninvitedEngagementId, model))).statusCode).toBe(
        404,
      );
      expect((await b.clients.owner.request('GET', engUrl(engagementId, model))).statusCode).toBe(404);
      expect((await a.clients.employee.request('GET', engUrl(engagementId, model))).statusCode).toBe(403);
    }
    const theirs = await b.clients.owner.request('GET', orgUrl('poam'));
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).not.toContain('Leavers kept access');
    expect(theirs.json()['plan-of-action-and-milestones']['poam-items']).toEqual([
      expect.objectContaining({ title: 'No open items' }),
    ]);
    expect((await a.clients.employee.request('GET', orgUrl('ssp'))).statusCode).toBe(403);
  });

  it('refuses an unknown model and a malformed time, naming the field', async () => {
    const bad = await a.clients.owner.request('GET', '/api/oscal/report');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('model');
    const at = await a.clients.owner.request('GET', '/api/oscal/ssp?at=yesterday');
    expect(at.statusCode).toBe(400);
    expect(at.body).toContain('at');
  });
});
