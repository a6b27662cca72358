import { describe, expect, it } from 'vitest';
import { datedStage, engagementStage } from './engagement-stage.ts';

const type2 = {
  reportType: 'type2' as const,
  asOfDate: null,
  windowStart: '2026-01-01',
  windowEnd: '2026-06-30',
};
const type1 = { reportType: 'type1' as const, asOfDate: '2026-03-31', windowStart: null, windowEnd: null };

describe('engagement stage', () => {
  it('moves a Type II engagement to observation on its first window day and to reporting after its last', () => {
    expect(datedStage(type2, '2025-12-31')).toBe('planning');
    expect(datedStage(type2, '2026-01-01')).toBe('observation');
    expect(datedStage(type2, '2026-06-30')).toBe('observation');
    expect(datedStage(type2, '2026-07-01')).toBe('reporting');
  });
  it('moves a Type I engagement to reporting on its as-of date', () => {
    expect(datedStage(type1, '2026-03-30')).toBe('planning');
    expect(datedStage(type1, '2026-03-31')).toBe('reporting');
  });
  it('reads a stored planning engagement by its dates, without anyone editing it', () => {
    expect(engagementStage({ ...type2, status: 'planning' }, '2026-02-01')).toBe('observation');
    expect(engagementStage({ ...type2, status: 'planning' }, '2026-08-01')).toBe('reporting');
  });
  it('keeps a stage set by action when it is further along than the dates, completed above all', () => {
    expect(engagementStage({ ...type2, status: 'completed' }, '2026-02-01')).toBe('completed');
    expect(engagementStage({ ...type2, status: 'reporting' }, '2026-02-01')).toBe('reporting');
    expect(engagementStage({ ...type2, status: 'observation' }, '2026-08-01')).toBe('reporting');
  });
});
