import { describe, expect, it } from 'vitest';
import { addMonths } from './training.ts';
import { computeVendorTier, nextReviewDue, reportCoverage, wouldCycle } from './vendors.ts';

describe('vendor tier', () => {
  it('takes the higher of data access and impact', () => {
    expect(
      computeVendorTier({
        dataAccess: 'none',
        businessImpact: 'low',
        partOfSystem: false,
        subProcessor: false,
      }),
    ).toBe('low');
    expect(
      computeVendorTier({
        dataAccess: 'high',
        businessImpact: 'low',
        partOfSystem: false,
        subProcessor: false,
      }),
    ).toBe('high');
    expect(
      computeVendorTier({
        dataAccess: 'low',
        businessImpact: 'moderate',
        partOfSystem: false,
        subProcessor: false,
      }),
    ).toBe('moderate');
  });
  it('raises one step for a part of the system or a sub-processor, capped at critical', () => {
    expect(
      computeVendorTier({
        dataAccess: 'high',
        businessImpact: 'low',
        partOfSystem: true,
        subProcessor: false,
      }),
    ).toBe('critical');
    expect(
      computeVendorTier({
        dataAccess: 'none',
        businessImpact: 'low',
        partOfSystem: false,
        subProcessor: true,
      }),
    ).toBe('moderate');
    expect(
      computeVendorTier({
        dataAccess: 'critical',
        businessImpact: 'critical',
        partOfSystem: true,
        subProcessor: true,
      }),
    ).toBe('critical');
  });
});

describe('review due dates', () => {
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
  });
  it('is due at once when never reviewed, and a year after the last review for a critical vendor', () => {
    expect(nextReviewDue('critical', null, '2026-05-01')).toBe('2026-05-01');
    expect(nextReviewDue('critical', '2026-05-01', '2026-06-01')).toBe('2027-05-01');
    expect(nextReviewDue('low', '2026-05-01', '2026-06-01')).toBe('2029-05-01');
    expect(
      nextReviewDue('critical', '2026-05-01', '2026-06-01', { critical: 6, high: 12, moderate: 24, low: 36 }),
    ).toBe('2026-11-01');
  });
});

describe('report coverage', () => {
  const period = { start: '2025-01-01', end: '2025-12-31' };
  it('covers a window inside the period', () => {
    expect(
      reportCoverage(period, { start: '2025-03-01', end: '2025-09-30' }, '2026-01-15').coversWindow,
    ).toBe(true);
    expect(
      reportCoverage(period, { start: '2025-03-01', end: '2026-02-28' }, '2026-01-15').coversWindow,
    ).toBe(false);
    expect(reportCoverage(period, null, '2026-01-15').coversWindow).toBeNull();
  });
  it('needs a bridge letter once the period ended more than three months ago', () => {
    expect(reportCoverage(period, null, '2026-03-31').bridgeLetterNeeded).toBe(false);
    expect(reportCoverage(period, null, '2026-04-01').bridgeLetterNeeded).toBe(true);
  });
});

describe('parent vendors', () => {
  it('refuses a loop and accepts a chain', () => {
    const parents = new Map<string, string | null>([
      ['a', null],
      ['b', 'a'],
      ['c', 'b'],
    ]);
    expect(wouldCycle('a', 'c', parents)).toBe(true);
    expect(wouldCycle('a', 'a', parents)).toBe(true);
    expect(wouldCycle('c', 'a', parents)).toBe(false);
    expect(wouldCycle('a', null, parents)).toBe(false);
  });
});
