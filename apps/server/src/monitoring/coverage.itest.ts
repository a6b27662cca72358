import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rowsOf, schema } from '@vigil/db';
import { computeEffectiveness, type StoredInterval } from '@vigil/monitoring';
import { TEST_CHECKS, user } from '@vigil/monitoring/test/registry';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrgActor, systemActor } from '../audit/actor.ts';
import { openEngagement } from '../engagements/index.ts';
import { createOrganization } from '../organizations/index.ts';
import { controlIdOf, ownerWithControls } from '../test/monitoring-http.ts';
import { type Client, createTestApp, OWNER_PASSWORD, type TestApp } from '../test/test-app.ts';
import { monitoringSnapshot } from './control-status.ts';
import { engagementEffectiveness } from './effectiveness.service.ts';
import { runSweep } from './sweep.ts';

let t: TestApp;
let orgId: string;
let userId: string;
let actor: OrgActor;
let owner: Client;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const registry = { importers: [], checks: TEST_CHECKS };

/** A deterministic random sequence (mulberry32), so a failure replays. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

type Span = { checkId: string; from: number; to: number | null };

/** Joins overlapping and touching spans per check, so two ways of cutting the same time compare equal. */
function merged(spans: readonly Span[]): Span[] {
  const sorted = [...spans]
    .filter((s) => s.to === null || s.to > s.from)
    .sort((a, b) => a.checkId.localeCompare(b.checkId) || a.from - b.from);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && last.checkId === s.checkId && (last.to === null || last.to >= s.from)) {
      last.to = last.to === null || s.to === null ? null : Math.max(last.to, s.to);
    } else out.push({ ...s });
  }
  return out;
}

const ms = (v: unknown) => (v === null ? null : new Date(v as string).getTime());

async function coverageRows(org: string): Promise<Span[]> {
  const rows = rowsOf<{ check_id: string; from: unknown; to: unknown }>(
    await t.database.db.execute(
      sql`select check_id, "from", "to" from check_coverage where org_id = ${org} order by check_id, "from"`,
    ),
  );
  return rows.map((r) => ({ checkId: r.check_id, from: ms(r.from)!, to: ms(r.to) }));
}

async function rawIntervals(org: string): Promise<StoredInterval[]> {
  const rows = await t.database.db
    .select({
      checkId: schema.checkIntervals.checkId,
      externalId: schema.resources.externalId,
      status: schema.checkIntervals.status,
      reason: schema.checkIntervals.reason,
      from: schema.checkIntervals.from,
      to: schema.checkIntervals.to,
    })
    .from(schema.checkIntervals)
    .innerJoin(schema.resources, eq(schema.resources.id, schema.checkIntervals.resourceId))
    .where(eq(schema.checkIntervals.orgId, org));
  return rows.map((r) => ({
    checkId: r.checkId,
    resourceKey: `testsrc|test.user|${r.externalId}`,
    resourceName: r.externalId,
    status: r.status as StoredInterval['status'],
    reason: r.reason,
    from: r.from,
    to: r.to,
  }));
}

/** Coverage as the raw intervals define it: the union of each check's passing and failing intervals. */
const expectedCoverage = (raw: readonly StoredInterval[]) =>
  merged(
    raw
      .filter((i) => i.status === 'pass' || i.status === 'fail')
      .map((i) => ({ checkId: i.checkId, from: i.from.getTime(), to: i.to?.getTime() ?? null })),
  );

beforeAll(async () => {
  t = await createTestApp();
  const signedIn = await ownerWithControls(t);
  owner = signedIn.owner;
  orgId = signedIn.orgId;
  const [first] = await t.database.db.select({ id: schema.users.id }).from(schema.users).limit(1);
  userId = first!.id;
  actor = { ...systemActor('test'), orgId, role: 'owner' };
});
afterAll(() => t?.close());

