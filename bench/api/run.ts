/**
 * HTTP API benchmark: seeds 10 organizations × ~150 controls × 50 users (each in the person register, with
 * policies to accept, a course and activities), serves the real app in a child process, and drives the
 * dashboard, the controls list and "My tasks" with autocannon at 50 connections.
 *
 *   node --import tsx bench/api/run.ts [--db pglite|postgres|both] [--duration 10] [--warmup 3]
 *                                      [--connections 50] [--rate <req/s>] [--scenario dashboard,controls,my]
 *                                      [--cpu-prof]
 *
 * Prints a table and writes bench/results/api-<db>.json (-c<n>, -rate<n>, -partial when those options
 * change the shape of the run).
 * --cpu-prof writes V8 profiles of the server process to bench/results/profiles (see cpu-profile.ts).
 */
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Request as CannonRequest } from 'autocannon';
import type { BenchDbKind, SeedResult } from './seed.ts';
import type { Counters, FromServer, ToServer } from './server.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const RESULTS_DIR = resolve(HERE, '..', 'results');
const TARGET_P99_MS = 50;

interface Scenario {
  name: string;
  /** The path requested (for `uncached`, the one checked before the run). */
  path: string;
  baseline: boolean;
  auth: boolean;
  /**
   * Ask for `limit` between 150 and 499 (the same 152 controls every time) with a random organization, so
   * almost every request misses the server's per-organization response cache (200 entries per route).
   */
  uncached?: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: 'dashboard', path: '/api/dashboard', baseline: false, auth: true },
  { name: 'controls list', path: '/api/controls', baseline: false, auth: true },
  {
    name: 'controls list (cache miss)',
    path: '/api/controls?limit=200',
    baseline: false,
    auth: true,
    uncached: true,
  },
  // Issue 12: every member's own tasks, drawn from five areas (policies, training, onboarding,
  // access reviews, activities) for the token's owner.
  { name: 'my tasks', path: '/api/my/tasks', baseline: false, auth: true },
  { name: 'controls search', path: '/api/controls?q=access&status=implemented', baseline: false, auth: true },
  // Baselines, for scale: the HTTP stack alone (no credentials, no query), then token authentication
  // in front of a static answer.
  { name: 'baseline: /healthz', path: '/healthz', baseline: true, auth: false },
  { name: 'baseline: token auth', path: '/api/catalog/categories', baseline: true, auth: true },
];

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    rate: { type: 'string' },
    scenario: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
  },
});
if (!['pglite', 'postgres', 'both'].includes(args.db))
  throw new Error('--db must be pglite, postgres or both');
const kinds: BenchDbKind[] = args.db === 'both' ? ['pglite', 'postgres'] : [args.db as BenchDbKind];
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const connections = Number(args.connections);
/** Requests per second over all connections (open loop); unset, every connection sends as fast as it can. */
const rate = args.rate === undefined ? undefined : Number(args.rate);
const loadShape = rate === undefined ? {} : { overallRate: rate };
/** --scenario dashboard,controls runs only the scenarios whose names start with one of these. */
const only = args.scenario?.split(',').map((p) => p.trim());
const scenarios = SCENARIOS.filter((s) => !only || only.some((p) => s.name.startsWith(p)));
if (scenarios.length === 0)
  throw new Error(`--scenario matches none of: ${SCENARIOS.map((s) => s.name).join(', ')}`);

interface ScenarioResult {
  scenario: string;
  path: string;
  baseline: boolean;
  requestsPerSec: number;
  requests: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  /** Connection errors and timeouts (autocannon counts a timeout as an error too). */
  errors: number;
  /** Requests without an answer after 10 s. */
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  bytesPerResponse: number;
  /** Measured inside the server process over the same window. */
  server: {
    loopDelayMs: { p99: number; max: number };
    queriesPerRequest: number;
    queryMsPerRequest: number;
    handlerMsPerRequest: number;
    handlerMaxMs: number;
    cpuMsPerRequest: number;
  };
  /** CPU used by autocannon (this process) during the window, in % of one core: it shares the machine. */
  loadGeneratorCpuPercent: number;
  meetsTarget: boolean;
}

/** A forked server process with a seeded database. */
class BenchServer {
  private pending: ((m: FromServer) => void)[] = [];
  private constructor(
    private readonly child: ReturnType<typeof fork>,
    readonly url: string,
    readonly seed: SeedResult,
  ) {
    child.on('message', (m: FromServer) => this.pending.shift()?.(m));
  }

