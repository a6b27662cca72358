/**
 * Incident rules (SOC 2 CC7.3–CC7.5, P6.6, C1.1): the lifecycle as a pure state machine, the order of
 * the occurred / detected / reported times, and what closing asks for. No I/O here.
 */
import { z } from 'zod';
import { invalid } from './errors.ts';

export const IncidentStatusSchema = z.enum([
  'new',
  'triaged',
  'contained',
  'resolved',
  'closed',
  'dismissed',
]);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

export const IncidentSourceSchema = z.enum(['internal', 'external', 'monitoring_alert']);
export type IncidentSource = z.infer<typeof IncidentSourceSchema>;

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  new: 'New',
  triaged: 'Triaged',
  contained: 'Contained',
  resolved: 'Resolved',
  closed: 'Closed',
  dismissed: 'Dismissed (not an incident)',
};

export const INCIDENT_SOURCE_LABELS: Record<IncidentSource, string> = {
  internal: 'Internal report',
  external: 'External report',
  monitoring_alert: 'Monitoring alert',
};

/**
 * The moves allowed from each status. An incident goes forward one step at a time, so every stage
 * leaves its trace; it may be dismissed as a non-incident only before it is contained (once
 * containment was needed, it was an incident).
 */
const NEXT: Record<IncidentStatus, readonly IncidentStatus[]> = {
  new: ['triaged', 'dismissed'],
  triaged: ['contained', 'dismissed'],
  contained: ['resolved'],
  resolved: ['closed'],
  closed: [],
  dismissed: [],
};

/** The statuses an incident may move to next. */
export const nextIncidentStatuses = (from: IncidentStatus): readonly IncidentStatus[] => NEXT[from];

/** An incident still being handled (neither closed nor dismissed). */
export const incidentIsOpen = (s: IncidentStatus) => s !== 'closed' && s !== 'dismissed';

/** What a move needs beside the target status. */
export interface IncidentMove {
  to: IncidentStatus;
  /** Why it is not an incident: required to dismiss. */
  reason?: string | null;
  /** Lessons learned, required to close (unless already recorded). */
  lessonsLearned?: string | null;
}

/** Checks one move of the lifecycle; throws a field-named refusal for an illegal one. */
export function checkIncidentMove(
  from: IncidentStatus,
  move: IncidentMove,
  recorded: { lessonsLearned: string | null },
): void {
  if (!NEXT[from].includes(move.to)) {
    const allowed = NEXT[from].map((s) => INCIDENT_STATUS_LABELS[s]);
    throw invalid(
      'status',
      `status: an incident that is ${INCIDENT_STATUS_LABELS[from].toLowerCase()} cannot become ${INCIDENT_STATUS_LABELS[move.to].toLowerCase()}${allowed.length ? `; next it can be ${allowed.join(' or ').toLowerCase()}` : '; it is final'}`,
    );
  }
  if (move.to === 'dismissed' && !move.reason?.trim()) {
    throw invalid('reason', 'reason: say why this is not an incident');
  }
  if (move.to === 'closed' && !(move.lessonsLearned?.trim() || recorded.lessonsLearned?.trim())) {
    throw invalid('lessonsLearned', 'lessonsLearned: record the lessons learned before closing the incident');
  }
}

/** The three times of an incident; any may be unknown except when it was detected. */
export interface IncidentTimes {
  occurredAt: Date | null;
  detectedAt: Date;
  reportedAt: Date | null;
}

/** Refuses times out of order (occurred ≤ detected ≤ reported), naming the later field. */
export function checkIncidentTimes(t: IncidentTimes, now: Date): void {
  for (const [field, v] of [
    ['occurredAt', t.occurredAt],
    ['detectedAt', t.detectedAt],
    ['reportedAt', t.reportedAt],
  ] as const) {
    if (v && v.getTime() > now.getTime() + 60_000) throw invalid(field, `${field}: is in the future`);
  }
  if (t.occurredAt && t.occurredAt > t.detectedAt) {
    throw invalid('detectedAt', 'detectedAt: an incident cannot be detected before it occurred');
  }
  if (t.reportedAt && t.reportedAt < t.detectedAt) {
    throw invalid('reportedAt', 'reportedAt: an incident cannot be reported before it was detected');
  }
}

/** Refuses a period that ends before it starts. */
export function checkPeriod(from: string, to: string): void {
  if (from > to) throw invalid('to', `to: the period ends (${to}) before it starts (${from})`);
}

/** Whether a notification is late: due, not sent, and past its deadline (or sent after it). */
export function notificationLate(deadline: Date | null, notifiedAt: Date | null, now: Date): boolean {
  if (!deadline) return false;
  return notifiedAt ? notifiedAt > deadline : now > deadline;
}
