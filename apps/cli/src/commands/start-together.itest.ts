/**
 * Several `vigil start` processes on one fresh PostgreSQL database at the same moment (a deploy that
 * starts every replica at once): each must come up, and the schema and job queues be made once.
 */

import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '@vigil/db';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, runningUrl, spawnCli } from '../test/cli-harness.ts';

const ADMIN_URL = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const ON_POSTGRES = process.env.VIGIL_TEST_DB === 'postgres';
const TIMEOUT = 180_000;
const SERVERS = 3;

async function admin<T extends pg.QueryResultRow>(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

describe('vigil start, several at once on PostgreSQL', () => {
  const name = `vigil_together_${process.pid}_${Date.now()}`;
  const url = (() => {
    const u = new URL(ADMIN_URL);
    u.pathname = `/${name}`;
    return u.toString();
  })();
  const roots: string[] = [];
  const servers: ChildProcess[] = [];

  afterAll(async () => {
    for (const s of servers) if (s.exitCode === null) s.kill('SIGKILL');
    for (const r of roots) rmSync(r, { recursive: true, force: true });
    if (ON_POSTGRES) await admin(ADMIN_URL, `drop database if exists ${name} with (force)`);
  }, TIMEOUT);

  it(
    'brings every server up, migrates the schema once and creates the job queues once',
    async (ctx) => {
      // PGlite needs no test: its data-directory lock admits one process, so nothing starts together.
      ctx.skip(!ON_POSTGRES, 'PostgreSQL only: a PGlite data directory admits one process at a time');
      await admin(ADMIN_URL, `create database ${name}`);
      // Replicas share the database and the master key, each with a folder of its own.
      const masterKey = randomBytes(32).toString('hex');
      for (let i = 0; i < SERVERS; i++) {
        const root = mkdtempSync(join(tmpdir(), 'vigil-together-'));
        roots.push(root);
        const env = { DATABASE_URL: url, VIGIL_MASTER_KEY: masterKey };
        servers.push(spawnCli(['start', '--port', '0'], root, { env }));
      }
      const ready = servers.map(runningUrl);
      const outputs = servers.map(collect);
      const urls = await Promise.all(ready);
      for (const u of urls) expect((await fetch(`${u}/healthz`)).status).toBe(200);

      const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
        entries: unknown[];
      };
      const applied = await admin<{ hash: string }>(url, 'select hash from drizzle.__drizzle_migrations');
      expect(applied).toHaveLength(journal.entries.length);
      expect(new Set(applied.map((r) => r.hash)).size).toBe(journal.entries.length);
      // pg-boss keeps queues of its own, named __pgboss__…
      const queues = await admin<{ name: string }>(
        url,
        "select name from pgboss.queue where left(name, 2) <> '__' order by name",
      );
      expect(queues.map((q) => q.name)).toEqual(['sweep', 'sweep-tick']);

      for (const s of servers) s.kill('SIGTERM');
      for (const o of outputs) expect((await o).code).toBe(0);
    },
    TIMEOUT,
  );
});
