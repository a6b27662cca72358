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
      .where(sql`${schema.auditEvents.entityId} = ${created.id}`);
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
      .where(sql`${schema.auditEvents.entityId} = ${missed.id}`);
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