describe('check coverage', () => {
  // 40 daily sweeps of up to 8 users whose MFA is on, off or unknown (an error, which is no
  // evaluation) and who come and go; some days nobody is left, so coverage has gaps.
  const rand = random(7);
  const DAYS = 40;

  beforeAll(async () => {
    for (let d = 0; d < DAYS; d++) {
      const empty = d % 13 === 5 || d % 13 === 6;
      const users = empty
        ? []
        : Array.from({ length: 8 }, (_, i) => i)
            .filter(() => rand() < 0.7)
            .map((i) => {
              const roll = rand();
              return user(`u${i}`, {
                mfa: roll < 0.3 ? undefined : roll < 0.85,
                admin: rand() < 0.2,
              });
            });
      // Some days only users with unknown MFA: the MFA check has results but no evaluation.
      const onlyErrors = d % 11 === 3 ? users.map((u) => ({ ...u, attributes: { admin: false } })) : users;
      await runSweep(t.database.db, actor, {
        orgId,
        source: 'testsrc',
        types: ['test.user'],
        resources: onlyErrors,
        checks: TEST_CHECKS,
        now: day(d),
      });
    }
  });

  it('is written by the sweeps exactly as the union of the passing and failing intervals', async () => {
    const raw = await rawIntervals(orgId);
    const expected = expectedCoverage(raw);
    // The history has gaps for both checks, or the comparison would prove little.
    for (const checkId of ['test.user.mfa', 'test.user.not_admin']) {
      expect(expected.filter((s) => s.checkId === checkId).length).toBeGreaterThan(1);
    }
    const stored = await coverageRows(orgId);
    expect(merged(stored)).toEqual(expected);
    // At most one open span per check.
    expect(stored.filter((s) => s.to === null).length).toBeLessThanOrEqual(2);
  });

  it('gives the same effectiveness as computing it from every raw interval', async () => {
    const engagementId = await t.database.db.transaction((tx) =>
      openEngagement(tx, actor, {
        name: 'Coverage window',
        reportType: 'type2',
        windowStart: '2026-01-03',
        windowEnd: '2026-04-10',
        auditFirm: '',
      }),
    );
    const now = day(DAYS + 2);
    const eff = await engagementEffectiveness(
      t.database.db,
      orgId,
      { role: 'owner', userId },
      registry,
      engagementId,
      now,
    );
    const raw = await rawIntervals(orgId);
    const start = day(2);
    for (const code of ['AC-02', 'AC-04']) {
      const id = await controlIdOf(t, orgId, code);
      const got = eff.controls.find((c) => c.controlId === id)!;
      const mine = raw.filter((i) => got.checkIds.includes(i.checkId));
      const want = computeEffectiveness(mine, start, now);
      expect(got.operatingShare).toBeCloseTo(want.operatingShare, 12);
      expect(got.evaluatedShare).toBeCloseTo(want.evaluatedShare, 12);
      expect(got.evaluatedShare).toBeGreaterThan(0);
      expect(got.evaluatedShare).toBeLessThan(1);
      expect(got.timeline).toEqual(
        want.timeline.map((s) => ({
          from: s.from.toISOString(),
          to: s.to.toISOString(),
          state: s.state,
          failing: s.failing,
        })),
      );
      expect(got.exceptions.map((e) => [e.resourceKey, e.failedFrom, e.remediatedAt])).toEqual(
        want.exceptions.map((e) => [
          e.resourceKey,
          e.failedFrom.toISOString(),
          e.remediatedAt?.toISOString() ?? null,
        ]),
      );
    }
  });

  it('is rebuilt by the migration backfill exactly as the sweeps wrote it', async () => {
    const before = await coverageRows(orgId);
    const migration = readFileSync(
      fileURLToPath(new URL('../../../../packages/db/migrations/0006_check_coverage.sql', import.meta.url)),
      'utf8',
    );
    const backfill = migration.slice(migration.indexOf('INSERT INTO "check_coverage"'));
    // Inside a transaction that is rolled back, so the other tests' rows stay as the sweeps wrote them.
    const rebuilt = await t.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`delete from check_coverage`);
        await tx.execute(sql.raw(backfill));
        const rows = rowsOf<{ check_id: string; from: unknown; to: unknown }>(
          await tx.execute(
            sql`select check_id, "from", "to" from check_coverage where org_id = ${orgId} order by check_id, "from"`,
          ),
        );
        throw Object.assign(new Error('rollback'), {
          rows: rows.map((r) => ({ checkId: r.check_id, from: ms(r.from)!, to: ms(r.to) })),
        });
      })
      .catch((e: { rows?: Span[] }) => e.rows);
    expect(rebuilt).toBeDefined();
    expect(merged(rebuilt!)).toEqual(merged(before));
    expect(rebuilt!.length).toBeGreaterThan(2);
  });
});

