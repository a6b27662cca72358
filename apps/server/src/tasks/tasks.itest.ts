import { dashboardRoutes, invitationRoutes, type MyTask, taskRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, inviteAndAccept, otherOrganization, whoIs } from '../test/invite-fixtures.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';
import type { TaskSource } from './task-sources.ts';
import { myTasks, overdueAreas } from './tasks.queries.ts';

describe('the person register invited, and "My tasks"', () => {
  let t: TestApp;
  let owner: Client;
  let orgId: string;

  const person = (email: string, extra: Partial<typeof schema.people.$inferInsert> = {}) =>
    t.ctx.db
      .insert(schema.people)
      .values({ orgId, email, name: email.split('@')[0]!, source: 'manual', ...extra })
      .returning();

  beforeAll(async () => {
    t = await createTestApp();
    owner = await setupOrganization(t.app);
    orgId = (await whoIs(owner)).orgId;
  });
  afterAll(() => t.close());

  it('invites active, in-scope people without a sign-in as employees, once, and tells who was left out', async () => {
    await person('ann@acme.test');
    await person('Ben@Acme.test');
    await person('gone@acme.test', { status: 'terminated', endDate: '2026-01-31' });
    await person('agency@acme.test', { inScope: false, scopeJustification: 'no system access' });
    await person('owner@acme.test');

    const first = await owner.call(invitationRoutes.inviteRoster, { body: null });
    expect(first).toEqual({ invited: 2, emailed: 0, alreadyMembers: 1, alreadyInvited: 0, leftOut: 2 });
    const made = await t.ctx.db
      .select({ email: schema.invitations.email, role: schema.invitations.role })
      .from(schema.invitations)
      .where(eq(schema.invitations.orgId, orgId));
    expect(made.sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { email: 'ann@acme.test', role: 'employee' },
      { email: 'ben@acme.test', role: 'employee' },
    ]);
    const created = (await auditEvents(t.ctx.db, orgId)).filter((e) => e.action === 'invitation.created');
    expect(created.map((e) => e.changes.email).sort()).toEqual(['ann@acme.test', 'ben@acme.test']);

    const again = await owner.call(invitationRoutes.inviteRoster, { body: null });
    expect(again).toEqual({ invited: 0, emailed: 0, alreadyMembers: 1, alreadyInvited: 2, leftOut: 2 });
  });

  it('refuses the roster invitation to members and employees, changing nothing', async () => {
    const member = await inviteAndAccept(owner, 'mia@acme.test', 'member');
    const before = await t.ctx.db.select().from(schema.invitations);
    const res = await member.request('POST', '/api/invitations/roster');
    expect(res.statusCode).toBe(403);
    expect(await t.ctx.db.select().from(schema.invitations)).toEqual(before);
  });

  it('links the register entry to the sign-in when the invitation is accepted, by email or alias', async () => {
    const [cat] = await person('cat@acme.test');
    const [dan] = await person('daniel@acme.test', { aliases: ['Dan@Acme.test'] });
    const catClient = await inviteAndAccept(owner, 'cat@acme.test', 'employee');
    await inviteAndAccept(owner, 'dan@acme.test', 'employee');
    const linked = async (id: string) =>
      (await t.ctx.db.select().from(schema.people).where(eq(schema.people.id, id)))[0]!.userId;
    expect(await linked(cat!.id)).toBe((await whoIs(catClient)).userId);
    expect(await linked(dan!.id)).not.toBeNull();

    // An employee has tasks and nothing of the organization's program.
    expect((await catClient.request('GET', '/api/my/tasks')).statusCode).toBe(200);
    expect((await catClient.request('GET', '/api/dashboard')).statusCode).toBe(403);
    expect((await catClient.request('GET', '/api/tasks/overdue')).statusCode).toBe(403);
    expect((await owner.call(taskRoutes.overdue)).areas).toEqual([]);
    expect((await owner.call(dashboardRoutes.get)).overall).toBeDefined();
  });

  it('never links a person of another organization', async () => {
    const other = await otherOrganization(owner, t.ctx.db, 'boss@other.test');
    const otherOrg = (await whoIs(other)).orgId;
    const [stranger] = await t.ctx.db
      .insert(schema.people)
      .values({ orgId: otherOrg, email: 'eve@acme.test', name: 'Eve', source: 'manual' })
      .returning();
    await inviteAndAccept(owner, 'eve@acme.test', 'employee');
    const [row] = await t.ctx.db
      .select()
      .from(schema.people)
      .where(and(eq(schema.people.id, stranger!.id), eq(schema.people.orgId, otherOrg)));
    expect(row!.userId).toBeNull();
  });

  it('orders tasks soonest due first and adds up overdue counts per area', async () => {
    const task = (area: MyTask['area'], title: string, dueDate: string | null, overdue = false): MyTask => ({
      area,
      itemId: title,
      title,
      dueDate,
      overdue,
      link: '/my-tasks',
    });
    const sources: TaskSource[] = [
      {
        myTasks: async () => [task('policy', 'Accept B', '2026-12-20'), task('policy', 'Accept A', null)],
        overdueSummary: async () => [{ area: 'policy', overdue: 2, link: '/policies' }],
      },
      {
        myTasks: async () => [
          task('training', 'Train', '2026-12-01', true),
          task('activity', 'Test', '2026-12-20'),
        ],
        overdueSummary: async () => [
          { area: 'policy', overdue: 1, link: '/policies' },
          { area: 'activity', overdue: 0, link: '/calendar' },
        ],
      },
    ];
    const who = { orgId, userId: (await whoIs(owner)).userId, today: '2026-12-05' };
    expect((await myTasks(t.ctx.db, who, sources)).map((x) => x.title)).toEqual([
      'Train',
      'Accept B',
      'Test',
      'Accept A',
    ]);
    expect(await overdueAreas(t.ctx.db, orgId, '2026-12-05', sources)).toEqual([
      { area: 'policy', overdue: 3, link: '/policies' },
    ]);
  });
});
