/**
 * Import benchmark: a large Trivy report and a large Okta users export (generate.ts, in a temporary
 * folder) through `vigil check`, `vigil collect` and an upload to a running server, each measured
 * for wall time, CPU time and peak RSS beside a plain streaming parse of the same file with stream-json.
 *
 *   node --import tsx bench/imports/run.ts [--mb 300] [--kinds trivy,okta] [--steps parse,check,collect,upload]
 *                                          [--dir DIR (reuse generated files)]
 *
 * Targets: peak RSS < 512 MiB, time within 3× of the plain parse. Figures are in bench/imports/README.md.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const VIGIL = join(ROOT, 'apps/cli/bin/vigil.js');
const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '300' },
    kinds: { type: 'string', default: 'trivy,okta' },
    steps: { type: 'string', default: 'parse,check,collect,upload' },
    dir: { type: 'string' },
    // Internal: the plain streaming parse, run in a child of its own.
    'parse-only': { type: 'string' },
  },
});

/** The baseline: stream-json's parser over the file, every token consumed, nothing kept. */
async function parseOnly(file: string) {
  const { parserStream } = await import('stream-json');
  const { createReadStream } = await import('node:fs');
  const { pipeline } = await import('node:stream/promises');
  const { Writable } = await import('node:stream');
  let tokens = 0;
  await pipeline(
    createReadStream(file),
    parserStream(),
    new Writable({
      objectMode: true,
      write(_t, _e, cb) {
        tokens++;
        cb();
      },
    }),
  );
  console.log(JSON.stringify({ tokens }));
}

if (args['parse-only']) {
  await parseOnly(args['parse-only']);
  process.exit(0);
}

interface Measure {
  step: string;
  seconds: number;
  /** CPU seconds (user + system) of the measured process: on a shared machine they move less than wall time. */
  cpu: number;
  peakMiB: number;
  code: number | null;
  note?: string;
}

const mib = (kb: number) => Math.round(kb / 1024);
const load = () => loadavg()[0]!.toFixed(1);

/** Runs a command under /usr/bin/time: wall seconds, CPU seconds and the peak RSS of the process. */
function timed(step: string, cmd: string[], env: NodeJS.ProcessEnv = {}, stdout = '/dev/null'): Measure {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M %U %S', 'sh', '-c', `exec "$@" > ${stdout}`, 'sh', ...cmd],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [s, kb, user, system] = last.split(' ').map(Number);
  const note = r.stderr.trim().split('\n').slice(0, -1).join(' ').slice(0, 200) || undefined;
  return {
    step,
    seconds: s ?? Number.NaN,
    cpu: (user ?? Number.NaN) + (system ?? Number.NaN),
    peakMiB: mib(kb ?? 0),
    code: r.status,
    note,
  };
}

