/**
 * pg-boss on a real PostgreSQL: two worker processes' queues share one sweep's jobs and each job
 * runs exactly once; a failing connector is retried with backoff. The test makes its own database,
 * so it runs in the PGlite suite and the PostgreSQL suite alike.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase, schema } from '@vigil/db';
import type { FileImporter } from '@vigil/monitoring';
import { TEST_CHECKS, TEST_IMPORTER } from '@vigil/monitoring/test/registry';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../audit/actor.ts';
import type { MonitoringRegistry } from '../../monitoring/index.ts';
import { createOrganization } from '../../organizations/index.ts';
import { PG_ADMIN_URL } from '../../test/global-setup.ts';
import { type SweepJob, SweepQueue } from './sweep-queue.ts';

const name = `vigil_jobs_${process.pid}_${Date.now()}`;
const url = (() => {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
})();

/** The test importer, slowed down so both workers are busy at once. */
const SLOW: FileImporter = {
  ...TEST_IMPORTER,
  async *read(input) {
    await new Promise((r) => setTimeout(r, 150));
    yield* TEST_IMPORTER.read(input);
  },
};
const registry: MonitoringRegistry = { importers: [SLOW], checks: TEST_CHECKS };

const admin = async (sql: string) => {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
};

let importDir: string;
const databases: Database[] = [];
const queues: SweepQueue[] = [];
const done: { worker: number; job: SweepJob; outcome: string }[] = [];
let orgId: string;

function worker(n: number, database: Database) {
  const q = new SweepQueue(
    { db: database.db, registry, importDir, evidenceStore: null },
    {
      connectionString: url,
      work: true,
      pollingSeconds: 0.5,
      retryLimit: 1,
      retryDelaySeconds: 1,
      onJobDone: (job, outcome) => done.push({ worker: n, job, outcome }),
    },
  );
  queues.push(q);
  return q;
}

async function until(predicate: () => Promise<boolean>, ms = 40_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for the jobs: ${JSON.stringify(done)}`);
}

beforeAll(async () => {
  await admin(`create database ${name}`);
  importDir = mkdtempSync(join(tmpdir(), 'vigil-jobs-'));
  for (let i = 0; i < 2; i++) databases.push(await openDatabase({ kind: 'postgres', url, poolSize: 3 }));
  await databases[0]!.migrate();
  const { org } = await databases[0]!.db.transaction((tx) =>
    createOrganization(tx, systemActor('test'), {
      organizationName: 'Jobs Inc',
      owner: { email: 'owner@jobs.test', name: 'Owner', password: 'correct horse battery staple' },
    }),
  );
  orgId = org.id;
}, 60_000);

afterAll(async () => {
  for (const q of queues) await q.stop().catch(() => {});
  for (const d of databases) {
    d.pool?.on('error', () => {});
    await d.close();
  }
  await admin(`drop database if exists ${name} with (force)`);
  rmSync(importDir, { recursive: true, force: true });
}, 60_000);

describe('sweep jobs on pg-boss', () => {
  it('shares one sweep between two workers, runs each job exactly once and retries a failing one', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      writeFileSync(join(importDir, `users-${i}.testusers`), `{"id":"u${i}","mfa":${i % 2 === 0}}\n`);
      const [c] = await databases[0]!.db
        .insert(schema.connectors)
        .values({
          orgId,
          kind: 'test.users',
          name: `Users ${i}`,
          scheduleMinutes: 60,
          config: { path: `users-${i}.testusers` },
        })
        .returning();
      ids.push(c!.id);
    }
    writeFileSync(join(importDir, 'broken.testusers'), 'not json\n');
    const [broken] = await databases[0]!.db
      .insert(schema.connectors)
      .values({
        orgId,
        kind: 'test.users',
        name: 'Broken',
        scheduleMinutes: 60,
        config: { path: 'broken.testusers' },
      })
      .returning();

    // The server's side only queues: the first tick queues every due connector, a second one
    // nothing more while those jobs wait (one waiting job per connector).
    const server = new SweepQueue(
      { db: databases[0]!.db, registry, importDir, evidenceStore: null },
      { connectionString: url, work: false, retryLimit: 1, retryDelaySeconds: 1 },
    );
    queues.push(server);
    await server.start();
    expect(await server.tick()).toBe(9);
    expect(await server.tick()).toBe(0);
    const a = worker(1, databases[0]!);
    const b = worker(2, databases[1]!);
    await a.start();
    await b.start();

    const runs = () => databases[0]!.db.select().from(schema.runs).where(eq(schema.runs.orgId, orgId));
    await until(async () => (await runs()).length === 10 && (await a.pending()) === 0);

    const all = await runs();
    for (const id of ids) {
      expect(all.filter((r) => r.connectorId === id).map((r) => r.status)).toEqual(['succeeded']);
    }
    expect(all.filter((r) => r.connectorId === broken!.id).map((r) => r.status)).toEqual([
      'failed',
      'failed',
    ]);
    const succeeded = done.filter((d) => d.outcome === 'succeeded');
    expect(succeeded).toHaveLength(8);
    expect(new Set(succeeded.map((d) => d.job.connectorId)).size).toBe(8);
    expect(done.filter((d) => d.worker === 1).length).toBeGreaterThan(0);
    expect(done.filter((d) => d.worker === 2).length).toBeGreaterThan(0);
    // Nothing is due again until the schedule comes round.
    expect(await a.tick()).toBe(0);
  }, 60_000);
});
