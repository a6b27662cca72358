/**
 * Authorization, derived from the app's own route table rather than a hand-picked list: every
 * route is probed anonymously, with every role signed in and through read and write API tokens,
 * and from another tenant. A route added later is covered automatically, and one whose path
 * parameter has no fixture fails this test.
 */
import { can, type Role, RoleSchema } from '@vigil/core';
import { schema } from '@vigil/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { type Client, createTestApp, type TestApp, tokenClient } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';
import { routeWrites } from './access.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
/** Tenant A's members as each way of calling the API: signed in, and with a read and a write token. */
const callers: { role: Role; via: 'session' | 'read token' | 'write token'; client: Client }[] = [];
/** One record of tenant A per path parameter name. */
const recordsOfA: Record<string, string> = {};
const MISSING = '00000000-0000-4000-8000-00000000beef';
/** Path parameters that are names, not ids: the same for a missing record as for a real one. */
const NOT_IDS: Record<string, string> = {
  criterionId: 'CC6.1',
  model: 'poam',
  document: 'system-description',
  version: '1',
  section: 'dc1',
};

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
  const owner = a.clients.owner;
  await owner.request('POST', '/api/controls/adopt');
  recordsOfA.controlId = (await owner.request('GET', '/api/controls?limit=1')).json().items[0].id;
  recordsOfA.activityId = (await owner.request('GET', '/api/activities')).json().items[0].id;
  recordsOfA.systemId = (
    await owner.request('POST', '/api/systems', { name: 'Alpha prod', kind: 'infrastructure' })
  ).json().id;
  const engagement = await owner.request('POST', '/api/engagements', {
    name: 'Alpha Type I',
    reportType: 'type1',
    asOfDate: '2026-06-30',
  });
  recordsOfA.engagementId = engagement.json().id;
  await t.database.db
    .insert(schema.engagementAuditors)
    .values({ engagementId: recordsOfA.engagementId!, userId: a.userIds.auditor });
  recordsOfA.userId = a.userIds.member;
  // Not a record: an OSCAL model name, valid on both OSCAL routes.
  recordsOfA.model = 'poam';
  const [invitation] = await t.database.db
    .insert(schema.invitations)
    .values({
      orgId: a.orgId,
      email: 'pending@alpha.test',
      role: 'member',
      tokenHash: 'probe-hash',
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  recordsOfA.invitationId = invitation!.id;
  const [token] = await t.database.db
    .insert(schema.apiTokens)
    .values({
      orgId: a.orgId,
      userId: a.userIds.owner,
      name: 'probe',
      prefix: 'vgl_prob',
      tokenHash: 'probe-token-hash',
      scope: 'read',
    })
    .returning();
  recordsOfA.tokenId = token!.id;
  recordsOfA.criterionId = 'CC6.1';
  const [connector] = await t.database.db
    .insert(schema.connectors)
    .values({ orgId: a.orgId, kind: 'file.auto', name: 'Alpha uploads' })
    .returning();
  recordsOfA.connectorId = connector!.id;
  const [run] = await t.database.db
    .insert(schema.runs)
    .values({
      orgId: a.orgId,
      connectorId: connector!.id,
      source: 'probe',
      status: 'succeeded',
      startedAt: new Date(),
    })
    .returning();
  recordsOfA.runId = run!.id;
  // A custom check id is a name, not a uuid: another tenant's must look exactly like a missing one.
  await t.database.db.insert(schema.customChecks).values({
    orgId: a.orgId,
    checkId: 'custom.alpha_probe',
    spec: {
      id: 'custom.alpha_probe',
      title: 'Probe',
      resourceType: 'none',
      severity: 'low',
      expression: 'true',
    },
  });
  recordsOfA.checkId = 'custom.alpha_probe';
  const evidence = await uploadEvidence(
    owner,
    { title: 'Alpha evidence' },
    { name: 'alpha.txt', content: Buffer.from('alpha') },
  );
  recordsOfA.evidenceId = evidence.json().id;
  const channel = await owner.request('POST', '/api/alert-channels', {
    kind: 'email',
    name: 'Alpha alerts',
    target: 'alerts@alpha.test',
  });
  recordsOfA.channelId = channel.json().id;
  const [person] = await t.database.db
    .insert(schema.people)
    .values({ orgId: a.orgId, email: 'pat@alpha.test', name: 'Pat', source: 'manual' })
    .returning();
  recordsOfA.personId = person!.id;
  const [account] = await t.database.db
    .insert(schema.resources)
    .values({
      orgId: a.orgId,
      source: 'okta',
      type: 'identity.user',
      externalId: 'alpha-user',
      name: 'pat@alpha.test',
      attributes: {
        provider: 'okta',
        user_id: 'alpha-user',
        email: 'pat@alpha.test',
        status: 'active',
        provider_status: 'ACTIVE',
        enabled: true,
        mfa_enforcement: 'policy',
      },
      attributesHash: 'probe',
      firstSeen: new Date(),
      lastSeen: new Date(),
    })
    .returning();
  recordsOfA.resourceId = account!.id;
  const [course] = await t.database.db
    .insert(schema.trainingCourses)
    .values({
      orgId: a.orgId,
      title: 'Probe course',
      audience: 'all_staff',
      cadenceMonths: 12,
      cycleStart: '2026-01-01',
    })
    .returning();
  recordsOfA.courseId = course!.id;
  const [review] = await t.database.db
    .insert(schema.accessReviewCampaigns)
    .values({
      orgId: a.orgId,
      name: 'Alpha review',
      status: 'open',
      reviewerMode: 'system_owner',
      systems: [],
      dueDate: '2026-12-31',
      recurrence: 'quarterly',
      remediationDays: 14,
    })
    .returning();
  recordsOfA.campaignId = review!.id;
  const [reviewed] = await t.database.db
    .insert(schema.accessReviewAccounts)
    .values({
      orgId: a.orgId,
      campaignId: review!.id,
      systemKey: 'csv:probe',
      systemName: 'Probe',
      accountKey: 'probe@alpha.test',
      account: 'probe@alpha.test',
      roles: [],
      privileged: false,
      flags: [],
      reviewerUserId: a.userIds.owner,
    })
    .returning();
  recordsOfA.accountId = reviewed!.id;
  const policy = await owner.request('POST', '/api/policies', {
    title: 'Alpha policy',
    audience: 'all_staff',
    ownerId: a.userIds.owner,
    approverIds: [a.userIds.admin],
  });
  recordsOfA.policyId = policy.json().id;
  recordsOfA.versionId = policy.json().versions[0].id;
  const incident = await owner.request('POST', '/api/incidents', {
    title: 'Alpha incident',
    severity: 'low',
    source: 'internal',
    detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  recordsOfA.incidentId = incident.json().id;
  const withFollowUp = await owner.request('POST', `/api/incidents/${recordsOfA.incidentId}/follow-ups`, {
    title: 'Alpha follow-up',
    ownerId: a.userIds.owner,
    dueDate: '2030-01-01',
  });
  recordsOfA.followUpId = withFollowUp.json().followUps[0].id;
  const risk = await owner.request('POST', '/api/risks', { templateId: 'R-02' });
  recordsOfA.riskId = risk.json().id;
  const assessment = await a.clients.admin.request('POST', '/api/risks/assessments', {});
  recordsOfA.assessmentId = assessment.json().id;
  const readiness = await a.clients.admin.request('POST', '/api/readiness/snapshots', {});
  recordsOfA.snapshotId = readiness.json().id;
  const [vendor] = await t.database.db
    .insert(schema.vendors)
    .values({
      orgId: a.orgId,
      name: 'Alpha vendor',
      dataAccess: 'low',
      businessImpact: 'low',
      computedTier: 'low',
    })
    .returning();
  recordsOfA.vendorId = vendor!.id;
  const [vendorReview] = await t.database.db
    .insert(schema.vendorReviews)
    .values({ orgId: a.orgId, vendorId: vendor!.id, dueDate: '2026-12-31' })
    .returning();
  recordsOfA.reviewId = vendorReview!.id;
  // A change merged without approval, as the GitHub connector stores one.
  const [change] = await t.database.db
    .insert(schema.resources)
    .values({
      orgId: a.orgId,
      source: 'github',
      type: 'github.merged_change',
      externalId: 'alpha/app#7',
      name: 'alpha/app #7',
      attributes: {
        repository: 'alpha/app',
        number: 7,
        title: 'Hotfix',
        author: 'dev',
        merged_at: '2026-03-03T10:00:00Z',
        merged_by: null,
        approvals: [],
        first_approval_at: null,
        ci_status: 'success',
      },
      attributesHash: 'probe',
      firstSeen: new Date(),
      lastSeen: new Date(),
    })
    .returning();
  recordsOfA.changeId = change!.id;
  const tabletop = await owner.request('POST', '/api/exercises/tabletops', {
    scenario: 'outage',
    heldOn: '2026-03-01',
    actions: [{ title: 'Alpha follow-up' }],
  });
  recordsOfA.tabletopId = tabletop.json().id;
  recordsOfA.exerciseActionId = tabletop.json().actions[0].id;
  recordsOfA.continuityTestId = (
    await owner.request('POST', '/api/exercises/continuity-tests', {
      kind: 'backup_restore',
      performedOn: '2026-03-02',
      subject: 'Alpha database',
    })
  ).json().id;
  // Vulnerabilities and penetration tests (issue 13).
  const penTest = await owner.request('POST', '/api/pen-tests', {
    vendor: 'Alpha testers',
    startDate: '2026-01-05',
    endDate: '2026-01-09',
  });
  recordsOfA.penTestId = penTest.json().id;
  const penFinding = await owner.request('POST', `/api/pen-tests/${recordsOfA.penTestId}/findings`, {
    title: 'Alpha finding',
    severity: 'high',
  });
  recordsOfA.findingId = penFinding.json().id;
  const [vulnResource] = await t.database.db
    .insert(schema.resources)
    .values({
      orgId: a.orgId,
      source: 'trivy',
      type: 'vuln.finding',
      externalId: 'alpha:1|openssl@1|CVE-1',
      name: 'CVE-1 in openssl',
      attributes: { severity: 'high' },
      attributesHash: 'x',
      firstSeen: new Date(),
      lastSeen: new Date(),
    })
    .returning();
  const [vulnException] = await t.database.db
    .insert(schema.vulnExceptions)
    .values({
      orgId: a.orgId,
      resourceId: vulnResource!.id,
      requesterId: a.userIds.member,
      justification: 'Alpha',
      expiresAt: new Date(Date.now() + 86_400_000 * 30),
    })
    .returning();
  recordsOfA.exceptionId = vulnException!.id;
  const internalAudit = await owner.request('POST', '/api/internal-audits', {
    title: 'Alpha internal audit',
    plannedDate: '2026-10-01',
    periodStart: '2026-01-01',
    periodEnd: '2026-09-30',
    controlIds: [recordsOfA.controlId],
  });
  recordsOfA.internalAuditId = internalAudit.json().id;
  const withFinding = await owner.request(
    'POST',
    `/api/internal-audits/${recordsOfA.internalAuditId}/findings`,
    { description: 'Alpha audit finding' },
  );
  recordsOfA.auditFindingId = withFinding.json().findings[0].id;
  const auditRequests = await owner.request(
    'POST',
    `/api/engagements/${recordsOfA.engagementId}/requests/import`,
    { fileName: 'pbc.csv', content: 'Reference,Description\nPBC-01,Alpha request\n' },
  );
  if (auditRequests.statusCode !== 201) throw new Error(auditRequests.body);
  recordsOfA.auditRequestId = (
    await owner.request('GET', `/api/engagements/${recordsOfA.engagementId}/requests`)
  ).json().items[0].id;
  const [auditException] = await t.database.db
    .insert(schema.auditExceptions)
    .values({
      orgId: a.orgId,
      engagementId: recordsOfA.engagementId!,
      number: 1,
      controlId: recordsOfA.controlId!,
      criterionId: 'CC6.1',
      description: 'Alpha exception',
    })
    .returning();
  recordsOfA.auditExceptionId = auditException!.id;
  const population = await a.clients.auditor.request(
    'POST',
    `/api/engagements/${recordsOfA.engagementId}/populations/upload`,
    {
      name: 'Alpha population',
      source: 'Alpha export',
      fileName: 'alpha.csv',
      text: 'id,at\nA-1,2026-01-01\nA-2,2026-02-01\n',
      idColumn: 'id',
      timeColumn: 'at',
    },
  );
  recordsOfA.populationId = population.json().id;
  const sample = await a.clients.auditor.request(
    'POST',
    `/api/engagements/${recordsOfA.engagementId}/populations/${recordsOfA.populationId}/samples`,
    { controlId: recordsOfA.controlId, override: { size: 1, reason: 'Alpha probe' } },
  );
  recordsOfA.sampleId = sample.json().id;
  const description = await owner.request(
    'POST',
    `/api/engagements/${recordsOfA.engagementId}/documents/system-description/versions`,
  );
  if (description.statusCode !== 201) throw new Error(description.body);
  Object.assign(recordsOfA, NOT_IDS);
  // The trust page (issue 15): a document, a pending request and its grant.
  recordsOfA.trustDocumentId = (
    await owner.request('POST', '/api/trust/documents', {
      title: 'Alpha trust document',
      kind: 'policy',
      visibility: 'on_request',
      fileName: 'alpha.txt',
      contentBase64: Buffer.from('alpha').toString('base64'),
    })
  ).json().id;
  const [trustRequest] = await t.database.db
    .insert(schema.trustAccessRequests)
    .values({
      orgId: a.orgId,
      name: 'Alpha Requester',
      company: 'Alpha Prospect',
      email: 'requester@prospect.test',
      ndaVersion: 1,
      ndaAcceptedAt: new Date(),
    })
    .returning();
  recordsOfA.trustRequestId = trustRequest!.id;
  const [trustGrant] = await t.database.db
    .insert(schema.trustGrants)
    .values({
      orgId: a.orgId,
      requestId: trustRequest!.id,
      tokenHash: 'probe-trust-grant-hash',
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  recordsOfA.trustGrantId = trustGrant!.id;
  for (const role of RoleSchema.options as Role[]) {
    callers.push({ role, via: 'session', client: a.clients[role] });
    for (const scope of ['read', 'write'] as const) {
      const client = await tokenClient(t, a.orgId, a.userIds[role], scope);
      callers.push({ role, via: `${scope} token`, client });
    }
  }
});
afterAll(() => t?.close());

const fill = (url: string, values: Record<string, string>) =>
  url.replace(/:(\w+)/g, (_, name: string) => {
    const v = values[name];
    if (!v) throw new Error(`no fixture for path parameter :${name} in ${url}; add one to this test`);
    return v;
  });
/** Routes that read a multipart form, not JSON; their own tests cover unexpected form fields. */
const MULTIPART = new Set([
  '/api/evidence',
  '/api/integrations/:connectorId/upload',
  '/api/training/mine',
  '/api/background-checks/:personId/report',
  '/api/access-reviews/uploads',
  '/api/pen-tests/:penTestId/report',
]);
const missingRecords = () =>
  Object.fromEntries(Object.keys(recordsOfA).map((k) => [k, NOT_IDS[k] ?? MISSING]));
const probeBody = (method: string) =>
  method === 'GET' || method === 'DELETE' ? undefined : { __probe: true };

describe('route table', () => {
  it('declares an access rule on every API route', () => {
    const api = t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(api.length).toBeGreaterThan(20);
    expect(api.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('refuses every non-public route to anonymous callers before looking at the body', async () => {
    // Authentication comes before parsing and validation: a missing, malformed, empty, unexpected or
    // oversized body changes nothing about the answer.
    const bodies = [
      {},
      { payload: '{"categories": [', headers: { 'content-type': 'application/json' } },
      { payload: '', headers: { 'content-type': 'application/json' } },
      { payload: { __probe: true } },
      { payload: 'x'.repeat(300_000), headers: { 'content-type': 'application/json' } },
    ];
    for (const r of t.app.routeTable) {
      if (!r.access || 'public' in r.access) continue;
      for (const body of bodies) {
        const res = await t.app.inject({ method: r.method as 'GET', url: fill(r.url, recordsOfA), ...body });
        const label = `${r.method} ${r.url} with ${JSON.stringify(body).slice(0, 80)}`;
        expect(res.statusCode, `${label} -> ${res.body.slice(0, 120)}`).toBe(401);
        expect(res.json().error.code, label).toBe('unauthenticated');
      }
    }
  });

  it('lets each role and token scope through exactly where the rules allow, and changes nothing', async () => {
    const counts = () =>
      Promise.all(
        [schema.auditEvents, schema.organizations, schema.sessions, schema.apiTokens].map(
          async (table) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n,
        ),
      );
    const before = await counts();
    const failures: string[] = [];
    for (const r of t.app.routeTable) {
      if (!r.access || 'public' in r.access) continue;
      const access = r.access;
      // A missing record id or an invalid body proves the access check passed without changing anything.
      const url = fill(r.url, missingRecords());
      for (const { role, via, client } of callers) {
        const res = await client.request(r.method as 'GET', url, probeBody(r.method));
        const label = `${role} ${via} ${r.method} ${r.url} -> ${res.statusCode} ${res.body.slice(0, 120)}`;
        const readOnly = via === 'read token' && routeWrites(r.method, access);
        const allowed = !readOnly && ('signedIn' in access || can(role, access.permission));
        if (allowed && ![200, 201, 400, 404].includes(res.statusCode)) failures.push(label);
        if (!allowed && res.statusCode !== 403) failures.push(label);
        if (readOnly && !/read-only/.test(res.json().error?.message)) failures.push(label);
      }
    }
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
    // Every route × every caller, one after another: it grows with the route table (about 20 s alone
    // on a quiet machine at 400 routes), so it gets more than the default 30 s a test has.
  }, 180_000);

  it('lets an employee reach, beyond what every signed-in person has, only their own tasks', () => {
    const reachable: string[] = [];
    for (const r of t.app.routeTable) {
      const access = r.access;
      if (!access || !('permission' in access) || !can('employee', access.permission)) continue;
      reachable.push(`${r.method} ${r.url} (${access.permission})`);
    }
    expect(reachable).toContain('GET /api/my/tasks (own_tasks.read)');
    expect(reachable.filter((label) => !/\(own_tasks\.(read|complete)\)$/.test(label))).toEqual([]);
  });

  it('lets an auditor write only inside an engagement: requests, samples, tests and exceptions', () => {
    const writes: string[] = [];
    for (const r of t.app.routeTable) {
      const access = r.access;
      if (!access || !('permission' in access) || !can('auditor', access.permission)) continue;
      if (routeWrites(r.method, access)) writes.push(`${r.method} ${r.url}`);
    }
    expect(writes).toEqual(
      expect.arrayContaining([
        'POST /api/engagements/:engagementId/requests/:auditRequestId/accept',
        'POST /api/engagements/:engagementId/requests/:auditRequestId/flag',
        'POST /api/engagements/:engagementId/requests/:auditRequestId/comments',
        'POST /api/engagements/:engagementId/populations/:populationId/samples',
        'PUT /api/engagements/:engagementId/samples/:sampleId/results',
        'PUT /api/engagements/:engagementId/testing/:controlId',
        'POST /api/engagements/:engagementId/exceptions',
        'PATCH /api/engagements/:engagementId/exceptions/:auditExceptionId',
      ]),
    );
    // Beyond the engagement, only what every member does for themselves or is asked to review.
    expect(
      writes.filter((w) => !w.split(' ')[1]!.startsWith('/api/engagements/:engagementId/')).sort(),
    ).toEqual([
      'POST /api/access-reviews/:campaignId/accounts/:accountId/decision',
      'POST /api/access-reviews/:campaignId/bulk-keep',
      'POST /api/activities/feed',
      'POST /api/my/policies/:versionId/accept',
      'POST /api/training/mine',
    ]);
    expect(writes).not.toContain('POST /api/engagements/:engagementId/requests/:auditRequestId/submit');
    expect(writes).not.toContain('PUT /api/engagements/:engagementId/exceptions/:auditExceptionId/response');
  });

  it('treats every unsafe method as a write, whatever kind of access the route declares', () => {
    for (const r of t.app.routeTable) {
      if (r.access && !['GET', 'HEAD', 'OPTIONS'].includes(r.method))
        expect(routeWrites(r.method, r.access), `${r.method} ${r.url}`).toBe(true);
    }
  });

  it('refuses an unknown body field on every route that takes a JSON body', async () => {
    const failures: string[] = [];
    for (const r of t.app.routeTable) {
      // Outside /api only the trust page's HTML form posts (trust-page.itest.ts tests its fields).
      if (!r.access || ['GET', 'HEAD', 'OPTIONS'].includes(r.method) || MULTIPART.has(r.url)) continue;
      if (!r.url.startsWith('/api/')) continue;
      // Missing records: a route that wrongly accepted the body would answer 404 or 200 and change nothing here.
      // Routes the owner may not use (the auditor's testing) are probed as a role that may.
      const access = r.access;
      const role =
        'permission' in access && !can('owner', access.permission)
          ? (RoleSchema.options.find((x) => can(x, access.permission)) ?? 'owner')
          : 'owner';
      const res = await a.clients[role].request(r.method as 'POST', fill(r.url, missingRecords()), {
        __probe: true,
      });
      if (res.statusCode !== 400 || res.json().error?.code !== 'validation_failed')
        failures.push(`${r.method} ${r.url} -> ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
  });

  it("answers another tenant's records exactly as it answers missing ones", async () => {
    for (const r of t.app.routeTable) {
      if (
        !r.access ||
        !('permission' in r.access) ||
        !/:\w+Id\b/.test(r.url) ||
        r.url.includes(':criterionId')
      )
        continue;
      const foreign = await b.clients.owner.request(
        r.method as 'GET',
        fill(r.url, recordsOfA),
        probeBody(r.method) ?? {},
      );
      const missing = await b.clients.owner.request(
        r.method as 'GET',
        fill(
          r.url,
          Object.fromEntries(
            Object.keys(recordsOfA).map((k) => [k, k === 'criterionId' ? MISSING : (NOT_IDS[k] ?? MISSING)]),
          ),
        ),
        probeBody(r.method) ?? {},
      );
      const label = `${r.method} ${r.url}`;
      expect(foreign.statusCode, label).toBe(missing.statusCode);
      expect(foreign.json(), label).toEqual(missing.json());
      if (r.method === 'GET') expect(foreign.statusCode, label).toBe(404);
    }
  });

  it("never lists another tenant's records", async () => {
    for (const r of t.app.routeTable) {
      if (
        r.method !== 'GET' ||
        !r.access ||
        !('permission' in r.access) ||
        r.url.includes(':') ||
        r.url.endsWith('.csv')
      )
        continue;
      const res = await b.clients.owner.request('GET', r.url);
      for (const [name, id] of Object.entries(recordsOfA)) {
        if (name in NOT_IDS) continue;
        expect(res.body.includes(id), `${r.url} leaks ${name}`).toBe(false);
      }
    }
  });

  it('keeps an auditor to the engagements they were invited to', async () => {
    const other = await a.clients.owner.request('POST', '/api/engagements', {
      name: 'Not yours',
      reportType: 'type1',
      asOfDate: '2026-07-31',
    });
    const list = (await a.clients.auditor.request('GET', '/api/engagements')).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([recordsOfA.engagementId]);
    expect((await a.clients.auditor.request('GET', `/api/engagements/${other.json().id}`)).statusCode).toBe(
      404,
    );
  });
});
