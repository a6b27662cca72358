/**
 * Gaps in collection: the time in which a connector's data could not be trusted to be current,
 * because its runs were failing or no run had succeeded for more than twice its schedule. Passing
 * time inside a gap is "not evaluated" in Type II effectiveness: nothing showed the control working
 * then. A failure seen before a gap stays a failure through it (old bad news is still bad news).
 */
import type { StoredInterval } from './effectiveness.ts';

/** A span of time, `to` exclusive. */
export interface Span {
  from: Date;
  to: Date;
}

/** The end of a gap still open at the time asked about: the latest time a Date holds. */
export const STILL_OPEN = new Date(8.64e15);

/** A finished run of one connector, as the gaps need it. */
export interface FinishedRun {
  status: 'succeeded' | 'failed';
  startedAt: Date;
  finishedAt: Date;
}

/**
 * The gaps of one connector up to `until`, from its finished runs (any order): from a failed run
 * after a success (or with none before it) to the next success, and for a scheduled connector from
 * twice its schedule after a success to the next success. A gap still open at `until` ends at
 * STILL_OPEN, so that nothing after it counts as evaluated either.
 */
export function collectionGaps(
  runs: readonly FinishedRun[],
  scheduleMinutes: number | null,
  until: Date,
): Span[] {
  const sorted = [...runs].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const staleAfterMs = scheduleMinutes ? 2 * scheduleMinutes * 60_000 : null;
  const gaps: Span[] = [];
  let failingSince: Date | null = null;
  let lastSuccess: Date | null = null;
  const close = (at: Date) => {
    const staleFrom = lastSuccess && staleAfterMs !== null ? lastSuccess.getTime() + staleAfterMs : null;
    const from = Math.min(failingSince?.getTime() ?? Infinity, staleFrom ?? Infinity);
    if (from < at.getTime()) gaps.push({ from: new Date(from), to: at });
  };
  for (const run of sorted) {
    if (run.startedAt >= until) break;
    if (run.status === 'failed') {
      failingSince ??= run.startedAt;
      continue;
    }
    close(run.finishedAt);
    failingSince = null;
    lastSuccess = run.finishedAt;
  }
  const open = gaps.length;
  close(until);
  if (gaps.length > open) gaps[open] = { from: gaps[open]!.from, to: STILL_OPEN };
  return mergeSpans(gaps);
}

/** The union of spans, sorted and with overlapping or touching ones joined. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.from.getTime() - b.from.getTime());
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.from <= last.to) {
      if (s.to > last.to) last.to = s.to;
    } else out.push({ from: s.from, to: s.to });
  }
  return out;
}

/**
 * The intervals with the passing ones cut out of the gaps of their check (`gapsOf`, merged spans):
 * failures, errors and not-applicable results stay as they are.
 */
export function withoutGaps(
  intervals: readonly StoredInterval[],
  gapsOf: (checkId: string) => readonly Span[],
): StoredInterval[] {
  const out: StoredInterval[] = [];
  for (const i of intervals) {
    const gaps = i.status === 'pass' ? gapsOf(i.checkId) : [];
    if (gaps.length === 0) {
      out.push(i);
      continue;
    }
    let from = i.from;
    for (const g of gaps) {
      if (i.to !== null && g.from >= i.to) break;
      if (g.to <= from) continue;
      if (g.from > from) out.push({ ...i, from, to: g.from });
      from = g.to;
    }
    if (from < STILL_OPEN && (i.to === null || from < i.to)) out.push({ ...i, from });
  }
  return out;
}
