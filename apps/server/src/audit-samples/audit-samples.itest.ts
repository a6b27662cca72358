import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type AuditPopulation, type PopulationKind, auditSampleRoutes as routes } from '@vigil/api';
import { buildPopulation } from '@vigil/core';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { produce } from './producers.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../../../..');
let t: TestApp;
let a: Tenant;
let engagementId: string;
let otherEngagementId: string;
let eventControl: { id: string; code: string };
let monthlyControl: { id: string; code: string };

const base = () => `/api/engagements/${engagementId}`;
const populationCount = async () =>
  (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.auditPopulations))[0]!.n;

async function controlWith(frequency: string) {
  const [c] = await t.database.db
    .select({ id: schema.controls.id, code: schema.controls.code })
    .from(schema.controls)
    .where(and(eq(schema.controls.orgId, a.orgId), eq(schema.controls.frequency, frequency as 'monthly')))
    .limit(1);
  return c!;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Samples');
  const owner = a.clients.owner;
  await owner.request('POST', '/api/controls/adopt');
  eventControl = await controlWith('per_event');
  monthlyControl = await controlWith('monthly');
  const open = async (name: string) =>
    (
      await owner.request('POST', '/api/engagements', {
        name,
        reportType: 'type2',
        windowStart: '2026-01-01',
        windowEnd: '2026-06-30',
      })
    ).json().id as string;
  engagementId = await open('Type II 2026');
  otherEngagementId = await open('Other audit');
  await t.database.db.insert(schema.engagementAuditors).values({ engagementId, userId: a.userIds.auditor });

  const db = t.database.db;
  const incident = (title: string, detectedAt: string) => ({
    orgId: a.orgId,
    title,
    severity: 'high' as const,
    source: 'internal' as const,
    detectedAt: new Date(detectedAt),
  });
  await db
    .insert(schema.incidents)
    .values([
      incident('Phishing wave', '2026-02-03T10:00:00Z'),
      incident('Lost laptop', '2026-05-20T08:30:00Z'),
      incident('Before the window', '2025-12-31T23:59:00Z'),
    ]);
  await db.insert(schema.people).values([
    { orgId: a.orgId, email: 'ann@samples.test', name: 'Ann', source: 'manual', startDate: '2026-03-01' },
    { orgId: a.orgId, email: 'bo@samples.test', name: 'Bo', source: 'manual', startDate: '2025-03-01' },
    {
      orgId: a.orgId,
      email: 'cy@samples.test',
      name: 'Cy',
      source: 'manual',
      startDate: '2024-01-01',
      endDate: '2026-04-10',
    },
  ]);
  const change = (number: number, mergedAt: string) => ({
    orgId: a.orgId,
    source: 'github',
    type: 'github.merged_change',
    externalId: `acme/api#${number}`,
    name: `acme/api#${number}`,
    attributes: {
      repository: 'acme/api',
      number,
      title: `Change ${number}`,
      author: 'dev',
      merged_at: mergedAt,
      merged_by: 'lead',
      approvals: [{ reviewer: 'lead', approved_at: mergedAt }],
      first_approval_at: mergedAt,
      ci_status: 'success',
    },
    attributesHash: `h${number}`,
    firstSeen: new Date(),
    lastSeen: new Date(),
  });
  await db
    .insert(schema.resources)
    .values([
      change(1, '2026-01-15T12:00:00Z'),
      change(2, '2026-06-30T23:00:00Z'),
      change(3, '2026-07-01T00:00:00Z'),
    ]);
});
afterAll(() => t?.close());

