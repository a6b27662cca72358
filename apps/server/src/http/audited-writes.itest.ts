/**
 * Every write that succeeds moves its organization's audit-chain head. The response and sign-in
 * caches (`change-feed.ts`) are only correct because of this: the head moves in the same transaction
 * that announces the change. Derived from the route table: a mutating route added later fails here
 * until it has a sample below (and moves the head) or an exemption with its reason.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@vigil/db';
import { TEST_REGISTRY } from '@vigil/monitoring/test/registry';
import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from '../test/monitoring-http.ts';
import { startTestIdp, type TestIdp } from '../test/oidc-test-idp.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { type Client, createTestApp, OWNER_PASSWORD, type TestApp, tokenClient } from '../test/test-app.ts';
import { multipartBody, uploadEvidence } from '../test/upload-form.ts';

let t: TestApp;
let a: Tenant;
let importDir: string;
let idp: TestIdp;
const ids: Record<string, string> = {};

/** Routes that may succeed without an audit event, and why that cannot leave a cache stale. */
const EXEMPT: Record<string, string> = {
  'POST /api/setup': 'first-run only: no organization, credential or cached answer exists before it',
  'POST /api/auth/login':
    'creates a new session (no cache holds it yet); the failed-login counters it writes are not read by authentication',
  'POST /api/auth/logout':
    'not an audited event; it deletes the session and announces { userId } itself (change-feed.itest.ts)',
  'POST /api/auth/switch-org':
    'not an audited event; it moves the session and announces { userId } itself (change-feed.itest.ts)',
  'POST /api/alert-channels/:channelId/test':
    'sends a test message through the channel; stores nothing that a cached read shows',
};

type Sample = (() => Promise<LightMyRequestResponse>) & {
  /** Runs before the head is read: what the sample needs but is not the write under test. */
  prepare?: () => Promise<void>;
  orgOf?: (res: LightMyRequestResponse) => string;
};

const spec = {
  id: 'custom.audited_probe',
  title: 'Probe',
  resourceType: 'test.user',
  severity: 'low',
  expression: 'true',
};

/**
 * One successful request per mutating route, in an order where each finds what it needs, sent by
 * `owner` (the owner's session, or one of the owner's API tokens).
 */
function samples(owner: Client, auditor: Client): Record<string, Sample> {
  const orgCreate: Sample = () => owner.request('POST', '/api/organizations', { name: 'Audited Second' });
  orgCreate.orgOf = (res) => res.json().id;
  const accept: Sample = () =>
    t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token: ids.inviteToken, name: 'Joiner', password: OWNER_PASSWORD },
    });
  accept.prepare = async () => {
    const inv = await owner.request('POST', '/api/invitations', {
      email: 'joiner@alpha.test',
      role: 'member',
    });
    ids.inviteToken = new URL(inv.json().url).searchParams.get('token')!;
  };
  const rotate: Sample = () => owner.request('POST', `/api/alert-channels/${ids.hookId}/rotate-secret`);
  rotate.prepare = async () => {
    const hook = await owner.request('POST', '/api/alert-channels', {
      kind: 'webhook',
      name: 'Probe hook',
      target: 'https://hooks.alpha.test/vigil',
    });
    ids.hookId = hook.json().id;
  };
  const importRun: Sample = () => owner.request('POST', `/api/integrations/${ids.runConnectorId}/run`);
  importRun.prepare = async () => {
    writeFileSync(join(importDir, 'users.testusers'), '{"id":"dana","mfa":true}\n');
    const res = await owner.request('POST', '/api/integrations', {
      kind: 'test.users',
      name: 'Probe scheduled',
      config: { path: 'users.testusers' },
    });
    ids.runConnectorId = res.json().id;
  };
  const schedule: Sample = () =>
    owner.request('PUT', `/api/integrations/${ids.runConnectorId}/schedule`, { scheduleMinutes: 60 });
  schedule.prepare = importRun.prepare;
  const fileUpload: Sample = () =>
    upload(
      t,
      owner,
      `/api/integrations/${ids.uploadConnectorId}/upload`,
      'people.testusers',
      '{"id":"eve"}\n',
    );
  fileUpload.prepare = async () => {
    const res = await owner.request('POST', '/api/integrations', { kind: 'file.auto', name: 'Probe drop' });
    ids.uploadConnectorId = res.json().id;
  };
  return {
    'PUT /api/scope': () => owner.request('PUT', '/api/scope', { categories: ['confidentiality'] }),
    'POST /api/controls/adopt': () => owner.request('POST', '/api/controls/adopt'),
    'POST /api/controls': async () => {
      const res = await owner.request('POST', '/api/controls', {
        code: 'X-1',
        title: 'Probe control',
        description: 'A control made by the audited-writes test.',
        frequency: 'annual',
        kind: 'preventive',
        criteria: ['CC6.1'],
      });
      ids.controlId = res.json().id;
      return res;
    },
    'PATCH /api/controls/:controlId': () =>
      owner.request('PATCH', `/api/controls/${ids.controlId}`, { status: 'implemented' }),
    'POST /api/systems': async () => {
      const res = await owner.request('POST', '/api/systems', { name: 'Probe prod', kind: 'infrastructure' });
      ids.systemId = res.json().id;
      return res;
    },
    'PATCH /api/systems/:systemId': () =>
      owner.request('PATCH', `/api/systems/${ids.systemId}`, { name: 'Probe production' }),
    'DELETE /api/systems/:systemId': () => owner.request('DELETE', `/api/systems/${ids.systemId}`),
    'POST /api/engagements': async () => {
      const res = await owner.request('POST', '/api/engagements', {
        name: 'Probe Type I',
        reportType: 'type1',
        asOfDate: '2026-06-30',
      });
      ids.engagementId = res.json().id;
      return res;
    },
    'PATCH /api/engagements/:engagementId': () =>
      owner.request('PATCH', `/api/engagements/${ids.engagementId}`, { name: 'Probe Type I (renamed)' }),
    'POST /api/tokens': async () => {
      const res = await owner.request('POST', '/api/tokens', { name: 'probe', scope: 'read' });
      ids.tokenId = res.json().id;
      return res;
    },
    'DELETE /api/tokens/:tokenId': () => owner.request('DELETE', `/api/tokens/${ids.tokenId}`),
    'POST /api/invitations': async () => {
      const res = await owner.request('POST', '/api/invitations', {
        email: 'probe@alpha.test',
        role: 'viewer',
      });
      ids.invitationId = res.json().id;
      return res;
    },
    'POST /api/invitations/roster': async () => {
      await t.ctx.db
        .insert(schema.people)
        .values({ orgId: a.orgId, email: 'roster.probe@alpha.test', name: 'Roster Probe', source: 'manual' })
        .onConflictDoNothing();
      return owner.request('POST', '/api/invitations/roster');
    },
    'DELETE /api/invitations/:invitationId': () =>
      owner.request('DELETE', `/api/invitations/${ids.invitationId}`),
    'POST /api/invitations/accept': accept,
    'PATCH /api/users/:userId': () =>
      owner.request('PATCH', `/api/users/${a.userIds.viewer}`, { role: 'member' }),
    'DELETE /api/users/:userId': () => owner.request('DELETE', `/api/users/${a.userIds.viewer}`),
    'PUT /api/sso': () =>
      owner.request('PUT', '/api/sso', {
        issuer: idp.issuer,
        clientId: 'vigil',
        clientSecret: 'probe-secret',
      }),
    'DELETE /api/sso': () => owner.request('DELETE', '/api/sso'),
    'POST /api/alert-channels': async () => {
      const res = await owner.request('POST', '/api/alert-channels', {
        kind: 'email',
        name: 'Probe alerts',
        target: 'alerts@alpha.test',
      });
      ids.channelId = res.json().id;
      return res;
    },
    'PATCH /api/alert-channels/:channelId': () =>
      owner.request('PATCH', `/api/alert-channels/${ids.channelId}`, { enabled: false }),
    'POST /api/alert-channels/:channelId/rotate-secret': rotate,
    'DELETE /api/alert-channels/:channelId': () =>
      owner.request('DELETE', `/api/alert-channels/${ids.channelId}`),
    'POST /api/monitoring/custom-checks': () => owner.request('POST', '/api/monitoring/custom-checks', spec),
    'PUT /api/monitoring/custom-checks/:checkId': () =>
      owner.request('PUT', `/api/monitoring/custom-checks/${spec.id}`, {
        ...spec,
        id: undefined,
        title: 'Renamed',
      }),
    'DELETE /api/monitoring/custom-checks/:checkId': () =>
      owner.request('DELETE', `/api/monitoring/custom-checks/${spec.id}`),
    'POST /api/integrations': async () => {
      const res = await owner.request('POST', '/api/integrations', {
        kind: 'file.auto',
        name: 'Probe uploads',
      });
      ids.connectorId = res.json().id;
      return res;
    },
    'PATCH /api/integrations/:connectorId': () =>
      owner.request('PATCH', `/api/integrations/${ids.connectorId}`, { name: 'Probe uploads (renamed)' }),
    'PUT /api/integrations/:connectorId/schedule': schedule,
    'DELETE /api/integrations/:connectorId': () =>
      owner.request('DELETE', `/api/integrations/${ids.connectorId}`),
    'POST /api/integrations/:connectorId/run': importRun,
    'POST /api/integrations/:connectorId/upload': fileUpload,
    'POST /api/evidence': () =>
      uploadEvidence(
        owner,
        { title: 'Probe evidence' },
        { name: 'probe.txt', content: Buffer.from('probe') },
      ),
    ...trainingSamples(owner),
    'POST /api/organizations': orgCreate,
    ...peopleSamples(owner),
    ...activitySamples(owner),
    ...accessReviewSamples(owner),
    ...policySamples(owner),
    ...incidentSamples(owner),
    ...riskSamples(owner),
    ...vendorSamples(owner),
    ...exerciseSamples(owner),
    ...readinessSamples(owner),
    ...internalAuditSamples(owner),
    ...auditRequestSamples(owner, auditor),
    ...auditTestingSamples(owner),
    ...vulnerabilitySamples(owner),
    ...changeSamples(owner),
    ...auditSampleSamples(owner, auditor),
    ...reportDocumentSamples(owner),
    ...trustSamples(owner),
  };
}

