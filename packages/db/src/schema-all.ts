/** Every table, for drizzle's typed queries and for drizzle-kit. */
export * from './schema.ts';
export * from './schema-access-reviews.ts';
export * from './schema-activities.ts';
export * from './schema-audit-samples.ts';
export * from './schema-changes.ts';
export * from './schema-exercises.ts';
export * from './schema-incidents.ts';
export * from './schema-internal-audits.ts';
export * from './schema-monitoring.ts';
export * from './schema-people.ts';
export * from './schema-policies.ts';
export * from './schema-readiness.ts';
export * from './schema-risks.ts';
export * from './schema-training.ts';
export * from './schema-vendors.ts';
export * from './schema-vulnerabilities.ts';
