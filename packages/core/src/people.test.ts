import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  deprovisioningLagMs,
  deprovisioningVerdict,
  lagInWords,
  matchAccounts,
  needsOnboarding,
  offboardingDeadline,
  onboardingDueDate,
  statusFromRoster,
  workerTypeFromRoster,
} from './people.ts';

const H = 3_600_000;

describe('business days', () => {
  it('skips weekends: one business day after a Friday is the Monday', () => {
    expect(addBusinessDays('2025-03-28', 1)).toBe('2025-03-31');
    expect(addBusinessDays('2025-03-26', 1)).toBe('2025-03-27');
    expect(addBusinessDays('2025-03-29', 1)).toBe('2025-03-31');
    expect(addBusinessDays('2025-03-28', 0)).toBe('2025-03-28');
    expect(addBusinessDays('2025-03-28', 5)).toBe('2025-04-04');
  });

  it("puts the deadline at the end of the SLA's last business day", () => {
    expect(offboardingDeadline('2025-03-28', 1).toISOString()).toBe('2025-04-01T00:00:00.000Z');
    expect(offboardingDeadline('2025-03-31', 0).toISOString()).toBe('2025-04-01T00:00:00.000Z');
  });
});

describe('deprovisioning lag', () => {
  it('is the time last seen active minus the end of the end date, never negative', () => {
    expect(deprovisioningLagMs('2025-03-31', new Date('2025-04-01T05:00:00Z'))).toBe(5 * H);
    expect(deprovisioningLagMs('2025-03-31', new Date('2025-03-31T12:00:00Z'))).toBe(0);
    expect(deprovisioningLagMs('2025-03-31', null)).toBe(0);
  });

  it('passes an account off by the deadline and fails one seen active after it', () => {
    const base = { endDate: '2025-03-28', slaBusinessDays: 1, now: new Date('2025-04-10T00:00:00Z') };
    const onMonday = new Date('2025-03-31T09:00:00Z');
    expect(
      deprovisioningVerdict({
        ...base,
        lastSeenActiveAt: onMonday,
        closedAt: new Date('2025-03-31T10:00:00Z'),
      }),
    ).toMatchObject({ state: 'pass', lagMs: 57 * H });
    const onTuesday = new Date('2025-04-01T09:00:00Z');
    expect(
      deprovisioningVerdict({
        ...base,
        lastSeenActiveAt: onTuesday,
        closedAt: new Date('2025-04-02T00:00:00Z'),
      }),
    ).toMatchObject({ state: 'fail', lagMs: 81 * H });
    expect(deprovisioningVerdict({ ...base, lastSeenActiveAt: onTuesday, closedAt: null }).state).toBe(
      'overdue',
    );
    expect(
      deprovisioningVerdict({
        ...base,
        now: new Date('2025-03-31T12:00:00Z'),
        lastSeenActiveAt: null,
        closedAt: null,
      }).state,
    ).toBe('open');
  });

  it('says a lag in words', () => {
    expect(lagInWords(0)).toBe('none');
    expect(lagInWords(H / 2)).toBe('under an hour');
    expect(lagInWords(5 * H)).toBe('5 hours');
    expect(lagInWords(49 * H)).toBe('2 days 1 hour');
    expect(lagInWords(24 * H)).toBe('1 day');
  });
});

describe('the roster in the register', () => {
  it('terminates a worker the HR system terminated or whose end date has come', () => {
    expect(statusFromRoster({ status: 'terminated' }, '2025-01-01')).toBe('terminated');
    expect(statusFromRoster({ status: 'active', termination_date: '2025-01-01' }, '2025-01-01')).toBe(
      'terminated',
    );
    expect(statusFromRoster({ status: 'active', termination_date: '2025-01-02' }, '2025-01-01')).toBe(
      'active',
    );
    expect(statusFromRoster({ status: 'leave' }, '2025-01-01')).toBe('on_leave');
    expect(statusFromRoster({ status: 'other' }, '2025-01-01')).toBe('active');
  });

  it('reads contractors from the worker type', () => {
    expect(workerTypeFromRoster('Contractor')).toBe('contractor');
    expect(workerTypeFromRoster('Full-Time')).toBe('employee');
    expect(workerTypeFromRoster(undefined)).toBeUndefined();
  });

  it('onboards new hires only, due 30 days from the start', () => {
    expect(needsOnboarding({ startDate: '2025-01-01', status: 'active' }, '2025-01-20')).toBe(true);
    expect(needsOnboarding({ startDate: '2019-01-01', status: 'active' }, '2025-01-20')).toBe(false);
    expect(needsOnboarding({ startDate: '2025-01-01', status: 'terminated' }, '2025-01-20')).toBe(false);
    expect(onboardingDueDate('2025-01-01', '2025-01-20')).toBe('2025-01-31');
  });
});

describe('account matching', () => {
  const people = [
    { id: 'ana', email: 'ana@example.com', aliases: ['ana.old@example.com'] },
    { id: 'bo', email: 'bo@example.com', aliases: [] },
  ];
  it('matches by email and alias, AWS user names by the local part, and leaves orphans', () => {
    const m = matchAccounts(
      people,
      [
        { id: 'okta-ana', keys: ['ANA@example.com'], byLocalPart: false },
        { id: 'g-ana', keys: ['ana.old@example.com'], byLocalPart: false },
        { id: 'aws-bo', keys: ['bo'], byLocalPart: true },
        { id: 'google-bo', keys: ['bo'], byLocalPart: false },
        { id: 'stray', keys: ['who@example.com'], byLocalPart: false },
      ],
      [],
    );
    expect(Object.fromEntries([...m].map(([k, v]) => [k, v.personId]))).toEqual({
      'okta-ana': 'ana',
      'g-ana': 'ana',
      'aws-bo': 'bo',
    });
  });

  it('lets a hand-made link win, and a hand-made unlink keep a match away', () => {
    const m = matchAccounts(
      people,
      [
        { id: 'stray', keys: ['who@example.com'], byLocalPart: false },
        { id: 'okta-ana', keys: ['ana@example.com'], byLocalPart: false },
      ],
      [
        { personId: 'bo', accountId: 'stray', linked: true },
        { personId: 'ana', accountId: 'okta-ana', linked: false },
      ],
    );
    expect(m.get('stray')).toEqual({ personId: 'bo', match: 'manual' });
    expect(m.has('okta-ana')).toBe(false);
  });
});
