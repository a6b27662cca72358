/** Vigil's domain rules: pure functions and types with no I/O. */

export * from './access-reviews.ts';
export * from './activity-schedule.ts';
export * from './audit-values.ts';
export * from './audit-wording.ts';
export * from './canonical-json.ts';
export * from './checkpoint.ts';
export * from './days.ts';
export * from './engagement-stage.ts';
export * from './errors.ts';
export * from './hash-chain.ts';
export * from './lms-import.ts';
export * from './password-policy.ts';
export * from './people.ts';
export * from './permissions.ts';
export * from './policies.ts';
export * from './readiness.ts';
export * from './scope.ts';
export * from './training.ts';
export * from './vocabulary.ts';
export * from './vulnerabilities.ts';
