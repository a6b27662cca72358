/**
 * Prepares one migrated template database per test run, so each test file starts from a clean
 * copy quickly: a PGlite data-dir dump, or a PostgreSQL template database (VIGIL_TEST_DB=postgres).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@vigil/db';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
    pgAdminUrl: string;
  }
}

export const PG_ADMIN_URL = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

export default async function setup(project: TestProject) {
  if (process.env.VIGIL_TEST_DB === 'postgres') {
    const template = `vigil_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${template}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 1 });
    await database.migrate();
    await database.close();
    project.provide('pgTemplate', template);
    project.provide('pgAdminUrl', PG_ADMIN_URL);
    project.provide('pgliteTemplate', '');
    return async () => {
      const dbs = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'vigil_t_${process.pid}_%' or datname = $1`,
        [template],
      );
      for (const { datname } of dbs.rows)
        await admin.query(`drop database if exists ${datname} with (force)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigil-tpl-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
  await database.migrate();
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('pgTemplate', '');
  project.provide('pgAdminUrl', PG_ADMIN_URL);
  return () => rmSync(dir, { recursive: true, force: true });
}
