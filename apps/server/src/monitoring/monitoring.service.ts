/** Presents the monitoring snapshot: the check list with filters, one check in detail, one control. */

import type { CheckSummary, ChecksListQuery } from '@vigil/api';
import { notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import type { FeedState } from '@vigil/monitoring';
import { type CheckState, type ControlState, monitoringSnapshot } from './control-status.ts';
import { checkHistory, failingResources, trends } from './monitoring.queries.ts';
import type { MonitoringRegistry } from './registry.ts';

const TREND_DAYS = 30;

const presentFeed = (f: FeedState) => ({ status: f.status, since: f.since?.toISOString() ?? null });

function present(s: CheckState, trend: { transitions: number; failures: number } | undefined): CheckSummary {
  const c = s.check;
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    severity: c.severity,
    resourceType: c.resourceType.type,
    resourceTypeTitle: c.resourceType.title,
    criteria: c.criteria,
    controls: c.controls,
    controlIds: s.controlIds,
    custom: s.custom,
    status: s.health,
    feed: presentFeed(s.feed),
    counts: s.counts,
    trend: trend ?? { transitions: 0, failures: 0 },
  };
}

async function snapshotWithTrends(db: Db, orgId: string, registry: MonitoringRegistry, now: Date) {
  const [snapshot, trend] = await Promise.all([
    monitoringSnapshot(db, orgId, registry, now),
    trends(db, orgId, new Date(now.getTime() - TREND_DAYS * 86_400_000)),
  ]);
  return { snapshot, trend };
}

/** Every check of the organization with its status, counts and trend, filtered as asked. */
export async function listChecks(db: Db, orgId: string, registry: MonitoringRegistry, q: ChecksListQuery) {
  const { snapshot, trend } = await snapshotWithTrends(db, orgId, registry, new Date());
  const items = snapshot.checks
    .filter(
      (s) =>
        (!q.control || s.controlIds.includes(q.control)) &&
        (!q.criterion || s.check.criteria.includes(q.criterion)) &&
        (!q.severity || s.check.severity === q.severity) &&
        (!q.status || s.health === q.status),
    )
    .map((s) => present(s, trend.get(s.check.id)));
  return { items, total: items.length };
}

/** One check: its definition, the resources failing it now, and its history of intervals. */
export async function getCheckDetail(
  db: Db,
  orgId: string,
  registry: MonitoringRegistry,
  checkId: string,
  page: { limit: number; offset: number; historyLimit: number; historyOffset: number },
) {
  const { snapshot, trend } = await snapshotWithTrends(db, orgId, registry, new Date());
  const state = snapshot.checks.find((s) => s.check.id === checkId);
  if (!state) throw notFound('check');
  const [failing, history] = await Promise.all([
    failingResources(db, orgId, checkId, page.limit, page.offset),
    checkHistory(db, orgId, checkId, page.historyLimit, page.historyOffset),
  ]);
  return {
    check: {
      ...present(state, trend.get(checkId)),
      rationale: state.check.rationale,
      remediation: state.check.remediation,
    },
    failing,
    history,
  };
}

function presentControl(k: ControlState) {
  return {
    controlId: k.id,
    code: k.code,
    title: k.title,
    status: k.status,
    feed: presentFeed(k.feed),
    evidence: {
      status: k.expiredEvidence > 0 ? ('evidence_expired' as const) : ('current' as const),
      expired: k.expiredEvidence,
    },
  };
}

/** Every control's monitoring status. */
export async function listControlStatuses(db: Db, orgId: string, registry: MonitoringRegistry) {
  const snapshot = await monitoringSnapshot(db, orgId, registry);
  return { items: snapshot.controls.map((k) => ({ ...presentControl(k), checkIds: k.checkIds })) };
}

/** One control's monitoring status with its checks, or not_found. */
export async function getControlMonitoring(
  db: Db,
  orgId: string,
  registry: MonitoringRegistry,
  controlId: string,
) {
  const { snapshot, trend } = await snapshotWithTrends(db, orgId, registry, new Date());
  const control = snapshot.controls.find((k) => k.id === controlId);
  if (!control) throw notFound('control');
  const checks = snapshot.checks.filter((s) => s.controlIds.includes(controlId));
  return { ...presentControl(control), checks: checks.map((s) => present(s, trend.get(s.check.id))) };
}
