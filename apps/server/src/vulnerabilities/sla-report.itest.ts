/**
 * The SLA report's SQL against the rules of @vigil/core: a mixed set of findings (every severity and
 * npm's "moderate", several intervals per finding, some outside the window), three policy versions
 * changing mid-window, and exceptions pending, active and expired. Every count, due date, standing and
 * page must be what `dueDate` and `findingStanding` give for the same data.
 */
import type { VulnReportFinding } from '@vigil/api';
import {
  type AcceptanceSpan,
  DAY_MS,
  dueDate,
  findingStanding,
  type SlaPolicyVersion,
  VULN_SLA_SEVERITIES,
} from '@vigil/core';
import { schema } from '@vigil/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { slaReport, windowFindings } from './sla-report.ts';

let t: TestApp;
let a: Tenant;
const now = new Date('2026-11-20T12:00:00.000Z');
const at = (days: number, hours = 0) => new Date(now.getTime() + days * DAY_MS + hours * 3_600_000);

/** A small linear congruential generator, so the data set is the same on every run. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

interface Seeded {
  id: string;
  name: string;
  severity: string;
  intervals: { from: Date; to: Date | null }[];
}

const versions: SlaPolicyVersion[] = [
  { effectiveAt: at(-200, 5), days: { critical: 7, high: 20, medium: 60, low: 120 } },
  { effectiveAt: at(-90, 13), days: { critical: 3, high: 45, medium: 0, low: 365 } },
];
const seeded: Seeded[] = [];
const acceptances = new Map<string, AcceptanceSpan[]>();

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  const db = t.database.db;
  const rnd = random(13);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const severities = ['critical', 'high', 'medium', 'low', 'moderate', 'unknown', 'info'] as const;
  for (let i = 0; i < 240; i++) {
    const type = i % 6 === 0 ? 'deps.package_audit' : 'vuln.finding';
    const severity = pick(severities);
    // Detected from 500 days ago to now, at any hour; some detected right at a policy change.
    const detected =
      i === 1 ? versions[1]!.effectiveAt : at(-Math.floor(rnd() * 500), Math.floor(rnd() * 24));
    const span = Math.floor(rnd() * 200);
    const gone = rnd() < 0.6 ? new Date(detected.getTime() + span * DAY_MS) : null;
    const intervals: Seeded['intervals'] = [
      { from: detected, to: gone && gone < now ? gone : null },
      // A second check's interval that starts later and may end earlier.
      { from: new Date(detected.getTime() + 3_600_000), to: gone && gone < now ? gone : null },
    ];
    if (i % 9 === 0 && intervals[0]!.to) intervals[1]!.to = null;
    const [r] = await db
      .insert(schema.resources)
      .values({
        orgId: a.orgId,
        source: type === 'vuln.finding' ? 'trivy' : 'npm',
        type,
        externalId: `f${i}`,
        name: `Finding ${String(i % 40).padStart(2, '0')}`,
        attributes: type === 'vuln.finding' ? { severity, vulnerabilityId: `CVE-${i}` } : { severity },
        attributesHash: `h${i}`,
        firstSeen: detected,
        lastSeen: now,
      })
      .returning();
    for (const [k, iv] of intervals.entries()) {
      await db.insert(schema.checkIntervals).values({
        orgId: a.orgId,
        checkId: `check.${k}`,
        resourceId: r!.id,
        status: 'pass',
        reason: 'test',
        from: iv.from,
        to: iv.to,
      });
    }
    seeded.push({ id: r!.id, name: r!.name, severity, intervals });
    // Every seventh: an approved exception, active now or expired; every eleventh: one still pending.
    if (i % 7 === 0 || i % 11 === 0) {
      const approved = i % 7 === 0;
      const expiresAt = i % 14 === 0 ? at(-5) : at(20);
      // The expired ones were active during the earlier window.
      const acceptedAt = i % 14 === 0 ? at(-250) : at(-30);
      await db.insert(schema.vulnExceptions).values({
        orgId: a.orgId,
        resourceId: r!.id,
        justification: 'test',
        approvedAt: approved ? acceptedAt : null,
        expiresAt,
      });
      if (approved) acceptances.set(r!.id, [{ acceptedAt, expiresAt }]);
    }
  }
  for (const v of versions) {
    await db.insert(schema.vulnSlaPolicies).values({
      orgId: a.orgId,
      criticalDays: v.days.critical,
      highDays: v.days.high,
      mediumDays: v.days.medium,
      lowDays: v.days.low,
      effectiveAt: v.effectiveAt,
    });
  }
});
afterAll(() => t?.close());

/** What the core rules say for the window: every finding of it with due date and standing. */
function expected(window: { from: string; to: string }) {
  const start = Date.parse(`${window.from}T00:00:00Z`);
  const end = Date.parse(`${window.to}T00:00:00Z`) + DAY_MS;
  const asOf = new Date(Math.min(end, now.getTime()));
  const out = new Map<string, { severity: string; dueAt: string; standing: string }>();
  for (const f of seeded) {
    const severity = f.severity === 'moderate' ? 'medium' : f.severity;
    if (!(VULN_SLA_SEVERITIES as readonly string[]).includes(severity)) continue;
    const detected = new Date(Math.min(...f.intervals.map((i) => i.from.getTime())));
    const remediated = f.intervals.some((i) => i.to === null)
      ? null
      : new Date(Math.max(...f.intervals.map((i) => i.to!.getTime())));
    if (detected.getTime() >= end || (remediated && remediated.getTime() < start)) continue;
    const due = dueDate(versions, severity, detected)!;
    const standing = findingStanding({
      due,
      remediatedAt: remediated,
      asOf,
      acceptances: acceptances.get(f.id) ?? [],
    });
    out.set(f.id, { severity, dueAt: due.toISOString(), standing });
  }
  return out;
}