describe('concurrent sweeps of two connectors', () => {
  it('both succeed and leave the coverage of the checks they share exact', async () => {
    const { org } = await t.database.db.transaction((tx) =>
      createOrganization(tx, systemActor('test'), {
        organizationName: 'Parallelco',
        owner: { email: 'owner@parallelco.test', name: 'Owner', password: OWNER_PASSWORD },
      }),
    );
    const other: OrgActor = { ...systemActor('test'), orgId: org.id, role: 'owner' };
    const [a, b] = await t.database.db
      .insert(schema.connectors)
      .values([
        { orgId: org.id, kind: 'test.users', name: 'Account A' },
        { orgId: org.id, kind: 'test.users', name: 'Account B' },
      ])
      .returning();
    const sweepOf = (connectorId: string, users: ReturnType<typeof user>[], now: Date) =>
      runSweep(t.database.db, other, {
        orgId: org.id,
        source: 'testsrc',
        types: ['test.user'],
        resources: users,
        checks: TEST_CHECKS,
        connectorId,
        now,
      });
    // Each round both accounts sweep at once, at the same time: openings, closings and a gap.
    const rounds: [ReturnType<typeof user>[], ReturnType<typeof user>[]][] = [
      [[user('a1', { mfa: true })], [user('b1', { mfa: false })]],
      [[], [user('b1', { mfa: true })]],
      [[user('a1', {})], []],
      [[user('a1', { mfa: true })], [user('b1', { mfa: true, admin: true })]],
    ];
    for (const [d, [forA, forB]] of rounds.entries()) {
      const results = await Promise.all([
        sweepOf(a!.id, forA, day(200 + d)),
        sweepOf(b!.id, forB, day(200 + d)),
      ]);
      expect(results.every((r) => typeof r.runId === 'string')).toBe(true);
    }
    const coverage = await coverageRows(org.id);
    expect(merged(coverage)).toEqual(expectedCoverage(await rawIntervals(org.id)));
    // Round 3 left no evaluation of the MFA check (a1 unknown, b1 gone): a gap between two spans.
    expect(merged(coverage).filter((s) => s.checkId === 'test.user.mfa')).toHaveLength(2);
  });
});

describe('deleting a connector', () => {
  it('retires its resources: gone, results closed, coverage ended, the other connector untouched', async () => {
    const [one, two] = await t.database.db
      .insert(schema.connectors)
      .values([
        { orgId, kind: 'test.users', name: 'Retired account' },
        { orgId, kind: 'test.users', name: 'Kept account' },
      ])
      .returning();
    const sweepOf = (connectorId: string, users: ReturnType<typeof user>[], now: Date) =>
      runSweep(t.database.db, actor, {
        orgId,
        source: 'testsrc',
        types: ['test.user'],
        resources: users,
        checks: TEST_CHECKS,
        connectorId,
        now,
      });
    // The connector-less users of the other test are gone by now: start this org's state afresh.
    await runSweep(t.database.db, actor, {
      orgId,
      source: 'testsrc',
      types: ['test.user'],
      resources: [],
      checks: TEST_CHECKS,
      now: day(100),
    });
    await sweepOf(one!.id, [user('ann', { mfa: false }), user('bo', { mfa: true })], day(101));
    await sweepOf(two!.id, [user('cy', { admin: false })], day(101));
    const ac02 = await controlIdOf(t, orgId, 'AC-02');
    const statusOf = async () =>
      (await monitoringSnapshot(t.database.db, orgId, registry, day(103))).controls.find((k) => k.id === ac02)
        ?.status;
    expect(await statusOf()).toBe('failing');

    // Deleted through the API, as a person would: its resources go at the moment of the deletion.
    const before = Date.now();
    const deleted = await owner.request('DELETE', `/api/integrations/${one!.id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);

    const rows = rowsOf<{ external_id: string; gone_at: unknown; open: number }>(
      await t.database.db.execute(sql`
        select r.external_id, r.gone_at,
          (select count(*)::int from check_intervals i where i.resource_id = r.id and i."to" is null) as open
        from resources r where r.org_id = ${orgId} and r.connector_id is not null order by r.external_id`),
    );
    const at = new Date(ms(rows[0]!.gone_at)!);
    expect(at.getTime()).toBeGreaterThanOrEqual(before);
    expect(at.getTime()).toBeLessThanOrEqual(Date.now());
    expect(rows.map((r) => [r.external_id, ms(r.gone_at), r.open])).toEqual([
      ['ann', at.getTime(), 0],
      ['bo', at.getTime(), 0],
      ['cy', null, 2],
    ]);
    // The MFA check was evaluated only on the retired connector's users (cy's MFA is unknown).
    const coverage = await coverageRows(orgId);
    const mfaOpen = coverage.filter((s) => s.checkId === 'test.user.mfa' && s.to === null);
    const adminOpen = coverage.filter((s) => s.checkId === 'test.user.not_admin' && s.to === null);
    expect(mfaOpen).toEqual([]);
    expect(coverage.filter((s) => s.checkId === 'test.user.mfa').at(-1)?.to).toBe(at.getTime());
    expect(adminOpen).toHaveLength(1);
    expect(merged(coverage)).toEqual(expectedCoverage(await rawIntervals(orgId)));
    // ann's failure no longer counts for the control; what is left is cy's unknown MFA.
    expect(await statusOf()).toBe('error');
    const audit = rowsOf<{ changes: Record<string, unknown> }>(
      await t.database.db.execute(
        sql`select changes from audit_events where org_id = ${orgId} and action = 'connector.deleted'`,
      ),
    );
    expect(audit[0]?.changes).toMatchObject({ resourcesRetired: 2, intervalsClosed: 4 });
  });
});
