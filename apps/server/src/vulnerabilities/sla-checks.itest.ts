/**
 * The monitoring SLA checks against the SLA report: scanner findings swept over weeks, a policy that
 * changes between their detections, and exceptions approved, expired and pending. A check fails a
 * finding exactly when the report counts it overdue.
 */
import { DAY_MS } from '@vigil/core';
import { schema } from '@vigil/db';
import { BUILTIN_CHECKS, type Resource } from '@vigil/monitoring';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrgActor, systemActor } from '../audit/actor.ts';
import { runSweep } from '../monitoring/index.ts';
import { createOrganization } from '../organizations/index.ts';
import { createTestApp, OWNER_PASSWORD, type TestApp } from '../test/test-app.ts';
import { slaReport, windowFindings } from './sla-report.ts';

let t: TestApp;
let actor: OrgActor;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * DAY_MS);
const SLA_CHECKS = BUILTIN_CHECKS.filter((c) =>
  ['vuln.no_critical_unfixed_older_than_15d', 'vuln.no_high_unfixed_older_than_30d'].includes(c.id),
);

/** A Grype finding: Grype gives no date per finding, so the checks' clock is when monitoring first saw it. */
const finding = (name: string, severity: 'critical' | 'high'): Resource => ({
  source: 'grype',
  type: 'vuln.finding',
  externalId: `app:1|${name}@1.0|CVE-${name}`,
  name: `CVE-${name} in ${name} 1.0 (app:1)`,
  attributes: {
    scanner: 'grype',
    target: 'app:1',
    package: name,
    installedVersion: '1.0',
    fixedVersions: ['1.1'],
    fixAvailable: true,
    vulnerabilityId: `CVE-${name}`,
    severity,
  },
});

// Seen before any policy (defaults: 15 days for critical).
const early = finding('early', 'critical');
// Seen under the first version (critical 10 days, high 20 days).
const underA = finding('under-a', 'critical');
const highUnderA = finding('high-under-a', 'high');
const accepted = finding('accepted', 'critical');
const expired = finding('expired', 'critical');
const pending = finding('pending', 'critical');
// Seen under the second version (critical 40 days, high 60 days).
const underB = finding('under-b', 'critical');
const highUnderB = finding('high-under-b', 'high');

const sweep = (resources: Resource[], now: Date) =>
  runSweep(t.database.db, actor, {
    orgId: actor.orgId,
    source: 'grype',
    types: ['vuln.finding'],
    resources,
    checks: SLA_CHECKS,
    customChecks: false,
    now,
  });

/** The status and reason of each finding's open interval of the one check that applies to its severity. */
async function statuses(): Promise<Map<string, { status: string; reason: string }>> {
  const rows = await t.database.db
    .select({
      name: schema.resources.name,
      status: schema.checkIntervals.status,
      reason: schema.checkIntervals.reason,
    })
    .from(schema.checkIntervals)
    .innerJoin(schema.resources, eq(schema.resources.id, schema.checkIntervals.resourceId))
    .where(
      and(
        eq(schema.checkIntervals.orgId, actor.orgId),
        isNull(schema.checkIntervals.to),
        inArray(schema.checkIntervals.status, ['pass', 'fail']),
      ),
    );
  return new Map(rows.map((r) => [r.name, { status: r.status, reason: r.reason }]));
}

