import { describe, expect, it } from 'vitest';
import { checkObservationWindow, inclusiveWindowEnd, normalizeCategories, parseIsoDate } from './scope.ts';

describe('observation window', () => {
  it('accepts exactly three months and exactly twelve months', () => {
    expect(checkObservationWindow('2026-01-01', '2026-03-31')).toBeNull();
    expect(checkObservationWindow('2026-01-01', '2026-12-31')).toBeNull();
    expect(checkObservationWindow('2026-03-15', '2026-09-14')).toBeNull();
  });
  it('refuses a window shorter than three months', () => {
    expect(checkObservationWindow('2026-01-01', '2026-03-30')?.message).toMatch(/at least 3 months/);
  });
  it('refuses a window longer than twelve months', () => {
    expect(checkObservationWindow('2026-01-01', '2027-01-01')?.message).toMatch(/at most 12 months/);
  });
  it('refuses a window that ends before it starts, naming windowEnd', () => {
    expect(checkObservationWindow('2026-06-01', '2026-01-01')).toMatchObject({ field: 'windowEnd' });
  });
  it('refuses impossible dates, naming the field', () => {
    expect(checkObservationWindow('2026-02-30', '2026-08-01')).toMatchObject({ field: 'windowStart' });
    expect(checkObservationWindow('2026-01-01', 'tomorrow')).toMatchObject({ field: 'windowEnd' });
  });
});

describe('inclusive window end', () => {
  it('ends at midnight UTC starting the day after the last day, across month and year ends', () => {
    expect(inclusiveWindowEnd('2026-03-31').toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(inclusiveWindowEnd('2024-02-28').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(inclusiveWindowEnd('2025-12-31').toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('dates and categories', () => {
  it('parses strict calendar dates', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-1-1')).toBeNull();
  });
  it('always keeps security and orders categories canonically', () => {
    expect(normalizeCategories(['privacy', 'availability', 'privacy'])).toEqual([
      'security',
      'availability',
      'privacy',
    ]);
  });
});
