import { describe, expect, it } from 'vitest';
import {
  checkConclusion,
  checkExceptionCriterion,
  checkRemediation,
  normalizeAttributes,
} from './audit-testing.ts';
import type { VigilError } from './errors.ts';

function thrown(fn: () => void): VigilError {
  try {
    fn();
  } catch (e) {
    return e as VigilError;
  }
  throw new Error('expected a refusal');
}

describe('control testing rules', () => {
  const open = { description: 'PR 12 merged without approval', remediationStatus: 'open' as const };
  const done = { description: 'PR 7 merged without approval', remediationStatus: 'remediated' as const };

  it('refuses "no exceptions noted" while exceptions are open, naming them', () => {
    const e = thrown(() => checkConclusion('no_exceptions', 'CHG-1', [open, done]));
    expect(e.code).toBe('conflict');
    expect(e.field).toBe('conclusion');
    expect(e.message).toContain("'PR 12 merged without approval'");
    expect(e.message).not.toContain('PR 7');
  });

  it('allows "no exceptions noted" once every exception is remediated, or with none', () => {
    expect(() => checkConclusion('no_exceptions', 'CHG-1', [done])).not.toThrow();
    expect(() => checkConclusion('no_exceptions', 'CHG-1', [])).not.toThrow();
  });

  it('needs an exception for "exceptions noted"', () => {
    const e = thrown(() => checkConclusion('exceptions_noted', 'CHG-1', []));
    expect(e.code).toBe('validation_failed');
    expect(e.field).toBe('conclusion');
    expect(() => checkConclusion('exceptions_noted', 'CHG-1', [done])).not.toThrow();
    expect(() => checkConclusion('not_tested', 'CHG-1', [open])).not.toThrow();
  });

  it("refuses a criterion the control does not map to, listing the control's criteria", () => {
    const e = thrown(() => checkExceptionCriterion('CC6.1', 'CHG-1', ['CC8.1']));
    expect(e.field).toBe('criterionId');
    expect(e.message).toContain('CC8.1');
    expect(() => checkExceptionCriterion('CC8.1', 'CHG-1', ['CC8.1'])).not.toThrow();
  });

  it('needs a date to mark an exception remediated', () => {
    expect(thrown(() => checkRemediation({ remediationStatus: 'remediated' })).field).toBe('remediationDate');
    expect(() =>
      checkRemediation({ remediationStatus: 'remediated', remediationDate: '2026-11-30' }),
    ).not.toThrow();
    expect(() => checkRemediation({ remediationStatus: 'in_progress' })).not.toThrow();
  });

  it('keeps attributes in order, trimmed, without blanks or repeats', () => {
    expect(normalizeAttributes([' Approval recorded ', '', 'Tests pass', 'approval recorded'])).toEqual([
      'Approval recorded',
      'Tests pass',
    ]);
  });
});
