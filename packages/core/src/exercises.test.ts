import { describe, expect, it } from 'vitest';
import { invalidRecoveryFigure, recoveryOutcome } from './exercises.ts';

const none = {
  targetRtoMinutes: null,
  achievedRtoMinutes: null,
  targetRpoMinutes: null,
  achievedRpoMinutes: null,
};

describe('recovery outcome', () => {
  it('is met when every objective with a target was achieved within it', () => {
    expect(recoveryOutcome({ ...none, targetRtoMinutes: 60, achievedRtoMinutes: 60 })).toBe('met');
    expect(
      recoveryOutcome({
        targetRtoMinutes: 60,
        achievedRtoMinutes: 30,
        targetRpoMinutes: 15,
        achievedRpoMinutes: 5,
      }),
    ).toBe('met');
  });

  it('is not met when any one objective was missed', () => {
    expect(recoveryOutcome({ ...none, targetRtoMinutes: 60, achievedRtoMinutes: 61 })).toBe('not_met');
    expect(
      recoveryOutcome({
        targetRtoMinutes: 60,
        achievedRtoMinutes: 30,
        targetRpoMinutes: 15,
        achievedRpoMinutes: 20,
      }),
    ).toBe('not_met');
  });

  it('is unknown when no target was set or a target has no achieved figure', () => {
    expect(recoveryOutcome(none)).toBe('unknown');
    expect(recoveryOutcome({ ...none, achievedRtoMinutes: 10 })).toBe('unknown');
    expect(recoveryOutcome({ ...none, targetRtoMinutes: 60 })).toBe('unknown');
  });

  it('names the first negative or fractional figure', () => {
    expect(invalidRecoveryFigure({ ...none, targetRtoMinutes: 60, achievedRpoMinutes: -1 })).toBe(
      'achievedRpoMinutes',
    );
    expect(invalidRecoveryFigure({ ...none, targetRtoMinutes: 1.5 })).toBe('targetRtoMinutes');
    expect(invalidRecoveryFigure({ ...none, targetRtoMinutes: 0 })).toBeNull();
  });
});