const WINDOWS = [
  { from: '2025-11-20', to: '2026-11-20' },
  // Ends mid-history: standings are read at the window's end, so later remediations do not count.
  { from: '2026-03-01', to: '2026-07-31' },
];

describe('the SLA report in SQL agrees with the rules of @vigil/core', () => {
  it.each(WINDOWS)('counts per severity and standing, $from to $to', async (window) => {
    const want = expected(window);
    const report = await slaReport(t.database.db, a.orgId, window, now);
    const counts = Object.fromEntries(VULN_SLA_SEVERITIES.map((s) => [s, [0, 0, 0, 0, 0]]));
    const col = ['open', 'overdue', 'accepted', 'remediated_on_time', 'remediated_late'];
    for (const f of want.values()) counts[f.severity]![col.indexOf(f.standing)]!++;
    expect(
      Object.fromEntries(
        report.severities.map((s) => [
          s.severity,
          [s.open, s.overdue, s.accepted, s.remediatedOnTime, s.remediatedLate],
        ]),
      ),
    ).toEqual(counts);
    // The data set exercises every standing.
    for (const c of col)
      expect(
        [...want.values()].some((f) => f.standing === c),
        c,
      ).toBe(true);
  });

  it.each(WINDOWS)('gives each finding its due date and standing, $from to $to', async (window) => {
    const want = expected(window);
    const got = await windowFindings(t.database.db, a.orgId, window, now);
    expect(
      new Map(got.map((f) => [f.resourceId, { severity: f.severity, dueAt: f.dueAt, standing: f.standing }])),
    ).toEqual(want);
  });

  it('pages through the open findings, most overdue first, without repeating or skipping', async () => {
    const window = WINDOWS[0]!;
    const all = (await windowFindings(t.database.db, a.orgId, window, now)).filter((f) =>
      ['open', 'overdue', 'accepted'].includes(f.standing),
    );
    const pages: VulnReportFinding[] = [];
    let total = -1;
    for (let offset = 0; pages.length < all.length; offset += 7) {
      const report = await slaReport(t.database.db, a.orgId, { ...window, limit: 7, offset }, now);
      total = report.open.total;
      expect(report.open.items.length).toBeLessThanOrEqual(7);
      if (report.open.items.length === 0) break;
      pages.push(...report.open.items);
    }
    expect(total).toBe(all.length);
    expect(pages.map((f) => f.resourceId)).toEqual(all.map((f) => f.resourceId));
    const keys = pages.map((f) => `${f.dueAt} ${f.name}`);
    expect(keys).toEqual([...keys].sort());
    const accepted = pages.find((f) => f.standing === 'accepted')!;
    expect(accepted.acceptedUntil).toBe(at(20).toISOString());
  });
});
