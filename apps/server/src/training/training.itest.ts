import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainingRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { multipartBody } from '../test/upload-form.ts';
import { myTasks, overdueSummary } from './index.ts';
import { sendOrgTrainingReminders } from './training-reminders.ts';

let t: TestApp;
let a: Tenant;
const ids: Record<string, string> = {};
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  const rows = await t.database.db
    .insert(schema.people)
    .values([
      {
        orgId: a.orgId,
        email: 'ana@alpha.test',
        name: 'Ana Ortiz',
        source: 'manual',
        startDate: '2024-03-01',
      },
      {
        orgId: a.orgId,
        email: 'bo@alpha.test',
        name: 'Bo Chen',
        department: 'Engineering',
        source: 'manual',
        startDate: '2024-05-01',
      },
      { orgId: a.orgId, email: 'cy@alpha.test', name: 'Cy Diaz', source: 'manual', startDate: '2024-01-10' },
      {
        orgId: a.orgId,
        email: 'dee@alpha.test',
        name: 'Dee Evans',
        workerType: 'contractor',
        source: 'manual',
        startDate: '2025-02-01',
      },
      {
        orgId: a.orgId,
        email: 'employee@alpha.test',
        name: 'Eve Employee',
        source: 'manual',
        startDate: '2024-01-01',
        userId: a.userIds.employee,
      },
    ])
    .returning();
  for (const p of rows) ids[p.email.split('@')[0]!] = p.id;
});
afterAll(() => t?.close());

const count = async (
  table: typeof schema.trainingCompletions | typeof schema.auditEvents | typeof schema.evidence,
) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
const state = async () => [
  await count(schema.trainingCompletions),
  await count(schema.auditEvents),
  await count(schema.evidence),
];

async function courseId(title: string) {
  const { items } = await a.clients.owner.call(trainingRoutes.courses);
  return items.find((c) => c.title === title)!.id;
}

