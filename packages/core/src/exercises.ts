/**
 * Exercises: tabletop exercises (a scenario talked through by the people who would handle it) and
 * continuity tests (a backup actually restored, a failover actually performed), with the rule that
 * decides whether a test met its recovery objectives.
 */
import { z } from 'zod';

/** The scenario a tabletop exercise rehearses; `custom` needs a written description. */
export const TabletopScenarioSchema = z.enum([
  'breach',
  'ransomware',
  'insider',
  'phishing',
  'outage',
  'vendor_failure',
  'custom',
]);
export type TabletopScenario = z.infer<typeof TabletopScenarioSchema>;

/** What a continuity test exercised: restoring a backup or failing over to a recovery site. */
export const ContinuityTestKindSchema = z.enum(['backup_restore', 'dr_failover']);
export type ContinuityTestKind = z.infer<typeof ContinuityTestKindSchema>;

/** Where a follow-up action from an exercise or test stands. */
export const ExerciseActionStatusSchema = z.enum(['open', 'done']);
export type ExerciseActionStatus = z.infer<typeof ExerciseActionStatusSchema>;

/** Recovery objectives and what a test achieved, all in minutes; a missing value was not measured. */
export interface RecoveryFigures {
  targetRtoMinutes: number | null;
  achievedRtoMinutes: number | null;
  targetRpoMinutes: number | null;
  achievedRpoMinutes: number | null;
}

/** Whether a test met its objectives: `unknown` when no objective with its achieved figure was recorded. */
export type RecoveryOutcome = 'met' | 'not_met' | 'unknown';

/**
 * A test meets its objectives when every objective that has a target was achieved within it. A
 * target without an achieved figure leaves the outcome unknown rather than guessing either way;
 * a single missed objective makes the whole test "not met".
 */
export function recoveryOutcome(f: RecoveryFigures): RecoveryOutcome {
  const pairs: Array<[number | null, number | null]> = [
    [f.targetRtoMinutes, f.achievedRtoMinutes],
    [f.targetRpoMinutes, f.achievedRpoMinutes],
  ];
  let measured = 0;
  for (const [target, achieved] of pairs) {
    if (target === null) continue;
    if (achieved === null) return 'unknown';
    if (achieved > target) return 'not_met';
    measured += 1;
  }
  return measured === 0 ? 'unknown' : 'met';
}

/** The first recovery figure that is negative or not a whole number of minutes, named for the error. */
export function invalidRecoveryFigure(f: RecoveryFigures): keyof RecoveryFigures | null {
  for (const key of [
    'targetRtoMinutes',
    'achievedRtoMinutes',
    'targetRpoMinutes',
    'achievedRpoMinutes',
  ] as const) {
    const v = f[key];
    if (v !== null && (!Number.isInteger(v) || v < 0)) return key;
  }
  return null;
}
