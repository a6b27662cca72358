/**
 * The person register end to end through the API: it follows the HR roster (a termination included),
 * refuses bad roster rows and bad manual entries without changing anything, matches accounts by email
 * and alias with manual links and orphans, and measures offboarding from the identity sweeps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PersonDetail, peopleRoutes as routes } from '@vigil/api';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upload } from '../test/monitoring-http.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';
import { escalateOverdueOffboarding, myTasks, overdueSummary } from './index.ts';

const FIXTURES = join(import.meta.dirname, '../../../../packages/connectors/src/saas/fixtures');
const leavers = readFileSync(join(FIXTURES, 'hr/bamboohr-leavers.csv'), 'utf8');
const oktaUsers = readFileSync(join(FIXTURES, 'identity/okta-users.json'), 'utf8');
const oktaWith = (email: string, status: string) =>
  JSON.stringify(
    (JSON.parse(oktaUsers) as { profile: { email: string }; status: string }[]).map((u) =>
      u.profile.email === email ? { ...u, status } : u,
    ),
  );
const today = new Date().toISOString().slice(0, 10);
const HEADER =
  'email,name,worker_type,employment_status,start_date,termination_date,manager_email,department\n';

let t: TestApp;
let owner: Client;

beforeEach(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
});
afterEach(() => t?.close());

const connector = async (kind: string, name: string) => {
  const res = await owner.request('POST', '/api/integrations', { kind, name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const send = async (id: string, name: string, content: string, status = 200) => {
  const res = await upload(t, owner, `/api/integrations/${id}/upload`, name, content);
  expect(res.statusCode, res.body).toBe(status);
  return res;
};
const register = async () => (await owner.call(routes.list, { query: {} })).items;
const byEmail = async (email: string) => (await register()).find((p) => p.email === email)!;
const person = (id: string) => owner.call(routes.get, { params: { personId: id } });
const stored = async () =>
  JSON.stringify(await t.database.db.select().from(schema.people).orderBy(schema.people.email));

describe('the register follows the HR roster', () => {
  it('adds the roster, keeps manual scope, and a termination sets the end date and opens offboarding', async () => {
    const hr = await connector('hr.roster.vigil', 'HR');
    await send(
      hr,
      'roster.csv',
      `${HEADER}ana@acme.test,Ana Lima,employee,active,${today},,cy@acme.test,Engineering\n` +
        'bo@acme.test,Bo Diaz,contractor,active,2024-01-08,,cy@acme.test,Sales\n' +
        'cy@acme.test,Cy Park,employee,active,2020-01-06,,,Executive\n',
    );
    const people = await register();
    expect(people.map((p) => [p.name, p.workerType, p.status, p.managerName, p.source])).toEqual([
      ['Ana Lima', 'employee', 'active', 'Cy Park', 'roster'],
      ['Bo Diaz', 'contractor', 'active', 'Cy Park', 'roster'],
      ['Cy Park', 'employee', 'active', null, 'roster'],
    ]);
    // A new hire gets the employee checklist; long-standing staff found by the first import do not.
    const ana = await person(people[0]!.id);
    expect(ana.onboarding.map((i) => i.item)).toEqual([
      'accept_policies',
      'security_training',
      'background_check',
      'confidentiality_agreement',
      'device_enrolled',
      'access_granted',
    ]);
    expect((await person(people[1]!.id)).onboarding).toEqual([]);

    // Scope is set by hand and survives the roster; the roster's own fields are read-only here.
    const bo = people[1]!;
    await owner.call(routes.update, {
      params: { personId: bo.id },
      body: { inScope: false, scopeJustification: 'Works only on the marketing site' },
    });
    const locked = await owner.request('PATCH', `/api/people/${bo.id}`, { endDate: '2026-01-01' });
    expect(locked.statusCode).toBe(400);
    expect(locked.json().error.message).toBe('endDate: comes from the HR roster; change it in the HR system');

    await send(
      hr,
      'roster.csv',
      `${HEADER}ana@acme.test,Ana Lima,employee,active,${today},,cy@acme.test,Platform\n` +
        'bo@acme.test,Bo Diaz,contractor,terminated,2024-01-08,2025-03-31,cy@acme.test,Sales\n' +
        'cy@acme.test,Cy Park,employee,active,2020-01-06,,,Executive\n',
    );
    const after = await person(bo.id);
    expect(after).toMatchObject({
      status: 'terminated',
      endDate: '2025-03-31',
      inScope: false,
      scopeJustification: 'Works only on the marketing site',
    });
    expect(after.offboarding).toMatchObject({ endDate: '2025-03-31', slaBusinessDays: 1, accounts: [] });
    expect((await byEmail('ana@acme.test')).department).toBe('Platform');
    const trail = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, 'people.roster_synced'))
      .orderBy(schema.auditEvents.seq);
    expect(trail.map((e) => e.changes)).toEqual([
      { added: 3, changed: 0, terminated: [] },
      { added: 0, changed: 2, terminated: ['Bo Diaz'] },
    ]);
  });

  it.each([
    [
      'the same person twice',
      'ana@acme.test,Ana,employee,active,2024-01-02,,,\nbo@acme.test,Bo,employee,active,2024-01-02,,,\nAna@acme.test,Ana,employee,active,2024-01-02,,,\n',
      'roster.csv: line 4: column "email": worker ana@acme.test appears twice (first on line 2)',
    ],
    [
      'an end date before the start date',
      'ana@acme.test,Ana,employee,terminated,2024-05-02,2024-04-30,,\n',
      'roster.csv: line 2: column "termination_date": 2024-04-30 is before the start date 2024-05-02',
    ],
    [
      'a manager who is nobody in the roster',
      'ana@acme.test,Ana,employee,active,2024-05-02,,zed@acme.test,\n',
      'roster.csv: line 2: column "manager_email": manager "zed@acme.test" is nobody in the roster (no row has that email, name or employee id)',
    ],
  ])(
    'refuses a roster with %s, naming the row and field, and changes nothing',
    async (_what, rows, message) => {
      const hr = await connector('hr.roster.vigil', 'HR');
      await send(hr, 'roster.csv', `${HEADER}cy@acme.test,Cy Park,employee,active,2020-01-06,,,Executive\n`);
      const before = await stored();
      const res = await send(hr, 'roster.csv', HEADER + rows, 400);
      expect(res.json().error.message).toBe(message);
      expect(await stored()).toBe(before);
    },
  );
});

describe('manual entries', () => {
  it('adds a contractor by hand and refuses what breaks the rules, changing nothing', async () => {
    const created = await owner.call(routes.create, {
      body: {
        name: 'Dee Fox',
        email: 'Dee@Acme.test',
        workerType: 'contractor',
        startDate: today,
        title: 'Designer',
      },
    });
    expect(created).toMatchObject({
      email: 'dee@acme.test',
      source: 'manual',
      status: 'active',
      rosterFields: [],
    });
    expect(created.onboarding.map((i) => i.item)).toEqual([
      'accept_policies',
      'security_training',
      'background_check',
      'confidentiality_agreement',
      'access_granted',
    ]);
    const due = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(created.onboarding[0]!.dueDate).toBe(due);

    const before = await stored();
    const refusals: [unknown, number, string][] = [
      [
        { name: 'X', email: 'x@acme.test', workerType: 'employee', inScope: false },
        400,
        'scopeJustification',
      ],
      [
        { name: 'X', email: 'x@acme.test', workerType: 'employee', dateOfBirth: '1990-01-01' },
        400,
        'dateOfBirth',
      ],
      [{ name: 'X', email: 'x@acme.test', workerType: 'employee', nationalId: '123' }, 400, 'nationalId'],
      [{ name: 'X', email: 'x@acme.test', workerType: 'employee', salary: 1 }, 400, 'salary'],
      [
        {
          name: 'X',
          email: 'x@acme.test',
          workerType: 'employee',
          startDate: '2025-02-01',
          endDate: '2025-01-01',
        },
        400,
        'endDate',
      ],
      [{ name: 'X', email: 'x@acme.test', workerType: 'employee', status: 'terminated' }, 400, 'endDate'],
      [{ name: 'X', email: 'dee@acme.test', workerType: 'employee' }, 409, 'email'],
      [
        { name: 'X', email: 'x@acme.test', workerType: 'employee', managerId: crypto.randomUUID() },
        400,
        'managerId',
      ],
      [{ name: 'X', email: 'not-an-email', workerType: 'employee' }, 400, 'email'],
    ];
    for (const [body, status, field] of refusals) {
      const res = await owner.request('POST', '/api/people', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.body).toContain(field);
    }
    expect(await stored()).toBe(before);

    // Out of scope with a reason, and an end date by hand opens offboarding.
    const edited = await owner.call(routes.update, {
      params: { personId: created.id },
      body: {
        inScope: false,
        scopeJustification: 'Agency staff, no system access',
        endDate: today,
        status: 'terminated',
      },
    });
    expect(edited).toMatchObject({ inScope: false, status: 'terminated', offboarding: { endDate: today } });
    const viewer = await owner.call(routes.list, {
      query: { status: 'terminated', workerType: 'contractor', inScope: 'false' },
    });
    expect(viewer.items.map((p) => p.name)).toEqual(['Dee Fox']);
  });
});

describe('onboarding', () => {
  it('completes the device item when device management lists a device of theirs, and others by hand with evidence', async () => {
    const ada = await owner.call(routes.create, {
      body: { name: 'Ada Byron', email: 'ada@example.com', workerType: 'employee', startDate: today },
    });
    const boss = await owner.call(routes.create, {
      body: {
        name: 'Olivia Owner',
        email: 'owner@acme.test',
        workerType: 'employee',
        startDate: '2020-01-06',
      },
    });
    await owner.call(routes.update, { params: { personId: ada.id }, body: { managerId: boss.id } });
    // The owner's own register entry is linked to their sign-in: they manage Ada's checklist.
    const [me] = await t.database.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, 'owner@acme.test'));
    await t.database.db.update(schema.people).set({ userId: me!.id }).where(eq(schema.people.id, boss.id));

    const jamf = await connector('jamf.computers', 'Jamf');
    await send(jamf, 'computers.csv', readFileSync(join(FIXTURES, 'mdm/jamf-computers.csv'), 'utf8'));
    const device = (await person(ada.id)).onboarding.find((i) => i.item === 'device_enrolled')!;
    expect(device).toMatchObject({
      doneByName: null,
      note: 'Device Ada MacBook Pro appeared in device management',
    });
    expect(device.doneAt).not.toBeNull();

    const tasks = await myTasks(t.database.db, { orgId: await orgIdOf(), userId: me!.id, today });
    expect(tasks.map((x) => x.title)).toEqual([
      'Background check for Ada Byron',
      'Confidentiality agreement signed for Ada Byron',
      'Grant access for the role for Ada Byron',
    ]);

    const before = await stored();
    const noEvidence = await owner.request('POST', `/api/people/${ada.id}/onboarding/complete`, {
      item: 'background_check',
      evidenceId: crypto.randomUUID(),
    });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().error.message).toBe('evidenceId: no such evidence item in this organization');
    expect(await stored()).toBe(before);

    const evidence = await uploadEvidence(
      owner,
      { title: 'Background check report' },
      { name: 'check.txt', content: Buffer.from('clear') },
    );
    const done = await owner.call(routes.completeOnboarding, {
      params: { personId: ada.id },
      body: { item: 'background_check', evidenceId: evidence.json().id, note: 'Clear' },
    });
    expect(done.onboarding.find((i) => i.item === 'background_check')).toMatchObject({
      doneByName: 'Olivia Owner',
      evidenceId: evidence.json().id,
      note: 'Clear',
    });
    const again = await owner.request('POST', `/api/people/${ada.id}/onboarding/complete`, {
      item: 'background_check',
      evidenceId: evidence.json().id,
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toBe('item: Background check is not an open item of this checklist');
  });
});

describe('accounts', () => {
  it('matches accounts by email and alias, links and unlinks by hand, and lists orphans', async () => {
    const okta = await connector('okta.users', 'Okta');
    await send(okta, 'users.json', oktaUsers);
    const orphans = async () => (await owner.call(routes.orphans)).items.map((a) => a.account);
    expect(await orphans()).toEqual([
      'dr.dre@example.com',
      'easy-e@example.com',
      'isaac.brock@example.com',
      'john.doe@example.com',
    ]);
    const easy = await owner.call(routes.create, {
      body: {
        name: 'Eric Wright',
        email: 'eric@acme.test',
        aliases: ['easy-e@example.com'],
        workerType: 'employee',
      },
    });
    expect(easy.accounts).toEqual([
      expect.objectContaining({
        system: 'Okta',
        account: 'easy-e@example.com',
        active: true,
        match: 'email',
      }),
    ]);
    const isaac = await owner.call(routes.create, {
      body: { name: 'Isaac Brock', email: 'isaac@acme.test', workerType: 'employee' },
    });
    const orphan = (await owner.call(routes.orphans)).items.find(
      (a) => a.account === 'isaac.brock@example.com',
    )!;
    const linked = await owner.call(routes.link, {
      params: { personId: isaac.id },
      body: { resourceId: orphan.resourceId },
    });
    expect(linked.accounts.map((a) => [a.account, a.match])).toEqual([['isaac.brock@example.com', 'manual']]);
    expect(await orphans()).toEqual(['dr.dre@example.com', 'john.doe@example.com']);

    // Unlinking an email match keeps it away from the person; the account is an orphan again.
    const unlinked = await owner.call(routes.unlink, {
      params: { personId: easy.id, resourceId: easy.accounts[0]!.resourceId },
    });
    expect(unlinked.accounts).toEqual([]);
    expect(await orphans()).toContain('easy-e@example.com');

    const bad = await owner.request('POST', `/api/people/${isaac.id}/accounts`, {
      resourceId: crypto.randomUUID(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('resourceId: no such account in a connected system');
  });
});

describe('offboarding', () => {
  const accountOf = (p: PersonDetail, account: string) =>
    p.offboarding!.accounts.find((a) => a.account === account)!;

  it('opens on an end date, the next identity sweep closes each account with its lag, pass or fail', async () => {
    const okta = await connector('okta.users', 'Okta');
    const hr = await connector('hr.roster.bamboohr', 'BambooHR');
    await send(okta, 'users.json', oktaUsers);
    await send(hr, 'roster.csv', leavers);
    const dre = await byEmail('dr.dre@example.com');
    expect(dre.exceptions).toBe(1);
    let detail = await person(dre.id);
    expect(detail.offboarding).toMatchObject({ endDate: '2025-03-31', slaBusinessDays: 1 });
    expect(detail.exceptions).toBe(1);
    expect(accountOf(detail, 'dr.dre@example.com')).toMatchObject({
      system: 'Okta',
      watched: true,
      state: 'overdue',
      closedAt: null,
    });
    // John Doe's account was already suspended when his offboarding opened: closed, no lag.
    const john = await person((await byEmail('john.doe@example.com')).id);
    expect(accountOf(john, 'john.doe@example.com')).toMatchObject({ state: 'pass', lagMs: 0 });

    // The overdue account alerted once; a later sweep does not repeat it.
    const overdue = async () =>
      (
        await t.database.db.select().from(schema.alertOutbox).where(eq(schema.alertOutbox.kind, 'overdue'))
      ).map((r) => (r.payload as { title: string }).title);
    expect(await overdue()).toEqual(["Andre Young's Okta account dr.dre@example.com is still active"]);
    await send(okta, 'users.json', oktaUsers);
    expect(await overdue()).toHaveLength(1);
    expect(await overdueSummary(t.database.db, await orgIdOf(), today)).toContainEqual({
      area: 'offboarding',
      overdue: 1,
      link: '/people?status=terminated',
    });

    const lastSeen = accountOf(await person(dre.id), 'dr.dre@example.com').lastSeenActiveAt!;
    await send(okta, 'users.json', oktaWith('dr.dre@example.com', 'DEPROVISIONED'));
    detail = await person(dre.id);
    const closed = accountOf(detail, 'dr.dre@example.com');
    expect(closed).toMatchObject({ state: 'fail', lastSeenActiveAt: lastSeen });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.lagMs).toBe(Date.parse(lastSeen) - Date.parse('2025-04-01T00:00:00Z'));
    expect(detail.exceptions).toBe(0);
  });

  it('passes an account disabled within the SLA, and an SLA change applies only to new terminations', async () => {
    const okta = await connector('okta.users', 'Okta');
    const hr = await connector('hr.roster.vigil', 'HR');
    await send(okta, 'users.json', oktaUsers);
    const row = (email: string, end: string) =>
      `${email},${email},employee,${end ? 'terminated' : 'active'},2020-01-06,${end},,\n`;
    await send(hr, 'roster.csv', HEADER + row('easy-e@example.com', today) + row('dr.dre@example.com', ''));
    const easy = await byEmail('easy-e@example.com');
    expect(accountOf(await person(easy.id), 'easy-e@example.com').state).toBe('open');
    // Inside its deadline the active account is due, not late: no exception on the page or in the register.
    expect((await person(easy.id)).exceptions).toBe(0);
    expect(await byEmail('easy-e@example.com')).toMatchObject({ exceptions: 0, accountsDue: 1 });

    await send(okta, 'users.json', oktaWith('easy-e@example.com', 'SUSPENDED'));
    expect(accountOf(await person(easy.id), 'easy-e@example.com')).toMatchObject({ state: 'pass', lagMs: 0 });
    expect(await byEmail('easy-e@example.com')).toMatchObject({ exceptions: 0, accountsDue: 0 });

    expect(await owner.call(routes.updateSettings, { body: { offboardingSlaBusinessDays: 3 } })).toEqual({
      offboardingSlaBusinessDays: 3,
    });
    const refused = await owner.request('PUT', '/api/people/settings', { offboardingSlaBusinessDays: -1 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('offboardingSlaBusinessDays');
    await send(
      hr,
      'roster.csv',
      HEADER + row('easy-e@example.com', today) + row('dr.dre@example.com', today),
    );
    expect((await person(easy.id)).offboarding!.slaBusinessDays).toBe(1);
    expect((await person((await byEmail('dr.dre@example.com')).id)).offboarding!.slaBusinessDays).toBe(3);
    expect(await owner.call(routes.settings)).toEqual({ offboardingSlaBusinessDays: 3 });
  });

  it("escalates a leaver's account that no sweep has seen go, once, from the daily job", async () => {
    const okta = await connector('okta.users', 'Okta');
    const hr = await connector('hr.roster.vigil', 'HR');
    await send(okta, 'users.json', oktaUsers);
    await send(
      hr,
      'roster.csv',
      `${HEADER}easy-e@example.com,Easy E,employee,terminated,2020-01-06,${today},,\n`,
    );
    const overdueTitles = async () =>
      (
        await t.database.db.select().from(schema.alertOutbox).where(eq(schema.alertOutbox.kind, 'overdue'))
      ).map((r) => (r.payload as { title: string }).title);
    // Within the SLA today: nothing to escalate, and the daily job agrees.
    expect(await escalateOverdueOffboarding(t.database.db, new Date())).toBe(0);
    expect(await overdueTitles()).toEqual([]);
    // A week later, with no sweep since, the daily job alerts once; the next day's run does not repeat it.
    const weekLater = new Date(Date.now() + 7 * 86_400_000);
    expect(await escalateOverdueOffboarding(t.database.db, weekLater)).toBe(1);
    expect(await escalateOverdueOffboarding(t.database.db, new Date(weekLater.getTime() + 86_400_000))).toBe(
      0,
    );
    expect(await overdueTitles()).toEqual(["Easy E's Okta account easy-e@example.com is still active"]);
  });

  it('records an attestation for a system Vigil does not watch', async () => {
    const p = await owner.call(routes.create, {
      body: {
        name: 'Gus Hale',
        email: 'gus@acme.test',
        workerType: 'employee',
        status: 'terminated',
        endDate: today,
      },
    });
    const attested = await owner.call(routes.attest, {
      params: { personId: p.id },
      body: {
        system: 'Payroll portal',
        account: 'ghale',
        reason: 'Removed by the payroll vendor on request',
      },
    });
    expect(attested.offboarding!.accounts).toEqual([
      expect.objectContaining({
        system: 'Payroll portal',
        watched: false,
        state: 'pass',
        attestedByName: 'Olivia Owner',
        attestedReason: 'Removed by the payroll vendor on request',
      }),
    ]);
    const none = await owner.call(routes.create, {
      body: { name: 'Hal', email: 'hal@acme.test', workerType: 'employee' },
    });
    const res = await owner.request('POST', `/api/people/${none.id}/offboarding/attest`, {
      system: 'X',
      account: 'y',
      reason: 'z',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('personId: this person has no offboarding');
  });
});

async function orgIdOf(): Promise<string> {
  const [org] = await t.database.db
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .limit(1);
  return org!.id;
}
