/**
 * Type II operating effectiveness over an observation window, computed from stored intervals:
 * how much of the window a control operated, and every exception with when it began and ended.
 */
import type { CheckStatus } from './check.ts';

export interface StoredInterval {
  checkId: string;
  resourceKey: string;
  resourceName: string;
  status: CheckStatus;
  reason: string;
  from: Date;
  /** Null while the interval is still open. */
  to: Date | null;
}

export interface ControlException {
  checkId: string;
  resourceKey: string;
  resourceName: string;
  reason: string;
  failedFrom: Date;
  /** When it passed again; null when it was still failing at the end of the window. */
  remediatedAt: Date | null;
  durationMs: number;
}

export interface TimelineSegment {
  from: Date;
  to: Date;
  state: 'operating' | 'exception' | 'not_evaluated';
  failing: number;
}

export interface Effectiveness {
  windowStart: Date;
  windowEnd: Date;
  /** Share of the window in which no resource failed, among the time that was evaluated (0..1). */
  operatingShare: number;
  /** Share of the window covered by any evaluation at all (0..1). */
  evaluatedShare: number;
  exceptions: ControlException[];
  timeline: TimelineSegment[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const clamp = (d: Date, lo: Date, hi: Date) =>
  new Date(Math.min(Math.max(d.getTime(), lo.getTime()), hi.getTime()));

/**
 * Computes effectiveness for the intervals of one control's checks in [start, end).
 * Example: one resource failing for 1 day of a 10-day window gives operatingShare 0.9.
 */
export function computeEffectiveness(
  intervals: readonly StoredInterval[],
  start: Date,
  end: Date,
): Effectiveness {
  const windowMs = end.getTime() - start.getTime();
  if (windowMs <= 0) throw new Error('the window must end after it starts');
  const inWindow = onePerResource(intervals.filter((i) => i.from < end && (i.to === null || i.to > start)));
  // Sweep line over interval boundaries: +1/-1 for failing and for evaluated spans.
  const events: { t: number; fail: number; evald: number }[] = [];
  for (const i of inWindow) {
    const from = clamp(i.from, start, end).getTime();
    const to = clamp(i.to ?? end, start, end).getTime();
    if (to <= from) continue;
    const failing = i.status === 'fail' ? 1 : 0;
    const evaluated = i.status === 'pass' || i.status === 'fail' ? 1 : 0;
    events.push({ t: from, fail: failing, evald: evaluated }, { t: to, fail: -failing, evald: -evaluated });
  }
  events.sort((a, b) => a.t - b.t);
  const timeline: TimelineSegment[] = [];
  let failing = 0;
  let evaluated = 0;
  let cursor = start.getTime();
  let operatingMs = 0;
  let evaluatedMs = 0;
  const push = (to: number) => {
    if (to <= cursor) return;
    const state = failing > 0 ? 'exception' : evaluated > 0 ? 'operating' : 'not_evaluated';
    if (state !== 'not_evaluated') evaluatedMs += to - cursor;
    if (state === 'operating') operatingMs += to - cursor;
    const last = timeline.at(-1);
    if (last && last.state === state && last.failing === failing) last.to = new Date(to);
    else timeline.push({ from: new Date(cursor), to: new Date(to), state, failing });
    cursor = to;
  };
  for (const e of events) {
    push(e.t);
    failing += e.fail;
    evaluated += e.evald;
  }
  push(end.getTime());
  const exceptions = inWindow
    .filter((i) => i.status === 'fail')
    .map((i) => {
      const remediatedAt = i.to && i.to <= end ? i.to : null;
      const from = clamp(i.from, start, end);
      return {
        checkId: i.checkId,
        resourceKey: i.resourceKey,
        resourceName: i.resourceName,
        reason: i.reason,
        failedFrom: i.from,
        remediatedAt,
        durationMs: (remediatedAt ?? end).getTime() - from.getTime(),
      };
    })
    // Ties in a stable order, whatever order the store returned the intervals in. Code-point order,
    // not localeCompare: a sweep opens thousands of failures at one instant, and ICU collation made
    // this sort most of the computation.
    .sort(
      (a, b) =>
        a.failedFrom.getTime() - b.failedFrom.getTime() ||
        byCodePoint(a.checkId, b.checkId) ||
        byCodePoint(a.resourceKey, b.resourceKey) ||
        (a.remediatedAt?.getTime() ?? Infinity) - (b.remediatedAt?.getTime() ?? Infinity),
    );
  return {
    windowStart: start,
    windowEnd: end,
    operatingShare: evaluatedMs === 0 ? 0 : operatingMs / evaluatedMs,
    evaluatedShare: evaluatedMs / windowMs,
    exceptions,
    timeline,
  };
}

/**
 * The failing intervals with those of one (check, resource) joined where they overlap or touch: a
 * resource two connectors report (the same credential report uploaded twice) is one exception, not
 * two. The reason kept is the one of the earliest interval of each joined span.
 */
export function onePerResource(intervals: readonly StoredInterval[]): StoredInterval[] {
  const out: StoredInterval[] = [];
  const failing = new Map<string, StoredInterval[]>();
  for (const i of intervals) {
    if (i.status !== 'fail' || i.resourceKey === '') {
      out.push(i);
      continue;
    }
    const key = `${i.checkId}\n${i.resourceKey}`;
    const list = failing.get(key);
    if (list) list.push(i);
    else failing.set(key, [i]);
  }
  for (const list of failing.values()) {
    if (list.length === 1) {
      out.push(list[0]!);
      continue;
    }
    list.sort((a, b) => a.from.getTime() - b.from.getTime());
    let current = { ...list[0]! };
    for (const i of list.slice(1)) {
      const reaches = current.to === null || i.from <= current.to;
      if (!reaches) {
        out.push(current);
        current = { ...i };
      } else if (current.to !== null && (i.to === null || i.to > current.to)) current.to = i.to;
    }
    out.push(current);
  }
  return out;
}

/** The state at one instant, for a Type I as-of date: the outcome each (check, resource) had then. */
export function stateAt(intervals: readonly StoredInterval[], at: Date): StoredInterval[] {
  return onePerResource(intervals.filter((i) => i.from <= at && (i.to === null || i.to > at)));
}
