import { describe, expect, it } from 'vitest';
import {
  daysUntil,
  dueDateInWords,
  firstDueDate,
  isLate,
  isScheduled,
  nextDueDate,
  reminderFor,
} from './activity-schedule.ts';
import { addDays, isIsoDate } from './days.ts';

describe('which frequencies go on the calendar', () => {
  it('schedules weekly, monthly, quarterly and annual work, not continuous, daily or per-event', () => {
    expect(['weekly', 'monthly', 'quarterly', 'annual'].every((f) => isScheduled(f as never))).toBe(true);
    expect(['continuous', 'daily', 'per_event'].some((f) => isScheduled(f as never))).toBe(false);
  });
});

describe('the first due date', () => {
  it('is the end of the current month or quarter', () => {
    expect(firstDueDate('monthly', '2026-01-05')).toBe('2026-01-31');
    expect(firstDueDate('quarterly', '2026-02-10')).toBe('2026-03-31');
    expect(firstDueDate('quarterly', '2026-10-01')).toBe('2026-12-31');
  });

  it('moves to the next period when too little of the current one is left', () => {
    expect(firstDueDate('monthly', '2026-01-28')).toBe('2026-02-28');
    expect(firstDueDate('quarterly', '2026-03-20')).toBe('2026-06-30');
    expect(firstDueDate('quarterly', '2026-12-15')).toBe('2027-03-31');
  });

  it('gives annual work a twelve-month cycle from the current month', () => {
    expect(firstDueDate('annual', '2026-12-06')).toBe('2027-11-30');
    expect(firstDueDate('annual', '2027-03-01')).toBe('2028-02-29');
  });

  it('ends weeks on Sunday', () => {
    // 2026-12-02 is a Wednesday.
    expect(firstDueDate('weekly', '2026-12-02')).toBe('2026-12-06');
    expect(firstDueDate('weekly', '2026-12-06')).toBe('2026-12-13');
  });
});

describe('the next due date', () => {
  it('steps month ends through short months and leap years', () => {
    expect(nextDueDate('monthly', '2026-01-31')).toBe('2026-02-28');
    expect(nextDueDate('monthly', '2028-01-31')).toBe('2028-02-29');
    expect(nextDueDate('monthly', '2026-02-28')).toBe('2026-03-31');
    expect(nextDueDate('monthly', '2026-12-31')).toBe('2027-01-31');
  });

  it('steps quarter ends across the year', () => {
    expect(nextDueDate('quarterly', '2026-03-31')).toBe('2026-06-30');
    expect(nextDueDate('quarterly', '2026-09-30')).toBe('2026-12-31');
    expect(nextDueDate('quarterly', '2026-12-31')).toBe('2027-03-31');
  });

  it('keeps annual work on the same month end, 29 February included', () => {
    expect(nextDueDate('annual', '2027-02-28')).toBe('2028-02-29');
    expect(nextDueDate('annual', '2028-02-29')).toBe('2029-02-28');
    expect(nextDueDate('annual', '2026-11-30')).toBe('2027-11-30');
  });

  it('steps weeks Sunday to Sunday', () => {
    expect(nextDueDate('weekly', '2026-12-27')).toBe('2027-01-03');
  });
});

describe('dates, lateness and reminders', () => {
  it('accepts only real dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isIsoDate('tomorrow')).toBe(false);
  });

  it('writes a due date in words', () => {
    expect(dueDateInWords('2026-12-31')).toBe('Dec 31, 2026');
    expect(dueDateInWords('2028-02-29')).toBe('Feb 29, 2028');
  });

  it('counts days and adds them', () => {
    expect(daysUntil('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysUntil('2027-01-02', '2026-12-30')).toBe(-3);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('marks completion after the due date late, on the day itself on time', () => {
    expect(isLate('2026-03-31', '2026-03-31')).toBe(false);
    expect(isLate('2026-03-31', '2026-04-01')).toBe(true);
  });

  it('reminds 7 days and 1 day before, then escalates once past due', () => {
    expect(reminderFor('2026-03-31', '2026-03-23')).toBeNull();
    expect(reminderFor('2026-03-31', '2026-03-24')).toBe('due_in_7_days');
    expect(reminderFor('2026-03-31', '2026-03-30')).toBe('due_in_1_day');
    expect(reminderFor('2026-03-31', '2026-03-31')).toBe('due_in_1_day');
    expect(reminderFor('2026-03-31', '2026-04-01')).toBe('overdue');
  });
});
