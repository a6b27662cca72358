/**
 * The stage an engagement is in, derived on read from its dates so it can never be stale: a Type II
 * engagement is under observation from its window's first day and reporting from the day after its
 * last; a Type I engagement is reporting from its as-of date. A stage set by action (stored) is kept
 * when it is further along than the dates, so "completed" stays completed.
 */
import type { EngagementStatus } from './vocabulary.ts';

const ORDER: readonly EngagementStatus[] = ['planning', 'observation', 'reporting', 'completed'];

export interface EngagementDates {
  reportType: 'type1' | 'type2';
  asOfDate: string | null;
  windowStart: string | null;
  windowEnd: string | null;
}

/** The stage the dates alone give on `today` (YYYY-MM-DD, UTC). */
export function datedStage(e: EngagementDates, today: string): EngagementStatus {
  if (e.reportType === 'type1') return e.asOfDate && today >= e.asOfDate ? 'reporting' : 'planning';
  if (e.windowEnd && today > e.windowEnd) return 'reporting';
  if (e.windowStart && today >= e.windowStart) return 'observation';
  return 'planning';
}

/** The stage shown: the further along of the stored stage and the one the dates give. */
export function engagementStage(
  e: EngagementDates & { status: EngagementStatus },
  today: string,
): EngagementStatus {
  const dated = datedStage(e, today);
  return ORDER.indexOf(e.status) >= ORDER.indexOf(dated) ? e.status : dated;
}
