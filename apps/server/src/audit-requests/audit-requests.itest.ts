import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  auditTrailRoutes,
  dashboardRoutes,
  engagementRoutes,
  auditRequestRoutes as routes,
} from '@vigil/api';
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, inviteAndAccept, whoIs } from '../test/invite-fixtures.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';

const FIXTURES = join(import.meta.dirname, '../../../../packages/core/test/fixtures');
const csv = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
/** The auditor's own names for two columns. */
const COLUMNS = { reference: 'PBC No.', controls: 'Control Reference' };

let t: TestApp;
let owner: Client;
let member: Client;
let auditor: Client;
let otherAuditor: Client;
let engagementId: string;
let otherEngagementId: string;
let orgId: string;

const requestCount = async () =>
  (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.auditRequests))[0]!.n;
const eventCount = async () =>
  (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.auditEvents))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
  orgId = (await whoIs(owner)).orgId;
  await owner.request('POST', '/api/controls/adopt');
  const eng = await owner.call(engagementRoutes.create, {
    body: { name: 'SOC 2 Type I 2026', reportType: 'type1', asOfDate: '2026-09-30' },
  });
  engagementId = eng.id;
  const other = await owner.call(engagementRoutes.create, {
    body: { name: 'SOC 2 Type I 2027', reportType: 'type1', asOfDate: '2027-09-30' },
  });
  otherEngagementId = other.id;
  member = await inviteAndAccept(owner, 'member@alpha.test', 'member');
  auditor = await inviteAndAccept(owner, 'audrey@cpa.test', 'auditor', { engagementId });
  otherAuditor = await inviteAndAccept(owner, 'otto@cpa.test', 'auditor', {
    engagementId: otherEngagementId,
  });
});
afterAll(() => t?.close());

const list = (client: Client, query: Record<string, string> = {}, id = engagementId) =>
  client.call(routes.list, { params: { engagementId: id }, query });

