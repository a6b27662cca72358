/**
 * Monitoring status of an organization, derived on read: per check the open results by status and,
 * beside them, whether the connectors feeding it are current; per control the worst of its checks and
 * whether its evidence has expired. Nothing here is stored, so it can never disagree with the intervals.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import {
  type CheckCounts,
  type CheckHealth,
  type ControlMonitoringStatus,
  CURRENT_FEED,
  checkHealth,
  controlStatus,
  emptyCounts,
  type FeedState,
  isStale,
  worstFeed,
} from '@vigil/monitoring';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { expiredEvidenceByControl, todayUtc } from '../evidence/index.ts';
import { rowsOf } from './batches.ts';
import { type AnyCheck, loadCustomChecks, type MonitoringRegistry } from './registry.ts';

export interface CheckState {
  check: AnyCheck;
  custom: boolean;
  counts: CheckCounts;
  health: CheckHealth;
  /** Whether the connectors that supplied its data are current. */
  feed: FeedState;
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
  /** The worst feed of its checks. */
  feed: FeedState;
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

/**
 * What the enabled connectors say about the data of each resource type they have supplied: failing
 * since their first failed run after the last success, or stale. A connector feeds only the types it
 * has swept, so a failed upload to a connector that detects any format marks nothing it never supplied.
 */
export async function feedsByType(db: Db, orgId: string, now: Date): Promise<Map<string, FeedState>> {
  const rows = rowsOf<{
    schedule_minutes: number | null;
    last_status: string | null;
    last_success_at: string | Date | null;
    created_at: string | Date;
    failing_since: string | Date | null;
    types: string[] | null;
  }>(
    await db.execute(sql`
      select c.schedule_minutes, c.last_status, c.last_success_at, c.created_at,
        (select min(r.started_at) from runs r
          where r.connector_id = c.id and r.status = 'failed'
            and r.started_at > coalesce(c.last_success_at, '-infinity'::timestamptz)) as failing_since,
        array(select distinct s.type from resource_scopes s where s.connector_id = c.id) as types
      from connectors c
      where c.org_id = ${orgId} and c.enabled`),
  );
  const date = (v: string | Date | null) => (v === null ? null : new Date(v));
  const out = new Map<string, FeedState>();
  for (const c of rows) {
    const connector = {
      scheduleMinutes: c.schedule_minutes,
      lastSuccessAt: date(c.last_success_at),
      createdAt: date(c.created_at)!,
    };
    const feed: FeedState =
      c.last_status === 'error'
        ? { status: 'collector_failing', since: date(c.failing_since) }
        : isStale(connector, now)
          ? { status: 'stale', since: connector.lastSuccessAt }
          : CURRENT_FEED;
    for (const type of c.types ?? []) out.set(type, worstFeed([out.get(type) ?? CURRENT_FEED, feed]));
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
    feedsByType(db, orgId, now),
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
    return {
      check,
      custom: isCustom,
      counts: c,
      health: checkHealth(c),
      feed: feeds.get(check.resourceType.type) ?? CURRENT_FEED,
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
      feed: worstFeed(mine.map((c) => c.feed)),
      checkIds: mine.map((c) => c.check.id),
      expiredEvidence: expired.get(k.id) ?? 0,
    };
  });
  return { checks, controls: controlStates };
}
