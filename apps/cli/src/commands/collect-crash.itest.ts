/**
 * A collection killed mid-run (SIGKILL: no chance to record anything) is marked failed by another
 * process, with its connector showing it and a connector_error alert, and nothing of it stored.
 * The run is a real `vigil collect github.live` against a GitHub-shaped server on 127.0.0.1 that
 * never answers, so the run is reliably in progress when it is killed.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openDatabase, schema } from '@vigil/db';
import { INTERRUPTED_MESSAGE } from '@vigil/server';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collect,
  createWorkspace,
  initOrganization,
  OWNER,
  PASSWORD,
  runCli,
  spawnCli,
  withDataDir,
} from '../test/cli-harness.ts';

const ADMIN_URL = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const ON_POSTGRES = process.env.VIGIL_TEST_DB === 'postgres';
const TIMEOUT = 300_000;
// Short thresholds so the test need not wait the product's minute (15 s beats, dead after 45 s).
const LIVENESS = {
  VIGIL_RUN_HEARTBEAT_SECONDS: '1',
  VIGIL_RUN_DEAD_AFTER_SECONDS: '5',
  VIGIL_RUN_CHECK_SECONDS: '0.5',
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 120_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function admin(text: string) {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/** What the test checks afterwards: the run, its connector, the alert and the stored resources. */
async function outcome(db: Db, connectorId: string) {
  const runs = await db.select().from(schema.runs).where(eq(schema.runs.connectorId, connectorId));
  const [connector] = await db.select().from(schema.connectors).where(eq(schema.connectors.id, connectorId));
  const alerts = await db
    .select()
    .from(schema.alertOutbox)
    .where(eq(schema.alertOutbox.kind, 'connector_error'));
  const resources = await db.select().from(schema.resources);
  return { runs, connector: connector!, alerts, resources };
}

function expectInterrupted(o: Awaited<ReturnType<typeof outcome>>) {
  expect(o.runs.map((r) => [r.status, r.error])).toEqual([['failed', INTERRUPTED_MESSAGE]]);
  expect(o.runs[0]!.finishedAt).toBeInstanceOf(Date);
  expect(o.connector).toMatchObject({ lastStatus: 'error', lastError: INTERRUPTED_MESSAGE });
  expect(o.alerts.map((a) => a.payload.runId)).toEqual([o.runs[0]!.id]);
  expect(o.resources).toHaveLength(0);
}

describe('a collection killed mid-run', () => {
  let github: Server;
  let requests = 0;
  let root: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    // Takes requests and never answers them: the collector waits, its run stays in progress.
    github = createServer(() => {
      requests++;
    });
    await new Promise<void>((done) => github.listen(0, '127.0.0.1', done));
    root = mkdtempSync(join(tmpdir(), 'vigil-crash-'));
    const port = (github.address() as AddressInfo).port;
    writeFileSync(
      join(root, 'gh.json'),
      JSON.stringify({ org: 'acme', baseUrl: `http://127.0.0.1:${port}/api/v3` }),
    );
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    github.closeAllConnections();
    await new Promise((done) => github.close(done));
    rmSync(root, { recursive: true, force: true });
  });

  const collectArgs = () => ['collect', 'github.live', '--config', join(root, 'gh.json')];
  const collectEnv = { ...LIVENESS, VIGIL_COLLECT_CREDENTIALS: '{"token":"test-token"}' };
  const connectorRow = (orgId: string) => ({
    orgId,
    kind: 'github.live',
    name: 'GitHub',
    config: { org: 'acme' },
  });

  it(
    'on PostgreSQL: a live server notices the stopped heartbeat within seconds and marks the run failed',
    async (ctx) => {
      ctx.skip(
        !ON_POSTGRES,
        'PostgreSQL only: another process can watch the run only when the database is shared',
      );
      const name = `vigil_crash_${process.pid}_${Date.now()}`;
      const u = new URL(ADMIN_URL);
      u.pathname = `/${name}`;
      const url = u.toString();
      await admin(`create database ${name}`);
      const env = { DATABASE_URL: url, VIGIL_DATA_DIR: root };
      const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
      try {
        const init = await runCli(
          ['init', '--org', OWNER.org, '--email', OWNER.email, '--name', OWNER.name, '--password-stdin'],
          root,
          { env, input: PASSWORD },
        );
        expect(init.code, init.stderr).toBe(0);
        const [org] = await database.db.select().from(schema.organizations);
        const [connector] = await database.db
          .insert(schema.connectors)
          .values(connectorRow(org!.id))
          .returning();

        const run = spawnCli(collectArgs(), root, { env: { ...env, ...collectEnv } });
        children.push(run);
        const first = await until('the run to start', async () => {
          const [r] = await database.db.select().from(schema.runs);
          return requests > 0 && r ? r : undefined;
        });
        // The watcher runs in a server started while the run is alive: it must leave a live run alone.
        const server = spawnCli(['start', '--port', '0'], root, { env: { ...env, ...LIVENESS } });
        children.push(server);
        const up = announced(server);
        const serverOut = collect(server);
        await up;
        await sleep(7000);
        const [alive] = await database.db.select().from(schema.runs);
        expect(alive!.status).toBe('running');
        expect(alive!.heartbeatAt!.getTime()).toBeGreaterThan(first.heartbeatAt!.getTime());

        run.kill('SIGKILL');
        const killedAt = Date.now();
        await until('the run to be marked', async () => {
          const [r] = await database.db.select().from(schema.runs);
          return r!.status !== 'running' ? r : undefined;
        });
        // Dead after 5 s without a heartbeat, looked for every 0.5 s: well within the minute.
        expect(Date.now() - killedAt).toBeLessThan(60_000);
        expectInterrupted(await outcome(database.db, connector!.id));

        server.kill('SIGTERM');
        expect((await serverOut).code).toBe(0);
      } finally {
        database.pool?.on('error', () => {});
        await database.close();
        await admin(`drop database if exists ${name} with (force)`);
      }
    },
    TIMEOUT,
  );

  it(
    'on PGlite: the next start marks the run failed before it serves',
    async (ctx) => {
      ctx.skip(ON_POSTGRES, 'PGlite only: the PostgreSQL case is the test above');
      const ws = await createWorkspace();
      try {
        await initOrganization(ws.dataDir);
        const connectorId = await withDataDir(ws.dataDir, async ({ db }) => {
          const [org] = await db.select().from(schema.organizations);
          const [c] = await db.insert(schema.connectors).values(connectorRow(org!.id)).returning();
          return c!.id;
        });
        const seen = requests;
        const run = spawnCli(collectArgs(), ws.dataDir, { env: collectEnv });
        children.push(run);
        // The run row is written before the collector's first request.
        await until('the run to start', () => (requests > seen ? true : undefined));
        run.kill('SIGKILL');
        await collect(run);

        const server = spawnCli(['start', '--port', '0'], ws.dataDir, { env: LIVENESS });
        children.push(server);
        const up = announced(server);
        const serverOut = collect(server);
        await up;
        server.kill('SIGTERM');
        expect((await serverOut).code).toBe(0);
        expectInterrupted(await withDataDir(ws.dataDir, ({ db }) => outcome(db, connectorId)));
      } finally {
        ws.remove();
      }
    },
    TIMEOUT,
  );
});

/** Resolves once `vigil start` says where it runs; rejects if it exits first. */
function announced(child: ChildProcess): Promise<void> {
  let out = '';
  return new Promise((done, fail) => {
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('Vigil is running at')) done();
    });
    child.on('exit', (code) => fail(new Error(`vigil start exited with ${code}`)));
  });
}
