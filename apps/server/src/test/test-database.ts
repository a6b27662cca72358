/** A fresh, migrated database for one test file, on PGlite or PostgreSQL depending on VIGIL_TEST_DB. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '@vigil/db';
import pg from 'pg';
import { inject } from 'vitest';

let counter = 0;

/** Clones the run's template into a new database; close() removes it again. */
export async function createTestDatabase(): Promise<Database> {
  const pgTemplate = inject('pgTemplate');
  if (pgTemplate) {
    const adminUrl = inject('pgAdminUrl');
    const name = `vigil_t_${process.pid}_${Date.now()}_${counter++}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${pgTemplate}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
    return {
      ...database,
      async close() {
        // A pooled connection still saying goodbye when the database is dropped reports an error: expected.
        database.pool?.on('error', () => {});
        await database.close();
        const a = new pg.Client({ connectionString: adminUrl });
        await a.connect();
        // A pool's end() resolves before its connections (and those of a second server the test
        // opened on this database) have closed; a forced drop then would end them with an error no
        // listener is left to hear. Wait for them to go; force only what a test leaked.
        for (let tries = 0; tries < 50; tries++) {
          const open = await a.query<{ n: number }>(
            'select count(*)::int as n from pg_stat_activity where datname = $1',
            [name],
          );
          if (open.rows[0]?.n === 0) break;
          await new Promise((done) => setTimeout(done, 100));
        }
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigil-test-'));
  const blob = new Blob([readFileSync(inject('pgliteTemplate'))]);
  const database = await openDatabase({
    kind: 'pglite',
    dataDir: join(dir, 'data'),
    command: 'vitest',
    loadFrom: blob,
  });
  return {
    ...database,
    async close() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