function vigil(dataDir: string, ...rest: string[]) {
  const r = spawnSync(process.execPath, [VIGIL, '--data-dir', dataDir, ...rest], {
    cwd: ROOT,
    env: { ...process.env, VIGIL_INIT_PASSWORD: 'bench-password-123456' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vigil ${rest.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A fresh data directory with one organization and its owner. */
function newDataDir(base: string, name: string) {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  vigil(dir, 'init', '--org', 'bench', '--email', 'owner@bench.test', '--name', 'Bench Owner');
  return dir;
}

/** VmHWM (peak RSS) and VmRSS of a process, in MiB. */
/** CPU seconds (user + system) a process has used so far. */
function cpuOf(pid: number) {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Clock ticks per second of /proc/PID/stat (`getconf CLK_TCK`). */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

function memOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { hwm: mib(kb('VmHWM')), rss: mib(kb('VmRSS')) };
}

async function waitForServer(port: number, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('the server stopped');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error('the server did not start');
}

/** Starts `vigil start`, uploads the file to a connector of `kind` and reads the server's peak RSS. */
async function upload(base: string, kind: string, importer: string, file: string): Promise<Measure> {
  const dataDir = newDataDir(base, `upload-${kind}`);
  const token = vigil(
    dataDir,
    'token',
    'create',
    '--org',
    'bench',
    '--email',
    'owner@bench.test',
    '--name',
    'bench',
    '--scope',
    'write',
  );
  const port = 20_000 + (process.pid % 20_000);
  const server = spawn(process.execPath, [VIGIL, '--data-dir', dataDir, 'start', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, VIGIL_UPLOAD_MAX_MB: String(Number(args.mb) * 2) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForServer(port, server);
    const auth = { authorization: `Bearer ${token}` };
    const res = await fetch(`http://127.0.0.1:${port}/api/integrations`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: importer, name: `bench ${kind}` }),
    });
    const connector = (await res.json()) as { id: string };
    await sleep(2000);
    const before = memOf(server.pid!);
    const cpu0 = cpuOf(server.pid!);
    const t0 = Date.now();
    const r = spawnSync(
      'curl',
      [
        '-sS',
        '-o',
        '/dev/null',
        '-w',
        '%{http_code}',
        '-H',
        `authorization: Bearer ${token}`,
        '-F',
        `file=@${file}`,
        `http://127.0.0.1:${port}/api/integrations/${connector.id}/upload`,
      ],
      { encoding: 'utf8' },
    );
    const seconds = (Date.now() - t0) / 1000;
    const cpu = cpuOf(server.pid!) - cpu0;
    const after = memOf(server.pid!);
    return {
      step: 'upload',
      seconds,
      cpu,
      peakMiB: after.hwm,
      code: Number(r.stdout),
      note: `server RSS before ${before.rss} MiB (peak so far ${before.hwm}), after ${after.rss} MiB`,
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

const KINDS: Record<string, { importer: string }> = {
  trivy: { importer: 'trivy.json' },
  okta: { importer: 'okta.users' },
};

const base = args.dir ?? mkdtempSync(join(tmpdir(), 'vigil-bench-imports-'));
mkdirSync(base, { recursive: true });
const steps = new Set(args.steps.split(','));
console.log(`# ${args.mb} MiB inputs in ${base}; load ${load()}; node ${process.version}`);
try {
  for (const kind of args.kinds.split(',')) {
    const { importer } = KINDS[kind]!;
    const file = join(base, `${kind}-${args.mb}.json`);
    if (!existsSync(file)) {
      const g = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(ROOT, 'bench/imports/generate.ts'),
          '--kind',
          kind,
          '--mb',
          args.mb,
          '--out',
          file,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      if (g.status !== 0) throw new Error(g.stderr);
      console.log(`# generated ${file}: ${g.stdout.trim()}`);
    }
    const size = (statSync(file).size / 1048576).toFixed(0);
    const results: Measure[] = [];
    const show = (m: Measure) => {
      results.push(m);
      const parse = results.find((x) => x.step === 'parse');
      const ratio = parse ? ` (${(m.seconds / parse.seconds).toFixed(2)}× the parse)` : '';
      const cpuRatio = parse ? ` (${(m.cpu / parse.cpu).toFixed(2)}×)` : '';
      console.log(
        `${kind} ${size} MiB  ${m.step.padEnd(12)} ${m.seconds.toFixed(1)} s${ratio}, cpu ${m.cpu.toFixed(1)} s${cpuRatio}, peak ${m.peakMiB} MiB, exit ${m.code}, load ${load()}${m.note ? ` — ${m.note}` : ''}`,
      );
    };
    if (steps.has('parse'))
      show(
        timed('parse', [
          process.execPath,
          '--import',
          'tsx',
          fileURLToPath(import.meta.url),
          '--parse-only',
          file,
        ]),
      );
    if (steps.has('check')) {
      show(timed('check table', [process.execPath, VIGIL, 'check', '--input', file, '--importer', importer]));
      show(
        timed('check json', [
          process.execPath,
          VIGIL,
          'check',
          '--input',
          file,
          '--importer',
          importer,
          '--format',
          'json',
        ]),
      );
    }
    if (steps.has('collect')) {
      const dataDir = newDataDir(base, `collect-${kind}`);
      show(
        timed('collect', [
          process.execPath,
          VIGIL,
          '--data-dir',
          dataDir,
          'collect',
          importer,
          '--file',
          file,
        ]),
      );
      show(
        timed('collect again', [
          process.execPath,
          VIGIL,
          '--data-dir',
          dataDir,
          'collect',
          importer,
          '--file',
          file,
        ]),
      );
      rmSync(dataDir, { recursive: true, force: true });
    }
    if (steps.has('upload')) {
      show(await upload(base, kind, importer, file));
      rmSync(join(base, `upload-${kind}`), { recursive: true, force: true });
    }
  }
} finally {
  if (!args.dir) rmSync(base, { recursive: true, force: true });
}