describe('courses', () => {
  it('adopts the catalog once, privacy only when Privacy is in scope', async () => {
    const first = await a.clients.admin.call(trainingRoutes.adoptCatalog);
    expect(first.items.map((c) => c.title)).toEqual(['Secure development', 'Security awareness']);
    expect(first.items.find((c) => c.title === 'Secure development')).toMatchObject({
      audience: 'department',
      audienceDepartment: 'Engineering',
      cadenceMonths: 12,
    });
    expect((await a.clients.admin.call(trainingRoutes.adoptCatalog)).added).toBe(0);
    await a.clients.owner.request('PUT', '/api/scope', { categories: ['privacy'] });
    expect((await a.clients.admin.call(trainingRoutes.adoptCatalog)).added).toBe(1);
  });

  it('edits a course, refuses a clashing title or a department audience without a department', async () => {
    const id = await courseId('Security awareness');
    const edited = await a.clients.member.call(trainingRoutes.updateCourse, {
      params: { courseId: id },
      body: { cycleStart: '2025-01-01' },
    });
    expect(edited.cycleStart).toBe('2025-01-01');
    const before = await state();
    const clash = await a.clients.member.request('PATCH', `/api/training/courses/${id}`, {
      title: 'privacy',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.field).toBe('title');
    const noDept = await a.clients.member.request('POST', '/api/training/courses', {
      title: 'Sales ethics',
      audience: 'department',
      cadenceMonths: 12,
      cycleStart: '2026-01-01',
    });
    expect(noDept.statusCode).toBe(400);
    expect(noDept.json().error.field).toBe('audienceDepartment');
    expect(await state()).toEqual(before);
  });
});

describe('LMS import', () => {
  const importCsv = (fileName: string, content: string, extra: Record<string, unknown> = {}) =>
    a.clients.member.request('POST', '/api/training/import', { fileName, content, ...extra });

  it('imports a completion report into the cycles its dates fall in', async () => {
    const res = await importCsv('completion-report.csv', fixture('completion-report.csv'));
    expect(res.json()).toEqual({ imported: 4, alreadyRecorded: 0 });
    const sa = await courseId('Security awareness');
    const now = await a.clients.viewer.call(trainingRoutes.matrix, {
      query: { courseId: sa, cycle: '2026-01-01' },
    });
    expect(now.cycle.label).toBe('2026');
    const byName = Object.fromEntries(now.rows.map((r) => [r.person.name, r]));
    expect(byName['Ana Ortiz']).toMatchObject({
      state: 'done',
      completion: { completedOn: '2026-02-10', score: 96 },
    });
    expect(byName['Cy Diaz']!.completion).toBeNull();
    const last = await a.clients.viewer.call(trainingRoutes.matrix, {
      query: { courseId: sa, cycle: '2025-01-01' },
    });
    const cy = last.rows.find((r) => r.person.name === 'Cy Diaz')!;
    expect(cy).toMatchObject({
      state: 'done',
      completion: { completedOn: '2025-02-28', source: 'lms_import' },
    });
    // Ana did not train in 2025: missing, now that the cycle is over.
    expect(last.rows.find((r) => r.person.name === 'Ana Ortiz')!.state).toBe('missing');
    expect(last.rows.some((r) => r.person.name === 'Dee Evans')).toBe(true);
  });

  it('reads a renamed column through the mapping, and a retraining never overwrites the last cycle', async () => {
    const csv = fixture('learner-export.csv');
    const before = await state();
    const unmapped = await importCsv('learner-export.csv', csv);
    expect(unmapped.statusCode).toBe(400);
    expect(unmapped.json().error.message).toMatch(
      /learner-export\.csv: line 1: missing column email .*"Learner Login"/,
    );
    expect(await state()).toEqual(before);
    const res = await importCsv('learner-export.csv', csv, { columns: { email: 'Learner Login' } });
    expect(res.json()).toEqual({ imported: 2, alreadyRecorded: 0 });
    const sa = await courseId('Security awareness');
    const rows = await t.database.db
      .select()
      .from(schema.trainingCompletions)
      .where(
        and(eq(schema.trainingCompletions.personId, ids.ana!), eq(schema.trainingCompletions.courseId, sa)),
      );
    expect(rows.map((r) => [r.cycleStart, r.completedOn]).sort()).toEqual([
      ['2025-01-01', '2025-06-03'],
      ['2026-01-01', '2026-02-10'],
    ]);
    const again = await importCsv('learner-export.csv', csv, { columns: { email: 'Learner Login' } });
    expect(again.json()).toEqual({ imported: 0, alreadyRecorded: 2 });
    // By hand, a second completion of a cycle is refused and the first stays as it was.
    const dup = await a.clients.member.request('POST', '/api/training/completions', {
      personId: ids.ana,
      courseId: sa,
      completedOn: '2026-03-03',
      score: 50,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toMatch(
      /Ana Ortiz already completed "Security awareness" on 2026-02-10/,
    );
  });

  const header = '"User Email","Course Title","Completion Date","Score"';
  const bad: [string, string, Record<string, unknown>, RegExp][] = [
    [
      'a missing column',
      '"User Email","Completion Date"\n"ana@alpha.test","2026-01-02"',
      {},
      /line 1: missing column course/,
    ],
    [
      'a chosen column that is not there',
      `${header}\n"ana@alpha.test","Privacy","2026-01-02",""`,
      { columns: { score: 'Points' } },
      /missing column "Points" \(chosen for score\)/,
    ],
    [
      'an unknown person',
      `${header}\n"zed@alpha.test","Privacy","2026-01-02",""`,
      {},
      /line 3, email: nobody in the person register has the email zed@alpha\.test/,
    ],
    [
      'an unknown course',
      `${header}\n"ana@alpha.test","Fire safety","2026-01-02",""`,
      {},
      /line 3, course: no course is called "Fire safety"/,
    ],
    [
      'a date in the future',
      `${header}\n"ana@alpha.test","Privacy","2099-01-02",""`,
      {},
      /line 3, column "Completion Date": 2099-01-02 is in the future/,
    ],
    [
      'an unparseable date',
      `${header}\n"ana@alpha.test","Privacy","yesterday",""`,
      {},
      /line 3, column "Completion Date": "yesterday" is not a date/,
    ],
    [
      'a duplicate row',
      `${header}\n"bo@alpha.test","Privacy","2026-01-02",""\n"BO@alpha.test","privacy","2026-01-02",""`,
      {},
      /line 4: repeats line 3/,
    ],
    [
      'two completions of one cycle',
      `${header}\n"bo@alpha.test","Privacy","2026-01-02",""\n"bo@alpha.test","Privacy","2026-02-02",""`,
      {},
      /twice in the cycle .*lines 3 and 4/,
    ],
  ];
  for (const [what, csv, extra, message] of bad) {
    it(`refuses a file with ${what}, naming the row and field, and stores nothing`, async () => {
      // A good row first: the import is all or nothing.
      const content = csv.replace(/\n/, `\n"cy@alpha.test","Privacy","2026-01-05","70"\n`);
      const before = await state();
      const res = await importCsv('lms.csv', content, extra);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toMatch(/^lms\.csv: /);
      expect(res.json().error.message).toMatch(message);
      expect(await state()).toEqual(before);
    });
  }

  it("imports a large company's year in one file, past the usual size of a request", async () => {
    // A company of its own, so its 6,000 people stay out of the other tests' counts.
    const big = await createTenant(t, 'Bigco');
    await big.clients.admin.call(trainingRoutes.adoptCatalog);
    const staff = await t.database.db
      .insert(schema.people)
      .values(
        Array.from({ length: 6000 }, (_, i) => ({
          orgId: big.orgId,
          email: `learner${i}@bigco.test`,
          name: `Learner ${i}`,
          source: 'manual' as const,
          startDate: '2024-01-01',
        })),
      )
      .returning({ email: schema.people.email });
    const send = (fileName: string, content: string) =>
      big.clients.member.request('POST', '/api/training/import', { fileName, content });
    const csv = [header, ...staff.map((p) => `"${p.email}","Security awareness","2026-01-12","90"`)].join(
      '\n',
    );
    expect(csv.length).toBeGreaterThan(256 * 1024);
    const res = await send('awareness-2026.csv', csv);
    expect(res.json()).toEqual({ imported: 6000, alreadyRecorded: 0 });
    // Beyond the route's own limit the answer says so, and nothing is stored.
    const before = await state();
    const huge = await send('huge.csv', `${header}\n${'x'.repeat(11 * 1024 * 1024)}`);
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toBe('body: the request body is too large');
    expect(await state()).toEqual(before);
  });
});

describe('recording by hand', () => {
  it('lets an editor record for anyone, and an employee only their own, with a certificate', async () => {
    const dev = await courseId('Secure development');
    const rec = await a.clients.admin.call(trainingRoutes.record, {
      body: { personId: ids.ana!, courseId: dev, completedOn: '2026-04-01', score: 77 },
    });
    expect(rec.cycle).toMatchObject({ start: '2026-01-01', end: '2026-12-31', label: '2026' });
    expect(rec.source).toBe('manual');

    const before = await state();
    const other = await a.clients.employee.request('POST', '/api/training/completions', {
      personId: ids.ana,
      courseId: dev,
      completedOn: '2026-04-01',
    });
    expect(other.statusCode).toBe(403);
    expect(await state()).toEqual(before);

    const sa = await courseId('Security awareness');
    const mine = await a.clients.employee.call(trainingRoutes.mine);
    expect(mine.inRegister).toBe(true);
    expect(mine.items.map((i) => i.course.title)).toEqual(['Privacy', 'Security awareness']);
    expect(mine.items.find((i) => i.course.id === sa)!.completion).toBeNull();

    const send = (fields: Record<string, string>, file = true) => {
      const { payload, contentType } = multipartBody(
        fields,
        file
          ? { name: 'certificate.pdf', content: Buffer.from('%PDF-1.4 certificate'), type: 'application/pdf' }
          : undefined,
      );
      return t.app.inject({
        method: 'POST',
        url: '/api/training/mine',
        headers: { ...a.clients.employee.authHeaders('POST'), 'content-type': contentType },
        payload,
      });
    };
    const notMine = await send({ courseId: dev, completedOn: '2026-05-01' });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.message).toMatch(/"Secure development" is not one of your courses/);
    const noFile = await send({ courseId: sa, completedOn: '2026-05-01' }, false);
    expect(noFile.json().error.field).toBe('file');
    const foreign = await send({ courseId: sa, completedOn: '2026-05-01', personId: ids.ana! });
    expect(foreign.json().error).toMatchObject({ field: 'personId', message: 'personId: unknown field' });
    expect(await state()).toEqual(before);

    const ok = await send({ courseId: sa, completedOn: '2026-05-01', score: '93' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ source: 'self', score: 93, personId: ids.employee });
    const [item] = await t.database.db
      .select()
      .from(schema.evidence)
      .where(eq(schema.evidence.id, ok.json().evidenceId));
    expect(item!.title).toBe('Training certificate: Security awareness, Eve Employee');
    const after = await a.clients.employee.call(trainingRoutes.mine);
    expect(after.items.find((i) => i.course.id === sa)!.state).toBe('done');
  });

  it('refuses employees the organization matrix and editors a future date', async () => {
    const sa = await courseId('Security awareness');
    expect(
      (await a.clients.employee.request('GET', `/api/training/completions?courseId=${sa}`)).statusCode,
    ).toBe(403);
    const before = await state();
    const future = await a.clients.member.request('POST', '/api/training/completions', {
      personId: ids.cy,
      courseId: sa,
      completedOn: '2099-01-01',
    });
    expect(future.json().error.field).toBe('completedOn');
    expect(await state()).toEqual(before);
  });
});

describe('tasks and reminders', () => {
  it("lists a person's open training and the organization's overdue count", async () => {
    await t.database.db
      .update(schema.people)
      .set({ userId: a.userIds.member })
      .where(eq(schema.people.id, ids.cy!));
    const tasks = await myTasks(t.database.db, {
      orgId: a.orgId,
      userId: a.userIds.member,
      today: '2026-12-20',
    });
    expect(tasks.map((x) => [x.title, x.dueDate, x.overdue])).toEqual([
      ['Complete Privacy for 2026', '2026-12-31', false],
      ['Complete Security awareness for 2026', '2026-12-31', false],
    ]);
    const [summary] = await overdueSummary(t.database.db, a.orgId, '2026-12-20');
    // Missing in 2025: Ana's was imported since, so Bo, Dee and Eve on security awareness.
    expect(summary).toEqual({ area: 'training', overdue: 3, link: '/training' });
  });

  it('writes due-soon reminders to the person and overdue ones to the course owner, once each', async () => {
    const outbox = () =>
      t.database.db.select().from(schema.alertOutbox).where(eq(schema.alertOutbox.orgId, a.orgId));
    const first = await sendOrgTrainingReminders(t.database.db, a.orgId, '2026-12-20');
    const rows = await outbox();
    expect(rows.length).toBe(first);
    const dueSoon = rows.filter((r) => r.kind === 'due_soon');
    expect(dueSoon.map((r) => r.recipientUserId).sort()).toEqual(
      [a.userIds.member, a.userIds.member, a.userIds.employee].sort(),
    );
    expect(dueSoon.find((r) => r.recipientUserId === a.userIds.employee)!.payload).toMatchObject({
      title: 'Complete Privacy for 2026',
      area: 'training',
      link: '/my-training',
    });
    const overdue = rows.filter((r) => r.kind === 'overdue');
    expect(overdue).toHaveLength(3);
    expect(new Set(overdue.map((r) => r.recipientUserId))).toEqual(new Set([a.userIds.admin]));
    expect(await sendOrgTrainingReminders(t.database.db, a.orgId, '2026-12-21')).toBe(0);
    expect((await outbox()).length).toBe(first);
  });
});