describe('populations with completeness records', () => {
  it('produces incidents of the window with the hash of the canonical file', async () => {
    const p = await a.clients.auditor.call(routes.produce, {
      params: { engagementId },
      body: { kind: 'incidents' },
    });
    expect(p.rowCount).toBe(2);
    expect(p.name).toBe('Incidents, 1 Jan 2026 to 30 Jun 2026');
    expect(p.query).toBe('incidents detected from 1 Jan 2026 through 30 Jun 2026 (UTC)');
    const file = await a.clients.viewer.request('GET', `${base()}/populations/${p.id}/population.jsonl`);
    expect(file.statusCode).toBe(200);
    const lines = file.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.attributes.title)).toEqual(['Phishing wave', 'Lost laptop']);
    expect(buildPopulation(lines).hash).toBe(p.sha256);
  });

  it('produces merged changes, new hires and terminations from what Vigil holds', async () => {
    const produce = (kind: 'changes' | 'new_hires' | 'terminations') =>
      a.clients.auditor.call(routes.produce, { params: { engagementId }, body: { kind } });
    const changes = await produce('changes');
    const changeFile = (
      await a.clients.auditor.request('GET', `${base()}/populations/${changes.id}/population.jsonl`)
    ).body;
    const expected = buildPopulation([
      {
        id: 'acme/api#1',
        occurredAt: '2026-01-15T12:00:00Z',
        attributes: { title: 'Change 1', author: 'dev', approvals: '1', deviations: '' },
      },
      {
        id: 'acme/api#2',
        occurredAt: '2026-06-30T23:00:00Z',
        attributes: { title: 'Change 2', author: 'dev', approvals: '1', deviations: '' },
      },
    ]);
    expect(changeFile).toBe(expected.text);
    expect(changes.sha256).toBe(expected.hash);
    const hires = await produce('new_hires');
    expect(hires.rowCount).toBe(1);
    expect(hires.sha256).toBe(
      buildPopulation([
        { id: 'ann@samples.test', occurredAt: '2026-03-01', attributes: { name: 'Ann', department: '' } },
      ]).hash,
    );
    const leavers = await produce('terminations');
    expect(leavers.rowCount).toBe(1);
  });

  it('produces check failures of the window with when each was remediated', async () => {
    const db = t.database.db;
    const [host] = await db
      .insert(schema.resources)
      .values({
        orgId: a.orgId,
        source: 'aws',
        type: 'aws.s3_bucket',
        externalId: 'logs',
        name: 'logs bucket',
        attributes: {},
        attributesHash: 'b',
        firstSeen: new Date(),
        lastSeen: new Date(),
      })
      .returning();
    const interval = (from: string, to: string | null) => ({
      orgId: a.orgId,
      checkId: 'aws.s3.encrypted',
      resourceId: host!.id,
      status: 'fail',
      reason: 'not encrypted',
      from: new Date(from),
      to: to ? new Date(to) : null,
    });
    await db
      .insert(schema.checkIntervals)
      .values([
        interval('2026-02-01T00:00:00Z', '2026-02-03T12:00:00Z'),
        interval('2026-06-01T00:00:00Z', null),
        interval('2025-06-01T00:00:00Z', '2025-06-02T00:00:00Z'),
      ]);
    const p = await a.clients.auditor.call(routes.produce, {
      params: { engagementId },
      body: { kind: 'check_failures' },
    });
    expect(p.rowCount).toBe(2);
    const file = await a.clients.auditor.request('GET', `${base()}/populations/${p.id}/population.jsonl`);
    const rows = file.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.attributes.remediated)).toEqual(['2026-02-03T12:00:00.000Z', 'not yet']);
    expect(buildPopulation(rows).hash).toBe(p.sha256);
  });

  const rowsOf = async (p: AuditPopulation) =>
    (await a.clients.auditor.request('GET', `${base()}/populations/${p.id}/population.jsonl`)).body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  const produceKind = (kind: PopulationKind) =>
    a.clients.auditor.call(routes.produce, {
      params: { engagementId },
      body: { kind },
    });
  const EMPTY = { from: '2020-01-01', to: '2020-12-31' };

  it('produces access review campaigns started in the window, per system with the decisions', async () => {
    const db = t.database.db;
    const system = (key: string, name: string) => ({
      key,
      name,
      connectorId: null,
      uploadId: null,
      ownerUserId: a.userIds.owner,
    });
    const campaign = (name: string, startedAt: string, closedAt: string | null) => ({
      orgId: a.orgId,
      name,
      status: closedAt ? 'closed' : 'open',
      reviewerMode: 'system_owner',
      systems: [system('csv:payroll', 'Payroll'), system('csv:crm', 'CRM')],
      dueDate: '2026-12-31',
      recurrence: 'quarterly',
      remediationDays: 14,
      startedAt: new Date(startedAt),
      closedAt: closedAt ? new Date(closedAt) : null,
    });
    const [q1, , before] = await db
      .insert(schema.accessReviewCampaigns)
      .values([
        campaign('Q1 review', '2026-03-02T09:00:00Z', '2026-03-20T17:00:00Z'),
        campaign('Q2 review', '2026-06-01T09:00:00Z', null),
        campaign('Q4 2025 review', '2025-12-01T09:00:00Z', '2025-12-20T09:00:00Z'),
      ])
      .returning();
    const account = (n: number, systemKey: string, decision: string | null) => ({
      orgId: a.orgId,
      campaignId: q1!.id,
      systemKey,
      systemName: systemKey === 'csv:payroll' ? 'Payroll' : 'CRM',
      accountKey: `u${n}`,
      account: `u${n}`,
      roles: ['user'],
      privileged: false,
      flags: [],
      decision,
    });
    await db
      .insert(schema.accessReviewAccounts)
      .values([
        account(1, 'csv:payroll', 'keep'),
        account(2, 'csv:payroll', 'revoke'),
        account(3, 'csv:payroll', 'keep'),
        account(4, 'csv:crm', 'modify'),
        { ...account(5, 'csv:crm', 'keep'), campaignId: before!.id },
      ]);
    const p = await produceKind('access_reviews');
    expect(p.name).toBe('Access review campaigns, 1 Jan 2026 to 30 Jun 2026');
    const rows = await rowsOf(p);
    expect(rows).toHaveLength(4);
    const payroll = rows.find((r) => r.id === `${q1!.id}/csv:payroll`);
    expect(payroll).toEqual({
      id: `${q1!.id}/csv:payroll`,
      occurredAt: '2026-03-02T09:00:00.000Z',
      attributes: {
        name: 'Q1 review',
        system: 'Payroll',
        completed: '2026-03-20T17:00:00.000Z',
        accounts: '3',
        kept: '2',
        revoked: '1',
        modified: '0',
        undecided: '0',
      },
    });
    expect(rows.find((r) => r.id === `${q1!.id}/csv:crm`).attributes).toMatchObject({ modified: '1' });
    expect(rows.filter((r) => r.attributes.name === 'Q2 review').map((r) => r.attributes.completed)).toEqual([
      'not yet',
      'not yet',
    ]);
    expect(buildPopulation(rows).hash).toBe(p.sha256);
    expect((await produce(db, a.orgId, 'access_reviews', EMPTY)).rows).toEqual([]);
  });

  it('produces vulnerabilities remediated in the window with their due date, on time or late', async () => {
    const db = t.database.db;
    const finding = async (n: number, severity: string, from: string, to: string | null) => {
      const [r] = await db
        .insert(schema.resources)
        .values({
          orgId: a.orgId,
          source: 'trivy',
          type: 'vuln.finding',
          externalId: `cve-${n}`,
          name: `openssl on web-${n}`,
          attributes: { severity, vulnerabilityId: `CVE-2026-${n}`, target: `web-${n}` },
          attributesHash: `v${n}`,
          firstSeen: new Date(from),
          lastSeen: new Date(),
        })
        .returning();
      await db.insert(schema.checkIntervals).values({
        orgId: a.orgId,
        checkId: 'vuln.finding.open',
        resourceId: r!.id,
        status: 'fail',
        reason: 'open',
        from: new Date(from),
        to: to ? new Date(to) : null,
      });
      return r!.id;
    };
    // The default SLA gives a critical finding fewer days than 40, a low one more than 5.
    const late = await finding(1, 'critical', '2026-01-10T00:00:00Z', '2026-02-20T00:00:00Z');
    const onTime = await finding(2, 'low', '2026-04-01T00:00:00Z', '2026-04-05T00:00:00Z');
    await finding(3, 'high', '2026-05-01T00:00:00Z', null);
    await finding(4, 'high', '2025-10-01T00:00:00Z', '2025-10-05T00:00:00Z');
    await finding(5, 'medium', '2026-06-20T00:00:00Z', '2026-07-03T00:00:00Z');
    const p = await produceKind('vulnerability_remediations');
    const rows = await rowsOf(p);
    expect(rows.map((r) => r.id).sort()).toEqual([late, onTime].sort());
    expect(rows.find((r) => r.id === late).attributes).toMatchObject({
      title: 'CVE-2026-1: openssl on web-1',
      target: 'web-1',
      severity: 'Critical',
      detected: '2026-01-10T00:00:00.000Z',
      remediated: '2026-02-20T00:00:00.000Z',
      timeliness: 'late',
    });
    expect(rows.find((r) => r.id === onTime).attributes).toMatchObject({
      severity: 'Low',
      timeliness: 'on time',
    });
    expect(Date.parse(rows.find((r) => r.id === onTime).attributes.due)).toBeGreaterThan(
      Date.parse('2026-04-05T00:00:00Z'),
    );
    expect(buildPopulation(rows).hash).toBe(p.sha256);
    expect((await produce(db, a.orgId, 'vulnerability_remediations', EMPTY)).rows).toEqual([]);
  });

  it('produces vendor reviews completed in the window with vendor, reviewer and outcome', async () => {
    const db = t.database.db;
    const vendor = async (name: string) =>
      (
        await db
          .insert(schema.vendors)
          .values({ orgId: a.orgId, name, dataAccess: 'high', businessImpact: 'high', computedTier: 'high' })
          .returning()
      )[0]!.id;
    const payroll = await vendor('PayFast');
    const hosting = await vendor('CloudHost');
    const [done] = await db
      .insert(schema.vendorReviews)
      .values([
        {
          orgId: a.orgId,
          vendorId: payroll,
          dueDate: '2026-03-31',
          reviewerUserId: a.userIds.admin,
          status: 'completed',
          conclusion: 'conditional',
          residualRisk: 'moderate',
          completedOn: '2026-03-28',
        },
        { orgId: a.orgId, vendorId: hosting, dueDate: '2026-05-31', reviewerUserId: a.userIds.admin },
        {
          orgId: a.orgId,
          vendorId: hosting,
          dueDate: '2025-11-30',
          status: 'completed',
          conclusion: 'approve',
          residualRisk: 'low',
          completedOn: '2025-11-20',
        },
      ])
      .returning();
    const p = await produceKind('vendor_reviews');
    expect(p.query).toBe(
      'completed vendor reviews with a completion date from 1 Jan 2026 through 30 Jun 2026',
    );
    expect(await rowsOf(p)).toEqual([
      {
        id: done!.id,
        occurredAt: '2026-03-28T00:00:00.000Z',
        attributes: {
          name: 'PayFast',
          reviewer: 'Samples admin',
          due: '2026-03-31',
          outcome: 'Approved with conditions',
          residualRisk: 'Moderate',
        },
      },
    ]);
    expect((await produce(db, a.orgId, 'vendor_reviews', EMPTY)).rows).toEqual([]);
  });

  it('produces recurring activities done in the window with their owner, dates and evidence', async () => {
    const db = t.database.db;
    const [file] = await db
      .insert(schema.evidence)
      .values({
        orgId: a.orgId,
        kind: 'file',
        title: 'Backup restore test March',
        sha256: 'ab'.repeat(32),
        size: 10,
        mediaType: 'text/plain',
        fileName: 'restore.txt',
        storageKey: 'k/restore',
      })
      .returning();
    const occurrence = (periodEnd: string, completedOn: string | null, late: boolean | null) => ({
      orgId: a.orgId,
      controlId: monthlyControl.id,
      templateId: 'backup-restore',
      title: 'Test a backup restore',
      frequency: 'monthly' as const,
      periodEnd,
      dueDate: periodEnd,
      ownerId: a.userIds.member,
      status: completedOn ? ('completed' as const) : ('open' as const),
      completedOn,
      completedAt: completedOn ? new Date(`${completedOn}T10:00:00Z`) : null,
      completedBy: completedOn ? a.userIds.member : null,
      evidenceId: completedOn ? file!.id : null,
      late,
    });
    const [march, april] = await db
      .insert(schema.activities)
      .values([
        occurrence('2026-03-31', '2026-03-30', false),
        occurrence('2026-04-30', '2026-05-04', true),
        occurrence('2026-05-31', null, null),
        occurrence('2025-12-31', '2025-12-30', false),
      ])
      .returning();
    const p = await produceKind('recurring_activities');
    const rows = await rowsOf(p);
    expect(rows.map((r) => r.id)).toEqual([march!.id, april!.id]);
    expect(rows[0].attributes).toEqual({
      title: 'Test a backup restore',
      control: monthlyControl.code,
      owner: 'Samples member',
      doneBy: 'Samples member',
      periodEnd: '2026-03-31',
      due: '2026-03-31',
      done: '2026-03-30',
      timeliness: 'on time',
      evidence: `Backup restore test March (restore.txt, SHA-256 ${'ab'.repeat(32)})`,
    });
    expect(rows[1].attributes.timeliness).toBe('late');
    expect(buildPopulation(rows).hash).toBe(p.sha256);
    expect((await produce(db, a.orgId, 'recurring_activities', EMPTY)).rows).toEqual([]);
  });

  it('records an empty population as such, with zero rows', async () => {
    const res = await a.clients.auditor.send(routes.produce, {
      params: { engagementId },
      body: { kind: 'policy_acceptances' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ rowCount: 0 });
    expect(res.json().sha256).toBe(buildPopulation([]).hash);
  });

  it('refuses a bad upload naming the file, column and line, storing nothing', async () => {
    const before = await populationCount();
    const upload = (text: string, idColumn = 'Ticket') =>
      a.clients.auditor.request('POST', `${base()}/populations/upload`, {
        name: 'Payroll changes',
        source: 'Payroll system export',
        fileName: 'payroll.csv',
        text,
        idColumn,
        timeColumn: 'Changed at',
      });
    const noColumn = await upload('Ticket,Changed at\nP-1,2026-02-01\n', 'Id');
    expect(noColumn.statusCode).toBe(400);
    expect(noColumn.json().error.field).toBe('idColumn');
    expect(noColumn.json().error.message).toMatch(/payroll\.csv: line 1: there is no column "Id"/);
    const badTime = await upload('Ticket,Changed at\nP-1,2026-02-01\nP-2,yesterday\n');
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json().error.message).toMatch(/payroll\.csv: line 3: occurredAt/);
    expect(await populationCount()).toBe(before);
    const ok = await upload('Ticket,Changed at,Who\nP-1,2026-02-01,Ann\nP-2,2026-03-01,Bo\n');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ rowCount: 2, source: 'Payroll system export' });
  });
});