/** The people domain's writes: a person by hand, their scope, an account, a checklist item, a leaver. */
function peopleSamples(owner: Client): Record<string, Sample> {
  const person = (): string => ids.personId!;
  const create: Sample = async () => {
    const res = await owner.request('POST', '/api/people', {
      name: 'Pat Probe',
      email: 'pat@alpha.test',
      workerType: 'employee',
    });
    if (res.statusCode === 201) ids.personId = res.json().id;
    return res;
  };
  const link: Sample = () =>
    owner.request('POST', `/api/people/${person()}/accounts`, { resourceId: ids.accountId });
  link.prepare = async () => {
    const [row] = await t.database.db
      .insert(schema.resources)
      .values({
        orgId: a.orgId,
        source: 'okta',
        type: 'identity.user',
        externalId: 'probe-user',
        name: 'probe@elsewhere.test',
        attributes: {
          provider: 'okta',
          user_id: 'probe-user',
          email: 'probe@elsewhere.test',
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
    ids.accountId = row!.id;
  };
  const complete: Sample = () =>
    owner.request('POST', `/api/people/${person()}/onboarding/complete`, {
      item: 'background_check',
      evidenceId: ids.evidenceId,
    });
  complete.prepare = async () => {
    const res = await uploadEvidence(
      owner,
      { title: 'Background check' },
      { name: 'check.txt', content: Buffer.from('clear') },
    );
    ids.evidenceId = res.json().id;
  };
  const attest: Sample = () =>
    owner.request('POST', `/api/people/${person()}/offboarding/attest`, {
      system: 'Payroll',
      account: 'pat',
      reason: 'Removed by the vendor',
    });
  attest.prepare = async () => {
    await owner.request('PATCH', `/api/people/${person()}`, { status: 'terminated', endDate: '2026-01-02' });
  };
  return {
    'POST /api/people': create,
    'PATCH /api/people/:personId': () =>
      owner.request('PATCH', `/api/people/${person()}`, { title: 'Probe engineer' }),
    'PUT /api/people/settings': () =>
      owner.request('PUT', '/api/people/settings', { offboardingSlaBusinessDays: 2 }),
    'POST /api/people/:personId/accounts': link,
    'DELETE /api/people/:personId/accounts/:resourceId': () =>
      owner.request('DELETE', `/api/people/${person()}/accounts/${ids.accountId}`),
    'POST /api/people/:personId/onboarding/complete': complete,
    'POST /api/people/:personId/offboarding/attest': attest,
  };
}

/** The activities domain: scheduling, editing and completing an occurrence, and making a calendar feed. */
function activitySamples(owner: Client): Record<string, Sample> {
  const schedule: Sample = () => owner.request('POST', '/api/activities/schedule');
  // Adoption already scheduled everything; one removed occurrence gives the action something to do.
  schedule.prepare = async () => {
    await t.database.db.execute(
      sql`delete from activities where id = (select id from activities where org_id = ${a.orgId} limit 1)`,
    );
  };
  const edit: Sample = () =>
    owner.request('PATCH', `/api/activities/${ids.activityId}`, { dueDate: '2030-01-31' });
  edit.prepare = async () => {
    const [row] = await t.database.db
      .select({ id: schema.activities.id })
      .from(schema.activities)
      .where(eq(schema.activities.orgId, a.orgId))
      .limit(1);
    ids.activityId = row!.id;
  };
  const complete: Sample = () =>
    owner.request('POST', `/api/activities/${ids.activityId}/complete`, {
      evidenceId: ids.activityEvidenceId,
    });
  complete.prepare = async () => {
    const res = await uploadEvidence(
      owner,
      { title: 'Activity proof' },
      { name: 'proof.txt', content: Buffer.from(`proof ${Math.random()}`) },
    );
    ids.activityEvidenceId = res.json().id;
  };
  return {
    'POST /api/activities/schedule': schedule,
    'PATCH /api/activities/:activityId': edit,
    'POST /api/activities/:activityId/complete': complete,
    'POST /api/activities/feed': () => owner.request('POST', '/api/activities/feed'),
  };
}

/** Training and background checks (issue 12): the owner is in the register, with one colleague. */
function trainingSamples(owner: Client): Record<string, Sample> {
  const form = (url: string, fields: Record<string, string>) => () => {
    const { payload, contentType } = multipartBody(fields, {
      name: 'probe.pdf',
      content: Buffer.from('%PDF probe'),
    });
    return t.app.inject({
      method: 'POST',
      url,
      headers: { ...owner.authHeaders('POST'), 'content-type': contentType },
      payload,
    });
  };
  const adopt: Sample = () => owner.request('POST', '/api/training/courses/adopt');
  adopt.prepare = async () => {
    if (ids.personId) return;
    const [me, colleague] = await t.database.db
      .insert(schema.people)
      .values([
        {
          orgId: a.orgId,
          email: 'owner@alpha.test',
          name: 'Alpha Owner',
          source: 'manual',
          userId: a.userIds.owner,
        },
        { orgId: a.orgId, email: 'colleague@alpha.test', name: 'Colleague', source: 'manual' },
      ])
      .returning();
    ids.myPersonId = me!.id;
    ids.personId = colleague!.id;
  };
  const create: Sample = async () => {
    const res = await owner.request('POST', '/api/training/courses', {
      title: 'Probe course',
      audience: 'all_staff',
      cadenceMonths: 12,
      cycleStart: '2025-01-01',
    });
    if (res.statusCode === 201) ids.courseId = res.json().id;
    return res;
  };
  return {
    'POST /api/training/courses/adopt': adopt,
    'POST /api/training/courses': create,
    'PATCH /api/training/courses/:courseId': () =>
      owner.request('PATCH', `/api/training/courses/${ids.courseId}`, { description: 'Probe' }),
    'POST /api/training/completions': () =>
      owner.request('POST', '/api/training/completions', {
        personId: ids.personId,
        courseId: ids.courseId,
        completedOn: '2025-06-01',
      }),
    'POST /api/training/import': () =>
      owner.request('POST', '/api/training/import', {
        fileName: 'lms.csv',
        content: 'Email,Course,Completion Date\ncolleague@alpha.test,Probe course,2026-01-05\n',
      }),
    'POST /api/training/mine': () =>
      form('/api/training/mine', { courseId: ids.courseId!, completedOn: '2026-01-05' })(),
    'PUT /api/background-checks/:personId': () =>
      owner.request('PUT', `/api/background-checks/${ids.personId}`, { status: 'in_progress' }),
    'POST /api/background-checks/:personId/report': () =>
      form(`/api/background-checks/${ids.personId}/report`, {})(),
    'PUT /api/background-checks/access/:userId': () =>
      owner.request('PUT', `/api/background-checks/access/${a.userIds.admin}`, { granted: true }),
  };
}

/** An access review of an uploaded user list: upload, schedule, start, decide, keep in bulk, close. */
function accessReviewSamples(owner: Client): Record<string, Sample> {
  const recent = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const csv = `Email,MFA,Last login\nann@example.com,yes,${recent}\nbob@example.com,yes,${recent}\n`;
  const boundary = 'vigilauditedprobe';
  const listUpload: Sample = async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/access-reviews/uploads',
      payload: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="systemName"\r\n\r\nProbe CRM\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="crm.csv"\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
      ),
      headers: { ...owner.authHeaders('POST'), 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    if (res.statusCode === 201) ids.reviewUploadId = res.json().id;
    return res;
  };
  // Bob is in the person register, so his account carries no flag and bulk keep takes it.
  listUpload.prepare = async () => {
    await t.database.db
      .insert(schema.people)
      .values({ orgId: a.orgId, email: 'bob@example.com', name: 'Bob Probe', source: 'manual' })
      .onConflictDoNothing();
  };
  const accountId = async (account: string) => {
    const res = await a.clients.owner.request('GET', `/api/access-reviews/${ids.reviewId}/accounts`);
    return (res.json().items as { id: string; account: string }[]).find((x) => x.account === account)?.id;
  };
  const decide: Sample = async () =>
    owner.request('POST', `/api/access-reviews/${ids.reviewId}/accounts/${ids.reviewAccountId}/decision`, {
      decision: 'revoke',
      reason: 'Not one of ours',
    });
  decide.prepare = async () => {
    ids.reviewAccountId = (await accountId('ann@example.com')) ?? '0';
  };
  return {
    'POST /api/access-reviews/uploads': listUpload,
    'POST /api/access-reviews': async () => {
      const res = await owner.request('POST', '/api/access-reviews', {
        name: 'Probe review',
        dueDate: '2026-12-31',
        start: false,
        systems: [{ uploadId: ids.reviewUploadId, ownerUserId: a.userIds.owner }],
      });
      if (res.statusCode === 201) ids.reviewId = res.json().id;
      return res;
    },
    'POST /api/access-reviews/:campaignId/start': () =>
      owner.request('POST', `/api/access-reviews/${ids.reviewId}/start`),
    'POST /api/access-reviews/:campaignId/accounts/:accountId/decision': decide,
    'POST /api/access-reviews/:campaignId/bulk-keep': () =>
      owner.request('POST', `/api/access-reviews/${ids.reviewId}/bulk-keep`, { confirm: true }),
    'POST /api/access-reviews/:campaignId/close': () =>
      owner.request('POST', `/api/access-reviews/${ids.reviewId}/close`),
  };
}

/** The policy writes: P1 is the owner's, P2 is written and submitted by the admin so the owner may approve it. */
/** A vendor: add, change, subservice section, schedule and complete a review, attach its report. */
function vendorSamples(owner: Client): Record<string, Sample> {
  const create: Sample = async () => {
    const res = await owner.request('POST', '/api/vendors', {
      name: 'Audited vendor',
      dataAccess: 'high',
      businessImpact: 'high',
      partOfSystem: true,
    });
    if (res.statusCode === 201) ids.vendorId = res.json().id;
    return res;
  };
  const review: Sample = async () => {
    const res = await owner.request('POST', `/api/vendors/${ids.vendorId}/reviews`, {
      dueDate: '2026-12-01',
    });
    if (res.statusCode === 201)
      ids.vendorReviewId = res.json().reviews.find((r: { dueDate: string }) => r.dueDate === '2026-12-01').id;
    return res;
  };
  return {
    'POST /api/vendors': create,
    'PUT /api/vendors/:vendorId': () =>
      owner.request('PUT', `/api/vendors/${ids.vendorId}`, {
        name: 'Audited vendor',
        dataAccess: 'high',
        businessImpact: 'high',
        partOfSystem: true,
        status: 'active',
      }),
    'PUT /api/vendors/:vendorId/subservice': () =>
      owner.request('PUT', `/api/vendors/${ids.vendorId}/subservice`, {
        subserviceMethod: 'carve_out',
        csocs: [{ text: 'Physical access to data centres is restricted' }],
      }),
    'POST /api/vendors/:vendorId/reviews': review,
    'PUT /api/vendors/:vendorId/reviews/:reviewId': () =>
      owner.request('PUT', `/api/vendors/${ids.vendorId}/reviews/${ids.vendorReviewId}`, {
        conclusion: 'approve',
        residualRisk: 'low',
        complete: true,
      }),
    'POST /api/vendors/:vendorId/reports': () => {
      const { payload, contentType } = multipartBody(
        { kind: 'soc2_type2', periodStart: '2025-01-01', periodEnd: '2025-12-31', opinion: 'unqualified' },
        { name: 'soc2.pdf', content: Buffer.from('%PDF vendor probe') },
      );
      return t.app.inject({
        method: 'POST',
        url: `/api/vendors/${ids.vendorId}/reports`,
        headers: { ...owner.authHeaders('POST'), 'content-type': contentType },
        payload,
      });
    },
  };
}

function policySamples(owner: Client): Record<string, Sample> {
  const admin = a.clients.admin;
  const p2 = (path = '') => `/api/policies/${ids.p2}${path}`;
  const draftOf = async (policyId: string) =>
    (await admin.request('GET', `/api/policies/${policyId}`)).json().inProgress?.id as string;
  const approve: Sample = () => owner.request('POST', p2(`/versions/${ids.p2v}/approve`));
  approve.prepare = async () => {
    const res = await admin.request('POST', '/api/policies', {
      title: 'Probe approved',
      audience: 'all_staff',
      ownerId: a.userIds.admin,
      approverIds: [a.userIds.owner, a.userIds.admin],
    });
    ids.p2 = res.json().id;
    ids.p2v = res.json().versions[0].id;
    await admin.request('PATCH', p2(`/versions/${ids.p2v}`), { content: '# Probe approved\n\nText.\n' });
    await admin.request('POST', p2(`/versions/${ids.p2v}/submit`));
  };
  const reject: Sample = () => owner.request('POST', p2(`/versions/${ids.p2v}/reject`), { reason: 'Probe' });
  reject.prepare = async () => {
    ids.p2v = (await admin.request('POST', p2('/versions'), { bump: 'minor', changelog: 'Probe' })).json().id;
    await admin.request('POST', p2(`/versions/${ids.p2v}/submit`));
  };
  const newVersion: Sample = () =>
    owner.request('POST', p2('/versions'), { bump: 'minor', changelog: 'Probe' });
  newVersion.prepare = async () => {
    await admin.request('POST', p2(`/versions/${await draftOf(ids.p2!)}/approve`));
  };
  const accept: Sample = () => owner.request('POST', `/api/my/policies/${ids.p2live}/accept`);
  accept.prepare = async () => {
    // The training samples may have put the owner in the register already.
    await t.database.db
      .insert(schema.people)
      .values({
        orgId: a.orgId,
        email: 'owner@alpha.test',
        name: 'Owner',
        source: 'manual',
        userId: a.userIds.owner,
      })
      .onConflictDoNothing();
    ids.p2live = (await owner.request('GET', p2())).json().live.id;
  };
  return {
    'POST /api/policies': async () => {
      const res = await owner.request('POST', '/api/policies', {
        title: 'Probe policy',
        audience: 'all_staff',
        ownerId: a.userIds.owner,
        approverIds: [a.userIds.owner, a.userIds.admin],
      });
      // The read token's attempt is refused and carries no policy.
      if (res.statusCode === 201) [ids.p1, ids.p1v] = [res.json().id, res.json().versions[0].id];
      return res;
    },
    'PATCH /api/policies/:policyId': () =>
      owner.request('PATCH', `/api/policies/${ids.p1}`, { title: 'Probe renamed' }),
    'PATCH /api/policies/:policyId/versions/:versionId': () =>
      owner.request('PATCH', `/api/policies/${ids.p1}/versions/${ids.p1v}`, {
        content: '# Probe\n\nText.\n',
      }),
    'POST /api/policies/:policyId/versions/:versionId/submit': () =>
      owner.request('POST', `/api/policies/${ids.p1}/versions/${ids.p1v}/submit`),
    'POST /api/policies/:policyId/versions/:versionId/approve': approve,
    'POST /api/policies/:policyId/versions/:versionId/reject': reject,
    'POST /api/policies/:policyId/review': () => owner.request('POST', p2('/review'), {}),
    'POST /api/policies/:policyId/versions': newVersion,
    'POST /api/my/policies/:versionId/accept': accept,
  };
}

/** The risks domain: the matrix, a risk from the library, a change, an acceptance and an approved assessment. */
function riskSamples(owner: Client): Record<string, Sample> {
  const approve: Sample = () => owner.request('POST', `/api/risks/assessments/${ids.assessment}/approve`);
  approve.prepare = async () => {
    // Taken by someone else: the owner may approve only what they did not take.
    ids.assessment = (await a.clients.admin.request('POST', '/api/risks/assessments', {})).json().id;
  };
  return {
    'PUT /api/risks/matrix': () => owner.request('PUT', '/api/risks/matrix', { preset: '5x5' }),
    'POST /api/risks': async () => {
      const res = await owner.request('POST', '/api/risks', {
        templateId: 'R-01',
        ownerId: a.userIds.member,
      });
      if (res.statusCode === 201) ids.risk = res.json().id;
      return res;
    },
    'PATCH /api/risks/:riskId': () => owner.request('PATCH', `/api/risks/${ids.risk}`, { currentImpact: 2 }),
    'POST /api/risks/:riskId/accept': () =>
      owner.request('POST', `/api/risks/${ids.risk}/accept`, {
        justification: 'Probe',
        expiresOn: '2099-01-01',
      }),
    'POST /api/risks/assessments': () => owner.request('POST', '/api/risks/assessments', {}),
    'POST /api/risks/assessments/:assessmentId/approve': approve,
  };
}

/** Vulnerabilities and penetration tests: the SLA policy, an exception someone else asked for, a test and its findings. */
function vulnerabilitySamples(owner: Client): Record<string, Sample> {
  const request: Sample = () =>
    owner.request('POST', '/api/vulnerabilities/exceptions', {
      resourceId: ids.vulnResourceId,
      justification: 'Probe',
      expiresOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    });
  request.prepare = async () => {
    if (ids.vulnResourceId) return;
    const [resource] = await t.database.db
      .insert(schema.resources)
      .values({
        orgId: a.orgId,
        source: 'trivy',
        type: 'vuln.finding',
        externalId: 'probe:1|openssl@1|CVE-1',
        name: 'CVE-1 in openssl',
        attributes: { severity: 'high' },
        attributesHash: 'x',
        firstSeen: new Date(),
        lastSeen: new Date(),
      })
      .returning();
    ids.vulnResourceId = resource!.id;
    // Asked by someone else, so the owner may approve it.
    const [asked] = await t.database.db
      .insert(schema.vulnExceptions)
      .values({
        orgId: a.orgId,
        resourceId: resource!.id,
        requesterId: a.userIds.member,
        justification: 'Probe',
        expiresAt: new Date(Date.now() + 30 * 86_400_000),
      })
      .returning();
    ids.vulnExceptionId = asked!.id;
  };
  const createTest: Sample = async () => {
    const res = await owner.request('POST', '/api/pen-tests', {
      vendor: 'Probe testers',
      startDate: '2026-01-05',
      endDate: '2026-01-09',
    });
    if (res.statusCode === 201) ids.penTestId = res.json().id;
    return res;
  };
  const addFinding: Sample = async () => {
    const res = await owner.request('POST', `/api/pen-tests/${ids.penTestId}/findings`, {
      title: 'Probe finding',
      severity: 'high',
    });
    if (res.statusCode === 201) ids.penFindingId = res.json().id;
    return res;
  };
  return {
    'PUT /api/vulnerabilities/sla-policy': () =>
      owner.request('PUT', '/api/vulnerabilities/sla-policy', {
        critical: 10,
        high: 30,
        medium: 90,
        low: 180,
      }),
    'POST /api/vulnerabilities/exceptions': request,
    'POST /api/vulnerabilities/exceptions/:exceptionId/approve': () =>
      owner.request('POST', `/api/vulnerabilities/exceptions/${ids.vulnExceptionId}/approve`),
    'POST /api/pen-tests': createTest,
    'POST /api/pen-tests/:penTestId/findings': addFinding,
    'POST /api/pen-tests/:penTestId/findings/import': () =>
      owner.request('POST', `/api/pen-tests/${ids.penTestId}/findings/import`, {
        fileName: 'probe.csv',
        content: 'title,severity,description\nProbe,low,\n',
      }),
    'PATCH /api/pen-tests/:penTestId/findings/:findingId': () =>
      owner.request('PATCH', `/api/pen-tests/${ids.penTestId}/findings/${ids.penFindingId}`, {
        remediatedOn: '2026-01-20',
      }),
    'POST /api/pen-tests/:penTestId/report': () => {
      const { payload, contentType } = multipartBody(
        {},
        { name: 'report.pdf', content: Buffer.from('%PDF probe') },
      );
      return t.app.inject({
        method: 'POST',
        url: `/api/pen-tests/${ids.penTestId}/report`,
        headers: { ...owner.authHeaders('POST'), 'content-type': contentType },
        payload,
      });
    },
  };
}

const eventCount = async () =>
  (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.auditEvents))[0]!.n;

/** Exercises (issue 13): a tabletop and a backup-restore test, each changed, and a follow-up done. */
function exerciseSamples(owner: Client): Record<string, Sample> {
  const test = {
    kind: 'backup_restore',
    performedOn: '2026-04-02',
    subject: 'Probe database',
    targetRtoMinutes: 30,
    achievedRtoMinutes: 20,
  };
  return {
    'POST /api/exercises/tabletops': async () => {
      const res = await owner.request('POST', '/api/exercises/tabletops', {
        scenario: 'phishing',
        heldOn: '2026-04-01',
        actions: [{ title: 'Probe follow-up' }],
      });
      if (res.statusCode === 201) {
        ids.tabletopId = res.json().id;
        ids.exerciseActionId = res.json().actions[0].id;
      }
      return res;
    },
    'PUT /api/exercises/tabletops/:tabletopId': () =>
      owner.request('PUT', `/api/exercises/tabletops/${ids.tabletopId}`, {
        scenario: 'phishing',
        heldOn: '2026-04-03',
      }),
    'POST /api/exercises/continuity-tests': async () => {
      const res = await owner.request('POST', '/api/exercises/continuity-tests', test);
      if (res.statusCode === 201) ids.continuityTestId = res.json().id;
      return res;
    },
    'PUT /api/exercises/continuity-tests/:continuityTestId': () =>
      owner.request('PUT', `/api/exercises/continuity-tests/${ids.continuityTestId}`, {
        ...test,
        achievedRtoMinutes: 40,
      }),
    'PUT /api/exercises/actions/:exerciseActionId/status': () =>
      owner.request('PUT', `/api/exercises/actions/${ids.exerciseActionId}/status`, { status: 'done' }),
  };
}

/** Readiness (issue 14): taking an assessment records its snapshot's hash. */
function readinessSamples(owner: Client): Record<string, Sample> {
  return { 'POST /api/readiness/snapshots': () => owner.request('POST', '/api/readiness/snapshots', {}) };
}

/** Internal audits (issue 13): a plan, a result, a finding moved on, and completion. */
function internalAuditSamples(owner: Client): Record<string, Sample> {
  const base = () => `/api/internal-audits/${ids.internalAuditId}`;
  return {
    'POST /api/internal-audits': async () => {
      const res = await owner.request('POST', '/api/internal-audits', {
        title: 'Probe internal audit',
        plannedDate: '2026-10-01',
        periodStart: '2026-01-01',
        periodEnd: '2026-09-30',
        controlIds: [ids.controlId],
      });
      ids.internalAuditId = res.json().id;
      return res;
    },
    'PUT /api/internal-audits/:internalAuditId/results/:controlId': () =>
      owner.request('PUT', `${base()}/results/${ids.controlId}`, { result: 'exception' }),
    'POST /api/internal-audits/:internalAuditId/findings': async () => {
      const res = await owner.request('POST', `${base()}/findings`, { description: 'Probe finding' });
      ids.auditFindingId = res.json().findings?.[0]?.id;
      return res;
    },
    'PATCH /api/internal-audits/:internalAuditId/findings/:auditFindingId': () =>
      owner.request('PATCH', `${base()}/findings/${ids.auditFindingId}`, { status: 'remediated' }),
    'POST /api/internal-audits/:internalAuditId/complete': () =>
      owner.request('POST', `${base()}/complete`, {}),
  };
}

/** Audit requests (issue 14): a list imported and generated, one request answered, flagged, resubmitted, accepted. */
function auditRequestSamples(owner: Client, auditor: Client): Record<string, Sample> {
  const base = () => `/api/engagements/${ids.engagementId}/requests`;
  const one = () => `${base()}/${ids.auditRequestId}`;
  const found: Sample['prepare'] = async () => {
    const list = await a.clients.owner.request('GET', base());
    ids.auditRequestId = list.json().items.find((r: { reference: string }) => r.reference === 'PROBE-1').id;
  };
  const update: Sample = () => owner.request('PATCH', one(), { dueDate: '2030-01-31' });
  update.prepare = found;
  const link: Sample = () =>
    owner.request('POST', `${one()}/evidence`, { evidenceId: ids.requestEvidenceId });
  link.prepare = async () => {
    const res = await uploadEvidence(
      a.clients.owner,
      { title: 'Probe answer' },
      { name: 'answer.txt', content: Buffer.from('answer') },
    );
    ids.requestEvidenceId = res.json().id;
  };
  const flag: Sample = () => auditor.request('POST', `${one()}/flag`, { reason: 'Probe reason' });
  flag.prepare = async () => {
    await t.database.db
      .insert(schema.engagementAuditors)
      .values({ engagementId: ids.engagementId!, userId: a.userIds.auditor })
      .onConflictDoNothing();
  };
  const accept: Sample = () => auditor.request('POST', `${one()}/accept`, {});
  accept.prepare = async () => {
    await a.clients.owner.request('POST', `${one()}/submit`, {});
  };
  return {
    'POST /api/engagements/:engagementId/requests/import': () =>
      owner.request('POST', `${base()}/import`, {
        fileName: 'probe.csv',
        content: 'Reference,Description\nPROBE-1,Probe request\n',
      }),
    'POST /api/engagements/:engagementId/requests/generate': () =>
      owner.request('POST', `${base()}/generate`, {}),
    'PATCH /api/engagements/:engagementId/requests/:auditRequestId': update,
    'POST /api/engagements/:engagementId/requests/:auditRequestId/evidence': link,
    'POST /api/engagements/:engagementId/requests/:auditRequestId/submit': () =>
      owner.request('POST', `${one()}/submit`, {}),
    'POST /api/engagements/:engagementId/requests/:auditRequestId/flag': flag,
    'POST /api/engagements/:engagementId/requests/:auditRequestId/comments': () =>
      auditor.request('POST', `${one()}/comments`, { body: 'Probe comment' }),
    'POST /api/engagements/:engagementId/requests/:auditRequestId/accept': accept,
  };
}

async function headOf(orgId: string): Promise<number> {
  const [head] = await t.database.db
    .select({ seq: schema.auditChainHeads.seq })
    .from(schema.auditChainHeads)
    .where(eq(schema.auditChainHeads.orgId, orgId));
  return head?.seq ?? 0;
}

beforeAll(async () => {
  t = await createTestApp();
  importDir = mkdtempSync(join(tmpdir(), 'vigil-imports-'));
  t.ctx.config.importDir = importDir;
  t.ctx.monitoring = TEST_REGISTRY;
  idp = await startTestIdp('http://localhost/api/auth/sso/callback');
  a = await createTenant(t, 'Alpha');
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
  rmSync(importDir, { recursive: true, force: true });
});

describe('audited writes', () => {
  it('moves the organization’s audit-chain head on every successful write, and never for a read token', async () => {
    const writes = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/') && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method))
      .map((r) => `${r.method} ${r.url}`);
    const table = samples(a.clients.owner, a.clients.auditor);
    // The same requests through the owner's read-only token: each must be refused and write nothing.
    const readOnly = samples(
      await tokenClient(t, a.orgId, a.userIds.owner, 'read'),
      await tokenClient(t, a.orgId, a.userIds.auditor, 'read'),
    );
    const isPublic = (route: string) =>
      t.app.routeTable.some((r) => `${r.method} ${r.url}` === route && r.access && 'public' in r.access);
    const uncovered = writes.filter((w) => !(w in table) && !(w in EXEMPT));
    expect(uncovered, 'mutating routes with neither a sample nor an exemption').toEqual([]);
    expect(Object.keys(EXEMPT).filter((w) => !writes.includes(w))).toEqual([]);
    const failures: string[] = [];
    for (const [route, run] of Object.entries(table)) {
      if (!writes.includes(route)) {
        failures.push(`${route}: not in the route table`);
        continue;
      }
      await run.prepare?.();
      if (!isPublic(route)) {
        const events = await eventCount();
        const refused = await readOnly[route]!();
        if (refused.statusCode !== 403 || !/read-only/.test(refused.body))
          failures.push(`${route}: a read token got ${refused.statusCode} ${refused.body.slice(0, 160)}`);
        if ((await eventCount()) !== events) failures.push(`${route}: a read token changed something`);
      }
      const before = await headOf(a.orgId);
      const res = await run();
      if (res.statusCode >= 300) {
        failures.push(`${route}: sample failed with ${res.statusCode} ${res.body.slice(0, 160)}`);
        continue;
      }
      const orgId = run.orgOf ? run.orgOf(res) : a.orgId;
      const after = await headOf(orgId);
      if (!(after > (run.orgOf ? 0 : before))) failures.push(`${route}: the audit-chain head did not move`);
    }
    expect(failures).toEqual([]);
    // One sample per write route, in turn: it grows with every write the product gains.
  }, 180_000);
});

/** Incidents (issue 13): record, edit, move, timeline, follow-ups, promotion of a failing check, an empty period. */
function incidentSamples(owner: Client): Record<string, Sample> {
  const detectedAt = new Date(Date.now() - 3_600_000).toISOString();
  const fields = { title: 'Probe incident', severity: 'low', source: 'internal', detectedAt };
  const made = async () => {
    const res = await owner.request('POST', '/api/incidents', fields);
    ids.incidentId = res.json().id;
  };
  const create: Sample = async () => {
    const res = await owner.request('POST', '/api/incidents', fields);
    ids.incidentId = res.json().id;
    return res;
  };
  const update: Sample = () =>
    owner.request('PUT', `/api/incidents/${ids.incidentId}`, { ...fields, severity: 'high' });
  update.prepare = made;
  const move: Sample = () =>
    owner.request('POST', `/api/incidents/${ids.incidentId}/status`, { to: 'triaged' });
  move.prepare = made;
  const timeline: Sample = () =>
    owner.request('POST', `/api/incidents/${ids.incidentId}/timeline`, {
      at: detectedAt,
      text: 'Probe entry',
    });
  timeline.prepare = made;
  const followUp: Sample = () =>
    owner.request('POST', `/api/incidents/${ids.incidentId}/follow-ups`, {
      title: 'Probe follow-up',
      ownerId: a.userIds.owner,
      dueDate: '2030-01-01',
    });
  followUp.prepare = made;
  const done: Sample = () =>
    owner.request('POST', `/api/incidents/${ids.incidentId}/follow-ups/${ids.followUpId}/done`);
  done.prepare = async () => {
    await made();
    const res = await followUp();
    ids.followUpId = res.json().followUps[0].id;
  };
  const linkRisks: Sample = () =>
    owner.request('PUT', `/api/incidents/${ids.incidentId}/risks`, { riskIds: [ids.incidentRisk] });
  linkRisks.prepare = async () => {
    await made();
    ids.incidentRisk = (
      await owner.request('POST', '/api/risks', {
        title: 'Probe risk',
        category: 'security',
        inherentLikelihood: 1,
        inherentImpact: 1,
      })
    ).json().id;
  };
  const promote: Sample = () => owner.request('POST', '/api/monitoring/checks/test.user.mfa/incident');
  // A user without MFA in an uploaded file makes the check fail, so there is something to promote.
  promote.prepare = async () => {
    const res = await owner.request('POST', '/api/integrations', {
      kind: 'file.auto',
      name: 'Incident drop',
    });
    await upload(
      t,
      owner,
      `/api/integrations/${res.json().id}/upload`,
      'mallory.testusers',
      '{"id":"mallory","mfa":false}\n',
    );
  };
  return {
    'POST /api/incidents': create,
    'PUT /api/incidents/:incidentId': update,
    'PUT /api/incidents/:incidentId/risks': linkRisks,
    'POST /api/incidents/:incidentId/status': move,
    'POST /api/incidents/:incidentId/timeline': timeline,
    'POST /api/incidents/:incidentId/follow-ups': followUp,
    'POST /api/incidents/:incidentId/follow-ups/:followUpId/done': done,
    'POST /api/monitoring/checks/:checkId/incident': promote,
    'POST /api/incidents/empty-periods': () =>
      owner.request('POST', '/api/incidents/empty-periods', { from: '2001-01-01', to: '2001-12-31' }),
  };
}

/** Change management: the justification of a change merged without approval. */
function changeSamples(owner: Client): Record<string, Sample> {
  const justify: Sample = () =>
    owner.request('POST', `/api/changes/${ids.change}/justification`, {
      reason: 'Outage hotfix',
      approver: 'grace',
    });
  justify.prepare = async () => {
    const [change] = await t.database.db
      .insert(schema.resources)
      .values({
        orgId: a.orgId,
        source: 'github',
        type: 'github.merged_change',
        externalId: 'acme/app#9',
        name: 'acme/app #9',
        attributes: {
          repository: 'acme/app',
          number: 9,
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
    ids.change = change!.id;
  };
  return { 'POST /api/changes/:changeId/justification': justify };
}

/**
 * Testing inside an engagement (issue 14): the auditor's writes go through the invited auditor (the
 * owner's read token stands in for the refusal check); the company's response through the owner.
 */
function auditTestingSamples(owner: Client): Record<string, Sample> {
  const auditor = () => (owner === a.clients.owner ? a.clients.auditor : owner);
  const base = () => `/api/engagements/${ids.engagementId}`;
  const test: Sample = () =>
    auditor().request('PUT', `${base()}/testing/${ids.testedControlId}`, {
      attributes: ['Approval recorded before merge'],
      conclusion: 'not_tested',
    });
  test.prepare = async () => {
    await t.database.db
      .insert(schema.engagementAuditors)
      .values({ engagementId: ids.engagementId!, userId: a.userIds.auditor })
      .onConflictDoNothing();
    const testing = (await a.clients.auditor.request('GET', `${base()}/testing`)).json();
    ids.testedControlId = testing.controls[0].controlId;
    ids.testedCriterionId = testing.controls[0].criteria[0];
  };
  const record: Sample = async () => {
    const res = await auditor().request('POST', `${base()}/exceptions`, {
      controlId: ids.testedControlId,
      criterionId: ids.testedCriterionId,
      description: 'Probe exception',
    });
    if (res.statusCode === 201) ids.auditExceptionId = res.json().id;
    return res;
  };
  return {
    'PUT /api/engagements/:engagementId/testing/:controlId': test,
    'POST /api/engagements/:engagementId/exceptions': record,
    'PATCH /api/engagements/:engagementId/exceptions/:auditExceptionId': () =>
      auditor().request('PATCH', `${base()}/exceptions/${ids.auditExceptionId}`, { cause: 'Probe cause' }),
    'PUT /api/engagements/:engagementId/exceptions/:auditExceptionId/response': () =>
      owner.request('PUT', `${base()}/exceptions/${ids.auditExceptionId}/response`, {
        managementResponse: 'Probe response',
      }),
  };
}

/** The system description of an engagement (issue 15): drafted, a section edited, approved. */
function reportDocumentSamples(owner: Client): Record<string, Sample> {
  const doc = () => `/api/engagements/${ids.engagementId}/documents/system-description`;
  return {
    'POST /api/engagements/:engagementId/documents/:document/versions': () =>
      owner.request('POST', `${doc()}/versions`),
    'PUT /api/engagements/:engagementId/documents/:document/versions/:version/sections/:section': () =>
      owner.request('PUT', `${doc()}/versions/1/sections/dc1`, { body: 'We run payroll for small firms.' }),
    'POST /api/engagements/:engagementId/documents/:document/versions/:version/approve': () =>
      owner.request('POST', `${doc()}/versions/1/approve`),
  };
}

/** Populations and samples (issue 14): the auditor of an engagement produces, uploads, draws and records. */
function auditSampleSamples(owner: Client, auditor: Client): Record<string, Sample> {
  const base = () => `/api/engagements/${ids.engagementId}`;
  const produce: Sample = () => auditor.request('POST', `${base()}/populations`, { kind: 'incidents' });
  produce.prepare = async () => {
    await t.database.db
      .insert(schema.engagementAuditors)
      .values({ engagementId: ids.engagementId!, userId: a.userIds.auditor })
      .onConflictDoNothing();
  };
  return {
    'POST /api/engagements/:engagementId/populations': produce,
    'POST /api/engagements/:engagementId/populations/upload': async () => {
      const res = await auditor.request('POST', `${base()}/populations/upload`, {
        name: 'Probe population',
        source: 'Probe export',
        fileName: 'probe.csv',
        text: 'id,at\nP-1,2026-01-01\nP-2,2026-02-01\n',
        idColumn: 'id',
        timeColumn: 'at',
      });
      if (res.statusCode === 201) ids.populationId = res.json().id;
      return res;
    },
    'POST /api/engagements/:engagementId/populations/:populationId/samples': async () => {
      const res = await auditor.request('POST', `${base()}/populations/${ids.populationId}/samples`, {
        controlId: ids.controlId,
        override: { size: 1, reason: 'Probe' },
      });
      if (res.statusCode === 201) {
        ids.sampleId = res.json().id;
        ids.sampleItemKey = res.json().items[0].key;
      }
      return res;
    },
    'PUT /api/engagements/:engagementId/samples/:sampleId/results': () =>
      auditor.request('PUT', `${base()}/samples/${ids.sampleId}/results`, {
        itemKey: ids.sampleItemKey,
        result: 'pass',
      }),
    'PUT /api/sample-sizes': () =>
      owner.request('PUT', '/api/sample-sizes', {
        byFrequency: { annual: 1, quarterly: 2, monthly: 2, weekly: 5, daily: 25, several_times_a_day: 40 },
        eventBands: [{ minItems: 11, size: 8 }],
      }),
  };
}

/** The trust page (issue 15): settings, SOC 3, NDA, documents, and deciding on access requests. */
function trustSamples(owner: Client): Record<string, Sample> {
  const pendingRequest = async (key: string, email: string) => {
    const [row] = await t.database.db
      .insert(schema.trustAccessRequests)
      .values({
        orgId: a.orgId,
        name: 'Probe Requester',
        company: 'Probe Inc',
        email,
        ndaVersion: 1,
        ndaAcceptedAt: new Date(),
      })
      .returning();
    ids[key] = row!.id;
  };
  const soc3: Sample = () => owner.request('PUT', '/api/trust/soc3', { summary: 'Probe SOC 3 summary' });
  soc3.prepare = async () => {
    await t.database.db.insert(schema.engagements).values({
      orgId: a.orgId,
      name: 'Probe completed Type II',
      reportType: 'type2',
      windowStart: '2025-01-01',
      windowEnd: '2025-06-30',
      categories: ['security'],
      status: 'completed',
    });
  };
  const addDocument: Sample = async () => {
    const res = await owner.request('POST', '/api/trust/documents', {
      title: 'Probe document',
      kind: 'policy',
      visibility: 'on_request',
      fileName: 'probe.txt',
      contentBase64: Buffer.from('probe').toString('base64'),
    });
    if (res.statusCode === 201) ids.trustDocumentId = res.json().id;
    return res;
  };
  const approve: Sample = async () => {
    const res = await owner.request('POST', `/api/trust/requests/${ids.trustApproveId}/approve`);
    if (res.statusCode === 200) ids.trustGrantId = res.json().grant.id;
    return res;
  };
  approve.prepare = () => pendingRequest('trustApproveId', 'approve@probe.test');
  const reject: Sample = () => owner.request('POST', `/api/trust/requests/${ids.trustRejectId}/reject`);
  reject.prepare = () => pendingRequest('trustRejectId', 'reject@probe.test');
  return {
    'PUT /api/trust/settings': () =>
      owner.request('PUT', '/api/trust/settings', {
        enabled: true,
        slug: 'audited-probe',
        overview: 'Probe',
        autoApproveDomains: [],
        practices: [],
        grantDays: 7,
      }),
    'PUT /api/trust/soc3': soc3,
    'POST /api/trust/nda': () => owner.request('POST', '/api/trust/nda', { text: 'Probe NDA' }),
    'POST /api/trust/documents': addDocument,
    'POST /api/trust/documents/:trustDocumentId/versions': () =>
      owner.request('POST', `/api/trust/documents/${ids.trustDocumentId}/versions`, {
        fileName: 'probe-2.txt',
        contentBase64: Buffer.from('probe 2').toString('base64'),
      }),
    'PATCH /api/trust/documents/:trustDocumentId': () =>
      owner.request('PATCH', `/api/trust/documents/${ids.trustDocumentId}`, { visibility: 'private' }),
    'POST /api/trust/requests/:trustRequestId/approve': approve,
    'POST /api/trust/requests/:trustRequestId/reject': reject,
    'POST /api/trust/grants/:trustGrantId/revoke': () =>
      owner.request('POST', `/api/trust/grants/${ids.trustGrantId}/revoke`),
  };
}
