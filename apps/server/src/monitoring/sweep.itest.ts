import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@vigil/db';
import { BUILTIN_CHECKS, ImportError, type Resource } from '@vigil/monitoring';
import { TEST_CHECKS, TEST_IMPORTER, user } from '@vigil/monitoring/test/registry';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrgActor, systemActor } from '../audit/actor.ts';
import { adoptControlLibrary } from '../controls/index.ts';
import { createOrganization } from '../organizations/index.ts';
import { createTestApp, OWNER_PASSWORD, type TestApp } from '../test/test-app.ts';
import { createCustomCheck, deleteCustomCheck } from './custom-checks.service.ts';
import { resourcesWithLastSeen } from './resource-store.ts';
import { runSweep, SweepFailed } from './sweep.ts';

let t: TestApp;
let actor: OrgActor;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));

async function newOrg(name: string): Promise<OrgActor> {
  const { org } = await t.database.db.transaction((tx) =>
    createOrganization(tx, systemActor('test'), {
      organizationName: name,
      owner: { email: `owner@${name.toLowerCase()}.test`, name: 'Owner', password: OWNER_PASSWORD },
    }),
  );
  const a: OrgActor = { ...systemActor('test'), orgId: org.id, role: 'owner' };
  await t.database.db.transaction((tx) => adoptControlLibrary(tx, a));
  return a;
}

const sweep = (resources: ReturnType<typeof user>[], now: Date, orgActor = actor) =>
  runSweep(t.database.db, orgActor, {
    orgId: orgActor.orgId,
    source: 'testsrc',
    types: ['test.user'],
    resources,
    checks: TEST_CHECKS,
    now,
  });

const intervals = (orgId = actor.orgId) =>
  t.database.db
    .select({
      checkId: schema.checkIntervals.checkId,
      externalId: schema.resources.externalId,
      status: schema.checkIntervals.status,
      from: schema.checkIntervals.from,
      to: schema.checkIntervals.to,
    })
    .from(schema.checkIntervals)
    .innerJoin(schema.resources, eq(schema.resources.id, schema.checkIntervals.resourceId))
    .where(eq(schema.checkIntervals.orgId, orgId))
    .orderBy(asc(schema.checkIntervals.id));

const runsOf = (orgId = actor.orgId) =>
  t.database.db
    .select()
    .from(schema.runs)
    .where(eq(schema.runs.orgId, orgId))
    .orderBy(asc(schema.runs.startedAt));

beforeAll(async () => {
  t = await createTestApp();
  actor = await newOrg('Sweepco');
});
afterAll(() => t?.close());

