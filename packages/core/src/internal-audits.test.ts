import { describe, expect, it } from 'vitest';
import {
  findingTransitionAllowed,
  nextAuditDates,
  periodValid,
  untestedControls,
} from './internal-audits.ts';

describe('internal audit rules', () => {
  it('moves a finding forward one step at a time, and allows reopening', () => {
    expect(findingTransitionAllowed('open', 'remediated')).toBe(true);
    expect(findingTransitionAllowed('remediated', 'closed')).toBe(true);
    expect(findingTransitionAllowed('open', 'closed')).toBe(false);
    expect(findingTransitionAllowed('closed', 'remediated')).toBe(false);
    expect(findingTransitionAllowed('closed', 'open')).toBe(true);
    expect(findingTransitionAllowed('open', 'open')).toBe(false);
  });

  it('refuses a period that ends before it starts', () => {
    expect(periodValid('2026-01-01', '2026-12-31')).toBe(true);
    expect(periodValid('2026-01-01', '2026-01-01')).toBe(true);
    expect(periodValid('2026-02-01', '2026-01-31')).toBe(false);
  });

  it('proposes the next audit one year later, clamping 29 February', () => {
    expect(
      nextAuditDates({ plannedDate: '2028-02-29', periodStart: '2027-01-01', periodEnd: '2027-12-31' }),
    ).toEqual({ plannedDate: '2029-02-28', periodStart: '2028-01-01', periodEnd: '2028-12-31' });
  });

  it('lists the controls still without a result', () => {
    const rows = [
      { id: 'a', result: 'effective' as const },
      { id: 'b', result: 'not_tested' as const },
    ];
    expect(untestedControls(rows).map((r) => r.id)).toEqual(['b']);
  });
});
