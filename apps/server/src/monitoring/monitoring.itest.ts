import { schema } from '@vigil/db';
import { TEST_CHECKS, user } from '@vigil/monitoring/test/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrgActor, systemActor } from '../audit/actor.ts';
import { controlIdOf, ownerWithControls } from '../test/monitoring-http.ts';
import type { Client, TestApp } from '../test/test-app.ts';
import { createTestApp } from '../test/test-app.ts';
import { runSweep, SweepFailed } from './sweep.ts';

let t: TestApp;
let owner: Client;
let orgId: string;
let actor: OrgActor;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));

const sweep = (resources: ReturnType<typeof user>[], now: Date) =>
  runSweep(t.database.db, actor, {
    orgId,
    source: 'testsrc',
    types: ['test.user'],
    resources,
    checks: TEST_CHECKS,
    now,
  });

beforeAll(async () => {
  t = await createTestApp();
  ({ owner, orgId } = await ownerWithControls(t));
  actor = { ...systemActor('test'), orgId, role: 'owner' };
  // bob fails MFA from Jan 11 to Jan 20; alice passes throughout.
  await sweep([user('alice', { mfa: true }), user('bob', { mfa: true })], day(0));
  await sweep([user('alice', { mfa: true }), user('bob', { mfa: false })], day(10));
  await sweep([user('alice', { mfa: true }), user('bob', { mfa: true })], day(19));
});
afterAll(() => t?.close());