describe('runSweep', () => {
  it('writes only transitions: three sweeps with one change give initial rows plus the transitions', async () => {
    const before = [user('alice', { mfa: true }), user('bob', { mfa: true }), user('carol', { mfa: false })];
    const first = await sweep(before, day(0));
    expect(first).toMatchObject({ resourcesSeen: 3, created: 3, opened: 6, closed: 0, transitions: 6 });
    expect(first.results).toEqual({ pass: 5, fail: 1, error: 0, not_applicable: 0 });

    // bob loses MFA: one interval closes and one opens; nothing else is written.
    const second = await sweep([before[0]!, user('bob', { mfa: false }), before[2]!], day(1));
    expect(second).toMatchObject({
      created: 0,
      changed: 1,
      unchanged: 2,
      opened: 1,
      closed: 1,
      transitions: 2,
    });

    const third = await sweep([before[0]!, user('bob', { mfa: false }), before[2]!], day(2));
    expect(third).toMatchObject({ changed: 0, unchanged: 3, opened: 0, closed: 0, transitions: 0 });

    const rows = await intervals();
    expect(rows).toHaveLength(6 + 1);
    const bob = rows.filter((r) => r.externalId === 'bob' && r.checkId === 'test.user.mfa');
    expect(bob).toEqual([
      expect.objectContaining({ status: 'pass', from: day(0), to: day(1) }),
      expect.objectContaining({ status: 'fail', from: day(1), to: null }),
    ]);
    const runs = await runsOf();
    expect(runs.map((r) => [r.status, r.transitions])).toEqual([
      ['succeeded', 6],
      ['succeeded', 2],
      ['succeeded', 0],
    ]);
    // The unchanged sweep wrote no resource row, yet every resource was last seen by it.
    const stored = await t.database.db
      .select()
      .from(schema.resources)
      .where(eq(schema.resources.orgId, actor.orgId));
    expect(stored.map((r) => [r.externalId, r.lastSeen])).toEqual(
      expect.arrayContaining([
        ['alice', day(0)],
        ['bob', day(1)],
        ['carol', day(0)],
      ]),
    );
    const resources = await resourcesWithLastSeen(t.database.db, actor.orgId);
    expect(resources.map((r) => [r.externalId, r.lastSeen, r.goneAt])).toEqual([
      ['alice', day(2), null],
      ['bob', day(2), null],
      ['carol', day(2), null],
    ]);
    expect(resources.find((r) => r.externalId === 'alice')?.firstSeen).toEqual(day(0));
  });

  it('alerts the control owner when a resource starts failing and when it recovers', async () => {
    const outbox = await t.database.db
      .select()
      .from(schema.alertOutbox)
      .where(eq(schema.alertOutbox.orgId, actor.orgId))
      .orderBy(asc(schema.alertOutbox.id));
    expect(outbox.map((o) => [o.kind, o.payload.resourceName])).toEqual([
      ['fail', 'carol'],
      ['fail', 'bob'],
    ]);
    expect(outbox[0]!.payload).toMatchObject({ checkId: 'test.user.mfa', severity: 'high' });
    expect((outbox[0]!.payload.controlIds as string[]).length).toBe(1);
    await sweep(
      [user('alice', { mfa: true }), user('bob', { mfa: true }), user('carol', { mfa: false })],
      day(3),
    );
    const [recovered] = await t.database.db
      .select()
      .from(schema.alertOutbox)
      .where(and(eq(schema.alertOutbox.orgId, actor.orgId), eq(schema.alertOutbox.kind, 'recovered')));
    expect(recovered?.payload).toMatchObject({ resourceName: 'bob', checkId: 'test.user.mfa' });
  });

  it('marks resources that disappear as gone and closes their intervals', async () => {
    await sweep([user('alice', { mfa: true }), user('bob', { mfa: true })], day(4));
    const carol = (await intervals()).filter((r) => r.externalId === 'carol');
    expect(carol.every((r) => r.to !== null)).toBe(true);
    expect(carol.map((r) => r.to)).toEqual([day(4), day(4)]);
    const [gone] = await t.database.db
      .select()
      .from(schema.resources)
      .where(and(eq(schema.resources.orgId, actor.orgId), eq(schema.resources.externalId, 'carol')));
    expect(gone?.goneAt).toEqual(day(4));
    // Last seen by the sweep before the one that missed it, though no sweep since day 0 wrote its row.
    const carolSeen = (await resourcesWithLastSeen(t.database.db, actor.orgId)).find(
      (r) => r.externalId === 'carol',
    );
    expect(carolSeen).toMatchObject({ lastSeen: day(3), goneAt: day(4) });
    // Coming back reopens it as a new span, not a continuation.
    const back = await sweep(
      [user('alice', { mfa: true }), user('bob', { mfa: true }), user('carol', { mfa: true })],
      day(5),
    );
    expect(back).toMatchObject({ changed: 1, opened: 2, closed: 0 });
    // The same row again: present, its attributes those just read, its first sighting kept.
    const [again] = await t.database.db
      .select()
      .from(schema.resources)
      .where(and(eq(schema.resources.orgId, actor.orgId), eq(schema.resources.externalId, 'carol')));
    expect(again).toMatchObject({
      id: gone!.id,
      goneAt: null,
      lastSeen: day(5),
      firstSeen: gone!.firstSeen,
      attributes: user('carol', { mfa: true }).attributes,
    });
    const open = (await intervals()).filter((r) => r.externalId === 'carol' && r.to === null);
    expect(open.map((r) => r.from)).toEqual([day(5), day(5)]);
  });

  it('recognizes stored resources whatever characters their ids and names hold', async () => {
    const org = await newOrg('Oddchars');
    // Control characters the stored-state read uses as separators, and text outside the BMP.
    const odd = [
      { ...user('a\x1fb', { mfa: true }), name: 'name with \x1e record separator' },
      { ...user('c\x1ed', { mfa: false }), name: 'plain' },
      { ...user('e', { mfa: true }), name: 'unit \x1f separator and 🔐' },
      { ...user('🔐-f', { mfa: true }), name: 'ok' },
    ];
    expect(await sweep(odd, day(0), org)).toMatchObject({ created: 4, opened: 8 });
    expect(await sweep(odd, day(1), org)).toMatchObject({ created: 0, changed: 0, gone: 0, transitions: 0 });
    const fixed = odd.map((r) => (r.externalId === 'c\x1ed' ? { ...r, attributes: { mfa: true } } : r));
    expect(await sweep(fixed, day(2), org)).toMatchObject({ created: 0, changed: 1, transitions: 2 });
    expect(await sweep(fixed.slice(1), day(3), org)).toMatchObject({ gone: 1, closed: 2 });
    // A new name alone is a changed resource to store, with no transition (in both stored forms).
    const newNames: Record<string, string> = { e: 'unit \x1f renamed', '🔐-f': 'o' };
    const renamed = fixed.slice(1).map((r) => ({ ...r, name: newNames[r.externalId] ?? r.name }));
    expect(await sweep(renamed, day(4), org)).toMatchObject({ changed: 2, transitions: 0 });
    const names = await t.database.db
      .select({ externalId: schema.resources.externalId, name: schema.resources.name })
      .from(schema.resources)
      .where(and(eq(schema.resources.orgId, org.orgId), inArray(schema.resources.externalId, ['e', '🔐-f'])))
      .orderBy(asc(schema.resources.externalId));
    expect(Object.fromEntries(names.map((n) => [n.externalId, n.name]))).toEqual(newNames);
    expect(await sweep(renamed, day(5), org)).toMatchObject({ changed: 0, transitions: 0 });
  });

  it('counts a resource read twice once, the last copy winning even batches apart, and leaves no spool behind', async () => {
    const org = await newOrg('Twiceco');
    const spoolDir = mkdtempSync(join(tmpdir(), 'vigil-sweep-test-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = spoolDir;
    try {
      // 2,500 users span two read-back batches; carol comes first without MFA and last with it.
      const many = Array.from({ length: 2500 }, (_, i) => user(`u${i}`, { mfa: true }));
      const input = [user('carol', { mfa: false }), ...many, user('carol', { mfa: true })];
      const first = await sweep(input, day(0), org);
      expect(first).toMatchObject({ resourcesSeen: 2501, created: 2501, opened: 5002 });
      expect(first.results).toMatchObject({ fail: 0, pass: 5002 });
      const carol = (await intervals(org.orgId)).filter((r) => r.externalId === 'carol');
      expect(carol.map((r) => r.status)).toEqual(['pass', 'pass']);
      expect(readdirSync(spoolDir)).toEqual([]);
      // Nothing changed: nothing written, and the spool of a failing read is removed too.
      expect(await sweep(input, day(1), org)).toMatchObject({ unchanged: 2501, transitions: 0 });
      await expect(sweep([user('x', { mfa: true }), { bad: true } as never], day(2), org)).rejects.toThrow(
        SweepFailed,
      );
      expect(readdirSync(spoolDir)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(spoolDir, { recursive: true, force: true });
    }
  });

  it('leaves earlier state untouched when an import fails, recording a failed run naming the file and line', async () => {
    const org = await newOrg('Failco');
    await sweep([user('dave', { mfa: true })], day(0), org);
    const [connector] = await t.database.db
      .insert(schema.connectors)
      .values({ orgId: org.orgId, kind: 'test.users', name: 'Test users' })
      .returning();
    const file = join(tmpdir(), `bad-${Date.now()}.testusers`);
    writeFileSync(file, '{"id":"erin","mfa":true}\n{"id":"frank", mfa: yes}\n');
    const before = await intervals(org.orgId);
    const error = await runSweep(t.database.db, org, {
      orgId: org.orgId,
      source: 'testsrc',
      types: ['test.user'],
      resources: TEST_IMPORTER.read({ path: file, name: 'users.testusers' }),
      checks: TEST_CHECKS,
      connectorId: connector!.id,
      now: day(1),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SweepFailed);
    expect((error as SweepFailed).cause).toBeInstanceOf(ImportError);
    expect((error as SweepFailed).message).toBe('users.testusers: line 2: not valid JSON');
    expect(await intervals(org.orgId)).toEqual(before);
    const resources = await t.database.db
      .select()
      .from(schema.resources)
      .where(eq(schema.resources.orgId, org.orgId));
    expect(resources.map((r) => r.externalId)).toEqual(['dave']);
    expect(resources[0]!.lastSeen).toEqual(day(0));
    const runs = await runsOf(org.orgId);
    expect(runs.map((r) => [r.status, r.error])).toEqual([
      ['succeeded', null],
      ['failed', 'users.testusers: line 2: not valid JSON'],
    ]);
    const [after] = await t.database.db
      .select()
      .from(schema.connectors)
      .where(eq(schema.connectors.id, connector!.id));
    expect(after).toMatchObject({
      lastStatus: 'error',
      lastError: 'users.testusers: line 2: not valid JSON',
    });
    const alerts = await t.database.db
      .select()
      .from(schema.alertOutbox)
      .where(and(eq(schema.alertOutbox.orgId, org.orgId), eq(schema.alertOutbox.kind, 'connector_error')));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.payload).toMatchObject({
      connectorId: connector!.id,
      runId: (error as SweepFailed).runId,
    });
  });

  it('measures a vulnerability SLA from when Vigil first saw a finding that carries no date (Grype)', async () => {
    const org = await newOrg('Slaco');
    const critical: Resource = {
      source: 'grype',
      type: 'vuln.finding',
      externalId: 'app:1|openssl@3.0.1|CVE-2026-0001',
      name: 'CVE-2026-0001 in openssl 3.0.1 (app:1)',
      attributes: {
        scanner: 'grype',
        target: 'app:1',
        package: 'openssl',
        installedVersion: '3.0.1',
        fixedVersions: ['3.0.2'],
        fixAvailable: true,
        vulnerabilityId: 'CVE-2026-0001',
        severity: 'critical',
      },
    };
    const checks = BUILTIN_CHECKS.filter((c) => c.id === 'vuln.no_critical_unfixed_older_than_15d');
    const grypeSweep = (now: Date) =>
      runSweep(t.database.db, org, {
        orgId: org.orgId,
        source: 'grype',
        types: ['vuln.finding'],
        resources: [critical],
        checks,
        customChecks: false,
        now,
      });
    await grypeSweep(day(0));
    await grypeSweep(day(10));
    const stillWithin = await intervals(org.orgId);
    expect(stillWithin.map((i) => i.status)).toEqual(['pass']);
    await grypeSweep(day(20));
    const rows = await t.database.db
      .select({ status: schema.checkIntervals.status, reason: schema.checkIntervals.reason })
      .from(schema.checkIntervals)
      .where(and(eq(schema.checkIntervals.orgId, org.orgId), isNull(schema.checkIntervals.to)));
    expect(rows).toEqual([
      {
        status: 'fail',
        reason:
          'CVE-2026-0001 in openssl has been open for 20 days with a fix available (measured from when Vigil first saw it, 2026-01-01)',
      },
    ]);
  });

  it("evaluates the organization's custom CEL checks too", async () => {
    const org = await newOrg('Celco');
    await t.database.db.insert(schema.customChecks).values({
      orgId: org.orgId,
      checkId: 'custom.no_admins',
      spec: {
        id: 'custom.no_admins',
        title: 'No admins',
        resourceType: 'test.user',
        severity: 'medium',
        expression: 'resource.admin == false',
      },
    });
    const r = await sweep([user('gina', { mfa: true, admin: true })], day(0), org);
    expect(r.opened).toBe(3);
    const open = (await intervals(org.orgId)).filter(
      (i) => i.checkId === 'custom.no_admins' && i.to === null,
    );
    expect(open.map((i) => i.status)).toEqual(['fail']);
    const stillOpen = await t.database.db
      .select()
      .from(schema.checkIntervals)
      .where(and(eq(schema.checkIntervals.orgId, org.orgId), isNull(schema.checkIntervals.to)));
    expect(stillOpen).toHaveLength(3);
  });

  it('caps the alerts of one check in one sweep, counting the rest in one more', async () => {
    const org = await newOrg('Bulkco');
    const many = Array.from({ length: 60 }, (_, i) => user(`u${i}`, { mfa: false }));
    await sweep(many, day(0), org);
    const rows = await t.database.db
      .select()
      .from(schema.alertOutbox)
      .where(and(eq(schema.alertOutbox.orgId, org.orgId), eq(schema.alertOutbox.kind, 'fail')));
    const mfa = rows.filter((r) => r.payload.checkId === 'test.user.mfa');
    expect(mfa).toHaveLength(51);
    expect(mfa.at(-1)!.payload).toMatchObject({ count: 10, resourceName: '10 more resources' });
  });

  it('compares a large scope batch by batch with the same rows and alerts as one pass', async () => {
    const org = await newOrg('Largeco');
    // 12,000 users: more than two batches of 5,000. User i fails MFA when i % 100 === 0.
    const fleet = (flip: (i: number) => boolean) =>
      Array.from({ length: 12_000 }, (_, i) =>
        user(`u${i}`, { mfa: flip(i) ? i % 100 === 0 : i % 100 !== 0 }),
      );
    const first = await sweep(
      fleet(() => false),
      day(0),
      org,
    );
    expect(first).toMatchObject({ created: 12_000, opened: 24_000, closed: 0 });
    // Day 1: users 4,990–5,009 (across the first batch boundary) and 11,990–11,999 flip MFA.
    const flipped = (i: number) => (i >= 4990 && i < 5010) || i >= 11_990;
    const second = await sweep(fleet(flipped), day(1), org);
    expect(second).toMatchObject({ created: 0, changed: 30, opened: 30, closed: 30 });
    const rows = await intervals(org.orgId);
    expect(rows).toHaveLength(24_030);
    expect(
      rows
        .filter((r) => r.to !== null)
        .map((r) => r.externalId)
        .sort(),
    ).toEqual(
      Array.from({ length: 12_000 }, (_, i) => i)
        .filter(flipped)
        .map((i) => `u${i}`)
        .sort(),
    );
    const outbox = await t.database.db
      .select()
      .from(schema.alertOutbox)
      .where(eq(schema.alertOutbox.orgId, org.orgId));
    const mfa = (kind: string, runId: string) =>
      outbox.filter(
        (r) => r.kind === kind && r.payload.checkId === 'test.user.mfa' && r.payload.runId === runId,
      );
    // First sweep: 120 failing users, 50 alerts and one counting the other 70, across batches.
    expect(mfa('fail', first.runId)).toHaveLength(51);
    expect(mfa('fail', first.runId).at(-1)!.payload).toMatchObject({ count: 70 });
    // Second: u5000 recovers (failing before), the 29 others start failing.
    expect(mfa('recovered', second.runId).map((r) => r.payload.resourceName)).toEqual(['u5000']);
    expect(mfa('fail', second.runId)).toHaveLength(29);
  });

  it('stores exactly the initial intervals plus the transitions over many sweeps, one run per sweep', async () => {
    const org = await newOrg('Ledgerco');
    // 12 users over 20 daily sweeps: each day one flips MFA, one flips admin, one leaves and one returns.
    const state = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`,
      mfa: i % 2 === 0,
      admin: i % 5 === 0,
      here: i < 10,
    }));
    let opened = 0;
    let closed = 0;
    let initial = 0;
    for (let d = 0; d < 20; d++) {
      if (d > 0) {
        const a = state[d % 12]!;
        a.mfa = !a.mfa;
        const b = state[(d * 5) % 12]!;
        b.admin = !b.admin;
        const c = state[(d * 7) % 12]!;
        c.here = !c.here;
      }
      const r = await sweep(
        state.filter((u) => u.here).map((u) => user(u.id, u)),
        day(d),
        org,
      );
      if (d === 0) initial = r.opened;
      else {
        opened += r.opened;
        closed += r.closed;
      }
      expect(r.transitions).toBe(r.opened + r.closed);
    }
    const rows = await intervals(org.orgId);
    expect(rows).toHaveLength(initial + opened);
    expect(rows.filter((r) => r.to !== null)).toHaveLength(closed);
    expect((await runsOf(org.orgId)).filter((r) => r.status === 'succeeded')).toHaveLength(20);
    // Every present resource has exactly one open interval per check; gone ones none.
    const present = state.filter((u) => u.here).map((u) => u.id);
    const open = rows.filter((r) => r.to === null);
    expect(open).toHaveLength(present.length * 2);
    expect(new Set(open.map((r) => r.externalId))).toEqual(new Set(present));
  });

  it("keeps two connectors of one importer apart: each sweep leaves the other one's resources and intervals alone", async () => {
    const org = await newOrg('Twinco');
    const [one, two] = await t.database.db
      .insert(schema.connectors)
      .values([
        { orgId: org.orgId, kind: 'test.users', name: 'Account one' },
        { orgId: org.orgId, kind: 'test.users', name: 'Account two' },
      ])
      .returning();
    const sweepOf = (connectorId: string, resources: ReturnType<typeof user>[], now: Date) =>
      runSweep(t.database.db, org, {
        orgId: org.orgId,
        source: 'testsrc',
        types: ['test.user'],
        resources,
        checks: TEST_CHECKS,
        connectorId,
        now,
      });
    // The same external id in both accounts is two resources.
    await sweepOf(one!.id, [user('root', { mfa: true }), user('ann', { mfa: false })], day(0));
    await sweepOf(two!.id, [user('root', { mfa: false }), user('ben', { mfa: true })], day(1));
    const afterTwo = await intervals(org.orgId);
    expect(afterTwo).toHaveLength(8);
    expect(afterTwo.every((r) => r.to === null)).toBe(true);

    // Account one changes and loses ann: account two's rows stay exactly as they were.
    const r = await sweepOf(one!.id, [user('root', { mfa: false })], day(2));
    expect(r).toMatchObject({ gone: 1, changed: 1 });
    const resources = await resourcesWithLastSeen(t.database.db, org.orgId);
    expect(resources.map((x) => [x.externalId, x.connectorId, x.lastSeen, x.goneAt])).toEqual(
      expect.arrayContaining([
        ['root', one!.id, day(2), null],
        ['ann', one!.id, day(0), day(2)],
        ['root', two!.id, day(1), null],
        ['ben', two!.id, day(1), null],
      ]),
    );
    expect(resources).toHaveLength(4);
    const byConnector = await t.database.db
      .select({ connectorId: schema.resources.connectorId, to: schema.checkIntervals.to })
      .from(schema.checkIntervals)
      .innerJoin(schema.resources, eq(schema.resources.id, schema.checkIntervals.resourceId))
      .where(eq(schema.checkIntervals.orgId, org.orgId));
    expect(byConnector.filter((x) => x.connectorId === two!.id).every((x) => x.to === null)).toBe(true);
    expect(byConnector.filter((x) => x.connectorId === two!.id)).toHaveLength(4);

    // A connector-less run (the CLI) of the same source is a third scope.
    const cli = await sweep([user('root', { mfa: true })], day(3), org);
    expect(cli).toMatchObject({ created: 1, gone: 0 });
    expect(await resourcesWithLastSeen(t.database.db, org.orgId)).toHaveLength(5);
  });

  it('reopens the intervals of a custom check deleted and created again with the same id', async () => {
    const org = await newOrg('Againco');
    const spec = {
      id: 'custom.no_admins',
      title: 'No admins',
      description: '',
      resourceType: 'test.user',
      severity: 'medium' as const,
      expression: 'resource.admin == false',
      criteria: [],
      controls: [],
      remediation: '',
    };
    const registry = { importers: [], checks: TEST_CHECKS };
    const users = [user('ivy', { mfa: true, admin: true })];
    await t.database.db.transaction((tx) => createCustomCheck(tx, org, registry, spec));
    await sweep(users, day(0), org);
    await t.database.db.transaction((tx) => deleteCustomCheck(tx, org, spec.id));
    await t.database.db.transaction((tx) => createCustomCheck(tx, org, registry, spec));
    // Same resource, same results as the stored digest remembers: the closed interval must still reopen.
    const r = await sweep(users, day(1), org);
    expect(r).toMatchObject({ opened: 1, closed: 0 });
    const open = (await intervals(org.orgId)).filter((i) => i.checkId === spec.id && i.to === null);
    expect(open.map((i) => [i.status, i.from])).toEqual([['fail', day(1)]]);
  });
});
