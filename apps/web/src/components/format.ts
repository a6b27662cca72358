/** Small display helpers: dates and enum values as people read them. */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** "12 Mar 2026, 14:05" in the reader's locale; empty for missing values. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** A calendar date (YYYY-MM-DD) shown in the reader's locale, without shifting it by time zone. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const d = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return Number.isNaN(d.getTime()) ? isoDate : dateOnly.format(d);
}

/** `per_event` → "Per event", `not_started` → "Not started". */
export function humanize(value: string): string {
  const words = value.replaceAll(/[_.-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The report type as auditors write it. */
export const REPORT_TYPE_LABEL = { type1: 'Type I', type2: 'Type II' } as const;
