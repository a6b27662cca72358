/** Continuous monitoring: resources, checks, CEL custom checks, state intervals and effectiveness. */
export * from './access-review.ts';
export * from './accounts.ts';
export * from './check.ts';
export * from './checks/index.ts';
export * from './collection-gaps.ts';
export * from './connector.ts';
export * from './control-readiness.ts';
export * from './control-status.ts';
export * from './custom-check.ts';
export * from './effectiveness.ts';
export * from './evaluate.ts';
export * from './intervals.ts';
export * from './packed-rows.ts';
export * from './partial.ts';
export * from './parts.ts';
export * from './resource.ts';
export * from './sources.ts';
