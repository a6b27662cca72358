/**
 * How monitoring values read and look. Each record is keyed by the server's own enum type, so a new
 * severity, status or evidence kind is a type error here until it has a label.
 */
import type { CheckHealth, EvidenceKind, Severity } from '@vigil/api';

export const SEVERITY: Record<Severity, { label: string; color: string }> = {
  critical: { label: 'Critical', color: 'red' },
  high: { label: 'High', color: 'orange' },
  medium: { label: 'Medium', color: 'yellow' },
  low: { label: 'Low', color: 'gray' },
};

export const HEALTH: Record<CheckHealth, { label: string; color: string }> = {
  failing: { label: 'Failing', color: 'red' },
  error: { label: 'Error', color: 'orange' },
  passing: { label: 'Passing', color: 'teal' },
  no_data: { label: 'No data', color: 'gray' },
};

export const EVIDENCE_KIND: Record<EvidenceKind, string> = {
  upload: 'Uploaded document',
  collection: 'Collected snapshot',
  check_result: 'Check result',
  review: 'Review',
};

const keys = <K extends string>(r: Record<K, unknown>) => Object.keys(r) as K[];
export const SEVERITIES = keys(SEVERITY);
export const HEALTHS = keys(HEALTH);
export const EVIDENCE_KINDS = keys(EVIDENCE_KIND);

export const options = <K extends string>(r: Record<K, string | { label: string }>) =>
  keys(r).map((value) => {
    const v = r[value];
    return { value, label: typeof v === 'string' ? v : v.label };
  });

/** "2 h 5 min", "3 d 4 h": a duration as an auditor reads it. */
export function formatDuration(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h${min % 60 ? ` ${min % 60} min` : ''}`;
  const d = Math.floor(h / 24);
  return `${d} d${h % 24 ? ` ${h % 24} h` : ''}`;
}

/** "1.2 MiB": a file size. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** "every 60 min", "every 1 d": a connector schedule; null means it runs only on upload. */
export function formatSchedule(minutes: number | null): string {
  if (minutes === null) return 'On upload only';
  if (minutes % 1440 === 0) return `Every ${minutes / 1440} d`;
  if (minutes % 60 === 0) return `Every ${minutes / 60} h`;
  return `Every ${minutes} min`;
}
