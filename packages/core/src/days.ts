/** Calendar arithmetic shared by every rule that counts days: one length of day, one rounding. */

/** Milliseconds in a day (UTC days: no daylight-saving shifts). */
export const DAY_MS = 86_400_000;

/**
 * Days from `from` to `to` (milliseconds since the epoch), negative when `from` is later and NaN
 * when either is NaN. Rounded down to whole days (23 hours is 0 days, minus one hour is -1 day)
 * unless `rounding` is `'exact'`, which keeps the fraction for "more than N days" comparisons.
 */
export function daysBetween(from: number, to: number, rounding: 'down' | 'exact' = 'down'): number {
  const days = (to - from) / DAY_MS;
  return rounding === 'down' ? Math.floor(days) : days;
}

/** The date `days` calendar days after `date` (both YYYY-MM-DD, UTC; negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  return (
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value
  );
}

/** Month names as a date in words abbreviates them. */
export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** A calendar date (YYYY-MM-DD, or the day of an ISO time in UTC) in words: "1 Jan 2026"; other text as it is. */
export function dayWords(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m || !isIsoDate(m[0])) return value;
  return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
}
