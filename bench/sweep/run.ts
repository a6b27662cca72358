/**
 * Sweep benchmark: a synthetic organization (default 50,000 resources of 10 types, 60 checks, so
 * 300,000 results per sweep) swept once a day: day 0 imports everything, day 1 changes nothing (and
 * is compared with the bare cost of parsing and evaluating the same inputs), every later day has
 * `--churn` of the resources changing (attributes that flip checks), disappearing or appearing.
 * After the last sweep it checks the row-count identity (interval rows = intervals the runs opened;
 * closed rows = intervals the runs closed; one run per sweep) and times Type II effectiveness over
 * the 12-month window for one control and for the whole engagement.
 *
 *   node --import tsx bench/sweep/run.ts [--db pglite|postgres|both] [--resources 50000] [--sweeps 10]
 *                                        [--churn 0.005]
 *
 * `--sweeps 365` is the full year (long on PGlite: run it in the background). Figures are in
 * bench/sweep/README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTROL_TEMPLATES } from '@vigil/catalog';
import { type Database, openDatabase, rowsOf, schema } from '@vigil/db';
import {
  type CheckDefinition,
  defineCheck,
  defineResourceType,
  evaluateChecks,
  fail,
  pass,
  type Resource,
  ResourceSchema,
} from '@vigil/monitoring';
import {
  adoptControlLibrary,
  createOrganization,
  engagementEffectiveness,
  openEngagement,
  runSweep,
  systemActor,
} from '@vigil/server';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { z } from 'zod';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    resources: { type: 'string', default: '50000' },
    sweeps: { type: 'string', default: '10' },
    churn: { type: 'string', default: '0.005' },
    // Seconds of idleness before each later sweep, as between two daily sweeps (see sweepPeak).
    idle: { type: 'string', default: '0' },
    // Internal: the child process that measures the bare cost (see bareCostApart).
    'bare-only': { type: 'string' },
  },
});
const N = Number(args.resources);
const SWEEPS = Math.max(2, Number(args.sweeps));
const CHURN = Number(args.churn);
const IDLE_MS = Number(args.idle) * 1000;
const TYPES = 10;
/** Share of flag results that fail. */
const FAILING = 0.05;
const CHECKS_PER_TYPE = 6;
const PG_ADMIN = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const DAY_MS = 86_400_000;
const DAY0 = Date.UTC(2025, 0, 1, 2);
const dayOf = (d: number) => new Date(DAY0 + d * DAY_MS);

// Controls of the Security category the checks test: 12 of them, 5 checks each.
const TEMPLATES = CONTROL_TEMPLATES.filter((t) => t.criteria.some((c) => c.startsWith('CC')))
  .slice(0, 12)
  .map((t) => t.id);

const Attrs = z.object({ n: z.number(), flag: z.boolean(), owner: z.string(), version: z.number() });
const types = Array.from({ length: TYPES }, (_, t) =>
  defineResourceType({
    type: `bench.type${t}`,
    title: `Type ${t}`,
    description: 'benchmark',
    attributes: Attrs,
  }),
);
const checks = types.flatMap((type, t) =>
  Array.from({ length: CHECKS_PER_TYPE }, (_, c) =>
    defineCheck({
      id: `bench.t${t}.c${c}`,
      title: `Check ${c} of type ${t}`,
      description: 'benchmark',
      resourceType: type,
      severity: 'medium',
      criteria: ['CC6.1'],
      controls: [TEMPLATES[(t * CHECKS_PER_TYPE + c) % TEMPLATES.length]!],
      rationale: '',
      remediation: '',
      // Half the checks look at the flag (so churn makes transitions), half at a stable number:
      // about 5% of the flag results and 2% of the number results fail, as in a maintained estate.
      evaluate: (a) =>
        c % 2 === 0
          ? a.flag
            ? pass('flag set')
            : fail('flag unset', 'flag', true, false)
          : (a.n + c) % 50 !== 0
            ? pass('n ok')
            : fail('n divisible by 50', 'n', 'not divisible', a.n),
    }),
  ),
) as unknown as CheckDefinition<unknown>[];

/** A deterministic random sequence (mulberry32), so every run sweeps the same history. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The organization's inventory: which resources exist and their flag; resources are generated on demand. */
class Inventory {
  readonly alive: number[] = Array.from({ length: N }, (_, i) => i);
  flags = new Uint8Array(N * 4);
  versions = new Uint16Array(N * 4);
  next = N;
  rand = random(42);
  constructor() {
    for (let i = 0; i < N; i++) this.flags[i] = i % 20 === 0 ? 0 : 1;
  }
  /**
   * One day of churn: 80% of it attribute changes (a new version; the flag drawn again, failing 5% of
   * the time, so failures get fixed and new ones appear), 10% removals, 10% new resources.
   */
  churn(rate: number) {
    const count = Math.round(this.alive.length * rate);
    for (let k = 0; k < count; k++) {
      const roll = k % 10;
      const at = Math.floor(this.rand() * this.alive.length);
      if (roll < 8) {
        const i = this.alive[at]!;
        this.flags[i] = this.rand() < FAILING ? 0 : 1;
        this.versions[i]!++;
      } else if (roll === 8) {
        this.alive[at] = this.alive.at(-1)!;
        this.alive.pop();
      } else {
        this.flags[this.next] = this.rand() < FAILING ? 0 : 1;
        this.alive.push(this.next++);
      }
    }
  }
  *resources(): Generator<Resource> {
    for (const i of this.alive) {
      yield {
        source: 'bench',
        type: `bench.type${i % TYPES}`,
        externalId: `r${i}`,
        name: `resource ${i}`,
        attributes: { n: i, flag: this.flags[i] === 1, owner: `team-${i % 17}`, version: this.versions[i]! },
      };
    }
  }
}

