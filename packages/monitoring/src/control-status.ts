/**
 * Monitoring status as the people who own controls see it: one word per check and per control,
 * derived from open intervals, and beside it whether the connectors that feed them are current.
 */

/** Open results of one check, by status. */
export interface CheckCounts {
  pass: number;
  fail: number;
  error: number;
  notApplicable: number;
}

export type CheckHealth = 'passing' | 'failing' | 'error' | 'no_data';
export type ControlMonitoringStatus = 'passing' | 'failing' | 'error' | 'no_checks';

/**
 * Whether the data behind a result is current: a separate dimension from the result itself, so a
 * connector that fails or falls behind never hides or rewrites what its last good run found.
 */
export type FeedStatus = 'current' | 'stale' | 'collector_failing';

/** What the connectors feeding a check say about its data. */
export interface FeedState {
  status: FeedStatus;
  /** Failing: the first failed run since the last success; stale: the last success (null if none). */
  since: Date | null;
}

export const CURRENT_FEED: FeedState = { status: 'current', since: null };

export const emptyCounts = (): CheckCounts => ({ pass: 0, fail: 0, error: 0, notApplicable: 0 });

/**
 * The health of one check, from its open results alone: any failure makes it failing, then any
 * result in error; a failing collector changes the feed, never the results (see FeedState).
 */
export function checkHealth(counts: CheckCounts): CheckHealth {
  if (counts.fail > 0) return 'failing';
  if (counts.error > 0) return 'error';
  if (counts.pass > 0) return 'passing';
  return 'no_data';
}

const FEED_ORDER: readonly FeedStatus[] = ['collector_failing', 'stale', 'current'];

/** The worst of several feeds; among equally bad ones, the earliest `since`. */
export function worstFeed(feeds: readonly FeedState[]): FeedState {
  let worst = CURRENT_FEED;
  for (const f of feeds) {
    const rank = FEED_ORDER.indexOf(f.status) - FEED_ORDER.indexOf(worst.status);
    const earlier = f.since !== null && (worst.since === null || f.since < worst.since);
    if (rank < 0 || (rank === 0 && f.status !== 'current' && earlier)) worst = f;
  }
  return worst;
}

const CONTROL_ORDER: readonly CheckHealth[] = ['failing', 'error', 'passing'];

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

const STATUS_RANK: Record<string, number> = { fail: 3, error: 2, pass: 1, not_applicable: 0 };
/** The field of `CheckCounts` each stored status is counted in. */
export const COUNT_OF: Readonly<Record<string, keyof CheckCounts>> = {
  pass: 'pass',
  fail: 'fail',
  error: 'error',
  not_applicable: 'notApplicable',
};

/**
 * What to take off a check's counts when one external thing (an IAM user, a repository) is seen by
 * several connectors: every open result of the same resource key except its worst one.
 */
export function surplusCounts(
  results: readonly { checkId: string; key: string; status: string }[],
): Map<string, CheckCounts> {
  const byKey = new Map<string, string[]>();
  for (const r of results) {
    const k = `${r.checkId}\n${r.key}`;
    const list = byKey.get(k);
    if (list) list.push(r.status);
    else byKey.set(k, [r.status]);
  }
  const out = new Map<string, CheckCounts>();
  for (const [k, statuses] of byKey) {
    if (statuses.length < 2) continue;
    const checkId = k.slice(0, k.indexOf('\n'));
    const counts = out.get(checkId) ?? emptyCounts();
    const worst = statuses.reduce((a, b) => ((STATUS_RANK[b] ?? -1) > (STATUS_RANK[a] ?? -1) ? b : a));
    let kept = false;
    for (const s of statuses) {
      if (s === worst && !kept) {
        kept = true;
        continue;
      }
      const field = COUNT_OF[s];
      if (field) counts[field] += 1;
    }
    out.set(checkId, counts);
  }
  return out;
}