beforeAll(async () => {
  t = await createTestApp();
  const { org } = await t.database.db.transaction((tx) =>
    createOrganization(tx, systemActor('test'), {
      organizationName: 'Slachecks',
      owner: { email: 'owner@slachecks.test', name: 'Owner', password: OWNER_PASSWORD },
    }),
  );
  actor = { ...systemActor('test'), orgId: org.id, role: 'owner' };
  const db = t.database.db;
  await db.insert(schema.vulnSlaPolicies).values([
    { orgId: org.id, criticalDays: 10, highDays: 20, mediumDays: 90, lowDays: 180, effectiveAt: day(0) },
    { orgId: org.id, criticalDays: 40, highDays: 60, mediumDays: 90, lowDays: 180, effectiveAt: day(30) },
  ]);
  await sweep([early], day(-10));
  const a = [early, underA, highUnderA, accepted, expired, pending];
  await sweep(a, day(5));
  const ids = new Map(
    (await db.select().from(schema.resources).where(eq(schema.resources.orgId, org.id))).map((r) => [
      r.externalId,
      r.id,
    ]),
  );
  await db.insert(schema.vulnExceptions).values([
    {
      orgId: org.id,
      resourceId: ids.get(accepted.externalId)!,
      justification: 'compensating control',
      approvedAt: day(40),
      expiresAt: day(80),
    },
    {
      orgId: org.id,
      resourceId: ids.get(expired.externalId)!,
      justification: 'until the next release',
      approvedAt: day(6),
      expiresAt: day(20),
    },
    {
      orgId: org.id,
      resourceId: ids.get(pending.externalId)!,
      justification: 'waiting for the vendor',
      approvedAt: null,
      expiresAt: day(80),
    },
  ]);
  await sweep([...a, underB, highUnderB], day(35));
  await sweep([...a, underB, highUnderB], day(50));
});
afterAll(() => t?.close());

describe('SLA checks in a sweep', () => {
  it('fail exactly the findings the SLA report counts overdue', async () => {
    const now = day(50);
    const window = { from: day(-20).toISOString().slice(0, 10), to: now.toISOString().slice(0, 10) };
    const report = await windowFindings(t.database.db, actor.orgId, window, now);
    const checked = await statuses();
    expect(report).toHaveLength(8);
    expect(checked.size).toBe(8);
    for (const f of report) {
      expect({ name: f.name, failing: checked.get(f.name)?.status === 'fail' }).toEqual({
        name: f.name,
        failing: f.standing === 'overdue',
      });
    }
    const standing = new Map(report.map((f) => [f.name, f.standing]));
    expect(
      Object.fromEntries(
        [early, underA, highUnderA, accepted, expired, pending, underB, highUnderB].map((r) => [
          r.name,
          [standing.get(r.name), checked.get(r.name)?.status],
        ]),
      ),
    ).toEqual({
      [early.name]: ['overdue', 'fail'],
      [underA.name]: ['overdue', 'fail'],
      [highUnderA.name]: ['overdue', 'fail'],
      [accepted.name]: ['accepted', 'pass'],
      [expired.name]: ['overdue', 'fail'],
      [pending.name]: ['overdue', 'fail'],
      [underB.name]: ['open', 'pass'],
      [highUnderB.name]: ['open', 'pass'],
    });
    const counts = await slaReport(t.database.db, actor.orgId, window, now);
    const critical = counts.severities.find((s) => s.severity === 'critical')!;
    expect(critical).toMatchObject({ overdue: 4, accepted: 1, open: 1 });
  });

  it('says why in words: the deadline of the policy in force, the acceptance and its state', async () => {
    const checked = await statuses();
    // An interval keeps the reason of the sweep that opened it: day 35, when the finding was first seen.
    expect(checked.get(underB.name)!.reason).toContain('0 days into the 40-day window');
    expect(checked.get(accepted.name)!.reason).toContain('under a risk acceptance approved until 2026-03-21');
    expect(checked.get(expired.name)!.reason).toContain('its risk acceptance ran until 2026-01-20');
    expect(checked.get(pending.name)!.reason).toContain('its risk acceptance is waiting for approval');
  });

  it('before the acceptance was approved, the same finding failed', async () => {
    const history = await t.database.db
      .select({ status: schema.checkIntervals.status, from: schema.checkIntervals.from })
      .from(schema.checkIntervals)
      .innerJoin(schema.resources, eq(schema.resources.id, schema.checkIntervals.resourceId))
      .where(
        and(
          eq(schema.checkIntervals.orgId, actor.orgId),
          eq(schema.checkIntervals.checkId, 'vuln.no_critical_unfixed_older_than_15d'),
          eq(schema.resources.name, accepted.name),
        ),
      )
      .orderBy(schema.checkIntervals.from);
    expect(history.map((h) => [h.status, h.from.toISOString().slice(0, 10)])).toEqual([
      ['pass', '2026-01-06'],
      ['fail', '2026-02-05'],
      ['pass', '2026-02-20'],
    ]);
  });
});
