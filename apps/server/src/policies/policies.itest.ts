import { createHash } from 'node:crypto';
import { policyRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { myTasks, overdueSummary, sendPolicyReminders } from './index.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
const person: Record<string, string> = {};
const today = new Date().toISOString().slice(0, 10);
const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function addPerson(tenant: Tenant, key: string, values: Partial<typeof schema.people.$inferInsert>) {
  const [row] = await t.database.db
    .insert(schema.people)
    .values({ orgId: tenant.orgId, email: `${key}@people.test`, name: key, source: 'manual', ...values })
    .returning();
  person[key] = row!.id;
}

const count = async (
  table:
    | typeof schema.policyAcceptances
    | typeof schema.policyVersions
    | typeof schema.auditEvents
    | typeof schema.alertOutbox
    | typeof schema.acceptanceRequests,
) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Acme');
  b = await createTenant(t, 'Bravo');
  await addPerson(a, 'Erin Employee', { userId: a.userIds.employee, department: 'Engineering' });
  await addPerson(a, 'Carl Contractor', { workerType: 'contractor', department: 'Sales' });
  await addPerson(a, 'Tess Terminated', { status: 'terminated' });
  await addPerson(a, 'Mona Member', { userId: a.userIds.member, department: 'Sales' });
  await addPerson(b, 'Bob Bravo', { userId: b.userIds.employee });
});
afterAll(() => t?.close());

/** Creates a policy from the template with the owner as author and the admin as approver. */
async function newPolicy(audience?: 'all_staff' | 'engineering') {
  return a.clients.owner.call(policyRoutes.create, {
    body: {
      templateId: 'acceptable-use',
      ownerId: a.userIds.owner,
      approverIds: [a.userIds.admin, a.userIds.owner],
      securityContact: 'security@acme.test',
      effectiveDate: '2026-01-01',
      ...(audience ? { audience } : {}),
    },
  });
}

async function publish(policyId: string, versionId: string) {
  await a.clients.owner.call(policyRoutes.submit, { params: { policyId, versionId } });
  return a.clients.admin.call(policyRoutes.approve, { params: { policyId, versionId } });
}

describe('creating a policy', () => {
  it('fills the template with the organization, owner, approvers, cadence and date', async () => {
    const policy = await newPolicy();
    expect(policy).toMatchObject({
      title: 'Acceptable Use Policy',
      audience: 'all_staff',
      reviewCadenceMonths: 12,
    });
    expect(policy.versions).toHaveLength(1);
    const v = await a.clients.owner.call(policyRoutes.version, {
      params: { policyId: policy.id, versionId: policy.versions[0]!.id },
    });
    expect(v.label).toBe('1.0');
    expect(v.status).toBe('draft');
    expect(v.content).toContain('Acme gives its people laptops');
    expect(v.content).toContain('**Owner:** Acme Owner');
    expect(v.content).toContain('Acme admin and Acme Owner');
    expect(v.content).toContain('**Effective:** 2026-01-01');
    expect(v.content).toContain('security@acme.test');
    expect(v.content).not.toContain('{{');
  });

  it('refuses a template value that is missing, naming the field, and stores nothing', async () => {
    const before = await count(schema.policyVersions);
    const res = await a.clients.owner.request('POST', '/api/policies', {
      templateId: 'acceptable-use',
      ownerId: a.userIds.owner,
      approverIds: [a.userIds.admin],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'securityContact' });
    expect(res.json().error.message).toContain('security contact');
    expect(await count(schema.policyVersions)).toBe(before);
  });

  it('refuses a blank policy without a title, an unknown template and an approver who cannot approve', async () => {
    const before = await count(schema.policyVersions);
    const base = { ownerId: a.userIds.owner, approverIds: [a.userIds.admin], audience: 'all_staff' };
    const blank = await a.clients.owner.request('POST', '/api/policies', base);
    expect(blank.json().error.field).toBe('title');
    const unknown = await a.clients.owner.request('POST', '/api/policies', { ...base, templateId: 'nope' });
    expect(unknown.json().error.field).toBe('templateId');
    const viewer = await a.clients.owner.request('POST', '/api/policies', {
      ...base,
      title: 'X',
      approverIds: [a.userIds.viewer],
    });
    expect(viewer.json().error).toMatchObject({ field: 'approverIds.0' });
    const foreign = await a.clients.owner.request('POST', '/api/policies', {
      ...base,
      title: 'X',
      ownerId: b.userIds.owner,
    });
    expect(foreign.json().error).toMatchObject({ field: 'ownerId' });
    expect(await count(schema.policyVersions)).toBe(before);
    const ok = await a.clients.owner.call(policyRoutes.create, {
      body: { ...base, title: 'Blank policy', audience: 'all_staff' },
    });
    expect(ok.templateId).toBeNull();
  });
});

