/**
 * Fleet benchmark on PostgreSQL: one organization with many connectors, each reading an Okta users
 * export of its own people (default 20 connectors × 50,000 users: 1,000,000 resources, 6 checks each,
 * 6,000,000 results), swept by separate `vigil worker` processes taking jobs from the queue, as a
 * team would run it. Measures the first round (every connector's first sweep), a no-change round,
 * each worker's peak RSS (VmHWM), and Type II effectiveness of the whole engagement.
 *
 *   node --import tsx bench/fleet/run.ts [--connectors 20] [--users 50000] [--workers 2] [--keep]
 *
 * Targets (issue 11): no-change round ≤ 60 s, first round ≤ 10 min, peak RSS per worker < 1 GB,
 * effectiveness of the whole engagement < 3 s. Figures are in bench/README.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { openDatabase, schema } from '@vigil/db';
import {
  adoptControlLibrary,
  createOrganization,
  defaultRegistry,
  engagementEffectiveness,
  evidenceSettingsFromEnv,
  loadMasterKey,
  openEngagement,
  openEvidenceStore,
  SweepQueue,
  systemActor,
} from '@vigil/server';
import { and, eq, gt, sql } from 'drizzle-orm';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    connectors: { type: 'string', default: '20' },
    users: { type: 'string', default: '50000' },
    workers: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
});
const CONNECTORS = Number(args.connectors);
const USERS = Number(args.users);
const WORKERS = Number(args.workers);
const PG_ADMIN = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const ROOT = join(import.meta.dirname, '../..');

async function write(out: WriteStream, text: string) {
  if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
}

/** An Okta `/api/v1/users` export of connector `k`'s own people, with factors as the export script adds them. */
async function oktaExport(path: string, k: number, users: number) {
  const out = createWriteStream(path);
  await write(out, '[');
  // Dates relative to today, so a maintained estate reads as one: about 5 % of the results fail
  // (no second factor, unused for months, an admin role left on a suspended account), as in bench/sweep.
  const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
  for (let i = 0; i < users; i++) {
    const n = k * users + i;
    const login = `user${n}@fleet${k}.example`;
    const user = {
      id: `00u${n.toString(36).padStart(12, '0')}`,
      status: i % 40 === 0 ? 'SUSPENDED' : 'ACTIVE',
      created: daysAgo(400 + (i % 300)),
      activated: daysAgo(400 + (i % 300)),
      statusChanged: daysAgo(30 + (i % 60)),
      lastLogin: i % 50 === 0 ? daysAgo(200) : daysAgo(i % 30),
      lastUpdated: daysAgo(i % 30),
      passwordChanged: daysAgo(i % 90),
      type: { id: 'oty1abcdefghijklmno7' },
      profile: { firstName: `First${n}`, lastName: `Last${n % 9973}`, login, email: login },
      credentials: { provider: { type: 'OKTA', name: 'OKTA' } },
      factors:
        i % 20 === 0
          ? []
          : [
              {
                id: `uft${n.toString(36)}`,
                factorType: 'token:software:totp',
                provider: 'GOOGLE',
                status: 'ACTIVE',
              },
            ],
      roles:
        i % 50 === 0 ? [{ id: `ra${n}`, type: 'SUPER_ADMIN', status: 'ACTIVE', assignmentType: 'USER' }] : [],
    };
    await write(out, `${i ? ',' : ''}\n${JSON.stringify(user)}`);
  }
  await write(out, '\n]\n');
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** Peak resident memory of a process so far (VmHWM), in MiB. */
function peakMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function main() {
  const name = `vigil_bench_fleet_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  const scratch = mkdtempSync(join(tmpdir(), 'vigil-bench-fleet-'));
  const importDir = join(scratch, 'imports');
  mkdirSync(importDir);
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    VIGIL_DATA_DIR: join(scratch, 'data'),
    VIGIL_IMPORT_DIR: importDir,
    VIGIL_MASTER_KEY: randomBytes(32).toString('hex'),
    VIGIL_LOG_LEVEL: 'warn',
  };
  const workers: ChildProcess[] = [];
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  try {
    await database.migrate();
    const { db } = database;
    const { org, userId } = await db.transaction((tx) =>
      createOrganization(tx, systemActor('bench'), {
        organizationName: 'Fleet',
        owner: { email: 'owner@fleet.test', name: 'Owner', password: 'correct horse battery staple' },
      }),
    );
    const actor = { ...systemActor('bench'), orgId: org.id, role: 'owner' as const };
    await db.transaction((tx) => adoptControlLibrary(tx, actor));

    let t0 = performance.now();
    const ids: string[] = [];
    for (let k = 0; k < CONNECTORS; k++) {
      const file = `okta-users-${k}.json`;
      await oktaExport(join(importDir, file), k, USERS);
      const [c] = await db
        .insert(schema.connectors)
        .values({ orgId: org.id, kind: 'okta.users', name: `Okta ${k}`, config: { path: file } })
        .returning({ id: schema.connectors.id });
      ids.push(c!.id);
    }
    console.log(
      `${CONNECTORS} exports of ${USERS.toLocaleString()} users written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    // This process only queues; the workers run the sweeps with their own runner environment.
    const masterKey = loadMasterKey(env, env.VIGIL_DATA_DIR);
    const evidenceStore = await openEvidenceStore(
      evidenceSettingsFromEnv(env, env.VIGIL_DATA_DIR),
      masterKey,
    );
    const queue = new SweepQueue(
      { db, registry: defaultRegistry(), importDir, evidenceStore, masterKey },
      { connectionString: url.toString(), work: false },
    );
    await queue.start();
    for (let w = 0; w < WORKERS; w++) {
      const child = spawn(process.execPath, [join(ROOT, 'apps/cli/bin/vigil.js'), 'worker'], {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      // A line per finished job is noise here; warnings and errors are not.
      child.stderr!.setEncoding('utf8').on('data', (text: string) => {
        for (const line of text.split('\n'))
          if (line && !line.includes(' info ')) console.error(`worker ${w}: ${line}`);
      });
      workers.push(child);
    }

    /** Queues every connector and waits until each has a finished run started after `since`. */
    async function round(label: string) {
      const since = new Date();
      const start = performance.now();
      for (const id of ids) await queue.enqueue(id);
      for (;;) {
        const [done] = await db
          .select({
            n: sql<number>`count(distinct ${schema.runs.connectorId})::int`,
            failed: sql<number>`(count(*) filter (where ${schema.runs.status} = 'failed'))::int`,
            resources: sql<number>`coalesce(sum((${schema.runs.stats}->>'resourcesSeen')::int), 0)::int`,
          })
          .from(schema.runs)
          .where(
            and(
              eq(schema.runs.orgId, org.id),
              gt(schema.runs.startedAt, since),
              sql`${schema.runs.status} <> 'running'`,
            ),
          );
        if (done!.failed > 0) throw new Error(`${label}: ${done!.failed} runs failed`);
        if (done!.n >= ids.length) {
          const seconds = (performance.now() - start) / 1000;
          const peaks = workers.map((w) => peakMiB(w.pid!));
          console.log(
            `${label}: ${seconds.toFixed(1)} s for ${ids.length} connectors; worker peak RSS ${peaks.join(' / ')} MiB; load ${loadAverage()}`,
          );
          return seconds;
        }
        await sleep(250);
      }
    }

    t0 = performance.now();
    await round('first round');
    await round('no-change round');

    const [counts] = await db
      .select({
        resources: sql<number>`(select count(*)::int from resources where org_id = ${org.id})`,
        results: sql<number>`(select count(*)::int from check_intervals where org_id = ${org.id} and "to" is null)`,
      })
      .from(sql`(select 1) as one`);
    console.log(
      `stored: ${counts!.resources.toLocaleString()} resources, ${counts!.results.toLocaleString()} open results`,
    );

    const today = new Date().toISOString().slice(0, 10);
    const engagementId = await db.transaction((tx) =>
      openEngagement(tx, actor, {
        name: 'FY',
        reportType: 'type2',
        windowStart: today,
        windowEnd: new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10),
        auditFirm: '',
      }),
    );
    const viewer = { role: 'owner', userId };
    await engagementEffectiveness(db, org.id, viewer, defaultRegistry(), engagementId);
    const e0 = performance.now();
    const eff = await engagementEffectiveness(db, org.id, viewer, defaultRegistry(), engagementId);
    console.log(
      `effectiveness of the whole engagement: ${Math.round(performance.now() - e0)} ms ` +
        `(${eff.controls.length} controls, ${eff.controls.reduce((n, k) => n + k.exceptions.length, 0)} exceptions)`,
    );
    await queue.stop();
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(
      workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))),
    );
    await database.close();
    if (!args.keep) {
      await admin.query(`drop database if exists ${name}`);
      rmSync(scratch, { recursive: true, force: true });
    } else console.log(`kept database ${name} and ${scratch}`);
    await admin.end();
  }
}

await main();