describe('Type II effectiveness', () => {
  let engagementId: string;
  let ac02: string;

  beforeAll(async () => {
    const res = await owner.request('POST', '/api/engagements', {
      name: 'FY26 Type II',
      reportType: 'type2',
      windowStart: '2026-01-01',
      windowEnd: '2026-03-31',
    });
    engagementId = res.json().id;
    ac02 = await controlIdOf(t, orgId, 'AC-02');
  });

  it('gives the share of the window operating and the exception with when it failed and was remediated', async () => {
    const res = await owner.request('GET', `/api/engagements/${engagementId}/effectiveness`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ reportType: 'type2', evaluatedUntil: '2026-04-01T00:00:00.000Z' });
    const control = body.controls.find((c: { controlId: string }) => c.controlId === ac02);
    expect(control).toMatchObject({
      code: 'AC-02',
      checkIds: ['test.user.mfa'],
      state: 'exception',
      evaluatedShare: 1,
    });
    expect(control.operatingShare).toBeCloseTo(81 / 90, 10);
    expect(control.exceptions).toEqual([
      {
        checkId: 'test.user.mfa',
        checkTitle: 'Users have MFA',
        severity: 'high',
        resourceKey: 'testsrc|test.user|bob',
        resourceName: 'bob',
        reason: 'MFA is off',
        failedFrom: '2026-01-11T00:00:00.000Z',
        remediatedAt: '2026-01-20T00:00:00.000Z',
        durationMs: 9 * 86_400_000,
      },
    ]);
    expect(
      control.timeline.map((s: { state: string; from: string }) => [s.state, s.from.slice(0, 10)]),
    ).toEqual([
      ['operating', '2026-01-01'],
      ['exception', '2026-01-11'],
      ['operating', '2026-01-20'],
    ]);
    const untested = body.controls.find((c: { checkIds: string[] }) => c.checkIds.length === 0);
    expect(untested).toMatchObject({ state: 'not_evaluated', operatingShare: 0, evaluatedShare: 0 });
  });

  it('answers for one control and exports the exceptions as CSV', async () => {
    const one = await owner.request('GET', `/api/engagements/${engagementId}/effectiveness/${ac02}`);
    expect(one.json().control.exceptions).toHaveLength(1);
    const csv = await owner.request('GET', `/api/engagements/${engagementId}/effectiveness.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe(
      'control_code,control_title,check_id,check_title,severity,resource,resource_key,failed_from,remediated_at,duration_hours,reason',
    );
    expect(lines[1]).toBe(
      'AC-02,Multi-factor authentication,test.user.mfa,Users have MFA,high,bob,testsrc|test.user|bob,2026-01-11T00:00:00.000Z,2026-01-20T00:00:00.000Z,216.00,MFA is off',
    );
  });

  it('hides the engagement from an auditor who was not invited to it', async () => {
    const viewer = await owner.request(
      'GET',
      `/api/engagements/00000000-0000-4000-8000-000000000000/effectiveness`,
    );
    expect(viewer.statusCode).toBe(404);
  });
});

describe('Type I state at the as-of date', () => {
  it('reports the failures open at the end of the as-of date', async () => {
    const res = await owner.request('POST', '/api/engagements', {
      name: 'Type I',
      reportType: 'type1',
      asOfDate: '2026-01-15',
    });
    const body = (await owner.request('GET', `/api/engagements/${res.json().id}/effectiveness`)).json();
    const ac02 = body.controls.find((c: { code: string }) => c.code === 'AC-02');
    expect(ac02).toMatchObject({ state: 'exception', operatingShare: 0, evaluatedShare: 1, timeline: [] });
    expect(ac02.exceptions).toEqual([
      expect.objectContaining({
        resourceName: 'bob',
        failedFrom: '2026-01-11T00:00:00.000Z',
        remediatedAt: null,
      }),
    ]);
    const later = await owner.request('POST', '/api/engagements', {
      name: 'Type I later',
      reportType: 'type1',
      asOfDate: '2026-02-01',
    });
    const after = (await owner.request('GET', `/api/engagements/${later.json().id}/effectiveness`)).json();
    expect(after.controls.find((c: { code: string }) => c.code === 'AC-02')).toMatchObject({
      state: 'operating',
      operatingShare: 1,
      exceptions: [],
    });
  });
});

describe('custom checks', () => {
  const spec = {
    id: 'custom.no_admins',
    title: 'No admin users',
    resourceType: 'test.user',
    severity: 'medium',
    expression: 'resource.admin == false',
    controls: ['AC-04'],
  };

  it('validates on save and names the field at fault', async () => {
    const badCel = await owner.request('POST', '/api/monitoring/custom-checks', {
      ...spec,
      expression: 'resource.admin ==',
    });
    expect(badCel.statusCode).toBe(400);
    expect(badCel.json().error.field).toBe('expression');
    expect(badCel.json().error.message).toMatch(/^expression: /);
    const badType = await owner.request('POST', '/api/monitoring/custom-checks', {
      ...spec,
      resourceType: 'nope',
    });
    expect(badType.json().error).toMatchObject({
      field: 'resourceType',
      message: 'resourceType: unknown resource type nope',
    });
    const badId = await owner.request('POST', '/api/monitoring/custom-checks', { ...spec, id: 'mine' });
    expect(badId.json().error.field).toBe('id');
    const shadow = await owner.request('POST', '/api/monitoring/custom-checks', {
      ...spec,
      id: 'test.user.mfa',
    });
    expect(shadow.statusCode).toBe(400);
  });

  it('creates, lists, evaluates, replaces and deletes a custom check', async () => {
    const created = await owner.request('POST', '/api/monitoring/custom-checks', spec);
    expect(created.statusCode, created.body).toBe(201);
    expect((await owner.request('POST', '/api/monitoring/custom-checks', spec)).statusCode).toBe(409);
    await sweep([user('alice', { mfa: true, admin: true }), user('bob', { mfa: true })], day(40));
    const listed = (await owner.request('GET', '/api/monitoring/checks?severity=medium')).json();
    expect(listed.items).toEqual([
      expect.objectContaining({
        id: 'custom.no_admins',
        custom: true,
        status: 'failing',
        counts: expect.objectContaining({ fail: 1, pass: 1 }),
      }),
    ]);
    const put = await owner.request('PUT', '/api/monitoring/custom-checks/custom.no_admins', {
      ...spec,
      id: undefined,
      title: 'No admins at all',
    });
    expect(put.json().spec.title).toBe('No admins at all');
    const mismatch = await owner.request('PUT', '/api/monitoring/custom-checks/custom.no_admins', {
      ...spec,
      id: 'custom.other',
    });
    expect(mismatch.json().error.field).toBe('id');
    expect((await owner.request('DELETE', '/api/monitoring/custom-checks/custom.no_admins')).statusCode).toBe(
      200,
    );
    expect((await owner.request('GET', '/api/monitoring/checks/custom.no_admins')).statusCode).toBe(404);
    expect((await owner.request('GET', '/api/monitoring/custom-checks')).json().items).toEqual([]);
  });
});

describe('control status', () => {
  it('lists each control with its monitoring status and filters checks by control and status', async () => {
    const list = (await owner.request('GET', '/api/monitoring/controls')).json().items;
    const ac02 = list.find((c: { code: string }) => c.code === 'AC-02');
    expect(ac02).toMatchObject({
      status: 'passing',
      checkIds: ['test.user.mfa'],
      evidence: { status: 'current', expired: 0 },
    });
    expect(list.find((c: { code: string }) => c.code === 'AC-01')).toMatchObject({ status: 'no_checks' });
    // alice became an admin in the custom-check sweep above.
    const failing = (await owner.request('GET', '/api/monitoring/checks?status=failing')).json();
    expect(failing.items.map((c: { id: string }) => c.id)).toEqual(['test.user.not_admin']);
    const byControl = (await owner.request('GET', `/api/monitoring/checks?control=${ac02.controlId}`)).json();
    expect(byControl.items.map((c: { id: string }) => c.id)).toEqual(['test.user.mfa']);
  });
});

describe('collection gaps in effectiveness', () => {
  it('counts passing time while a connector was failing as not evaluated, never as operating', async () => {
    const [connector] = await t.database.db
      .insert(schema.connectors)
      .values({ orgId, kind: 'test.users', name: 'Nightly users' })
      .returning({ id: schema.connectors.id });
    const sweepOf = (resources: unknown[], now: Date) =>
      runSweep(t.database.db, actor, {
        orgId,
        source: 'testsrc',
        types: ['test.user'],
        resources: resources as ReturnType<typeof user>[],
        checks: TEST_CHECKS,
        connectorId: connector!.id,
        now,
      });
    // Its runs fail from Feb 20 until the success of Mar 2: ten days in which nothing is proven.
    await sweepOf([user('carol', { mfa: true })], day(40));
    await expect(sweepOf([{ broken: true }], day(50))).rejects.toThrow(SweepFailed);
    await sweepOf([user('carol', { mfa: true })], day(60));
    const res = await owner.request('POST', '/api/engagements', {
      name: 'FY26 Type II with a gap',
      reportType: 'type2',
      windowStart: '2026-01-01',
      windowEnd: '2026-03-31',
    });
    const body = (await owner.request('GET', `/api/engagements/${res.json().id}/effectiveness`)).json();
    const control = body.controls.find((c: { code: string }) => c.code === 'AC-02');
    expect(control.evaluatedShare).toBeCloseTo(80 / 90, 6);
    expect(control.operatingShare).toBeCloseTo(71 / 80, 6);
    expect(
      control.timeline.map((s: { state: string; from: string }) => [s.state, s.from.slice(0, 10)]),
    ).toEqual([
      ['operating', '2026-01-01'],
      ['exception', '2026-01-11'],
      ['operating', '2026-01-20'],
      ['not_evaluated', '2026-02-20'],
      ['operating', '2026-03-02'],
    ]);
  });
});
