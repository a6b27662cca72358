import { describe, expect, it } from 'vitest';
import {
  CURRENT_FEED,
  checkHealth,
  controlStatus,
  emptyCounts,
  isStale,
  nextRunAt,
  surplusCounts,
  worstFeed,
} from './control-status.ts';

const counts = (c: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...c });
const day = (n: number) => new Date(Date.UTC(2026, 0, n));

describe('check health', () => {
  it('is failing on any failure, then error on any result in error', () => {
    expect(checkHealth(counts({ pass: 3, fail: 1, error: 2 }))).toBe('failing');
    expect(checkHealth(counts({ pass: 3, error: 2 }))).toBe('error');
  });
  it('is passing or no_data otherwise', () => {
    expect(checkHealth(counts({ pass: 1, notApplicable: 2 }))).toBe('passing');
    expect(checkHealth(counts({ notApplicable: 4 }))).toBe('no_data');
  });
});

describe('feed', () => {
  it('takes the worst connector: failing over stale over current', () => {
    const failing = { status: 'collector_failing', since: day(5) } as const;
    const stale = { status: 'stale', since: day(1) } as const;
    expect(worstFeed([stale, failing, CURRENT_FEED])).toEqual(failing);
    expect(worstFeed([CURRENT_FEED, stale])).toEqual(stale);
    expect(worstFeed([])).toEqual(CURRENT_FEED);
  });
  it('dates a feed from the earliest of equally bad connectors', () => {
    const later = { status: 'collector_failing', since: day(9) } as const;
    const earlier = { status: 'collector_failing', since: day(3) } as const;
    expect(worstFeed([later, earlier]).since).toEqual(day(3));
  });
});

describe('control status', () => {
  it('takes the worst check and says no_checks when none has results', () => {
    expect(controlStatus(['passing', 'error', 'failing'])).toBe('failing');
    expect(controlStatus(['passing', 'error'])).toBe('error');
    expect(controlStatus(['passing', 'no_data'])).toBe('passing');
    expect(controlStatus(['no_data'])).toBe('no_checks');
    expect(controlStatus([])).toBe('no_checks');
  });
});

describe('staleness and retries', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const createdAt = new Date('2026-01-01T00:00:00Z');
  it('marks data older than twice the schedule stale, and never an upload-only connector', () => {
    const lastSuccessAt = new Date(now.getTime() - 121 * 60_000);
    expect(isStale({ scheduleMinutes: 60, lastSuccessAt, createdAt }, now)).toBe(true);
    expect(isStale({ scheduleMinutes: 61, lastSuccessAt, createdAt }, now)).toBe(false);
    expect(isStale({ scheduleMinutes: null, lastSuccessAt: null, createdAt }, now)).toBe(false);
    expect(isStale({ scheduleMinutes: 60, lastSuccessAt: null, createdAt }, now)).toBe(true);
  });
  it('retries a failed connector with exponential backoff capped at its schedule', () => {
    const lastRunAt = now;
    const at = (failures: number) =>
      (nextRunAt({ scheduleMinutes: 60, lastRunAt }, failures)!.getTime() - now.getTime()) / 60_000;
    expect([at(0), at(1), at(2), at(3), at(7)]).toEqual([60, 1, 2, 4, 60]);
    expect(nextRunAt({ scheduleMinutes: null, lastRunAt }, 0)).toBeNull();
    expect(nextRunAt({ scheduleMinutes: 5, lastRunAt: null }, 0)).toEqual(new Date(0));
  });
});

describe('one external thing seen by two connectors', () => {
  it('keeps its worst result and takes the others off the counts', () => {
    const surplus = surplusCounts([
      { checkId: 'mfa', key: 'aws|aws.iam_user|alice', status: 'pass' },
      { checkId: 'mfa', key: 'aws|aws.iam_user|alice', status: 'fail' },
      { checkId: 'mfa', key: 'aws|aws.iam_user|bob', status: 'pass' },
      { checkId: 'mfa', key: 'aws|aws.iam_user|bob', status: 'pass' },
      { checkId: 'keys', key: 'aws|aws.iam_user|bob', status: 'error' },
    ]);
    expect(surplus.get('mfa')).toEqual(counts({ pass: 2 }));
    expect(surplus.has('keys')).toBe(false);
  });
});