describe("importing the auditor's request list", () => {
  it('imports a CSV list with the columns chosen, controls and assignees matched, and records it', async () => {
    const res = await member.send(routes.import, {
      params: { engagementId },
      body: { fileName: 'pbc-list.csv', content: csv('request-list.csv'), columns: COLUMNS },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ imported: 4 });
    const { items } = await list(owner);
    expect(items.map((r) => r.reference)).toEqual(['PBC-01', 'PBC-02', 'PBC-03', 'PBC-10']);
    expect(items[0]).toMatchObject({
      status: 'open',
      source: 'imported',
      dueDate: '2026-10-15',
      assigneeName: 'member',
      criteria: ['CC1.4'],
      controls: [{ code: 'HR-01' }],
    });
    const trail = await owner.call(auditTrailRoutes.list, {
      query: { action: 'audit_request.list_imported' },
    });
    expect(trail.items[0]!.summary).toBe(
      "member imported the auditor's request list 'pbc-list.csv' with 4 requests",
    );
  });

  it('imports an xlsx workbook with dates, a linked email and an empty row', async () => {
    const content = readFileSync(join(FIXTURES, 'request-list.xlsx')).toString('base64');
    const res = await owner.send(routes.import, {
      params: { engagementId: otherEngagementId },
      body: { fileName: 'PBC list.xlsx', content, encoding: 'base64' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { items } = await list(owner, {}, otherEngagementId);
    expect(items.map((r) => [r.reference, r.dueDate, r.assigneeName, r.controls.map((c) => c.code)])).toEqual(
      [
        ['R-1', '2026-10-15', 'member', ['HR-01']],
        ['R-2', '2026-10-22', null, ['AC-02']],
        ['R-3', null, null, ['CHG-01']],
      ],
    );
  });

  it('refuses a bad list naming the file, line and field, and stores nothing', async () => {
    const before = [await requestCount(), await eventCount()];
    const head = 'PBC No.,Request,Control Reference,Due Date,Client Contact\n';
    const cases: [string, string, Record<string, string>, RegExp][] = [
      [
        'pbc.csv',
        csv('request-list.csv'),
        { ...COLUMNS, due_date: 'Deadline' },
        /^pbc\.csv: line 1: missing column "Deadline"/,
      ],
      [
        'dup.csv',
        csv('request-list-duplicate.csv'),
        COLUMNS,
        /^dup\.csv: line 4: repeats the reference "pbc-01" of line 2$/,
      ],
      [
        'c.csv',
        `${head}N-1,Thing,AC-01,,\nN-2,Other,ZZ-99,,\n`,
        COLUMNS,
        /^c\.csv: line 3, controls: "ZZ-99" is not a control/,
      ],
      [
        'a.csv',
        `${head}N-1,Thing,,,nobody@alpha.test\n`,
        COLUMNS,
        /^a\.csv: line 2, assignee: "nobody@alpha\.test" is not a member/,
      ],
      [
        'a2.csv',
        `${head}N-1,Thing,,,audrey@cpa.test\n`,
        COLUMNS,
        /line 2, assignee: "audrey@cpa\.test" is not a member/,
      ],
      [
        'd.csv',
        `${head}N-1,Thing,,2026-02-30,\n`,
        COLUMNS,
        /^d\.csv: line 2, column "Due Date": "2026-02-30" is not a date on the calendar/,
      ],
      // Already in the engagement from the first import.
      [
        'again.csv',
        `${head}N-1,Thing,,,\nPBC-02,Again,,,\n`,
        COLUMNS,
        /^again\.csv: line 3: the engagement already has a request "PBC-02"/,
      ],
      [
        'bad.xlsx',
        Buffer.from('not a workbook').toString('base64'),
        {},
        /^bad\.xlsx: is not a readable Excel workbook/,
      ],
    ];
    for (const [fileName, content, columns, message] of cases) {
      const res = await owner.send(routes.import, {
        params: { engagementId },
        body: { fileName, content, columns, encoding: fileName.endsWith('.xlsx') ? 'base64' : 'text' },
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field).toBe('file');
      expect(res.json().error.message).toMatch(message);
    }
    expect([await requestCount(), await eventCount()]).toEqual(before);
  });

  it('opens one request per control without one, once', async () => {
    const first = await owner.call(routes.generate, { params: { engagementId } });
    const adopted = (
      await t.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(schema.controls)
        .where(eq(schema.controls.orgId, orgId))
    )[0]!.n;
    // HR-01 and AC-02 already have a request from the imported list.
    expect(first.generated).toBe(adopted - 2);
    expect((await owner.call(routes.generate, { params: { engagementId } })).generated).toBe(0);
    const generated = await list(owner, { status: 'open' });
    expect(generated.items.find((r) => r.reference === 'AC-01')).toMatchObject({
      source: 'generated',
      controls: [{ code: 'AC-01' }],
    });
  });
});

describe('the loop between the company and the auditor', () => {
  let requestId: string;
  const p = () => ({ engagementId, auditRequestId: requestId });

  beforeAll(async () => {
    requestId = (await list(owner)).items.find((r) => r.reference === 'PBC-02')!.id;
  });

  it('the company answers with evidence and submits; the auditor flags with a reason; resubmitted; accepted', async () => {
    const up = await uploadEvidence(
      member,
      { title: 'Access reviews Q1–Q3' },
      { name: 'access-reviews.pdf', content: Buffer.from('%PDF-1.4 reviews') },
    );
    expect(up.statusCode, up.body).toBe(201);
    const linked = await member.call(routes.linkEvidence, {
      params: p(),
      body: { evidenceId: up.json().id },
    });
    expect(linked.evidence.map((e) => e.title)).toEqual(['Access reviews Q1–Q3']);

    // The auditor cannot accept what was not submitted, nor can the company accept at all.
    const early = await auditor.send(routes.accept, { params: p() });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe(
      '"PBC-02": the request cannot be accepted: the company has not submitted it yet',
    );
    expect((await member.send(routes.accept, { params: p() })).statusCode).toBe(403);
    expect((await auditor.send(routes.submit, { params: p() })).statusCode).toBe(403);

    expect((await member.call(routes.submit, { params: p() })).status).toBe('submitted');
    expect((await member.send(routes.submit, { params: p() })).statusCode).toBe(409);
    expect((await auditor.call(routes.workspace, { params: { engagementId } })).waitingOnAuditor).toBe(1);

    const before = await eventCount();
    const blank = await auditor.send(routes.flag, { params: p(), body: { reason: '   ' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.field).toBe('reason');
    expect(await eventCount()).toBe(before);

    const flagged = await auditor.call(routes.flag, {
      params: p(),
      body: { reason: 'The Q2 review has no reviewer sign-off' },
    });
    expect(flagged).toMatchObject({
      status: 'flagged',
      flagReason: 'The Q2 review has no reviewer sign-off',
    });

    await auditor.call(routes.comment, { params: p(), body: { body: 'Please add the signed Q2 review.' } });
    const thread = await member.call(routes.comment, {
      params: p(),
      body: { body: 'Added the signed copy.' },
    });
    expect(thread.comments.map((c) => [c.body, c.fromAuditor])).toEqual([
      ['Please add the signed Q2 review.', true],
      ['Added the signed copy.', false],
    ]);
    const blankComment = await auditor.send(routes.comment, { params: p(), body: { body: '' } });
    expect(blankComment.statusCode).toBe(400);
    expect(blankComment.json().error.field).toBe('body');

    expect((await member.call(routes.submit, { params: p() })).status).toBe('submitted');
    const accepted = await auditor.call(routes.accept, { params: p() });
    expect(accepted.status).toBe('accepted');
    const again = await member.send(routes.submit, { params: p() });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already accepted/);

    expect(accepted.history.map((h) => h.sentence)).toEqual([
      "member opened the audit request 'PBC-02'",
      "member gave the evidence 'Access reviews Q1–Q3' for the audit request 'PBC-02'",
      "member submitted the audit request 'PBC-02' to the auditor",
      "audrey flagged the audit request 'PBC-02': The Q2 review has no reviewer sign-off",
      "audrey commented on the audit request 'PBC-02'",
      "member commented on the audit request 'PBC-02'",
      "member resubmitted the audit request 'PBC-02' to the auditor",
      "audrey accepted the audit request 'PBC-02'",
    ]);
    const actions = (await auditEvents(t.database.db, orgId))
      .filter((e) => e.entityId === requestId)
      .map((e) => e.action);
    expect(actions).toEqual([
      'audit_request.opened',
      'audit_request.evidence_linked',
      'audit_request.submitted',
      'audit_request.flagged',
      'audit_request.commented',
      'audit_request.commented',
      'audit_request.submitted',
      'audit_request.accepted',
    ]);
  });

  it('assigns and dates requests, filters the list, and counts overdue', async () => {
    const all = (await list(owner)).items;
    const target = all.find((r) => r.reference === 'PBC-03')!;
    // The list's dates are fixed; PBC-01's is moved far ahead so only PBC-03 is overdue whatever today is.
    await owner.call(routes.update, {
      params: { engagementId, auditRequestId: all.find((r) => r.reference === 'PBC-01')!.id },
      body: { dueDate: '2999-12-31' },
    });
    const { userId } = await whoIs(member);
    const updated = await owner.call(routes.update, {
      params: { engagementId, auditRequestId: target.id },
      body: { assigneeId: userId, dueDate: '2020-01-31' },
    });
    expect(updated).toMatchObject({ assigneeName: 'member', dueDate: '2020-01-31', overdue: true });
    const auditorId = (await whoIs(auditor)).userId;
    const bad = await owner.send(routes.update, {
      params: { engagementId, auditRequestId: target.id },
      body: { assigneeId: auditorId },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('assigneeId');
    expect((await list(owner, { overdue: 'true' })).items.map((r) => r.reference)).toEqual(['PBC-03']);
    expect((await list(owner, { status: 'accepted' })).items.map((r) => r.reference)).toEqual(['PBC-02']);
    expect((await list(owner, { assigneeId: userId })).items.map((r) => r.reference)).toEqual([
      'PBC-01',
      'PBC-03',
    ]);
    const ws = await owner.call(routes.workspace, { params: { engagementId } });
    expect(ws).toMatchObject({ name: 'SOC 2 Type I 2026', overdue: 1, waitingOnAuditor: 0 });
    expect(ws.byStatus.accepted).toBe(1);
  });

  it('puts on each dashboard what waits on whom in the engagement it shows', async () => {
    const mine = await auditor.call(routes.workspace, { params: { engagementId } });
    const seen = await auditor.call(dashboardRoutes.get);
    expect(seen.engagement?.id).toBe(engagementId);
    expect(seen.auditRequests).toEqual({
      waitingOnAuditor: mine.waitingOnAuditor,
      waitingOnCompany: mine.waitingOnCompany,
      overdue: mine.overdue,
    });
    const other = await otherAuditor.call(dashboardRoutes.get);
    expect(other.engagement?.id).toBe(otherEngagementId);
    expect(other.auditRequests).toMatchObject({ waitingOnAuditor: 0, waitingOnCompany: 3 });
  });

  it('answers an auditor of another engagement 404 on everything of this one, changing nothing', async () => {
    const before = [await requestCount(), await eventCount()];
    const p2 = { engagementId, auditRequestId: requestId };
    const answers = [
      await otherAuditor.send(routes.workspace, { params: { engagementId } }),
      await otherAuditor.send(routes.list, { params: { engagementId }, query: {} }),
      await otherAuditor.send(routes.get, { params: p2 }),
      await otherAuditor.send(routes.accept, { params: p2 }),
      await otherAuditor.send(routes.flag, { params: p2, body: { reason: 'no' } }),
      await otherAuditor.send(routes.comment, { params: p2, body: { body: 'hello' } }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(answers[0]!.json().error.message).toMatch(/engagement/i);
    // Their own engagement is theirs to work in.
    expect((await list(otherAuditor, {}, otherEngagementId)).items).toHaveLength(3);
    expect([await requestCount(), await eventCount()]).toEqual(before);
  });

  it('answers 404 for a request of another engagement under this one', async () => {
    const foreign = (await list(owner, {}, otherEngagementId)).items[0]!.id;
    const res = await auditor.send(routes.get, { params: { engagementId, auditRequestId: foreign } });
    expect(res.statusCode).toBe(404);
  });
});