const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * The peak RSS of one sweep on its own (Linux): the kernel's high-water mark is reset before the
 * sweep and read after it. Run back to back, sweeps also carry each other's garbage until V8's next
 * major collection; a daily sweep starts from a process that has been idle for hours, where V8's
 * memory reducer has collected it (it runs after about 10–20 s without allocation). `--idle` waits
 * that long before each sweep, with no forced collection, to measure what a scheduled sweep costs.
 */
const sweepPeak = {
  reset(): boolean {
    try {
      writeFileSync('/proc/self/clear_refs', '5');
      return true;
    } catch {
      return false;
    }
  },
  readMb(): number {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return Math.round(Number(kb) / 1024);
  },
};
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * The bare cost of day 1's inputs, measured in a child process: its garbage (300,000 result objects)
 * would otherwise sit in the sweeping process and count in the sweeps' peak memory. The child
 * measures twice and reports the second, so its code is as warm as the sweep's.
 */
function bareCostApart(now: Date): number {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      '--resources',
      String(N),
      '--bare-only',
      now.toISOString(),
    ],
    { encoding: 'utf8' },
  );
  const ms = Number(child.stdout.trim().split('\n').at(-1));
  if (child.status !== 0 || !Number.isFinite(ms)) throw new Error(`bare cost child failed: ${child.stderr}`);
  return ms;
}

/** Parsing and evaluating the inputs alone: what a sweep costs before it touches the database. */
function bareCost(inventory: Inventory, now: Date): number {
  const t0 = performance.now();
  const parsed: Resource[] = [];
  for (const r of inventory.resources()) parsed.push(ResourceSchema.parse(r));
  evaluateChecks(checks, parsed, now);
  return performance.now() - t0;
}

