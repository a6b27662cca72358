/** `vigil worker` as a real process on PostgreSQL: takes a queued connector run and stops cleanly on SIGTERM. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, schema } from '@vigil/db';
import { defaultRegistry, SweepQueue } from '@vigil/server';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, OWNER, PASSWORD, REPO_ROOT, runCli, spawnCli } from '../test/cli-harness.ts';

const ADMIN_URL = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const TIMEOUT = 120_000;
const name = `vigil_worker_${process.pid}_${Date.now()}`;
const url = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
})();

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

describe('vigil worker on PostgreSQL', () => {
  let root: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await admin(`create database ${name}`);
    root = mkdtempSync(join(tmpdir(), 'vigil-worker-'));
    mkdirSync(join(root, 'imports'));
    copyFileSync(
      join(REPO_ROOT, 'packages/connectors/src/cloud/fixtures/credential-report.csv'),
      join(root, 'imports', 'iam.csv'),
    );
    env = { DATABASE_URL: url, VIGIL_DATA_DIR: root, VIGIL_IMPORT_DIR: join(root, 'imports') };
    const args = [
      'init',
      '--org',
      OWNER.org,
      '--email',
      OWNER.email,
      '--name',
      OWNER.name,
      '--password-stdin',
    ];
    const init = await runCli(args, root, { env, input: PASSWORD });
    expect(init.code, init.stderr).toBe(0);
  }, TIMEOUT);
  afterAll(async () => {
    await admin(`drop database if exists ${name} with (force)`);
    rmSync(root, { recursive: true, force: true });
  }, TIMEOUT);

  it(
    'runs a queued connector and exits 0 on SIGTERM',
    async () => {
      const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
      const [org] = await database.db.select().from(schema.organizations);
      const [connector] = await database.db
        .insert(schema.connectors)
        .values({
          orgId: org!.id,
          kind: 'aws.credential_report',
          name: 'IAM',
          scheduleMinutes: 60,
          config: { path: 'iam.csv' },
        })
        .returning();
      // This process only queues (as a server with VIGIL_JOBS=enqueue would); the worker does the run.
      const queue = new SweepQueue(
        { db: database.db, registry: defaultRegistry(), importDir: null, evidenceStore: null },
        { connectionString: url, work: false },
      );
      const worker = spawnCli(['worker'], root, { env });
      const output = collect(worker);
      try {
        await queue.start();
        expect(await queue.enqueue(connector!.id)).toBe(true);
        const deadline = Date.now() + 60_000;
        let runs: (typeof schema.runs.$inferSelect)[] = [];
        while (Date.now() < deadline) {
          runs = await database.db
            .select()
            .from(schema.runs)
            .where(eq(schema.runs.connectorId, connector!.id));
          if (runs.some((r) => r.status !== 'running')) break;
          await new Promise((r) => setTimeout(r, 500));
        }
        expect(runs.map((r) => [r.status, r.resourcesSeen])).toEqual([['succeeded', 4]]);
        expect(runs[0]!.evidenceId).toBeTruthy();
      } finally {
        worker.kill('SIGTERM');
        await queue.stop();
        database.pool?.on('error', () => {});
        await database.close();
      }
      const result = await output;
      expect(result.stdout).toContain('vigil worker: taking sweep jobs from PostgreSQL');
      expect(result.stdout).toContain('Received SIGTERM');
      expect(result.code).toBe(0);
    },
    TIMEOUT,
  );
});
