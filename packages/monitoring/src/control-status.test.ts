import { describe, expect, it } from 'vitest';
import { checkHealth, controlStatus, emptyCounts, isStale, nextRunAt } from './control-status.ts';

const counts = (c: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...c });
const ok = { connectorError: false, stale: false };

describe('check health', () => {
  it('is error when the connector feeding it failed, whatever its results say', () => {
    expect(checkHealth(counts({ pass: 3 }), { connectorError: true, stale: false })).toBe('error');
  });
  it('is failing on any failure, even when the data is stale', () => {
    expect(checkHealth(counts({ pass: 3, fail: 1 }), { connectorError: false, stale: true })).toBe('failing');
  });
  it('is stale when passing results are older than twice the schedule', () => {
    expect(checkHealth(counts({ pass: 3 }), { connectorError: false, stale: true })).toBe('stale');
  });
  it('is passing or no_data otherwise', () => {
    expect(checkHealth(counts({ pass: 1 }), ok)).toBe('passing');
    expect(checkHealth(counts({ notApplicable: 4 }), ok)).toBe('no_data');
  });
});

describe('control status', () => {
  it('takes the worst check and says no_checks when none has results', () => {
    expect(controlStatus(['passing', 'stale', 'failing'])).toBe('failing');
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