async function open(kind: 'pglite' | 'postgres') {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-sweep-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data'), command: 'bench' });
    return { database, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `vigil_bench_sweep_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(PG_ADMIN);
  u.pathname = `/${name}`;
  const database: Database = await openDatabase({ kind: 'postgres', url: u.toString() });
  return {
    database,
    cleanup: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function bench(kind: 'pglite' | 'postgres') {
  const { database, cleanup } = await open(kind);
  const { db } = database;
  try {
    await database.migrate();
    const { org, userId } = await db.transaction((tx) =>
      createOrganization(tx, systemActor('bench'), {
        organizationName: 'Bench',
        owner: { email: 'owner@bench.test', name: 'Owner', password: 'correct horse battery staple' },
      }),
    );
    const actor = { ...systemActor('bench'), orgId: org.id, role: 'owner' as const };
    await db.transaction((tx) => adoptControlLibrary(tx, actor));
    const inventory = new Inventory();
    const times: number[] = [];
    const peaks: number[] = [];
    for (let d = 0; d < SWEEPS; d++) {
      if (d >= 2) inventory.churn(CHURN);
      const now = dayOf(d);
      const bare = d === 1 ? bareCostApart(now) : 0;
      if (IDLE_MS > 0 && d >= 1) await sleep(IDLE_MS);
      const measured = IDLE_MS > 0 && sweepPeak.reset();
      const t0 = performance.now();
      const r = await runSweep(db, actor, {
        orgId: org.id,
        source: 'bench',
        types: types.map((t) => t.type),
        resources: inventory.resources(),
        checks,
        customChecks: false,
        now,
      });
      const ms = performance.now() - t0;
      times.push(ms);
      if (measured) peaks.push(sweepPeak.readMb());
      if (d < 3 || d === SWEEPS - 1 || d % 30 === 0) {
        const [run] = await db.select().from(schema.runs).where(eq(schema.runs.id, r.runId));
        const phases = (run?.stats as { ms?: Record<string, number> } | undefined)?.ms ?? {};
        const label = d === 0 ? 'first (all new)' : d === 1 ? 'unchanged' : `day ${d} (churn)`;
        console.log(
          `${kind.padEnd(8)} ${label.padEnd(16)} ${s(ms).padStart(8)}  ${r.resourcesSeen} resources ` +
            `(${r.created} new, ${r.changed} changed, ${r.gone} gone), ${r.transitions} transitions ` +
            `(read ${phases.read} ms, evaluate ${phases.evaluate} ms, write ${phases.write} ms), max rss ${maxRssMb()} MB` +
            (measured ? `, this sweep's peak rss ${peaks.at(-1)} MB` : ''),
        );
        if (d === 1) {
          console.log(
            `${kind.padEnd(8)} bare parse + evaluate ${s(bare)}: unchanged sweep = ${(ms / bare).toFixed(1)}× bare`,
          );
        }
      }
    }
    const later = times.slice(1).sort((a, b) => a - b);
    console.log(
      `${kind.padEnd(8)} ${SWEEPS} sweeps: first ${s(times[0]!)}, later median ${s(quantile(later, 0.5))}, ` +
        `p95 ${s(quantile(later, 0.95))}, max ${s(later.at(-1)!)}, total ${s(times.reduce((a, b) => a + b, 0))}, ` +
        // Resetting the high-water mark for --idle resets getrusage's maximum too.
        `peak rss of the sweeps ${Math.max(maxRssMb(), ...peaks)} MB`,
    );
    if (peaks.length > 0) {
      const later = peaks.slice(1).sort((a, b) => a - b);
      console.log(
        `${kind.padEnd(8)} peak rss of one sweep after ${IDLE_MS / 1000} s idle: first ${peaks[0]} MB, ` +
          `later median ${quantile(later, 0.5)} MB, max ${later.at(-1)} MB`,
      );
    }

    // Row-count identity: every interval row was opened by a run, every closed one closed by a run.
    const [counts] = rowsOf<{
      rows: number;
      closed_rows: number;
      runs: number;
      succeeded: number;
      opened: number;
      closed: number;
      initial: number;
      resources: number;
    }>(
      await db.execute(sql`
        select
          (select count(*)::int from check_intervals where org_id = ${org.id}) as rows,
          (select count(*)::int from check_intervals where org_id = ${org.id} and "to" is not null) as closed_rows,
          (select count(*)::int from runs where org_id = ${org.id}) as runs,
          (select count(*)::int from runs where org_id = ${org.id} and status = 'succeeded') as succeeded,
          (select coalesce(sum((stats->>'opened')::int), 0)::int from runs where org_id = ${org.id}) as opened,
          (select coalesce(sum((stats->>'closed')::int), 0)::int from runs where org_id = ${org.id}) as closed,
          (select (stats->>'opened')::int from runs where org_id = ${org.id} order by started_at limit 1) as initial,
          (select count(*)::int from resources where org_id = ${org.id}) as resources`),
    );
    const c = counts!;
    const ok =
      c.rows === c.opened && c.closed_rows === c.closed && c.runs === SWEEPS && c.succeeded === SWEEPS;
    console.log(
      `${kind.padEnd(8)} rows: ${c.rows} intervals = ${c.initial} initial + ${c.opened - c.initial} opened by transitions ` +
        `(${c.closed} closed: ${c.closed_rows} rows with an end); ${c.runs} runs for ${SWEEPS} sweeps; ` +
        `${c.resources} resource rows: ${ok ? 'identity holds' : 'IDENTITY BROKEN'}`,
    );
    if (!ok) process.exitCode = 1;

    // Type II effectiveness over the 12-month window.
    const engagementId = await db.transaction((tx) =>
      openEngagement(tx, actor, {
        name: 'FY2025',
        reportType: 'type2',
        windowStart: '2025-01-01',
        windowEnd: '2025-12-31',
        auditFirm: '',
      }),
    );
    const viewer = { role: 'owner', userId };
    const registry = { importers: [], checks };
    const until = dayOf(SWEEPS);
    const whole = async () => {
      const t0 = performance.now();
      const eff = await engagementEffectiveness(db, org.id, viewer, registry, engagementId, until);
      return { ms: performance.now() - t0, eff };
    };
    await whole(); // warm caches and plans
    const all = await whole();
    const tested = all.eff.controls.filter((k) => k.checkIds.length > 0);
    const one = tested[0]!;
    const t1 = performance.now();
    await engagementEffectiveness(db, org.id, viewer, registry, engagementId, until, one.controlId);
    const oneMs = performance.now() - t1;
    const exceptions = all.eff.controls.reduce((n, k) => n + k.exceptions.length, 0);
    console.log(
      `${kind.padEnd(8)} effectiveness over 12 months: one control (${one.code}, ${one.checkIds.length} checks) ` +
        `${Math.round(oneMs)} ms; whole engagement (${all.eff.controls.length} controls, ${tested.length} tested, ` +
        `${exceptions} exceptions) ${Math.round(all.ms)} ms; max rss ${maxRssMb()} MB`,
    );
  } finally {
    // Connections still closing when the database is dropped report an error: expected here.
    database.pool?.on('error', () => {});
    await database.close();
    await cleanup();
  }
}

if (args['bare-only']) {
  const now = new Date(args['bare-only']);
  bareCost(new Inventory(), now);
  console.log(bareCost(new Inventory(), now));
  process.exit(0);
}

console.log(
  `${N} resources × ${TYPES * CHECKS_PER_TYPE} checks (${CHECKS_PER_TYPE} per type, ${TYPES} types), ` +
    `${SWEEPS} daily sweeps, ${(CHURN * 100).toFixed(2)} % daily churn`,
);
for (const kind of args.db === 'both'
  ? (['pglite', 'postgres'] as const)
  : [args.db as 'pglite' | 'postgres']) {
  await bench(kind);
}
