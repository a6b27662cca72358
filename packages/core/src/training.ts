/**
 * Training and background-check rules: which cycle a completion belongs to, when a person's
 * completion is due, who a course addresses, and the course catalog an organization adopts.
 *
 * A **cycle** is one numbered period of a course: cycle 1 starts on the course's cycle start date
 * (`anchor`), each cycle lasts `cadenceMonths` months, and cycle n+1 starts the day after cycle n
 * ends. A completion belongs to the cycle its completion date falls in, so an annual retraining
 * lands in the next cycle and never replaces the last one. A cycle is named by its dates; an annual
 * cycle starting on 1 January is named by its year ("2026").
 */
import { z } from 'zod';
import { type AudiencePerson, addresses } from './audience.ts';
import { addDays, MONTH_NAMES } from './days.ts';

/** Who a course (like a policy) is addressed to. `department` names one department of the register. */
export const TrainingAudienceSchema = z.enum(['all_staff', 'employees', 'contractors', 'department']);
export type TrainingAudience = z.infer<typeof TrainingAudienceSchema>;

/** How a completion reached Vigil: an LMS export, an editor by hand, or the person themself. */
export const TrainingSourceSchema = z.enum(['lms_import', 'manual', 'self']);
export type TrainingSource = z.infer<typeof TrainingSourceSchema>;

/** Where a person's background check stands. */
export const BackgroundCheckStatusSchema = z.enum(['not_started', 'in_progress', 'complete']);
export type BackgroundCheckStatus = z.infer<typeof BackgroundCheckStatusSchema>;

/** What a completed background check found; `exempt` needs a written justification. */
export const BackgroundCheckResultSchema = z.enum(['clear', 'adjudicated', 'exempt']);
export type BackgroundCheckResult = z.infer<typeof BackgroundCheckResultSchema>;

/** A new hire has this many days from their start date, when that is later than the cycle's end. */
export const NEW_HIRE_GRACE_DAYS = 30;
/** A "due soon" reminder goes out this many days before the due date. */
export const DUE_SOON_DAYS = 14;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function iso(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

/** `date` plus whole months; a day past the target month's end is clamped (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return iso(y, m + months, Math.min(d, last));
}

/** One cycle of a course: its number (1 = the one starting on the anchor) and its first and last day. */
export interface TrainingCycle {
  number: number;
  start: string;
  end: string;
}

/** The cycle `date` falls in (cycle 0 or below for dates before the anchor, counted backwards). */
export function cycleOf(anchor: string, cadenceMonths: number, date: string): TrainingCycle {
  const [ay, am] = parts(anchor);
  const [y, m] = parts(date);
  // A first guess from whole months, then corrected for the day within the month.
  let n = Math.floor(((y - ay) * 12 + (m - am)) / cadenceMonths);
  while (addMonths(anchor, n * cadenceMonths) > date) n--;
  while (addMonths(anchor, (n + 1) * cadenceMonths) <= date) n++;
  const start = addMonths(anchor, n * cadenceMonths);
  return { number: n + 1, start, end: addDays(addMonths(anchor, (n + 1) * cadenceMonths), -1) };
}

/** Every cycle from the one containing `from` to the one containing `to`, oldest first. */
export function cyclesBetween(
  anchor: string,
  cadenceMonths: number,
  from: string,
  to: string,
): TrainingCycle[] {
  const out: TrainingCycle[] = [];
  let c = cycleOf(anchor, cadenceMonths, from);
  while (c.start <= to) {
    out.push(c);
    c = cycleOf(anchor, cadenceMonths, addDays(c.end, 1));
  }
  return out;
}

const MONTHS = MONTH_NAMES;

/** A cycle in words: "2026" for a calendar year, else "Jul 2026 – Jun 2027" (or one month: "Mar 2026"). */
export function cycleLabel(cycle: Pick<TrainingCycle, 'start' | 'end'>): string {
  const [sy, sm, sd] = parts(cycle.start);
  const [ey, em] = parts(cycle.end);
  if (sm === 1 && sd === 1 && cycle.end === `${sy}-12-31`) return String(sy);
  const month = (y: number, mo: number) => `${MONTHS[mo - 1]} ${y}`;
  if (sd !== 1) return `${cycle.start} – ${cycle.end}`;
  if (sy === ey && sm === em) return month(sy, sm);
  return `${month(sy, sm)} – ${month(ey, em)}`;
}

/**
 * When a person's completion of a cycle is due: the cycle's last day, or 30 days after their start
 * date for a new hire, whichever is later.
 */
export function trainingDueDate(cycle: Pick<TrainingCycle, 'end'>, personStart: string | null): string {
  if (!personStart) return cycle.end;
  const hire = addDays(personStart, NEW_HIRE_GRACE_DAYS);
  if (hire > cycle.end) return hire;
  return cycle.end;
}

/** Whether a person works during a cycle at all (started before it ended, not gone before it started). */
export function worksDuring(
  person: { startDate: string | null; endDate: string | null },
  cycle: Pick<TrainingCycle, 'start' | 'end'>,
): boolean {
  if (person.startDate && person.startDate > cycle.end) return false;
  if (person.endDate && person.endDate < cycle.start) return false;
  return true;
}

/** True when a course addresses the person: in scope, not terminated, and within its audience. */
export function inAudience(
  course: { audience: TrainingAudience; audienceDepartment: string | null },
  person: AudiencePerson,
): boolean {
  return addresses(
    course.audience === 'department'
      ? { kind: 'department', department: course.audienceDepartment }
      : { kind: course.audience },
    person,
  );
}

/** Where one person stands on one cycle of a course. */
export type CompletionState = 'done' | 'late' | 'open' | 'missing';

/**
 * `done` (completed by the due date), `late` (completed after it), `open` (not yet, still in time)
 * or `missing` (not completed and the due date has passed).
 */
export function completionState(due: string, completedOn: string | null, today: string): CompletionState {
  if (completedOn) return completedOn > due ? 'late' : 'done';
  return today > due ? 'missing' : 'open';
}

/** A course of the catalog an organization adopts and may then edit. */
export interface CourseTemplate {
  key: string;
  title: string;
  description: string;
  audience: TrainingAudience;
  audienceDepartment: string | null;
  cadenceMonths: number;
  /** Only offered when this Trust Services category is in scope. */
  requiresCategory?: string;
}

/** The course catalog: security awareness for everyone, secure development for engineers, privacy. */
export const COURSE_CATALOG: readonly CourseTemplate[] = [
  {
    key: 'security_awareness',
    title: 'Security awareness',
    description:
      'Phishing, passwords and multi-factor sign-in, handling customer data, reporting incidents, and the ' +
      'policies everyone accepts. Everyone completes it when they join and once a year after.',
    audience: 'all_staff',
    audienceDepartment: null,
    cadenceMonths: 12,
  },
  {
    key: 'secure_development',
    title: 'Secure development',
    description:
      'Common web application weaknesses, code review, secrets in code, dependencies and safe ' +
      'deployment, for everyone who writes or reviews code.',
    audience: 'department',
    audienceDepartment: 'Engineering',
    cadenceMonths: 12,
  },
  {
    key: 'privacy',
    title: 'Privacy',
    description:
      'What personal information we hold, the notice we give, consent, access and deletion requests, ' +
      'and how long we keep data. Offered when Privacy is in scope.',
    audience: 'all_staff',
    audienceDepartment: null,
    cadenceMonths: 12,
    requiresCategory: 'privacy',
  },
];
