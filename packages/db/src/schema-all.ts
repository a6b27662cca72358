/** Every table, for drizzle's typed queries and for drizzle-kit. */
export * from './schema.ts';
export * from './schema-access-reviews.ts';
export * from './schema-activities.ts';
export * from './schema-monitoring.ts';
export * from './schema-people.ts';
export * from './schema-policies.ts';
export * from './schema-training.ts';
export * from './schema-vulnerabilities.ts';
