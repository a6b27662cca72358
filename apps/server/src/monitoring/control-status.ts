/**
 * Monitoring status of an organization, derived on read: per check the open results by status and,
 * beside them, whether the connectors feeding it are current; per control the worst of its checks and
 * whether its evidence has expired. Nothing here is stored, so it can never disagree with the intervals.
 */
import type { Db } from '@vigil/db';
import { readTogether, rowsOf, schema } from '@vigil/db';
import {
  type CheckCounts,
  type CheckHealth,
  COUNT_OF,
  type ControlMonitoringStatus,
  CURRENT_FEED,
  checkHealth,
  controlStatus,
  emptyCounts,
  type FeedState,
  surplusCounts,
  worstFeed,
} from '@vigil/monitoring';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { expiredEvidenceByControl, todayUtc } from '../evidence/index.ts';
import { feedsByType } from './connector-feeds.ts';
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

/**
 * Open results per check and status, one per external thing: a grouped query over the open-interval
 * index, less the repeats of resources that several connectors supply (read only for the source and
 * type pairs more than one connector has swept, so the usual one-connector-per-system case costs nothing).
 */
export async function openCounts(db: Db, orgId: string): Promise<Map<string, CheckCounts>> {
  const { checkIntervals } = schema;
  const [rows, shared] = await readTogether(db, [
    () =>
      db
        .select({
          checkId: checkIntervals.checkId,
          status: checkIntervals.status,
          n: sql<number>`count(*)::int`,
        })
        .from(checkIntervals)
        .where(and(eq(checkIntervals.orgId, orgId), isNull(checkIntervals.to)))
        .groupBy(checkIntervals.checkId, checkIntervals.status),
    () => sharedResults(db, orgId),
  ]);
  const surplus = surplusCounts(shared);
  const out = new Map<string, CheckCounts>();
  for (const r of rows) {
    const counts = out.get(r.checkId) ?? emptyCounts();
    const key = COUNT_OF[r.status];
    if (key) counts[key] += r.n;
    out.set(r.checkId, counts);
  }
  for (const [checkId, less] of surplus) {
    const counts = out.get(checkId);
    if (!counts) continue;
    for (const k of Object.keys(less) as (keyof CheckCounts)[]) counts[k] -= less[k];
  }
  return out;
}

/** The open results on resources of a source and type that more than one connector supplies. */
async function sharedResults(db: Db, orgId: string) {
  return rowsOf<{ checkId: string; key: string; status: string }>(
    await db.execute(sql`
      with shared as (
        select source, type from resource_scopes where org_id = ${orgId}
        group by source, type having count(*) > 1)
      select ci.check_id as "checkId", ci.status,
        r.source || '|' || r.type || '|' || r.external_id as key
      from shared s
      join resources r on r.org_id = ${orgId} and r.source = s.source and r.type = s.type and r.gone_at is null
      join check_intervals ci on ci.resource_id = r.id and ci."to" is null`),
  );
}

/** The monitoring status of every check and control of an organization, in five queries. */
export async function monitoringSnapshot(
  db: Db,
  orgId: string,
  registry: MonitoringRegistry,
  now = new Date(),
): Promise<MonitoringSnapshot> {
  const [custom, counts, feeds, controls, expired] = await readTogether(db, [
    () => loadCustomChecks(db, orgId),
    () => openCounts(db, orgId),
    () => feedsByType(db, orgId, now),
    () =>
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
    () => expiredEvidenceByControl(db, orgId, todayUtc(now)),
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
