import { describe, expect, it } from 'vitest';
import { DAY_MS, daysBetween, dayWords } from './days.ts';

describe('daysBetween', () => {
  const t = Date.parse('2026-03-01T12:00:00Z');

  it('rounds down to whole days', () => {
    expect(daysBetween(t, t)).toBe(0);
    expect(daysBetween(t, t + DAY_MS - 1)).toBe(0);
    expect(daysBetween(t, t + DAY_MS)).toBe(1);
    expect(daysBetween(t, t + 90.5 * DAY_MS)).toBe(90);
  });

  it('rounds a negative difference down too (toward the past)', () => {
    expect(daysBetween(t, t - 3_600_000)).toBe(-1);
    expect(daysBetween(t + DAY_MS, t)).toBe(-1);
  });

  it('keeps the fraction when asked for the exact difference', () => {
    expect(daysBetween(t, t + 1.5 * DAY_MS, 'exact')).toBe(1.5);
    expect(daysBetween(t, t - 0.25 * DAY_MS, 'exact')).toBe(-0.25);
  });

  it('passes an unparseable date through as NaN', () => {
    expect(daysBetween(Date.parse('not a date'), t)).toBeNaN();
  });
});

describe('dayWords', () => {
  it('writes a day, or the UTC day of a time, in words and leaves other text alone', () => {
    expect(dayWords('2026-01-01')).toBe('1 Jan 2026');
    expect(dayWords('2026-12-31T23:59:59.000Z')).toBe('31 Dec 2026');
    expect(dayWords('2026-02-30')).toBe('2026-02-30');
    expect(dayWords('soon')).toBe('soon');
  });
});
