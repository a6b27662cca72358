/**
 * Monitoring status of an organization, derived on read: per check the open results by status and
 * the health of the connectors feeding it; per control the worst of its checks and whether its
 * evidence has expired. Nothing here is stored, so it can never disagree with the intervals.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import {
  type CheckCounts,
  type CheckHealth,
  type ControlMonitoringStatus,
  checkHealth,
  controlStatus,
  emptyCounts,
  type FeedState,
  isStale,
} from '@vigil/monitoring';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { expiredEvidenceByControl, todayUtc } from '../evidence/index.ts';
import { type AnyCheck, loadCustomChecks, type MonitoringRegistry, typesOfKind } from './registry.ts';

export interface CheckState {
  check: AnyCheck;
  custom: boolean;
  counts: CheckCounts;
  health: CheckHealth;
  /** The organization's controls this check tests. */
  controlIds: string[];
}

export interface ControlState {
  id: string;
  code: string;
  title: string;
  templateId: string | null;
  ownerId: string | null;
  status: ControlMonitoringStatus;
  checkIds: string[];
  /** Linked evidence past its renew-by date and not superseded. */
  expiredEvidence: number;
}

export interface MonitoringSnapshot {
  checks: CheckState[];
  controls: ControlState[];
}

const COUNT_KEYS: Record<string, keyof CheckCounts> = {
  pass: 'pass',
  fail: 'fail',
  error: 'error',
  not_applicable: 'notApplicable',
};

/** Open results per check and status, in one grouped query over the open-interval index. */
export async function openCounts(db: Db, orgId: string): Promise<Map<string, CheckCounts>> {
  const { checkIntervals } = schema;
  const rows = await db
    .select({ checkId: checkIntervals.checkId, status: checkIntervals.status, n: sql<number>`count(*)::int` })
    .from(checkIntervals)
    .where(and(eq(checkIntervals.orgId, orgId), isNull(checkIntervals.to)))
    .groupBy(checkIntervals.checkId, checkIntervals.status);
  const out = new Map<string, CheckCounts>();
  for (const r of rows) {
    const counts = out.get(r.checkId) ?? emptyCounts();
    const key = COUNT_KEYS[r.status];
    if (key) counts[key] += r.n;
    out.set(r.checkId, counts);
  }
  return out;
}

/** What the enabled connectors say about each resource type: a failed last run, or data gone stale. */
export async function feedsByType(
  db: Db,
  orgId: string,
  registry: MonitoringRegistry,
  now: Date,
): Promise<Map<string, FeedState>> {
  const rows = await db
    .select()
    .from(schema.connectors)
    .where(and(eq(schema.connectors.orgId, orgId), eq(schema.connectors.enabled, true)));
  const out = new Map<string, FeedState>();
  for (const c of rows) {
    const stale = isStale(c, now);
    for (const type of typesOfKind(registry, c.kind)) {
      const feed = out.get(type) ?? { connectorError: false, stale: false };
      feed.connectorError ||= c.lastStatus === 'error';
      feed.stale ||= stale;
      out.set(type, feed);
    }
  }
  return out;
}

/** The monitoring status of every check and control of an organization, in five queries. */
export async function monitoringSnapshot(
  db: Db,
  orgId: string,
  registry: MonitoringRegistry,
  now = new Date(),
): Promise<MonitoringSnapshot> {
  const [custom, counts, feeds, controls, expired] = await Promise.all([
    loadCustomChecks(db, orgId),
    openCounts(db, orgId),
    feedsByType(db, orgId, registry, now),
    db
      .select({
        id: schema.controls.id,
        code: schema.controls.code,
        title: schema.controls.title,
        templateId: schema.controls.templateId,
        ownerId: schema.controls.ownerId,
      })
      .from(schema.controls)
      .where(eq(schema.controls.orgId, orgId))
      .orderBy(schema.controls.code),
    expiredEvidenceByControl(db, orgId, todayUtc(now)),
  ]);
  const all = [
    ...registry.checks.map((check) => ({ check, custom: false })),
    ...custom.flatMap((c) => (c.check ? [{ check: c.check, custom: true }] : [])),
  ];
  const checks: CheckState[] = all.map(({ check, custom: isCustom }) => {
    const c = counts.get(check.id) ?? emptyCounts();
    const feed = feeds.get(check.resourceType.type) ?? { connectorError: false, stale: false };
    return {
      check,
      custom: isCustom,
      counts: c,
      health: checkHealth(c, feed),
      controlIds: controls
        .filter((k) => k.templateId && check.controls.includes(k.templateId))
        .map((k) => k.id),
    };
  });
  const controlStates: ControlState[] = controls.map((k) => {
    const mine = checks.filter((c) => c.controlIds.includes(k.id));
    return {
      ...k,
      status: controlStatus(mine.map((c) => c.health)),
      checkIds: mine.map((c) => c.check.id),
      expiredEvidence: expired.get(k.id) ?? 0,
    };
  });
  return { checks, controls: controlStates };
}
