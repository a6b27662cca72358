import { activityRoutes, controlRoutes } from '@vigil/api';
import { addDays, firstDueDate, nextDueDate } from '@vigil/core';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';
import { myTasks, overdueSummary, sendActivityReminders } from './index.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
});
afterAll(() => t?.close());

const db = () => t.database.db;
const count = async (
  table: typeof schema.activities | typeof schema.auditEvents | typeof schema.alertOutbox,
) => (await db().select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
const activityRow = async (id: string) =>
  (await db().select().from(schema.activities).where(eq(schema.activities.id, id)))[0]!;

async function activityOf(tenant: Tenant, templateId: string) {
  const { items } = await tenant.clients.owner.call(activityRoutes.list);
  const found = items.find((i) => i.controlCode === templateId);
  if (!found) throw new Error(`no activity for ${templateId}`);
  return found;
}

async function evidenceFor(tenant: Tenant, title: string) {
  const res = await uploadEvidence(
    tenant.clients.owner,
    { title },
    { name: `${title}.txt`, content: Buffer.from(`${title} ${Math.random()}`) },
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('scheduling from the control library', () => {
  it('puts the activities of adopted controls on the calendar, due at the end of their period', async () => {
    await a.clients.owner.call(controlRoutes.adopt);
    const { items } = await a.clients.owner.call(activityRoutes.list);
    expect(items.length).toBeGreaterThan(10);
    const review = items.find((i) => i.controlCode === 'AC-05')!;
    expect(review).toMatchObject({
      title: 'User access review',
      frequency: 'quarterly',
      dueDate: firstDueDate('quarterly', today),
      ownerId: null,
      ownerName: null,
      status: 'open',
    });
    expect(review.evidenceHint).toMatch(/review/);
    expect(items.find((i) => i.controlCode === 'RISK-01')?.dueDate).toBe(firstDueDate('annual', today));
    expect(items.find((i) => i.controlCode === 'AC-09')?.dueDate).toBe(firstDueDate('monthly', today));
    // Continuous and per-event controls have nothing to schedule.
    expect(items.some((i) => i.controlCode === 'AC-01')).toBe(false);
    expect((await a.clients.owner.call(activityRoutes.schedule)).added).toBe(0);
  });

  it('schedules an organization that adopted before, with the control owner as the owner', async () => {
    await b.clients.owner.call(controlRoutes.adopt);
    await db().delete(schema.activities).where(eq(schema.activities.orgId, b.orgId));
    const control = (await b.clients.owner.call(controlRoutes.list, { query: { q: 'AC-05' } })).items[0]!;
    await b.clients.owner.call(controlRoutes.update, {
      params: { controlId: control.id },
      body: { ownerId: b.userIds.member },
    });
    const { added } = await b.clients.owner.call(activityRoutes.schedule);
    expect(added).toBeGreaterThan(10);
    const review = await activityOf(b, 'AC-05');
    expect(review).toMatchObject({ ownerId: b.userIds.member, ownerName: 'Bravo member' });
  });
});

describe('editing an occurrence', () => {
  it('refuses an unknown owner or a date not on the calendar by name, changing nothing', async () => {
    const review = await activityOf(a, 'AC-05');
    const audits = await count(schema.auditEvents);
    const url = `/api/activities/${review.id}`;
    const cases: [unknown, string][] = [
      [{ ownerId: '00000000-0000-4000-8000-000000000001' }, 'ownerId'],
      [{ ownerId: b.userIds.member }, 'ownerId'],
      [{ dueDate: '2026-02-30' }, 'dueDate'],
      [{ dueDate: 'next friday' }, 'dueDate'],
      [{ dueDate: '2026-12-31', colour: 'red' }, 'colour'],
    ];
    for (const [body, field] of cases) {
      const res = await a.clients.owner.request('PATCH', url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    expect(await activityRow(review.id)).toMatchObject({ ownerId: null, dueDate: review.dueDate });
    expect(await count(schema.auditEvents)).toBe(audits);
  });

  it('changes the owner and due date, and the trail says so in words', async () => {
    const review = await activityOf(a, 'AC-05');
    const yesterday = addDays(today, -1);
    const changed = await a.clients.owner.call(activityRoutes.update, {
      params: { activityId: review.id },
      body: { ownerId: a.userIds.member, dueDate: yesterday },
    });
    expect(changed).toMatchObject({ ownerName: 'Alpha member', dueDate: yesterday, overdue: true });
    const trail = (await a.clients.owner.request('GET', '/api/audit-events?limit=5')).json();
    expect(JSON.stringify(trail)).toContain(
      `changed the owner from Unassigned to Alpha member and the due date from ${review.dueDate} to ${yesterday} of 'User access review' for AC-05`,
    );
  });
});

describe('following the control owner', () => {
  it('hands the open occurrences to the control’s new owner', async () => {
    const pentest = await activityOf(a, 'OPS-04');
    expect(pentest.ownerId).toBeNull();
    await a.clients.owner.call(controlRoutes.update, {
      params: { controlId: pentest.controlId },
      body: { ownerId: a.userIds.admin },
    });
    expect((await activityRow(pentest.id)).ownerId).toBe(a.userIds.admin);
    // An occurrence someone else was given by hand stays theirs.
    await a.clients.owner.call(activityRoutes.update, {
      params: { activityId: pentest.id },
      body: { ownerId: a.userIds.viewer },
    });
    await a.clients.owner.call(controlRoutes.update, {
      params: { controlId: pentest.controlId },
      body: { ownerId: a.userIds.owner },
    });
    expect((await activityRow(pentest.id)).ownerId).toBe(a.userIds.viewer);
  });
});

describe('completing an occurrence', () => {
  it('refuses completion without evidence, or with evidence of another organization, changing nothing', async () => {
    const review = await activityOf(a, 'AC-05');
    const foreign = await evidenceFor(b, 'bravo-proof');
    const before = [await count(schema.activities), await count(schema.auditEvents)];
    const url = `/api/activities/${review.id}/complete`;
    for (const body of [{}, { note: 'done' }, { evidenceId: 'not-an-id' }, { evidenceId: foreign }]) {
      const res = await a.clients.owner.request('POST', url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field).toBe('evidenceId');
    }
    expect((await activityRow(review.id)).status).toBe('open');
    expect([await count(schema.activities), await count(schema.auditEvents)]).toEqual(before);
  });

  it('records who, when, the evidence and lateness, and schedules the next period', async () => {
    const review = await activityOf(a, 'AC-05');
    const evidenceId = await evidenceFor(a, 'Q4 access review');
    const { completed, next } = await a.clients.member.call(activityRoutes.complete, {
      params: { activityId: review.id },
      body: { evidenceId, note: 'Two accounts removed' },
    });
    expect(completed).toMatchObject({
      status: 'completed',
      completedOn: today,
      completedByName: 'Alpha member',
      late: true,
      evidenceId,
      evidenceTitle: 'Q4 access review',
      note: 'Two accounts removed',
      overdue: false,
    });
    expect(next).toMatchObject({
      status: 'open',
      dueDate: nextDueDate('quarterly', review.periodEnd),
      periodEnd: nextDueDate('quarterly', review.periodEnd),
      title: 'User access review',
    });
    const detail = await a.clients.owner.call(activityRoutes.get, { params: { activityId: next!.id } });
    expect(detail.history.map((h) => h.status)).toEqual(['open', 'completed']);
    expect(detail.history[1]).toMatchObject({ id: review.id, late: true, evidenceId });
  });

  it('keeps a completed occurrence as it was: no second completion, no edits', async () => {
    const done = (await a.clients.owner.call(activityRoutes.list, { query: { status: 'completed' } }))
      .items[0]!;
    const evidenceId = await evidenceFor(a, 'another');
    const again = await a.clients.owner.request('POST', `/api/activities/${done.id}/complete`, {
      evidenceId,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe('status');
    const edit = await a.clients.owner.request('PATCH', `/api/activities/${done.id}`, { dueDate: today });
    expect(edit.statusCode).toBe(409);
    expect(await activityRow(done.id)).toMatchObject({ status: 'completed', evidenceId: done.evidenceId });
  });

  it('on time when completed by the due date', async () => {
    const risk = await activityOf(a, 'RISK-01');
    const evidenceId = await evidenceFor(a, 'risk register');
    const { completed, next } = await a.clients.owner.call(activityRoutes.complete, {
      params: { activityId: risk.id },
      body: { evidenceId },
    });
    expect(completed.late).toBe(false);
    expect(next?.dueDate).toBe(nextDueDate('annual', risk.periodEnd));
  });
});

describe('filters, my tasks and overdue counts', () => {
  it('filters by owner and status', async () => {
    const mine = await a.clients.member.call(activityRoutes.list, { query: { owner: 'me' } });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.ownerId === a.userIds.member)).toBe(true);
    const unassigned = await a.clients.owner.call(activityRoutes.list, { query: { owner: 'unassigned' } });
    expect(unassigned.items.every((i) => i.ownerId === null)).toBe(true);
    const bad = await a.clients.owner.request('GET', '/api/activities?status=late');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('status');
  });

  it("lists the owner's open activities as tasks and counts the overdue ones", async () => {
    const review = (
      await a.clients.member.call(activityRoutes.list, { query: { owner: 'me', status: 'open' } })
    ).items[0]!;
    await a.clients.owner.call(activityRoutes.update, {
      params: { activityId: review.id },
      body: { dueDate: addDays(today, -3) },
    });
    const tasks = await myTasks(db(), { orgId: a.orgId, userId: a.userIds.member, today });
    const task = tasks.find((x) => x.itemId === review.id)!;
    expect(task).toMatchObject({ area: 'activity', overdue: true, link: `/calendar?activity=${review.id}` });
    expect(task.title).toMatch(/^User access review for AC-05 .+, due [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(await overdueSummary(db(), a.orgId, today)).toEqual([
      { area: 'activity', overdue: 1, link: '/calendar?view=list&status=overdue' },
    ]);
    expect(await overdueSummary(db(), b.orgId, today)).toEqual([
      { area: 'activity', overdue: 0, link: '/calendar?view=list&status=overdue' },
    ]);
  });
});

describe('reminders', () => {
  it('reminds the owner before the due date and escalates once overdue, each only once', async () => {
    const soon = await activityOf(b, 'AC-05');
    await b.clients.owner.call(activityRoutes.update, {
      params: { activityId: soon.id },
      body: { dueDate: addDays(today, 6) },
    });
    await db().delete(schema.alertOutbox);
    const sent = await sendActivityReminders(db(), today);
    expect(sent).toBeGreaterThan(0);
    const rows = await db().select().from(schema.alertOutbox);
    const bSoon = rows.filter((r) => r.orgId === b.orgId && r.kind === 'due_soon');
    expect(bSoon.map((r) => r.recipientUserId)).toEqual([b.userIds.member]);
    expect(bSoon[0]!.payload).toMatchObject({ title: 'User access review for AC-05', area: 'activity' });
    expect(bSoon[0]!.payload.reason).toMatch(/^due in 6 days, on [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    // Alpha's overdue review goes to its owner and to the organization's owner and admin.
    const aOverdue = rows.filter((r) => r.orgId === a.orgId && r.kind === 'overdue');
    expect(new Set(aOverdue.map((r) => r.recipientUserId))).toEqual(
      new Set([a.userIds.member, a.userIds.owner, a.userIds.admin]),
    );
    expect(await sendActivityReminders(db(), today)).toBe(0);
    expect(await count(schema.alertOutbox)).toBe(rows.length);
    // The next threshold is its own reminder.
    expect(await sendActivityReminders(db(), addDays(today, 5))).toBeGreaterThan(0);
    const again = await db()
      .select()
      .from(schema.activityReminders)
      .where(and(eq(schema.activityReminders.activityId, soon.id)));
    expect(again.map((r) => r.threshold).sort()).toEqual(['due_in_1_day', 'due_in_7_days']);
  });
});

describe('the calendar feed', () => {
  const path = (url: string) => new URL(url).pathname;

  it("serves the activities the person owns as all-day events, and nobody else's", async () => {
    expect(await a.clients.member.call(activityRoutes.feed)).toEqual({ active: false, createdAt: null });
    const { url } = await a.clients.member.call(activityRoutes.createFeed);
    expect(url).toMatch(/\/api\/calendar\/cal_[\w-]+\.ics$/);
    expect((await a.clients.member.call(activityRoutes.feed)).active).toBe(true);
    const res = await t.app.inject({ method: 'GET', url: path(url) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const text = res.body.replace(/\r\n /g, '');
    const events = text.split('BEGIN:VEVENT').slice(1);
    const owned = (await a.clients.member.call(activityRoutes.list, { query: { owner: 'me' } })).items;
    expect(events.length).toBe(owned.length);
    const open = owned.find((i) => i.status === 'open')!;
    const event = events.find((e) => e.includes(open.id))!;
    expect(event).toMatch(new RegExp(`DTSTART;VALUE=DATE:${open.dueDate.replaceAll('-', '')}`));
    expect(event).toContain(`SUMMARY:${open.title} for ${open.controlCode}`);
    // Bravo's member owns Bravo's review; it never shows in Alpha's feed.
    const bravo = await activityOf(b, 'AC-05');
    expect(text).not.toContain(bravo.id);
    expect(text).not.toContain('Bravo');
  });

  it('stops answering the old address once the feed is remade', async () => {
    const first = await a.clients.member.call(activityRoutes.createFeed);
    const second = await a.clients.member.call(activityRoutes.createFeed);
    expect((await t.app.inject({ method: 'GET', url: path(first.url) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: path(second.url) })).statusCode).toBe(200);
    const bad = await t.app.inject({ method: 'GET', url: '/api/calendar/not-a-feed' });
    expect(bad.statusCode).toBe(400);
    const guessed = await t.app.inject({ method: 'GET', url: `/api/calendar/cal_${'A'.repeat(43)}.ics` });
    expect(guessed.statusCode).toBe(404);
  });
});
