/**
 * Monitoring status as the people who own controls see it: one word per check and per control,
 * derived from open intervals, the health of the connectors that feed them and the evidence age.
 */

/** Open results of one check, by status. */
export interface CheckCounts {
  pass: number;
  fail: number;
  error: number;
  notApplicable: number;
}

export type CheckHealth = 'passing' | 'failing' | 'error' | 'stale' | 'no_data';
export type ControlMonitoringStatus = 'passing' | 'failing' | 'error' | 'stale' | 'no_checks';

/** What the connectors feeding a check say about its data. */
export interface FeedState {
  /** The last run of a connector feeding the check failed: its results cannot be trusted. */
  connectorError: boolean;
  /** A connector feeding the check has not succeeded for more than twice its schedule. */
  stale: boolean;
}

export const emptyCounts = (): CheckCounts => ({ pass: 0, fail: 0, error: 0, notApplicable: 0 });

/**
 * The health of one check. A broken connector outranks everything (its results are not current);
 * a known failure outranks staleness, because old bad news is still bad news.
 */
export function checkHealth(counts: CheckCounts, feed: FeedState): CheckHealth {
  if (feed.connectorError) return 'error';
  if (counts.fail > 0) return 'failing';
  if (counts.error > 0) return 'error';
  if (feed.stale) return 'stale';
  if (counts.pass > 0) return 'passing';
  return 'no_data';
}

const CONTROL_ORDER: readonly CheckHealth[] = ['failing', 'error', 'stale', 'passing'];

/**
 * The status of a control from the health of its checks: the worst one wins; `no_checks` when no
 * mapped check has produced a result.
 */
export function controlStatus(checks: readonly CheckHealth[]): ControlMonitoringStatus {
  for (const h of CONTROL_ORDER) if (checks.includes(h)) return h as ControlMonitoringStatus;
  return 'no_checks';
}

/**
 * True when a scheduled connector's data is older than twice its schedule. A connector that never
 * succeeded counts from when it was created. Upload-only connectors (no schedule) are never stale.
 */
export function isStale(
  connector: { scheduleMinutes: number | null; lastSuccessAt: Date | null; createdAt: Date },
  now: Date,
): boolean {
  if (!connector.scheduleMinutes) return false;
  const since = (connector.lastSuccessAt ?? connector.createdAt).getTime();
  return now.getTime() - since > 2 * connector.scheduleMinutes * 60_000;
}

/**
 * When a scheduled connector should run next: one schedule after its last attempt, or sooner after
 * a failure, backing off exponentially (base, 2×base, 4×base …) but never later than the schedule.
 */
export function nextRunAt(
  connector: { scheduleMinutes: number | null; lastRunAt: Date | null },
  consecutiveFailures: number,
  retryBaseMs = 60_000,
): Date | null {
  if (!connector.scheduleMinutes) return null;
  if (!connector.lastRunAt) return new Date(0);
  const scheduleMs = connector.scheduleMinutes * 60_000;
  const wait =
    consecutiveFailures > 0
      ? Math.min(scheduleMs, retryBaseMs * 2 ** Math.min(consecutiveFailures - 1, 20))
      : scheduleMs;
  return new Date(connector.lastRunAt.getTime() + wait);
}
