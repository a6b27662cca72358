/** Scope rules: which categories are chosen and what report period is valid. */
import { type CategoryId, CategoryIdSchema } from '@vigil/catalog';
import { DAY_MS } from './days.ts';

/** Security is always in scope; the rest are deduplicated and kept in the catalog's order. */
export function normalizeCategories(chosen: readonly string[]): CategoryId[] {
  const set = new Set(['security', ...chosen]);
  return CategoryIdSchema.options.filter((c) => set.has(c));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a YYYY-MM-DD calendar date strictly (2026-02-30 is refused), or returns null. */
export function parseIsoDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : d;
}

/**
 * Where a window that includes its last day (`YYYY-MM-DD`, as a Type II window's end or a Type I
 * as-of date) stops: midnight UTC at the start of the day after it, excluded.
 */
export function inclusiveWindowEnd(lastDayIso: string): Date {
  return new Date(Date.parse(`${lastDayIso}T00:00:00.000Z`) + DAY_MS);
}

function addMonths(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
}

export type WindowProblem = { field: 'windowStart' | 'windowEnd'; message: string } | null;

/**
 * A Type II observation window must run forward and last from 3 to 12 months. The end date is the
 * last day observed, so 2026-01-01..2026-03-31 is exactly three months and passes.
 */
export function checkObservationWindow(startIso: string, endIso: string): WindowProblem {
  const start = parseIsoDate(startIso);
  if (!start) return { field: 'windowStart', message: 'windowStart: must be a valid date (YYYY-MM-DD)' };
  const end = parseIsoDate(endIso);
  if (!end) return { field: 'windowEnd', message: 'windowEnd: must be a valid date (YYYY-MM-DD)' };
  if (end <= start) return { field: 'windowEnd', message: 'windowEnd: the window must end after it starts' };
  const dayAfterEnd = inclusiveWindowEnd(endIso);
  if (dayAfterEnd < addMonths(start, 3)) {
    return {
      field: 'windowEnd',
      message: 'windowEnd: a Type II observation window must be at least 3 months',
    };
  }
  if (dayAfterEnd > addMonths(start, 12)) {
    return {
      field: 'windowEnd',
      message: 'windowEnd: a Type II observation window may be at most 12 months',
    };
  }
  return null;
}
