/**
 * Change population benchmark: 20,000 pull requests merged over a year into the default branches of
 * 40 repositories, stored as the GitHub connector stores them (one `github.merged_change` resource
 * each; three in twenty merged without an approval, approved only by its author or after the
 * merge, a tenth of those justified), then the population of the year with its deviations, as `GET /api/changes`
 * computes it, and the deviations-only view.
 *
 *   node --import tsx bench/changes/run.ts [--db pglite|postgres|both] [--changes 20000] [--runs 3]
 *
 * Seeded with direct inserts (collecting 20,000 pull requests would measure GitHub, not Vigil); the
 * population reads the same tables the server does. Figures are in bench/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Database, openDatabase, schema } from '@vigil/db';
import { changePopulationOf, createOrganization, systemActor } from '@vigil/server';
import { sql } from 'drizzle-orm';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    changes: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '3' },
  },
});
const CHANGES = Number(args.changes);
const RUNS = Number(args.runs);
const PG_ADMIN = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const TODAY = '2026-12-01';

async function open(kind: 'pglite' | 'postgres') {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-changes-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data'), command: 'bench' });
    return { database, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `vigil_bench_changes_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(PG_ADMIN);
  u.pathname = `/${name}`;
  const database: Database = await openDatabase({ kind: 'postgres', url: u.toString() });
  return {
    database,
    cleanup: async () => {
      // The pool's last connections may still be closing when the database is dropped.
      database.pool?.on('error', () => {});
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

function change(i: number) {
  const merged = new Date(Date.parse(`${TODAY}T00:00:00Z`) - ((i * 7919) % (360 * 86_400)) * 1000);
  const repo = `acme/service-${i % 40}`;
  const author = `dev${i % 97}`;
  const kind = i % 20; // 0: no approval, 1: only the author, 2: approved after merge, else approved
  const at = (minutes: number) => new Date(merged.getTime() + minutes * 60_000).toISOString();
  const approvals =
    kind === 0
      ? []
      : kind === 1
        ? [{ reviewer: author, approved_at: at(-30) }]
        : kind === 2
          ? [{ reviewer: `dev${(i + 1) % 97}`, approved_at: at(45) }]
          : [{ reviewer: `dev${(i + 1) % 97}`, approved_at: at(-90) }];
  return {
    repository: repo,
    number: 1000 + i,
    title: `Change ${i}`,
    author,
    merged_at: merged.toISOString(),
    merged_by: null,
    approvals,
    first_approval_at: approvals[0]?.approved_at ?? null,
    ci_status: i % 13 === 0 ? 'failure' : 'success',
    required_approvals: 1,
  };
}

async function bench(kind: 'pglite' | 'postgres') {
  const { database, cleanup } = await open(kind);
  try {
    await database.migrate();
    const db = database.db;
    const { org, userId } = await db.transaction((tx) =>
      createOrganization(tx, systemActor('bench'), {
        organizationName: 'Bench',
        owner: { email: 'owner@bench.test', name: 'Bench Owner', password: 'correct horse battery staple' },
      }),
    );
    const t0 = performance.now();
    const now = new Date();
    for (let i = 0; i < CHANGES; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, CHANGES - i) }, (_, k) => change(i + k));
      await db.insert(schema.resources).values(
        batch.map((a) => ({
          orgId: org.id,
          source: 'github',
          type: 'github.merged_change',
          externalId: `${a.repository}#${a.number}`,
          name: `${a.repository} #${a.number}`,
          attributes: a,
          attributesHash: `${a.repository}#${a.number}`,
          firstSeen: now,
          lastSeen: now,
        })),
      );
    }
    // Every 200th change (a tenth of the deviating ones) justified after the fact.
    const justified = Array.from({ length: Math.floor(CHANGES / 200) }, (_, k) => change(k * 200));
    await db.insert(schema.changeJustifications).values(
      justified.map((a) => ({
        orgId: org.id,
        repository: a.repository,
        number: a.number,
        reason: 'Emergency fix',
        approver: 'lead',
        recordedBy: userId,
      })),
    );
    await db.execute(sql`analyze resources`);
    const seeded = performance.now() - t0;
    const all: number[] = [];
    const only: number[] = [];
    let total = 0;
    let deviating = 0;
    for (let r = 0; r < RUNS; r++) {
      let s = performance.now();
      const p = await changePopulationOf(db, org.id, { from: '2025-12-02', to: TODAY }, TODAY);
      all.push(performance.now() - s);
      total = p.total;
      deviating = p.deviating;
      s = performance.now();
      await changePopulationOf(db, org.id, { from: '2025-12-02', to: TODAY, deviations: 'only' }, TODAY);
      only.push(performance.now() - s);
    }
    const ms = (xs: number[]) => xs.map((x) => Math.round(x)).join(' / ');
    console.log(
      `${kind}: ${CHANGES} changes seeded in ${Math.round(seeded)} ms; population of the year (${total} changes, ${deviating} deviating): ${ms(all)} ms; deviations only: ${ms(only)} ms (load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
    );
  } finally {
    await cleanup();
  }
}

for (const kind of args.db === 'both'
  ? (['pglite', 'postgres'] as const)
  : [args.db as 'pglite' | 'postgres']) {
  await bench(kind);
}
