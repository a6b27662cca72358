import { auditTestingRoutes as routes } from '@vigil/api';
import { schema } from '@vigil/db';
import { asc, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgActor } from '../audit/actor.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { exceptionsRegisterOf, recordException } from './index.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let engagementId: string;
let otherEngagementId: string;
let control: { controlId: string; controlCode: string; criteria: string[] };

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
  await a.clients.owner.request('POST', '/api/controls/adopt');
  const make = async (name: string) =>
    (
      await a.clients.owner.request('POST', '/api/engagements', {
        name,
        reportType: 'type1',
        asOfDate: '2026-06-30',
      })
    ).json().id as string;
  engagementId = await make('Alpha Type I');
  otherEngagementId = await make('Not invited');
  await t.database.db.insert(schema.engagementAuditors).values({ engagementId, userId: a.userIds.auditor });
  const testing = await a.clients.auditor.call(routes.get, { params: { engagementId } });
  control = testing.controls[0]!;
});
afterAll(() => t?.close());

const base = () => `/api/engagements/${engagementId}`;

/** Everything the testing domain stores, plus the audit trail's length. */
const state = async () => [
  (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.auditEvents))[0]!.n,
  await t.database.db.select().from(schema.controlTests).orderBy(schema.controlTests.id),
  await t.database.db.select().from(schema.auditExceptions).orderBy(schema.auditExceptions.id),
];

