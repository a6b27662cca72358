import { describe, expect, it } from 'vitest';
import type { VigilError } from './errors.ts';
import {
  checkIncidentMove,
  checkIncidentTimes,
  checkPeriod,
  IncidentStatusSchema,
  nextIncidentStatuses,
  notificationLate,
} from './incidents.ts';

const fieldOf = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return (e as VigilError).field;
  }
  return null;
};

describe('incident lifecycle', () => {
  it('goes forward one step at a time to closed', () => {
    const path = ['new', 'triaged', 'contained', 'resolved', 'closed'] as const;
    for (let i = 0; i < path.length - 1; i++) {
      expect(() =>
        checkIncidentMove(path[i]!, { to: path[i + 1]!, lessonsLearned: 'x' }, { lessonsLearned: null }),
      ).not.toThrow();
    }
  });
  it('refuses skipping a step, going back, and leaving a final status', () => {
    expect(fieldOf(() => checkIncidentMove('new', { to: 'contained' }, { lessonsLearned: null }))).toBe(
      'status',
    );
    expect(fieldOf(() => checkIncidentMove('contained', { to: 'triaged' }, { lessonsLearned: null }))).toBe(
      'status',
    );
    expect(fieldOf(() => checkIncidentMove('closed', { to: 'new' }, { lessonsLearned: null }))).toBe(
      'status',
    );
    expect(fieldOf(() => checkIncidentMove('dismissed', { to: 'triaged' }, { lessonsLearned: null }))).toBe(
      'status',
    );
    expect(nextIncidentStatuses('closed')).toEqual([]);
  });
  it('dismisses only before containment and only with a reason', () => {
    expect(fieldOf(() => checkIncidentMove('new', { to: 'dismissed' }, { lessonsLearned: null }))).toBe(
      'reason',
    );
    expect(
      fieldOf(() =>
        checkIncidentMove('triaged', { to: 'dismissed', reason: '  ' }, { lessonsLearned: null }),
      ),
    ).toBe('reason');
    expect(
      fieldOf(() =>
        checkIncidentMove('triaged', { to: 'dismissed', reason: 'test alert' }, { lessonsLearned: null }),
      ),
    ).toBeNull();
    expect(
      fieldOf(() =>
        checkIncidentMove('contained', { to: 'dismissed', reason: 'x' }, { lessonsLearned: null }),
      ),
    ).toBe('status');
  });
  it('closes only with lessons learned, given now or recorded before', () => {
    expect(fieldOf(() => checkIncidentMove('resolved', { to: 'closed' }, { lessonsLearned: null }))).toBe(
      'lessonsLearned',
    );
    expect(
      fieldOf(() => checkIncidentMove('resolved', { to: 'closed' }, { lessonsLearned: 'rotate keys' })),
    ).toBeNull();
  });
  it('names every status in the messages in words', () => {
    for (const s of IncidentStatusSchema.options) {
      try {
        checkIncidentMove(s, { to: 'new' }, { lessonsLearned: null });
      } catch (e) {
        expect((e as Error).message).not.toMatch(/_/);
      }
    }
  });
});

describe('incident times', () => {
  const now = new Date('2026-06-10T12:00:00Z');
  const d = (s: string) => new Date(s);
  it('accepts occurred ≤ detected ≤ reported and unknown times', () => {
    expect(() =>
      checkIncidentTimes(
        {
          occurredAt: d('2026-06-01T00:00Z'),
          detectedAt: d('2026-06-02T00:00Z'),
          reportedAt: d('2026-06-02T00:00Z'),
        },
        now,
      ),
    ).not.toThrow();
    expect(() =>
      checkIncidentTimes({ occurredAt: null, detectedAt: d('2026-06-02T00:00Z'), reportedAt: null }, now),
    ).not.toThrow();
  });
  it('refuses times out of order, naming the field', () => {
    expect(
      fieldOf(() =>
        checkIncidentTimes(
          { occurredAt: d('2026-06-03T00:00Z'), detectedAt: d('2026-06-02T00:00Z'), reportedAt: null },
          now,
        ),
      ),
    ).toBe('detectedAt');
    expect(
      fieldOf(() =>
        checkIncidentTimes(
          { occurredAt: null, detectedAt: d('2026-06-02T00:00Z'), reportedAt: d('2026-06-01T00:00Z') },
          now,
        ),
      ),
    ).toBe('reportedAt');
    expect(
      fieldOf(() =>
        checkIncidentTimes(
          { occurredAt: d('2027-01-01T00:00Z'), detectedAt: d('2026-06-02T00:00Z'), reportedAt: null },
          now,
        ),
      ),
    ).toBe('occurredAt');
  });
  it('refuses a period ending before it starts', () => {
    expect(fieldOf(() => checkPeriod('2026-02-01', '2026-01-01'))).toBe('to');
    expect(fieldOf(() => checkPeriod('2026-01-01', '2026-01-01'))).toBeNull();
  });
  it('tells a late notification', () => {
    expect(notificationLate(null, null, now)).toBe(false);
    expect(notificationLate(d('2026-06-09T00:00Z'), null, now)).toBe(true);
    expect(notificationLate(d('2026-06-11T00:00Z'), null, now)).toBe(false);
    expect(notificationLate(d('2026-06-09T00:00Z'), d('2026-06-08T00:00Z'), now)).toBe(false);
    expect(notificationLate(d('2026-06-09T00:00Z'), d('2026-06-09T01:00Z'), now)).toBe(true);
  });
});