  static start(kind: BenchDbKind): Promise<BenchServer> {
    const child = fork(join(HERE, 'server.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_DB: kind },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolvePromise, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`bench server exited with ${code} before it was ready`));
      child.once('exit', onExit);
      child.once('message', (m: FromServer) => {
        child.off('exit', onExit);
        if (m.type === 'ready') resolvePromise(new BenchServer(child, m.url, m.seed));
        else reject(new Error(`bench server failed: ${m.type === 'failed' ? m.message : m.type}`));
      });
    });
  }

  /**
   * The counters once the server has gone quiet: autocannon stops without waiting for the requests in
   * flight, and their queries would otherwise be counted against the wrong window.
   */
  async settledCounters(): Promise<Counters> {
    let last = await this.counters();
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const now = await this.counters();
      if (now.requests === last.requests && now.queries === last.queries) return now;
      last = now;
    }
    return last;
  }

  /** Starts a new event-loop delay window in the server process. */
  resetLoopDelay() {
    this.child.send({ type: 'loop-reset' } satisfies ToServer);
  }

  /** Starts the V8 profiler in the server process. */
  startProfile() {
    this.child.send({ type: 'profile-start' } satisfies ToServer);
  }

  /** Stops the profiler and waits until the server has written the profile to `file`. */
  stopProfile(file: string): Promise<void> {
    return new Promise((resolvePromise) => {
      this.pending.push(() => resolvePromise());
      this.child.send({ type: 'profile-stop', file } satisfies ToServer);
    });
  }

  counters(): Promise<Counters> {
    return new Promise((resolvePromise) => {
      this.pending.push((m) => {
        if (m.type === 'counters') resolvePromise(m.counters);
      });
      this.child.send({ type: 'counters' } satisfies ToServer);
    });
  }

  /** Asks the server to close and remove its database, and waits for it to exit. */
  stop(): Promise<void> {
    return new Promise((resolvePromise) => {
      if (this.child.exitCode !== null) return resolvePromise();
      this.child.once('exit', () => resolvePromise());
      this.child.send({ type: 'stop' } satisfies ToServer);
    });
  }
}

/** One request per organization token, in turn: every connection cycles through all ten tenants. */
function requestsFor(s: Scenario, seed: SeedResult): CannonRequest[] {
  if (s.uncached) {
    const setupRequest = (req: CannonRequest): CannonRequest => {
      const org = seed.orgs[Math.floor(Math.random() * seed.orgs.length)]!;
      const limit = 150 + Math.floor(Math.random() * 350);
      return {
        ...req,
        path: `/api/controls?limit=${limit}`,
        headers: { authorization: `Bearer ${org.token}` },
      };
    };
    return [{ method: 'GET', path: s.path, setupRequest }];
  }
  return seed.orgs.map((o): CannonRequest => {
    const headers: Record<string, string> = s.auth ? { authorization: `Bearer ${o.token}` } : {};
    return { method: 'GET', path: s.path, headers };
  });
}

