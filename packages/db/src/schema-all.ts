/** Every table, for drizzle's typed queries and for drizzle-kit. */
export * from './schema.ts';
export * from './schema-monitoring.ts';
export * from './schema-people.ts';
export * from './schema-policies.ts';