describe('the lifecycle of a version', () => {
  it('publishes through a named approver who did not submit it, records the hash, asks the audience', async () => {
    const policy = await newPolicy();
    const policyId = policy.id;
    const versionId = policy.versions[0]!.id;
    await a.clients.owner.call(policyRoutes.editVersion, {
      params: { policyId, versionId },
      body: { content: '# Acceptable Use Policy\n\nUse **company** systems for work.\n\n- one\n- two\n' },
    });
    await a.clients.owner.call(policyRoutes.submit, { params: { policyId, versionId } });
    // The owner is a named approver but submitted it: refused, nothing changes.
    const self = await a.clients.owner.request(
      'POST',
      `/api/policies/${policyId}/versions/${versionId}/approve`,
    );
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toContain('someone else must approve');
    const notNamed = await a.clients.member.request(
      'POST',
      `/api/policies/${policyId}/versions/${versionId}/approve`,
    );
    expect(notNamed.statusCode).toBe(403);
    expect(
      (await a.clients.owner.call(policyRoutes.version, { params: { policyId, versionId } })).status,
    ).toBe('pending_approval');
    expect(await count(schema.acceptanceRequests)).toBe(0);

    const published = await a.clients.admin.call(policyRoutes.approve, { params: { policyId, versionId } });
    const sha = createHash('sha256').update(published.content).digest('hex');
    expect(published).toMatchObject({
      status: 'published',
      contentSha256: sha,
      approvedByName: 'Acme admin',
    });
    const [event] = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.action, 'policy_version.published'),
          eq(schema.auditEvents.entityId, policyId),
        ),
      );
    expect(event!.changes).toMatchObject({ contentSha256: sha, version: '1.0', requests: { asked: 3 } });
    expect(event!.hash).toMatch(/^[0-9a-f]{64}$/);
    // All staff: Erin, Carl and Mona; never the terminated person.
    const requests = await t.database.db
      .select()
      .from(schema.acceptanceRequests)
      .where(eq(schema.acceptanceRequests.policyId, policyId));
    expect(requests.map((r) => r.personId).sort()).toEqual(
      [person['Erin Employee'], person['Carl Contractor'], person['Mona Member']].sort(),
    );
    expect(requests.every((r) => r.dueDate === addDays(today, 30))).toBe(true);
  });

  it('never changes a published version: a change is a new version with a changelog and a diff', async () => {
    const policy = await newPolicy();
    const policyId = policy.id;
    const v1 = await publish(policyId, policy.versions[0]!.id);
    const res = await a.clients.owner.request('PATCH', `/api/policies/${policyId}/versions/${v1.id}`, {
      content: 'rewritten',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('can no longer be changed');
    const again = await a.clients.owner.request('POST', `/api/policies/${policyId}/versions/${v1.id}/submit`);
    expect(again.statusCode).toBe(409);
    const still = await a.clients.owner.call(policyRoutes.version, {
      params: { policyId, versionId: v1.id },
    });
    expect(still.content).toBe(v1.content);

    const missingLog = await a.clients.owner.request('POST', `/api/policies/${policyId}/versions`, {
      bump: 'minor',
    });
    expect(missingLog.json().error.field).toBe('changelog');
    const v11 = await a.clients.owner.call(policyRoutes.newVersion, {
      params: { policyId },
      body: {
        bump: 'minor',
        changelog: 'Clarify personal use',
        content: `${v1.content}\nA new closing line.\n`,
      },
    });
    expect(v11).toMatchObject({ label: '1.1', status: 'draft', changelog: 'Clarify personal use' });
    const second = await a.clients.owner.request('POST', `/api/policies/${policyId}/versions`, {
      bump: 'major',
      changelog: 'x',
    });
    expect(second.statusCode).toBe(409);
    const diff = await a.clients.owner.call(policyRoutes.diff, { params: { policyId, versionId: v11.id } });
    expect(diff.from?.label).toBe('1.0');
    expect(diff.parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual([
      '\nA new closing line.\n',
    ]);
    expect(diff.parts.some((p) => p.kind === 'removed')).toBe(false);
  });

  it('rejects with a reason, and the number is used again by the next draft', async () => {
    const policy = await newPolicy();
    const policyId = policy.id;
    const versionId = policy.versions[0]!.id;
    await a.clients.owner.call(policyRoutes.submit, { params: { policyId, versionId } });
    const noReason = await a.clients.admin.request(
      'POST',
      `/api/policies/${policyId}/versions/${versionId}/reject`,
      {},
    );
    expect(noReason.json().error.field).toBe('reason');
    const rejected = await a.clients.admin.call(policyRoutes.reject, {
      params: { policyId, versionId },
      body: { reason: 'Name the security contact by role' },
    });
    expect(rejected).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Name the security contact by role',
    });
    const next = await a.clients.owner.call(policyRoutes.newVersion, {
      params: { policyId },
      body: { bump: 'major', changelog: 'Security contact by role' },
    });
    expect(next.label).toBe('1.0');
    expect(next.content).toBe(rejected.content);
  });
});

