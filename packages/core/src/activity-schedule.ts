/**
 * When recurring activities fall due. A control's frequency divides the calendar into periods
 * (weeks ending Sunday, calendar months, calendar quarters, twelve-month cycles); an activity
 * occurrence proves one period and is due on that period's last day. Dates are `YYYY-MM-DD` in UTC.
 */
import type { Frequency } from '@vigil/catalog';
import { z } from 'zod';
import { DAY_MS, isIsoDate } from './days.ts';

/** The frequencies a person performs on a schedule; the others run continuously or per event. */
export const SCHEDULED_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'annual'] as const;
export type ScheduledFrequency = (typeof SCHEDULED_FREQUENCIES)[number];

/** True when activities of this frequency are put on the calendar. */
export function isScheduled(frequency: Frequency): frequency is ScheduledFrequency {
  return (SCHEDULED_FREQUENCIES as readonly string[]).includes(frequency);
}

function parse(date: string): Date {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The last day of the month `monthsAhead` months after the month of `d` (day 0 of the month after). */
function monthEnd(d: Date, monthsAhead = 0): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthsAhead + 1, 0));
}

/** Whole days from `from` to `to`, negative when `to` is earlier. */
export function daysUntil(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / DAY_MS);
}

/** The last day of the period of `frequency` that contains `date`. */
function periodEndOf(frequency: ScheduledFrequency, d: Date): Date {
  switch (frequency) {
    case 'weekly':
      // Weeks run Monday to Sunday (ISO 8601); getUTCDay() is 0 on Sunday.
      return new Date(d.getTime() + ((7 - d.getUTCDay()) % 7) * DAY_MS);
    case 'monthly':
      return monthEnd(d);
    case 'quarterly':
      return monthEnd(d, 2 - (d.getUTCMonth() % 3));
    case 'annual':
      // A twelve-month cycle that starts with the current month, not the calendar year: adopting in
      // December must not leave three weeks for an annual penetration test.
      return monthEnd(d, 11);
  }
}

// Less than this much of the first period left, and the first occurrence moves to the next period,
// so nobody adopts a control on 30 March and finds its quarterly review due the next day.
const MIN_LEAD_DAYS: Record<ScheduledFrequency, number> = { weekly: 2, monthly: 7, quarterly: 21, annual: 0 };

/**
 * The due date of the first occurrence for a control adopted (or scheduled) on `today`: the end of
 * the current period, or of the next one when too little of the current period is left.
 * Example: quarterly on 2026-02-10 → 2026-03-31; on 2026-03-20 → 2026-06-30.
 */
export function firstDueDate(frequency: ScheduledFrequency, today: string): string {
  const end = periodEndOf(frequency, parse(today));
  if (daysUntil(today, iso(end)) >= MIN_LEAD_DAYS[frequency]) return iso(end);
  return nextDueDate(frequency, iso(end));
}

/**
 * The end of the period after the one ending on `periodEnd`: the next occurrence's due date. Every
 * period gets its own occurrence, even when the previous one was completed late, because an auditor
 * samples each period. Example: annual 2027-02-28 → 2028-02-29; monthly 2026-01-31 → 2026-02-28.
 */
export function nextDueDate(frequency: ScheduledFrequency, periodEnd: string): string {
  const d = parse(periodEnd);
  switch (frequency) {
    case 'weekly':
      return iso(periodEndOf('weekly', new Date(d.getTime() + 7 * DAY_MS)));
    case 'monthly':
      return iso(monthEnd(d, 1));
    case 'quarterly':
      return iso(periodEndOf('quarterly', monthEnd(d, 3)));
    case 'annual':
      return iso(monthEnd(d, 12));
  }
}

/** Whether an occurrence completed on `completedOn` was late for `dueDate`. */
export function isLate(dueDate: string, completedOn: string): boolean {
  return completedOn > dueDate;
}

/** The reminders of an open occurrence, in the order they fall due. */
export const REMINDER_THRESHOLDS = ['due_in_7_days', 'due_in_1_day', 'overdue'] as const;
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number];

/**
 * The reminder an open occurrence due on `dueDate` calls for on `today`, or null: 7 days before,
 * 1 day before, and once it is past due. A day the job did not run is caught up by the next one,
 * which sends only the latest threshold reached, so nobody gets two reminders in one morning.
 */
export function reminderFor(dueDate: string, today: string): ReminderThreshold | null {
  const left = daysUntil(today, dueDate);
  if (left < 0) return 'overdue';
  if (left <= 1) return 'due_in_1_day';
  if (left <= 7) return 'due_in_7_days';
  return null;
}

/** An occurrence is open until someone completes it with its evidence; overdue is derived from the date. */
export const ActivityStatusSchema = z.enum(['open', 'completed']);
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;

const inWords = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** A due date as people read it in a task or a reminder: `2026-12-31` → "Dec 31, 2026". */
export function dueDateInWords(date: string): string {
  return inWords.format(parse(date));
}