/** Fails early, with the body, if a scenario does not answer 200 for every organization. */
async function verify(server: BenchServer) {
  for (const s of SCENARIOS) {
    for (const o of server.seed.orgs) {
      const res = await fetch(server.url + s.path, { headers: { authorization: `Bearer ${o.token}` } });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${s.path} for ${o.slug}: ${res.status} ${body.slice(0, 300)}`);
    }
  }
  const res = await fetch(`${server.url}/api/dashboard`, {
    headers: { authorization: `Bearer ${server.seed.orgs[0]!.token}` },
  });
  const dash = (await res.json()) as { overall: { controlsTotal: number } };
  const o = server.seed.orgs[0]!;
  if (dash.overall.controlsTotal !== o.controls - o.notApplicable) {
    throw new Error(
      `dashboard counts ${dash.overall.controlsTotal} applicable controls, seeded ${o.controls - o.notApplicable}`,
    );
  }
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function runScenario(kind: BenchDbKind, server: BenchServer, s: Scenario): Promise<ScenarioResult> {
  const requests = requestsFor(s, server.seed);
  if (warmup > 0)
    await autocannon({ url: server.url, connections, duration: warmup, requests, ...loadShape });
  const before = await server.settledCounters();
  server.resetLoopDelay();
  if (args['cpu-prof']) server.startProfile();
  const clientCpu = process.cpuUsage();
  const r = await autocannon({
    url: server.url,
    connections,
    duration,
    requests,
    title: s.name,
    ...loadShape,
  });
  if (args['cpu-prof']) {
    const slug = s.name.replace(/\W+/g, '-').replace(/^-|-$/g, '');
    await server.stopProfile(join(RESULTS_DIR, 'profiles', `${kind}-${slug}.cpuprofile`));
  }
  const clientCpuUsed = process.cpuUsage(clientCpu);
  const after = await server.settledCounters();
  const served = Math.max(1, after.requests - before.requests);
  const total = r.latency.totalCount ?? r.requests.total ?? 0;
  return {
    scenario: s.name,
    path: s.path,
    baseline: s.baseline,
    requestsPerSec: round(r.requests.average),
    requests: total,
    latencyMs: {
      mean: round(r.latency.mean, 2),
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      max: r.latency.max,
    },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, v]) => [code, v.count])),
    bytesPerResponse: Math.round((r.throughput.total ?? 0) / Math.max(1, total)),
    server: {
      loopDelayMs: { p99: round(after.loopDelayMs.p99), max: round(after.loopDelayMs.max) },
      queriesPerRequest: round((after.queries - before.queries) / served, 2),
      queryMsPerRequest: round((after.queryMs - before.queryMs) / served, 2),
      handlerMsPerRequest: round(
        (after.serverMs - before.serverMs) / Math.max(1, after.responses - before.responses),
        2,
      ),
      handlerMaxMs: Math.round(after.handlerMaxMs),
      cpuMsPerRequest: round((after.cpuMs - before.cpuMs) / served, 2),
    },
    loadGeneratorCpuPercent: Math.round((clientCpuUsed.user + clientCpuUsed.system) / 10 / duration / 1000),
    meetsTarget: r.latency.p99 < TARGET_P99_MS,
  };
}

function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return null;
  }
}

/** Two-space JSON with short arrays of plain values on one line, as `biome format` writes it. */
function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/\[\s*([^[\]{}]*?)\s*\]/g, (_m, items: string) => `[${items.split(/,\s*/).join(', ')}]`)}\n`;
}

const loads = () => loadavg().map((l) => round(l, 2));

function printTable(kind: BenchDbKind, results: ScenarioResult[]) {
  console.log(
    `\n| scenario (${kind}) | req/s | p50 ms | p90 ms | p99 ms | errors (incl. timeouts) / non-2xx | queries/req | server CPU ms/req | max loop delay ms | p99 < ${TARGET_P99_MS} ms |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of results) {
    console.log(
      `| ${r.scenario} | ${r.requestsPerSec} | ${r.latencyMs.p50} | ${r.latencyMs.p90} | ${r.latencyMs.p99} | ${r.errors} / ${r.non2xx} | ${r.server.queriesPerRequest} | ${r.server.cpuMsPerRequest} | ${r.server.loopDelayMs.max} | ${r.baseline ? '(baseline)' : r.meetsTarget ? 'yes' : 'no'} |`,
    );
  }
}

async function benchmark(kind: BenchDbKind) {
  console.log(`\n[${kind}] seeding a fresh database…`);
  const server = await BenchServer.start(kind);
  try {
    const { seed } = server;
    console.log(
      `[${kind}] seeded ${seed.orgs.length} organizations, ${seed.controls} controls, ${seed.users} users in ${seed.seconds} s; serving on ${server.url}`,
    );
    await verify(server);
    const loadBefore = loads();
    const results: ScenarioResult[] = [];
    for (const s of scenarios) {
      const shape =
        rate === undefined ? `${connections} connections` : `${rate} req/s over ${connections} connections`;
      console.log(`[${kind}] ${s.name}: GET ${s.path}, ${shape}, ${warmup} s warm-up + ${duration} s`);
      results.push(await runScenario(kind, server, s));
    }
    const loadAfter = loads();
    printTable(kind, results);
    const report = {
      benchmark: 'api',
      database: kind,
      date: new Date().toISOString(),
      commit: gitCommit(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: round(totalmem() / 2 ** 30),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        loadAverage: { before: loadBefore, after: loadAfter },
      },
      settings: {
        connections,
        overallRate: rate ?? null,
        durationSeconds: duration,
        warmupSeconds: warmup,
        targetP99Ms: TARGET_P99_MS,
      },
      seed: {
        organizations: seed.orgs.length,
        controls: seed.controls,
        users: seed.users,
        seconds: seed.seconds,
        perOrg: seed.orgs.map(({ token: _token, ...o }) => o),
      },
      results,
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    const suffix = `${connections === 50 ? '' : `-c${connections}`}${rate === undefined ? '' : `-rate${rate}`}${only ? '-partial' : ''}`;
    const file = join(RESULTS_DIR, `api-${kind}${suffix}.json`);
    writeFileSync(file, toJson(report));
    console.log(`\n[${kind}] load average ${loadBefore.join(' ')} → ${loadAfter.join(' ')}; wrote ${file}`);
    return results;
  } finally {
    await server.stop();
  }
}

let failed = false;
for (const kind of kinds) {
  const results = await benchmark(kind);
  if (results.some((r) => r.errors + r.non2xx > 0)) failed = true;
}
if (failed) {
  console.error('\nSome requests failed or were not 2xx; see the tables above.');
  process.exitCode = 1;
}
