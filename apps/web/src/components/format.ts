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

const ACRONYMS = new Set(['it', 'hr', 'na', 'sso', 'api', 'id']);

/** `per_event` → "Per event", `not_started` → "Not started", `it` → "IT". */
export function humanize(value: string): string {
  const words = value
    .replaceAll(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((w, i) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : i === 0 ? w : w.toLowerCase()));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Role names as shown in menus: "owner" → "Owner". */
export const roleOptions = (roles: readonly string[]) =>
  roles.map((value) => ({ value, label: humanize(value) }));

/** The report type as auditors write it. */
export const REPORT_TYPE_LABEL = { type1: 'Type 1', type2: 'Type 2' } as const;

/** `fixableCounts.critical` → "Fixable counts › critical": an attribute path as people read it. */
export function attributeLabel(path: string): string {
  return path
    .split('.')
    .map((part, i) => (i === 0 ? humanize(part) : humanize(part).toLowerCase()))
    .join(' › ');
}
