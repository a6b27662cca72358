/** Opens Vigil's database: embedded PGlite in a data directory, or PostgreSQL over DATABASE_URL. */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { initializePgliteDataDir } from './pglite-init.ts';
import * as schema from './schema-all.ts';
import { withStartupLock } from './startup-lock.ts';

export type Schema = typeof schema;
/** A database handle or a transaction: every query function accepts either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string; command?: string; loadFrom?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a directory or a URL without its password. */
  location: string;
  /** The embedded engine, when there is one (backups use it). */
  pglite?: PGlite;
  pool?: pg.Pool;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Reads DATABASE_URL / VIGIL_DATA_DIR the same way for the server, the CLI and the tests. */
export function databaseConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  command = 'vigil',
): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: resolve(env.VIGIL_DATA_DIR ?? '.vigil'), command };
}

/** Hides the password of a connection URL so it can be logged. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}

/** Opens (and for PGlite, locks) the database described by config. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      location: redactUrl(config.url),
      pool,
      // Servers, workers and `vigil migrate` may start together: one applies the migrations, the
      // others wait for the lock and then find nothing left to apply.
      migrate: () =>
        withStartupLock(pool, 'migrations', (client) =>
          migrateNodePg(drizzleNodePg(client as pg.PoolClient), { migrationsFolder: MIGRATIONS_DIR }),
        ),
      close: () => pool.end(),
    };
  }
  const dataDir = resolve(config.dataDir);
  mkdirSync(dirname(dataDir), { recursive: true });
  const release = lockDataDir(dataDir, config.command ?? 'vigil');
  let client: PGlite;
  try {
    const pgDir = join(dataDir, 'pgdata');
    if (config.loadFrom) mkdirSync(pgDir, { recursive: true });
    else await initializePgliteDataDir(pgDir);
    client = await PGlite.create({
      dataDir: pgDir,
      ...(config.loadFrom ? { loadDataDir: config.loadFrom } : {}),
      // Keeps the embedded engine's memory and WAL small; Vigil's working set is modest.
      postgresqlconf: ['shared_buffers = 16MB', 'max_wal_size = 64MB', 'min_wal_size = 32MB'],
    });
  } catch (err) {
    release();
    throw err;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    location: dataDir,
    pglite: client,
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR }),
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
