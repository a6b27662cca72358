import { describe, expect, it } from 'vitest';
import { type ControlReadinessInput, controlMet, hasFailingChecks } from './control-readiness.ts';

const control = (over: Partial<ControlReadinessInput> = {}): ControlReadinessInput => ({
  status: 'implemented',
  applicable: true,
  monitoring: 'no_checks',
  currentEvidence: 0,
  ...over,
});

describe('controlMet', () => {
  it('counts an implemented control with passing checks or current evidence', () => {
    expect(controlMet(control({ monitoring: 'passing' }))).toBe(true);
    expect(controlMet(control({ currentEvidence: 1 }))).toBe(true);
    expect(controlMet(control({ monitoring: 'passing', currentEvidence: 2 }))).toBe(true);
  });
  it('gives no credit to an implemented control with neither evidence nor passing checks', () => {
    expect(controlMet(control())).toBe(false);
  });
  it('gives no credit while any check fails or is in error, whatever the evidence', () => {
    expect(controlMet(control({ monitoring: 'failing', currentEvidence: 3 }))).toBe(false);
    expect(controlMet(control({ monitoring: 'error', currentEvidence: 3 }))).toBe(false);
  });
  it('gives no credit to controls not implemented or not applicable', () => {
    expect(controlMet(control({ status: 'in_progress', monitoring: 'passing', currentEvidence: 1 }))).toBe(
      false,
    );
    expect(controlMet(control({ status: 'not_started', monitoring: 'passing' }))).toBe(false);
    expect(controlMet(control({ applicable: false, monitoring: 'passing', currentEvidence: 1 }))).toBe(false);
  });
  it('names failing and erroring checks as the ones that block', () => {
    expect(hasFailingChecks('failing')).toBe(true);
    expect(hasFailingChecks('error')).toBe(true);
    expect(hasFailingChecks('passing')).toBe(false);
    expect(hasFailingChecks('no_checks')).toBe(false);
  });
});
