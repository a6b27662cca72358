/**
 * Trust page benchmark: the public page prospects hit, at 200 concurrent connections. A forked server
 * publishes one organization's page (12 practices, 20 sub-processors, 8 documents); autocannon then
 * asks `GET /trust/<slug>` for a 3 s warm-up and a measured run, and the p99 is checked against 20 ms.
 *
 *   node --import tsx bench/trust/run.ts [--duration 10] [--warmup 3] [--connections 200]
 *
 * With DATABASE_URL set the server uses PostgreSQL; otherwise embedded PGlite. Writes
 * bench/results/trust-<db>.json.
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const HERE = dirname(fileURLToPath(import.meta.url));
const TARGET_P99_MS = 20;
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '200' },
    // Writes a V8 CPU profile of the server process into this folder (open it in Chrome's DevTools).
    'cpu-prof': { type: 'string' },
  },
});

const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values['cpu-prof'])}`] : [];
const child = fork(join(HERE, 'server.ts'), [], {
  execArgv: ['--import', 'tsx', ...profile],
  stdio: 'inherit',
});
const url = await new Promise<string>((resolveUrl, reject) => {
  child.on('message', (m: { type: string; url?: string; message?: string }) => {
    if (m.type === 'ready') resolveUrl(m.url!);
    if (m.type === 'failed') reject(new Error(m.message));
  });
  child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

const connections = Number(values.connections);
const run = (duration: number) => autocannon({ url, connections, duration, timeout: 10 });
await run(Number(values.warmup));
const result = await run(Number(values.duration));
child.send({ type: 'stop' });

const db = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const summary = {
  db,
  url: '/trust/<slug>',
  connections,
  durationS: Number(values.duration),
  requestsPerSecond: Math.round(result.requests.average),
  // Headers and page together, as the load generator read them.
  bytesPerResponse: Math.round(result.throughput.average / result.requests.average),
  latencyMs: {
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
  },
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  targetP99Ms: TARGET_P99_MS,
  met: result.latency.p99 < TARGET_P99_MS && result.non2xx === 0 && result.errors === 0,
  machine: { cpus: cpus().length, loadavg: loadavg().map((l) => Number(l.toFixed(2))) },
  at: new Date().toISOString(),
};
const out = resolve(HERE, '..', 'results', `trust-${db}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));
process.exit(summary.met ? 0 : 1);
