/**
 * The benchmark's server process, forked by run.ts so the load generator does not share its event loop:
 * seeds a fresh database, serves the real app on 127.0.0.1, counts queries, and cleans up on 'stop'.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Database } from '@vigil/db';
import { type AppContext, buildApp, openEvidenceStore } from '@vigil/server';
import {
  type BenchDatabase,
  type BenchDbKind,
  openBenchDatabase,
  type SeedResult,
  seedDeployment,
} from './seed.ts';

export type ToServer =
  | { type: 'counters' }
  | { type: 'loop-reset' }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string }
  | { type: 'stop' };
export type FromServer =
  | { type: 'ready'; url: string; seed: SeedResult }
  | { type: 'counters'; counters: Counters }
  | { type: 'profiled' }
  | { type: 'failed'; message: string };

/** What the server saw since it started: requests received, queries sent and time spent waiting on them. */
export interface Counters {
  /** Counted when received, so requests the client abandoned at the end of a run still count with their queries. */
  requests: number;
  responses: number;
  queries: number;
  /** Summed wall time of the queries, including waiting for a pool connection (or the PGlite queue). */
  queryMs: number;
  /** Summed time from request received to response sent (Fastify's reply.elapsedTime), over `responses`. */
  serverMs: number;
  /** CPU time (user + system) of the whole server process; with PGlite this includes the database engine. */
  cpuMs: number;
  /** Event-loop delay since the last 'loop-reset': how long ready work waited behind synchronous work. */
  loopDelayMs: { p99: number; max: number };
  /** The slowest response since the last 'loop-reset', as the server measured it. */
  handlerMaxMs: number;
}

const counters: Counters = {
  requests: 0,
  responses: 0,
  queries: 0,
  queryMs: 0,
  serverMs: 0,
  cpuMs: 0,
  loopDelayMs: { p99: 0, max: 0 },
  handlerMaxMs: 0,
};
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

/** Wraps the driver's query method (pg.Pool or PGlite, which Drizzle calls for every statement). */
function countQueries(database: Database) {
  const driver = (database.pool ?? database.pglite) as unknown as {
    query: (...args: unknown[]) => Promise<unknown>;
  };
  const query = driver.query.bind(driver);
  driver.query = async (...args: unknown[]) => {
    counters.queries++;
    const t = performance.now();
    try {
      return await query(...args);
    } finally {
      counters.queryMs += performance.now() - t;
    }
  };
}

function send(message: FromServer) {
  process.send?.(message);
}

let bench: BenchDatabase | undefined;
let app: Awaited<ReturnType<typeof buildApp>> | undefined;
let evidenceDir: string | undefined;
let stopping = false;

/** Closes the server, then removes the database; exits with `code`. */
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  try {
    await app?.close();
  } finally {
    if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
    await bench?.dispose();
    process.exit(code);
  }
}

async function main() {
  const kind = process.env.BENCH_DB as BenchDbKind;
  if (kind !== 'pglite' && kind !== 'postgres') throw new Error('BENCH_DB must be pglite or postgres');
  // If the runner goes away (Ctrl-C, crash), still drop the database and remove the directory.
  process.on('disconnect', () => void stop(1));
  process.on('SIGINT', () => void stop(130));
  process.on('SIGTERM', () => void stop(143));

  bench = await openBenchDatabase(kind);
  const seed = await seedDeployment(bench.database);
  countQueries(bench.database);
  const masterKey = randomBytes(32);
  evidenceDir = mkdtempSync(join(tmpdir(), 'vigil-bench-evidence-'));
  const ctx: AppContext = {
    database: bench.database,
    db: bench.database.db,
    config: {
      host: '127.0.0.1',
      port: 0,
      trustProxy: false,
      logLevel: 'silent',
      sessionHours: 12,
      mailFrom: 'x',
      webDist: '/nonexistent',
    },
    masterKey,
    mailer: null,
    evidenceStore: await openEvidenceStore(
      { kind: 'fs', dir: evidenceDir, maxBytes: 50 * 1024 * 1024 },
      masterKey,
    ),
  };
  app = await buildApp(ctx);
  app.addHook('onRequest', async () => {
    counters.requests++;
  });
  app.addHook('onResponse', async (_req, reply) => {
    counters.responses++;
    counters.serverMs += reply.elapsedTime;
    counters.handlerMaxMs = Math.max(counters.handlerMaxMs, reply.elapsedTime);
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });

  let profiler: Session | undefined;
  process.on('message', async (message: ToServer) => {
    if (message.type === 'profile-start') {
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    if (message.type === 'profile-stop' && profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      profiler.disconnect();
      profiler = undefined;
      mkdirSync(dirname(message.file), { recursive: true });
      writeFileSync(message.file, JSON.stringify(profile));
      send({ type: 'profiled' });
    }
    if (message.type === 'loop-reset') {
      loopDelay.reset();
      counters.handlerMaxMs = 0;
    }
    if (message.type === 'counters') {
      const cpu = process.cpuUsage();
      const loopDelayMs = { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 };
      send({
        type: 'counters',
        counters: { ...counters, cpuMs: (cpu.user + cpu.system) / 1000, loopDelayMs },
      });
    }
    if (message.type === 'stop') void stop(0);
  });
  send({ type: 'ready', url, seed });
}

main().catch((err: unknown) => {
  send({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  // Give the IPC message a moment to leave, then clean up and exit.
  setTimeout(() => void stop(1), 200);
});