describe('accepting, major and minor versions', () => {
  let policyId: string;
  let v1: string;
  let v11: string;
  let v2: string;
  const erin = () => a.clients.employee;

  it('lets the employee read and accept the published version addressed to them, once', async () => {
    const policy = await newPolicy('engineering');
    policyId = policy.id;
    const draft = policy.versions[0]!.id;
    // Not published yet: invisible to the employee, and refused clearly if accepted.
    expect((await erin().request('GET', `/api/my/policies/${draft}`)).statusCode).toBe(404);
    const before = await count(schema.policyAcceptances);
    const early = await erin().request('POST', `/api/my/policies/${draft}/accept`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('is not published');
    expect(await count(schema.policyAcceptances)).toBe(before);

    v1 = (await publish(policyId, draft)).id;
    const mine = await erin().call(policyRoutes.mine);
    expect(mine.items.map((i) => `${i.policyTitle} ${i.label}`)).toContain('Acceptable Use Policy 1.0');
    const tasks = await myTasks(t.database.db, { orgId: a.orgId, userId: a.userIds.employee, today });
    expect(tasks).toContainEqual({
      area: 'policy',
      itemId: v1,
      title: 'Read and accept the Acceptable Use Policy, version 1.0',
      dueDate: addDays(today, 30),
      overdue: false,
      link: `/my/policies/${v1}`,
    });
    // Mona (Sales) is not in the engineering audience: not addressed, so not found.
    expect((await a.clients.member.request('GET', `/api/my/policies/${v1}`)).statusCode).toBe(404);
    expect((await a.clients.member.request('POST', `/api/my/policies/${v1}/accept`)).statusCode).toBe(404);

    const res = await erin().app.inject({
      method: 'POST',
      url: `/api/my/policies/${v1}/accept`,
      headers: { ...erin().authHeaders('POST'), 'user-agent': 'PolicyTest/1.0' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ label: '1.0', current: true, requestState: 'accepted' });
    const [acceptance] = await t.database.db
      .select()
      .from(schema.policyAcceptances)
      .where(eq(schema.policyAcceptances.versionId, v1));
    expect(acceptance).toMatchObject({
      personId: person['Erin Employee'],
      userAgent: 'PolicyTest/1.0',
      ip: '127.0.0.1',
    });
    expect(acceptance!.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    const twice = await erin().request('POST', `/api/my/policies/${v1}/accept`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain('already accepted');
  });

  it('a minor version carries requests forward and needs no new acceptance', async () => {
    v11 = (
      await a.clients.owner.call(policyRoutes.newVersion, {
        params: { policyId },
        body: { bump: 'minor', changelog: 'Typo' },
      })
    ).id;
    await publish(policyId, v11);
    const detail = await a.clients.owner.call(policyRoutes.get, { params: { policyId } });
    expect(detail.live?.label).toBe('1.1');
    expect(detail.versions.map((v) => `${v.label} ${v.status}`)).toEqual(['1.1 published', '1.0 superseded']);
    const open = await myTasks(t.database.db, { orgId: a.orgId, userId: a.userIds.employee, today });
    expect(open.filter((x) => x.title.includes('Acceptable Use Policy') && x.itemId === v11)).toEqual([]);
    const m = await a.clients.owner.call(policyRoutes.matrix, { query: { policyId } });
    expect(m.versions.map((v) => v.label)).toEqual(['1.0', '1.1']);
    const row = m.people.find((p) => p.name === 'Erin Employee')!;
    expect(row.cells.map((c) => c.state)).toEqual(['accepted', 'covered']);
  });

  it('a review with no change is a minor version with the same text and asks nobody', async () => {
    const requests = await count(schema.acceptanceRequests);
    const review = await a.clients.owner.call(policyRoutes.review, {
      params: { policyId },
      body: { note: 'Annual review' },
    });
    expect(review).toMatchObject({ label: '1.2', status: 'pending_approval', reviewOnly: true });
    const approved = await a.clients.admin.call(policyRoutes.approve, {
      params: { policyId, versionId: review.id },
    });
    const prior = await a.clients.owner.call(policyRoutes.version, { params: { policyId, versionId: v11 } });
    expect(approved.contentSha256).toBe(prior.contentSha256);
    expect(await count(schema.acceptanceRequests)).toBe(requests);
  });

  it('a major version asks again; the first acceptance stays on version 1.0, and a superseded version is refused', async () => {
    v2 = (
      await a.clients.owner.call(policyRoutes.newVersion, {
        params: { policyId },
        body: {
          bump: 'major',
          changelog: 'New rules on AI tools',
          content: '# Acceptable Use Policy\n\nNo customer data in AI tools.\n',
        },
      })
    ).id;
    await publish(policyId, v2);
    const tasks = await myTasks(t.database.db, { orgId: a.orgId, userId: a.userIds.employee, today });
    expect(tasks.find((x) => x.itemId === v2)?.title).toBe(
      'Read and accept the Acceptable Use Policy, version 2.0',
    );
    const before = await count(schema.policyAcceptances);
    const stale = await erin().request('POST', `/api/my/policies/${v11}/accept`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toBe(
      'Version 1.1 of the Acceptable Use Policy has been replaced; read and accept version 2.0 instead',
    );
    expect(await count(schema.policyAcceptances)).toBe(before);
    // The old acceptance can still be read by the person, and is no longer current.
    expect((await erin().call(policyRoutes.myVersion, { params: { versionId: v1 } })).current).toBe(false);
    await erin().call(policyRoutes.accept, { params: { versionId: v2 } });
    const m = await a.clients.owner.call(policyRoutes.matrix, { query: { policyId } });
    expect(m.versions.map((v) => v.label)).toEqual(['1.0', '1.1', '1.2', '2.0']);
    const row = m.people.find((p) => p.name === 'Erin Employee')!;
    expect(row.cells.map((c) => c.state)).toEqual(['accepted', 'covered', 'covered', 'accepted']);
    const accepted = await t.database.db
      .select({ versionId: schema.policyAcceptances.versionId })
      .from(schema.policyAcceptances)
      .where(eq(schema.policyAcceptances.personId, person['Erin Employee']!));
    expect(accepted.map((x) => x.versionId).sort()).toEqual([v1, v2].sort());
  });

  it('answers which version was live on a date', async () => {
    const day = (n: number) => new Date(Date.parse(`${addDays(today, n)}T12:00:00Z`));
    // Spread the publications over past days, as they would be in a real year.
    for (const [id, n] of [
      [v1, -30],
      [v11, -20],
    ] as const) {
      await t.database.db
        .update(schema.policyVersions)
        .set({ publishedAt: day(n), approvedAt: day(n) })
        .where(eq(schema.policyVersions.id, id));
    }
    const on = async (n: number) =>
      (
        await a.clients.auditor.call(policyRoutes.live, {
          params: { policyId },
          query: { on: addDays(today, n) },
        })
      ).version?.label ?? null;
    expect(await on(-31)).toBeNull();
    expect(await on(-30)).toBe('1.0');
    expect(await on(-21)).toBe('1.0');
    expect(await on(-5)).toBe('1.1');
    expect(await on(0)).toBe('2.0');
    const bad = await a.clients.owner.request('GET', `/api/policies/${policyId}/live?on=yesterday`);
    expect(bad.json().error.field).toBe('on');
  });

  it('exports the matrix as CSV and xlsx, and each published version as a PDF', async () => {
    const csv = await a.clients.auditor.request('GET', `/api/policies/matrix.csv?policyId=${policyId}`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe(
      'Person,Email,Department,Acceptable Use Policy 1.0,Acceptable Use Policy 1.1,Acceptable Use Policy 1.2,Acceptable Use Policy 2.0',
    );
    const erinLine = lines.find((l) => l.startsWith('Erin Employee'))!;
    expect(erinLine).toMatch(
      /^Erin Employee,Erin Employee@people\.test,Engineering,Accepted \d{4}-\d\d-\d\d,Covered by earlier acceptance \d{4}/,
    );

    const xlsx = await a.clients.auditor.request('GET', `/api/policies/matrix.xlsx?policyId=${policyId}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Acceptance')!;
    expect(sheet.getRow(1).getCell(4).value).toBe('Acceptable Use Policy 1.0');
    expect(String(sheet.getRow(2).getCell(1).value)).toBe('Erin Employee');
    expect(String(sheet.getRow(2).getCell(7).value)).toMatch(/^Accepted /);

    const pdf = await a.clients.auditor.request('GET', `/api/policies/${policyId}/versions/${v2}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdf.rawPayload.toString('latin1');
    expect(text).toContain(`Version 2.0, approved by Acme admin on ${today}`);
    const draft = await a.clients.owner.call(policyRoutes.newVersion, {
      params: { policyId },
      body: { bump: 'minor', changelog: 'Draft' },
    });
    const noPdf = await a.clients.owner.request('GET', `/api/policies/${policyId}/versions/${draft.id}/pdf`);
    expect(noPdf.statusCode).toBe(409);
  });
});

describe('reminders and escalation', () => {
  it('writes due-soon reminders to the person and overdue to the owner, once each', async () => {
    const policy = await newPolicy('engineering');
    await publish(policy.id, policy.versions[0]!.id);
    const [request] = await t.database.db
      .select()
      .from(schema.acceptanceRequests)
      .where(eq(schema.acceptanceRequests.policyId, policy.id));
    const outbox = () =>
      t.database.db
        .select()
        .from(schema.alertOutbox)
        .where(sql`${schema.alertOutbox.payload}->>'policyId' = ${policy.id}`)
        .orderBy(schema.alertOutbox.id);
    await sendPolicyReminders(t.database.db, addDays(request!.dueDate, -7));
    await sendPolicyReminders(t.database.db, addDays(request!.dueDate, -7));
    await sendPolicyReminders(t.database.db, addDays(request!.dueDate, -6));
    let rows = await outbox();
    expect(rows.map((r) => [r.kind, r.recipientUserId])).toEqual([['due_soon', a.userIds.employee]]);
    expect(rows[0]!.payload).toMatchObject({
      title: 'Read and accept the Acceptable Use Policy, version 1.0',
      link: `/my/policies/${policy.versions[0]!.id}`,
    });
    await sendPolicyReminders(t.database.db, addDays(request!.dueDate, 1));
    await sendPolicyReminders(t.database.db, addDays(request!.dueDate, 2));
    rows = await outbox();
    expect(rows.map((r) => [r.kind, r.recipientUserId])).toEqual([
      ['due_soon', a.userIds.employee],
      ['overdue', a.userIds.owner],
    ]);
    expect(rows[1]!.payload.title).toBe(
      'Erin Employee has not accepted the Acceptable Use Policy, version 1.0',
    );
    const overdue = await overdueSummary(t.database.db, a.orgId, addDays(request!.dueDate, 1));
    expect(overdue[0]).toMatchObject({ area: 'policy', link: '/policies' });
    expect(overdue[0]!.overdue).toBeGreaterThanOrEqual(1);
  });

  it('asks a person who joined the audience after publication, due from their start date', async () => {
    const policy = await newPolicy('engineering');
    await publish(policy.id, policy.versions[0]!.id);
    const start = addDays(today, 10);
    await addPerson(a, 'Nina Newhire', { department: 'Engineering', startDate: start });
    await sendPolicyReminders(t.database.db, today);
    const [req] = await t.database.db
      .select()
      .from(schema.acceptanceRequests)
      .where(
        and(
          eq(schema.acceptanceRequests.policyId, policy.id),
          eq(schema.acceptanceRequests.personId, person['Nina Newhire']!),
        ),
      );
    expect(req).toMatchObject({ state: 'open', dueDate: addDays(start, 30) });
  });
});

describe('what an employee sees', () => {
  it('reaches only their own published versions, never the policy routes or another tenant', async () => {
    expect((await a.clients.employee.request('GET', '/api/policies')).statusCode).toBe(403);
    expect((await a.clients.employee.request('GET', '/api/policies/matrix')).statusCode).toBe(403);
    const mine = await a.clients.employee.call(policyRoutes.mine);
    expect(mine.items.length).toBeGreaterThan(0);
    const other = await b.clients.employee.call(policyRoutes.mine);
    expect(other.items).toEqual([]);
    for (const item of mine.items) {
      expect((await b.clients.employee.request('GET', `/api/my/policies/${item.versionId}`)).statusCode).toBe(
        404,
      );
      expect(
        (await b.clients.employee.request('POST', `/api/my/policies/${item.versionId}/accept`)).statusCode,
      ).toBe(404);
    }
    const list = await a.clients.owner.call(policyRoutes.list);
    expect(list.items.length).toBeGreaterThan(3);
    expect((await b.clients.owner.call(policyRoutes.list)).items).toEqual([]);
  });
});
