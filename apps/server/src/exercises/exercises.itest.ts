import { exerciseRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
});
afterAll(() => t?.close());

const state = async () =>
  Promise.all(
    [schema.tabletopExercises, schema.continuityTests, schema.exerciseActions, schema.auditEvents].map(
      async (table) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n,
    ),
  );

const restore = {
  kind: 'backup_restore' as const,
  performedOn: '2026-05-06',
  subject: 'Customer database',
  targetRtoMinutes: 60,
  achievedRtoMinutes: 95,
  targetRpoMinutes: 15,
  achievedRpoMinutes: 10,
};

describe('exercises', () => {
  it('records a tabletop with attendees and an action, audited with the scenario in words', async () => {
    const owner = a.clients.owner;
    const created = await owner.call(exerciseRoutes.createTabletop, {
      body: {
        scenario: 'ransomware',
        heldOn: '2026-05-04',
        facilitatorId: a.userIds.admin,
        attendees: [
          { userId: a.userIds.member, role: 'Incident lead' },
          { name: 'Dana Outside', role: 'Legal counsel' },
        ],
        findings: 'Nobody knew where the offline backups are listed.',
        actions: [{ title: 'Write the backup runbook', ownerId: a.userIds.member, dueDate: '2026-06-01' }],
      },
    });
    expect(created).toMatchObject({
      scenario: 'ransomware',
      facilitatorName: 'Alpha admin',
      actions: [{ title: 'Write the backup runbook', ownerName: expect.any(String), status: 'open' }],
    });
    const [event] = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(sql`${schema.auditEvents.entityId} = ${created.id}`)
      .orderBy(schema.auditEvents.seq);
    expect(event).toMatchObject({ action: 'exercise.tabletop_recorded' });
    expect((await owner.call(exerciseRoutes.tabletops)).items.map((x) => x.id)).toEqual([created.id]);
    expect((await b.clients.owner.call(exerciseRoutes.tabletops)).items).toEqual([]);
  });

  it('refuses bad tabletops and changes nothing', async () => {
    const owner = a.clients.owner;
    const before = await state();
    for (const [body, field] of [
      [{ scenario: 'custom', heldOn: '2026-05-04' }, 'scenarioDescription'],
      [{ scenario: 'flood', heldOn: '2026-05-04' }, 'scenario'],
      [{ scenario: 'outage', heldOn: '4 May' }, 'heldOn'],
      [{ scenario: 'outage', heldOn: '2026-05-04', facilitatorId: b.userIds.owner }, 'facilitatorId'],
      [{ scenario: 'outage', heldOn: '2026-05-04', attendees: [{ role: 'Scribe' }] }, 'attendees'],
      [
        { scenario: 'outage', heldOn: '2026-05-04', actions: [{ title: 'Fix', ownerId: b.userIds.owner }] },
        'actions',
      ],
    ] as const) {
      const res = await owner.request('POST', '/api/exercises/tabletops', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toMatch(new RegExp(field));
    }
    expect(await state()).toEqual(before);
  });

  it('computes "not met" for a restore that missed its RTO and refuses negative minutes', async () => {
    const owner = a.clients.owner;
    const before = await state();
    const negative = await owner.request('POST', '/api/exercises/continuity-tests', {
      ...restore,
      achievedRpoMinutes: -5,
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.message).toMatch(/achievedRpoMinutes/);
    const noSubject = await owner.request('POST', '/api/exercises/continuity-tests', {
      ...restore,
      subject: ' ',
    });
    expect(noSubject.statusCode).toBe(400);
    expect(noSubject.json().error.message).toMatch(/subject/);
    expect(await state()).toEqual(before);

    const missed = await owner.call(exerciseRoutes.createContinuityTest, {
      body: { ...restore, actions: [{ title: 'Faster restore path', ownerId: a.userIds.admin }] },
    });
    expect(missed.outcome).toBe('not_met');
    const met = await owner.call(exerciseRoutes.createContinuityTest, {
      body: { ...restore, kind: 'dr_failover', subject: 'API region', achievedRtoMinutes: 40 },
    });
    expect(met.outcome).toBe('met');
    const events = await t.database.db
      .select({ changes: schema.auditEvents.changes })
      .from(schema.auditEvents)
      .where(sql`${schema.auditEvents.entityId} = ${missed.id}`)
      .orderBy(schema.auditEvents.seq);
    expect(events[0]!.changes).toMatchObject({ kind: 'backup restore', outcome: 'not met' });
  });

  it('exports both registers as CSV, and keeps writes to editors', async () => {
    const csv = await a.clients.viewer.request('GET', '/api/exercises/export.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('tabletop exercise,2026-05-04,ransomware');
    expect(csv.body).toContain('backup restore,2026-05-06,Customer database,60,95,15,10,not met');
    expect(csv.body).toContain('Write the backup runbook');
    for (const role of ['viewer', 'auditor', 'employee'] as const) {
      const res = await a.clients[role].request('POST', '/api/exercises/continuity-tests', restore);
      expect(res.statusCode, role).toBe(403);
    }
    expect((await a.clients.employee.request('GET', '/api/exercises/tabletops')).statusCode).toBe(403);
  });
});

describe('exercise follow-ups as tasks', () => {
  it("puts an open action in its owner's tasks and counts it overdue once past due", async () => {
    const member = a.clients.member;
    const mine = await member.request('GET', '/api/my/tasks');
    expect(mine.json().tasks).toContainEqual(
      expect.objectContaining({
        area: 'exercise',
        title: 'Write the backup runbook (follow-up of a tabletop exercise)',
        dueDate: '2026-06-01',
      }),
    );
    const overdue = await a.clients.owner.request('GET', '/api/tasks/overdue');
    const area = overdue.json().areas.find((x: { area: string }) => x.area === 'exercise');
    expect(area.overdue).toBe(new Date().toISOString().slice(0, 10) > '2026-06-01' ? 1 : 0);
  });
});

describe('changing exercises and their follow-ups', () => {
  const eventsOf = async (entityId: string) =>
    t.database.db
      .select({ action: schema.auditEvents.action, changes: schema.auditEvents.changes })
      .from(schema.auditEvents)
      .where(sql`${schema.auditEvents.entityId} = ${entityId}`)
      .orderBy(schema.auditEvents.seq);

  it('edits a tabletop, naming the changed fields and the new facilitator in the trail', async () => {
    const owner = a.clients.owner;
    const [tabletop] = (await owner.call(exerciseRoutes.tabletops)).items;
    const changed = await owner.call(exerciseRoutes.updateTabletop, {
      params: { tabletopId: tabletop!.id },
      body: {
        scenario: 'custom',
        scenarioDescription: 'Cloud account takeover',
        heldOn: '2026-05-05',
        facilitatorId: a.userIds.member,
        attendees: tabletop!.attendees,
        notes: 'Ran long.',
        findings: tabletop!.findings,
      },
    });
    expect(changed).toMatchObject({
      scenarioDescription: 'Cloud account takeover',
      heldOn: '2026-05-05',
      facilitatorId: a.userIds.member,
      notes: 'Ran long.',
      actions: [{ title: 'Write the backup runbook', status: 'open' }],
    });
    const last = (await eventsOf(tabletop!.id)).at(-1)!;
    expect(last.action).toBe('exercise.tabletop_updated');
    expect(last.changes).toMatchObject({
      tabletop: 'ransomware tabletop exercise of 2026-05-04',
      heldOn: { from: '2026-05-04', to: '2026-05-05' },
      scenario: { from: 'ransomware', to: 'custom' },
      notes: true,
      facilitator: { from: 'Alpha admin', to: expect.any(String) },
    });
    expect(JSON.stringify(last.changes)).not.toContain(a.userIds.member);
  });

  it('edits a continuity test and computes its outcome again', async () => {
    const owner = a.clients.owner;
    const missed = (await owner.call(exerciseRoutes.continuityTests)).items.find(
      (x) => x.subject === 'Customer database',
    )!;
    const { id, outcome: _o, actions: _a, ...fields } = missed;
    const changed = await owner.call(exerciseRoutes.updateContinuityTest, {
      params: { continuityTestId: id },
      body: { ...fields, achievedRtoMinutes: 45 },
    });
    expect(changed).toMatchObject({ achievedRtoMinutes: 45, outcome: 'met' });
    const last = (await eventsOf(id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'exercise.continuity_test_updated',
      changes: { test: 'Customer database', outcome: 'met', achievedRtoMinutes: { from: 95, to: 45 } },
    });
  });

  it('refuses bad edits, naming the field, and changes nothing', async () => {
    const owner = a.clients.owner;
    const [tabletop] = (await owner.call(exerciseRoutes.tabletops)).items;
    const test = (await owner.call(exerciseRoutes.continuityTests)).items[0]!;
    const before = await state();
    for (const [url, body, field] of [
      [`tabletops/${tabletop!.id}`, { scenario: 'custom', heldOn: '2026-05-04' }, 'scenarioDescription'],
      [
        `tabletops/${tabletop!.id}`,
        { scenario: 'outage', heldOn: '2026-05-04', facilitatorId: b.userIds.owner },
        'facilitatorId',
      ],
      [`tabletops/${tabletop!.id}`, { scenario: 'outage', heldOn: '2026-05-04', actions: [] }, 'actions'],
      [`continuity-tests/${test.id}`, { ...restore, targetRtoMinutes: -1 }, 'targetRtoMinutes'],
      [`continuity-tests/${test.id}`, { ...restore, subject: '' }, 'subject'],
      [`actions/${tabletop!.actions[0]!.id}/status`, { status: 'finished' }, 'status'],
    ] as const) {
      const res = await owner.request('PUT', `/api/exercises/${url}`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toMatch(new RegExp(field));
    }
    const other = await b.clients.owner.request('PUT', `/api/exercises/tabletops/${tabletop!.id}`, {
      scenario: 'outage',
      heldOn: '2026-05-04',
    });
    expect(other.statusCode).toBe(404);
    const otherAction = await b.clients.owner.request(
      'PUT',
      `/api/exercises/actions/${tabletop!.actions[0]!.id}/status`,
      { status: 'done' },
    );
    expect(otherAction.statusCode).toBe(404);
    expect(await state()).toEqual(before);
  });

  it('marks a follow-up done (it leaves My tasks) and reopens it, each audited once', async () => {
    const owner = a.clients.owner;
    const [tabletop] = (await owner.call(exerciseRoutes.tabletops)).items;
    const action = tabletop!.actions[0]!;
    const done = await owner.call(exerciseRoutes.setActionStatus, {
      params: { exerciseActionId: action.id },
      body: { status: 'done' },
    });
    expect(done).toMatchObject({ title: 'Write the backup runbook', status: 'done', dueDate: '2026-06-01' });
    const [, , , eventsAfterDone] = await state();
    await owner.call(exerciseRoutes.setActionStatus, {
      params: { exerciseActionId: action.id },
      body: { status: 'done' },
    });
    expect((await state())[3]).toBe(eventsAfterDone);
    const mine = await a.clients.member.request('GET', '/api/my/tasks');
    expect(mine.json().tasks.map((x: { itemId: string }) => x.itemId)).not.toContain(action.id);
    const reopened = await owner.call(exerciseRoutes.setActionStatus, {
      params: { exerciseActionId: action.id },
      body: { status: 'open' },
    });
    expect(reopened.status).toBe('open');
    expect((await eventsOf(action.id)).map((e) => e.action)).toEqual([
      'exercise.action_done',
      'exercise.action_reopened',
    ]);
    const viewer = await a.clients.viewer.request('PUT', `/api/exercises/actions/${action.id}/status`, {
      status: 'done',
    });
    expect(viewer.statusCode).toBe(403);
  });
});