describe('testing and the exceptions register', () => {
  let exceptionId: string;

  it('lists the controls in the engagement by criterion, not tested yet', async () => {
    const testing = await a.clients.member.call(routes.get, { params: { engagementId } });
    expect(testing.engagementName).toBe('Alpha Type I');
    expect(testing.controls.length).toBeGreaterThan(5);
    expect(testing.controls.every((c) => c.conclusion === 'not_tested' && c.criteria.length > 0)).toBe(true);
    expect(testing.controls[0]!.criteria[0]).toBe('CC1.1');
  });

  it('lets the auditor record attributes, an exception and the conclusion', async () => {
    const auditor = a.clients.auditor;
    const tested = await auditor.call(routes.recordTest, {
      params: { engagementId, controlId: control.controlId },
      body: {
        attributes: ['Approval recorded before merge', ' ', 'Reviewer is not the author'],
        procedure: 'Inspected 25 merged changes',
        conclusion: 'not_tested',
      },
    });
    expect(tested.attributes).toEqual(['Approval recorded before merge', 'Reviewer is not the author']);
    expect(tested.testedByName).toBe('Alpha auditor');
    const res = await auditor.request('POST', `${base()}/exceptions`, {
      controlId: control.controlId,
      criterionId: control.criteria[0],
      sampleLabel: 'Merged change #12',
      description: 'Merged without an approval',
      cause: 'The branch protection was off for a day',
      conclusion: 'deviation',
    });
    expect(res.statusCode, res.body).toBe(201);
    exceptionId = res.json().id;
    expect(res.json()).toMatchObject({
      number: 1,
      remediationStatus: 'open',
      recordedByName: 'Alpha auditor',
    });
    const refused = await auditor.request('PUT', `${base()}/testing/${control.controlId}`, {
      attributes: [],
      conclusion: 'no_exceptions',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain("'Merged without an approval'");
    const concluded = await auditor.call(routes.recordTest, {
      params: { engagementId, controlId: control.controlId },
      body: { attributes: ['Approval recorded before merge'], conclusion: 'exceptions_noted' },
    });
    expect(concluded.conclusion).toBe('exceptions_noted');
    expect(concluded.exceptions.map((e) => e.description)).toEqual(['Merged without an approval']);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = await state();
    const other = (await a.clients.auditor.call(routes.get, { params: { engagementId } })).controls.find(
      (c) => c.controlId !== control.controlId && c.exceptions.length === 0,
    )!;
    const cases: [string, string, unknown, string][] = [
      [
        'POST',
        `${base()}/exceptions`,
        { controlId: control.controlId, criterionId: 'P8.1', description: 'x' },
        'criterionId',
      ],
      [
        'POST',
        `${base()}/exceptions`,
        { controlId: control.controlId, criterionId: control.criteria[0], description: ' ' },
        'description',
      ],
      [
        'POST',
        `${base()}/exceptions`,
        { controlId: b.orgId, criterionId: 'CC6.1', description: 'x' },
        'controlId',
      ],
      ['PUT', `${base()}/testing/${other.controlId}`, { conclusion: 'exceptions_noted' }, 'conclusion'],
      ['PUT', `${base()}/testing/${other.controlId}`, { conclusion: 'passed' }, 'conclusion'],
    ];
    for (const [method, url, body, field] of cases) {
      const res = await a.clients.auditor.request(method as 'POST', url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBe(400);
      expect(res.json().error.message).toContain(field);
    }
    const owner = await a.clients.owner.request('PUT', `${base()}/exceptions/${exceptionId}/response`, {
      remediationOwnerId: b.userIds.member,
    });
    expect(owner.statusCode).toBe(400);
    expect(owner.json().error.message).toContain('remediationOwnerId');
    const undated = await a.clients.owner.request('PUT', `${base()}/exceptions/${exceptionId}/response`, {
      managementResponse: 'Fixed',
      remediationStatus: 'remediated',
    });
    expect(undated.statusCode).toBe(400);
    expect(undated.json().error.message).toContain('remediationDate');
    expect(await state()).toEqual(before);
  });

  it('keeps each side to its own writes', async () => {
    const before = await state();
    const member = await a.clients.member.request('PUT', `${base()}/testing/${control.controlId}`, {
      conclusion: 'exceptions_noted',
    });
    expect(member.statusCode).toBe(403);
    const auditor = await a.clients.auditor.request('PUT', `${base()}/exceptions/${exceptionId}/response`, {
      managementResponse: 'Written by the auditor',
    });
    expect(auditor.statusCode).toBe(403);
    const notInvited = await a.clients.auditor.request(
      'GET',
      `/api/engagements/${otherEngagementId}/testing`,
    );
    expect(notInvited.statusCode).toBe(404);
    const foreign = await b.clients.owner.request('GET', `${base()}/exceptions`);
    expect(foreign.statusCode).toBe(404);
    expect(await state()).toEqual(before);
  });

  it('lets the company respond and remediate, and keeps the remediated exception listed', async () => {
    const responded = await a.clients.member.call(routes.respond, {
      params: { engagementId, auditExceptionId: exceptionId },
      body: {
        managementResponse: 'Branch protection is now enforced by policy as code.',
        remediationOwnerId: a.userIds.admin,
        remediationDate: '2026-07-15',
        remediationStatus: 'in_progress',
      },
    });
    expect(responded).toMatchObject({
      respondedByName: 'Alpha member',
      remediationOwnerName: 'Alpha admin',
      remediationStatus: 'in_progress',
    });
    await a.clients.member.call(routes.respond, {
      params: { engagementId, auditExceptionId: exceptionId },
      body: { remediationStatus: 'remediated' },
    });
    const all = await a.clients.auditor.call(routes.exceptions, { params: { engagementId }, query: {} });
    expect(all.items).toHaveLength(1);
    expect(all.items[0]).toMatchObject({
      description: 'Merged without an approval',
      remediationStatus: 'remediated',
      managementResponse: 'Branch protection is now enforced by policy as code.',
    });
    const open = await a.clients.auditor.call(routes.exceptions, {
      params: { engagementId },
      query: { status: 'open' },
    });
    expect(open.items).toEqual([]);
    // Once remediated the auditor may conclude no exceptions remain open.
    await a.clients.auditor.call(routes.recordTest, {
      params: { engagementId, controlId: control.controlId },
      body: { attributes: ['Approval recorded before merge'], conclusion: 'no_exceptions' },
    });
  });

  it('never deletes an exception', async () => {
    await expect(t.database.db.delete(schema.auditExceptions)).rejects.toThrow();
    expect(await exceptionsRegisterOf(t.database.db, a.orgId, engagementId)).toHaveLength(1);
  });

  it('opens an exception from a failed sample item, for the samples domain', async () => {
    const actor: OrgActor = {
      type: 'user',
      userId: a.userIds.auditor,
      label: 'auditor@alpha.test',
      requestId: null,
      ip: null,
      userAgent: null,
      orgId: a.orgId,
      role: 'auditor',
    };
    const sampleId = '00000000-0000-4000-8000-000000000123';
    await t.database.db.transaction((tx) =>
      recordException(tx, actor, engagementId, {
        controlId: control.controlId,
        criterionId: control.criteria[0]!,
        sampleId,
        itemKey: 'PR-31',
        sampleLabel: 'Change sample',
        description: 'No reviewer on PR-31',
        cause: '',
      }),
    );
    const register = await exceptionsRegisterOf(t.database.db, a.orgId, engagementId);
    expect(register.map((e) => [e.number, e.sampleId, e.itemKey])).toEqual([
      [1, null, null],
      [2, sampleId, 'PR-31'],
    ]);
  });

  it('exports the register as CSV and as a spreadsheet', async () => {
    const csv = await a.clients.auditor.request('GET', `${base()}/exceptions.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toContain("Management's response");
    expect(csv.body).toContain('Branch protection is now enforced by policy as code.');
    expect(csv.body).toContain('Change sample: PR-31');
    const xlsx = await a.clients.owner.request('GET', `${base()}/exceptions.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Exceptions register')!;
    expect(sheet.getRow(4).getCell(5).value).toBe('Merged without an approval');
  });

  it('records every write in the audit trail, in order', async () => {
    const events = await t.database.db
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(inArray(schema.auditEvents.entityType, ['control_test', 'audit_exception']))
      .orderBy(asc(schema.auditEvents.seq));
    expect(events.map((e) => e.action)).toEqual([
      'audit_testing.test_recorded',
      'audit_testing.exception_recorded',
      'audit_testing.test_recorded',
      'audit_testing.response_recorded',
      'audit_testing.exception_remediated',
      'audit_testing.test_recorded',
      'audit_testing.exception_recorded',
    ]);
  });
});
