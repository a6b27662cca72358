/**
 * Upgrades: a database filled by the previous release (through its own CLI and API, dumped as SQL by
 * packages/db/test/upgrade/fill.sh) is migrated by this release's migrations. Every row it held must
 * come through with every value it had, and the app must work on it: the old password signs in, the
 * audit chain still verifies, the old records are listed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, MIGRATIONS_DIR, openDatabase } from '@vigil/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_ADMIN_URL } from './test/global-setup.ts';
import { createTestApp, login, type TestApp } from './test/test-app.ts';

const FIXTURE = new URL('../../../packages/db/test/upgrade/from-0013-audit-work.sql', import.meta.url);
const OLD_PASSWORD = 'correct horse battery staple 42';
const onPostgres = process.env.VIGIL_TEST_DB === 'postgres';

/** Every public table's rows as JSON objects, sorted, so two snapshots compare row by row. */
async function snapshot(query: (sql: string) => Promise<string[][]>): Promise<Map<string, object[]>> {
  const tables = await query(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
  );
  const out = new Map<string, object[]>();
  for (const [table] of tables) {
    const [[rows]] = (await query(
      `select coalesce(json_agg(to_jsonb(t) order by to_jsonb(t)::text), '[]')::text from public."${table}" t`,
    )) as [[string]];
    out.set(table!, JSON.parse(rows));
  }
  return out;
}

/** An empty database of the kind under test, filled with the fixture. */
async function filledOldDatabase(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  const fixture = readFileSync(FIXTURE, 'utf8');
  if (onPostgres) {
    const name = `vigil_t_${process.pid}_upgrade_${Date.now()}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    // Its own connection: the dump empties search_path for the session that loads it.
    const loader = new pg.Client({ connectionString: url.toString() });
    await loader.connect();
    await loader.query(fixture);
    await loader.end();
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 3 });
    // As in the test harness: a pooled connection ended by the drop below reports an expected error.
    database.pool?.on('error', () => {});
    return {
      database,
      cleanup: async () => {
        // The app's pool closes its connections asynchronously: a connection still saying goodbye when
        // the database is dropped by force would raise an error nobody handles. Wait for them to go.
        for (let i = 0; i < 50; i++) {
          const left = await admin.query(
            'select count(*)::int as n from pg_stat_activity where datname = $1',
            [name],
          );
          if (left.rows[0].n === 0) break;
          await new Promise((done) => setTimeout(done, 100));
        }
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigil-upgrade-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data'), command: 'vitest' });
  await database.pglite!.exec(fixture);
  await database.pglite!.exec('RESET search_path');
  return { database, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

function rowsOf(database: Database) {
  return async (sql: string): Promise<string[][]> => {
    if (database.pglite) {
      const r = await database.pglite.query<Record<string, string>>(sql, [], { rowMode: 'array' });
      return r.rows as unknown as string[][];
    }
    const r = await database.pool!.query({ text: sql, rowMode: 'array' });
    return r.rows;
  };
}

describe('upgrading a database filled by the previous release', () => {
  let before: Map<string, object[]>;
  let after: Map<string, object[]>;
  let t: TestApp;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const old = await filledOldDatabase();
    cleanup = old.cleanup;
    before = await snapshot(rowsOf(old.database));
    await old.database.migrate();
    after = await snapshot(rowsOf(old.database));
    t = await createTestApp({}, null, {}, old.database);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await cleanup?.();
  });

  it('starts from a database that holds real data of every main kind', () => {
    for (const table of [
      'organizations',
      'users',
      'controls',
      'evidence',
      'audit_events',
      'check_intervals',
      'runs',
      'people',
      'policies',
      'policy_versions',
      'training_courses',
      'risks',
      'vendors',
      'incidents',
      'tabletop_exercises',
      'vuln_sla_policies',
    ])
      expect(before.get(table)?.length, table).toBeGreaterThan(0);
  });

  it('applies every migration of this release', async () => {
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'));
    const rows = await rowsOf(t.database)('select count(*)::text from drizzle.__drizzle_migrations');
    expect(Number(rows[0]?.[0])).toBe(journal.entries.length);
  });

  it('keeps every row with every value it had', () => {
    for (const [table, oldRows] of before) {
      const newRows = after.get(table);
      expect(newRows, `table ${table} is gone`).toBeDefined();
      // Only the columns the old release had: a migration may add columns, never change old values.
      const projected = newRows!.map((row) =>
        Object.fromEntries(
          Object.keys(oldRows[0] ?? {}).map((k) => [k, (row as Record<string, unknown>)[k]]),
        ),
      );
      const key = (r: object) => JSON.stringify(r);
      expect(projected.map(key).sort(), table).toEqual(oldRows.map(key).sort());
    }
  });

  it('serves the old data: the old password signs in, the chain verifies, records are listed', async () => {
    const owner = await login(t.app, 'owner@acme.test', OLD_PASSWORD);
    const verify = await owner.request('GET', '/api/audit-events/verify');
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toMatchObject({ ok: true });
    const controls = await owner.request('GET', '/api/controls?limit=1');
    expect(controls.json().total).toBe(128);
    const runs = await owner.request('GET', '/api/monitoring/runs');
    expect(runs.statusCode).toBe(200);
    expect(runs.json().items).toHaveLength(2);
    const engagements = await owner.request('GET', '/api/engagements');
    expect(
      engagements
        .json()
        .items.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['FY26 Type II', 'Readiness Type I']);
    const risks = await owner.request('GET', '/api/risks');
    expect(risks.statusCode).toBe(200);
    expect(risks.json().items).toHaveLength(1);
    const vendors = await owner.request('GET', '/api/vendors');
    expect(vendors.json().items.map((v: { name: string }) => v.name)).toEqual(['Example Hosting']);
    const incidents = await owner.request('GET', '/api/incidents');
    expect(incidents.json().items.map((i: { title: string }) => i.title)).toEqual([
      'Phishing email reported',
    ]);
  });
});
