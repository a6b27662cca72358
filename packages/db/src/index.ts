/** Vigil's storage: schema, connection, migrations and the data-directory lock. */
export * from './data-dir-lock.ts';
export * from './database.ts';
export * from './reads-together.ts';
export * from './rows.ts';
export * as schema from './schema-all.ts';
export * from './stale-temp-files.ts';
export * from './startup-lock.ts';