describe('samples', () => {
  let incidents: AuditPopulation;
  let sampleId: string;
  const list = async () =>
    (await a.clients.auditor.call(routes.listPopulations, { params: { engagementId } })).items;

  beforeAll(async () => {
    incidents = (await list()).find((p) => p.kind === 'incidents')!;
  });

  it('refuses a company member drawing (403) and an auditor of another engagement (404)', async () => {
    const body = { controlId: eventControl.id };
    const member = await a.clients.member.request(
      'POST',
      `${base()}/populations/${incidents.id}/samples`,
      body,
    );
    expect(member.statusCode).toBe(403);
    const other = await a.clients.auditor.request('GET', `/api/engagements/${otherEngagementId}/populations`);
    expect(other.statusCode).toBe(404);
  });

  it('refuses an override without a reason or larger than the population', async () => {
    const draw = (override: { size: number; reason: string }) =>
      a.clients.auditor.request('POST', `${base()}/populations/${incidents.id}/samples`, {
        controlId: monthlyControl.id,
        override,
      });
    const blank = await draw({ size: 1, reason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.field).toBe('override.reason');
    const big = await draw({ size: 5, reason: 'More coverage' });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.message).toMatch(/5 items.*population of 2 items/);
  });

  it('draws with the size from the table and its reason, and never redraws', async () => {
    const preview = await a.clients.auditor.call(routes.sizePreview, {
      params: { engagementId, populationId: incidents.id },
      query: { controlId: eventControl.id },
    });
    expect(preview).toMatchObject({ size: 2, basis: 'events' });
    const sample = await a.clients.auditor.call(routes.draw, {
      params: { engagementId, populationId: incidents.id },
      body: { controlId: eventControl.id },
    });
    sampleId = sample.id;
    expect(sample.size).toBe(2);
    expect(sample.basisWords).toMatch(/smaller than every band/);
    const again = await a.clients.auditor.send(routes.draw, {
      params: { engagementId, populationId: incidents.id },
      body: { controlId: eventControl.id },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain(eventControl.code);
  });

  it('records results: an exception needs a note; members cannot record', async () => {
    const key = (await list()).flatMap((p) => p.samples).find((s) => s.id === sampleId)!.items[0]!.key;
    const url = `${base()}/samples/${sampleId}/results`;
    const noNote = await a.clients.auditor.request('PUT', url, { itemKey: key, result: 'exception' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.field).toBe('note');
    const member = await a.clients.member.request('PUT', url, { itemKey: key, result: 'pass' });
    expect(member.statusCode).toBe(403);
    const ok = await a.clients.auditor.call(routes.recordResult, {
      params: { engagementId, sampleId },
      body: { itemKey: key, result: 'exception', note: 'No root cause recorded' },
    });
    expect(ok.items[0]).toMatchObject({ result: 'exception', note: 'No root cause recorded' });
    // The register's exception names the item in words, as the sample's own request lists it.
    const [ex] = await t.database.db
      .select({ label: schema.auditExceptions.sampleLabel })
      .from(schema.auditExceptions)
      .where(eq(schema.auditExceptions.sampleId, sampleId));
    expect(ex!.label).toMatch(
      new RegExp(
        `^(Phishing wave|Lost laptop) \\(\\d{1,2} [A-Z][a-z]{2} 2026\\) in the sample for ${eventControl.code} from "`,
      ),
    );
    const [req] = await t.database.db
      .select({ reference: schema.auditRequests.reference, description: schema.auditRequests.description })
      .from(schema.auditRequests)
      .where(eq(schema.auditRequests.sampleId, sampleId));
    expect(req!.reference).toBe(`S1-${eventControl.code}`);
    expect(req!.description).toContain(ex!.label.split(' in the sample')[0]);
  });

  it('exports files that `vigil sample verify` accepts, and verifies on the server', async () => {
    const v = await a.clients.viewer.call(routes.verify, { params: { engagementId, sampleId } });
    expect(v).toEqual({ matches: true, difference: null });
    const dir = mkdtempSync(join(tmpdir(), 'vigil-samples-'));
    try {
      const pop = await a.clients.auditor.request(
        'GET',
        `${base()}/populations/${incidents.id}/population.jsonl`,
      );
      const smp = await a.clients.auditor.request('GET', `${base()}/samples/${sampleId}/sample.json`);
      expect(smp.headers['content-disposition']).toMatch(/attachment/);
      writeFileSync(join(dir, 'p.jsonl'), pop.body);
      writeFileSync(join(dir, 's.json'), smp.body);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          join(REPO_ROOT, 'apps/cli/bin/vigil.js'),
          'sample',
          'verify',
          '--population',
          join(dir, 'p.jsonl'),
          '--sample',
          join(dir, 's.json'),
        ],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, VIGIL_DATA_DIR: join(dir, 'data'), VIGIL_LOG_LEVEL: 'silent' },
        },
      );
      expect(stdout).toContain('Sample of 2 items from 2 verified');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('names the differing item when a stored sample was altered', async () => {
    const [row] = await t.database.db
      .select()
      .from(schema.auditSamples)
      .where(eq(schema.auditSamples.id, sampleId));
    await t.database.db
      .update(schema.auditSamples)
      .set({ itemIds: [row!.itemIds[1]!, row!.itemIds[0]!] })
      .where(eq(schema.auditSamples.id, sampleId));
    const v = await a.clients.auditor.call(routes.verify, { params: { engagementId, sampleId } });
    expect(v.matches).toBe(false);
    expect(v.difference).toMatch(/^Item 1 should be/);
    await t.database.db
      .update(schema.auditSamples)
      .set({ itemIds: row!.itemIds })
      .where(eq(schema.auditSamples.id, sampleId));
  });

  it('refuses to draw from a population whose stored file no longer matches its hash', async () => {
    const hires = (await list()).find((p) => p.kind === 'new_hires')!;
    await t.database.db
      .update(schema.auditPopulations)
      .set({ fileText: '{"id":"someone-else","occurredAt":"2026-03-01T00:00:00.000Z"}\n' })
      .where(eq(schema.auditPopulations.id, hires.id));
    const res = await a.clients.auditor.send(routes.draw, {
      params: { engagementId, populationId: hires.id },
      body: { controlId: eventControl.id },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(hires.name);
    expect(
      (
        await t.database.db
          .select()
          .from(schema.auditSamples)
          .where(eq(schema.auditSamples.populationId, hires.id))
      ).length,
    ).toBe(0);
  });

  it('keeps a sample size table per organization, checked by the core rules, changed by admins', async () => {
    const table = await a.clients.auditor.call(routes.getSizeTable);
    expect(table.isDefault).toBe(true);
    const { isDefault: _, ...body } = table;
    const bad = await a.clients.admin.request('PUT', '/api/sample-sizes', {
      ...body,
      eventBands: [{ minItems: 5, size: 8 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('eventBands[0]');
    expect((await a.clients.member.request('PUT', '/api/sample-sizes', body)).statusCode).toBe(403);
    const ok = await a.clients.admin.call(routes.putSizeTable, {
      body: { ...body, byFrequency: { ...body.byFrequency, monthly: 3 } },
    });
    expect(ok).toMatchObject({ isDefault: false, byFrequency: { monthly: 3 } });
  });
});
