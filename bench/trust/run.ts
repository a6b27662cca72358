/**
 * Trust page benchmark: the public page prospects hit, at 200 concurrent connections. A forked server
 * publishes one organization's page (12 practices, 20 sub-processors, 8 documents); autocannon then
 * asks `GET /trust/<slug>` for a 3 s warm-up and a measured run, and the p99 is checked against 20 ms.
 *
 *   node --import tsx bench/trust/run.ts [--duration 10] [--warmup 3] [--connections 200]
 *     [--accept-encoding 'gzip, deflate, br, zstd']
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
import autocannon, { type Result } from 'autocannon';

const HERE = dirname(fileURLToPath(import.meta.url));
const TARGET_P99_MS = 20;
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '200' },
    // What Chromium sends; prospects come with a browser. '' asks for the page uncompressed.
    'accept-encoding': { type: 'string', default: 'gzip, deflate, br, zstd' },
    // Writes V8 CPU profiles of the two server processes into this folder (open them in Chrome's DevTools).
    'cpu-prof': { type: 'string' },
  },
});

const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values['cpu-prof'])}`] : [];

/** Forks a server script and waits for the address it reports. */
async function serverAt(script: string, args: string[], execArgv: string[]) {
  const child = fork(join(HERE, script), args, {
    execArgv: ['--import', 'tsx', ...execArgv],
    stdio: 'inherit',
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.on('message', (m: { type: string; url?: string; message?: string }) => {
      if (m.type === 'ready') resolveUrl(m.url!);
      if (m.type === 'failed') reject(new Error(m.message));
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  const stopped = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    url,
    stop: () => {
      child.send({ type: 'stop' });
      return stopped;
    },
  };
}

const connections = Number(values.connections);
const acceptEncoding = values['accept-encoding'];
/** The warm-up, then the measured run, against one address. */
async function load(url: string) {
  const headers: Record<string, string> = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
  const run = (duration: number) => autocannon({ url, connections, duration, timeout: 10, headers });
  await run(Number(values.warmup));
  return run(Number(values.duration));
}
const figures = (r: Result) => ({
  requestsPerSecond: Math.round(r.requests.average),
  p50: r.latency.p50,
  p90: r.latency.p90,
  p99: r.latency.p99,
});

const vigil = await serverAt('server.ts', [], profile);
const result = await load(vigil.url);
// The floor, measured while Vigil still runs (it serves the bare server its copy of the page).
const bare = await serverAt('bare-server.ts', [vigil.url, acceptEncoding], profile);
const floor = await load(bare.url);
await bare.stop();
await vigil.stop();

const db = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const summary = {
  db,
  url: '/trust/<slug>',
  connections,
  acceptEncoding,
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
  // A bare Node server sending the same bytes and headers, same load, same run: this machine's floor.
  bareNodeServer: figures(floor),
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
