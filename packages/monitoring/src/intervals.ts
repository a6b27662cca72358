/**
 * State as intervals: one row per (check, resource) per continuous span of the same outcome.
 * A sweep compares what is open with what it just evaluated and writes only the transitions.
 */
import type { CheckStatus } from './check.ts';

export interface OpenInterval {
  checkId: string;
  resourceKey: string;
  status: CheckStatus;
  reason: string;
}

export interface SweepOutcome {
  checkId: string;
  resourceKey: string;
  status: CheckStatus;
  reason: string;
}

export interface IntervalDiff<O extends SweepOutcome = SweepOutcome> {
  /** Open intervals to end at the sweep time: the outcome changed or the resource is gone. */
  close: OpenInterval[];
  /** Intervals to start at the sweep time. */
  open: O[];
  /** Outcomes that continue unchanged; nothing is written for them. */
  unchanged: number;
}

export const intervalKey = (checkId: string, resourceKey: string) => `${checkId}\u0000${resourceKey}`;

/**
 * Compares the open intervals of the checks a sweep evaluated with its outcomes.
 * A changed reason with the same status is not a transition: the interval carries its first reason.
 */
export function diffIntervals<O extends SweepOutcome>(
  open: readonly OpenInterval[],
  outcomes: readonly O[],
): IntervalDiff<O> {
  const current = new Map(open.map((o) => [intervalKey(o.checkId, o.resourceKey), o]));
  const diff: IntervalDiff<O> = { close: [], open: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const o of outcomes) {
    const key = intervalKey(o.checkId, o.resourceKey);
    seen.add(key);
    const before = current.get(key);
    if (before && before.status === o.status) {
      diff.unchanged++;
      continue;
    }
    if (before) diff.close.push(before);
    diff.open.push(o);
  }
  for (const [key, o] of current) if (!seen.has(key)) diff.close.push(o);
  return diff;
}
