/**
 * Vulnerability SLA benchmark: 50,000 scanner findings over a year of weekly sweeps, stored as
 * monitoring stores them (one `vuln.finding` resource per finding, one interval per SLA check from its
 * first sweep to the sweep it disappeared from, or open), and the time of the SLA report for the window.
 *
 *   node --import tsx bench/vulnerabilities/run.ts [--db pglite|postgres|both] [--findings 50000] [--runs 3]
 *
 * The data is seeded with direct inserts (a year of real sweeps would take hours); the report reads
 * the same tables the server does. Figures are in bench/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Database, openDatabase } from '@vigil/db';
import { createOrganization, slaReport, systemActor } from '@vigil/server';
import { sql } from 'drizzle-orm';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    findings: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
  },
});
const FINDINGS = Number(args.findings);
const RUNS = Number(args.runs);
const PG_ADMIN = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

async function open(kind: 'pglite' | 'postgres') {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-vulns-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data'), command: 'bench' });
    return { database, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `vigil_bench_vulns_${process.pid}`;
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
  try {
    await database.migrate();
    const db = database.db;
    const { org } = await db.transaction((tx) =>
      createOrganization(tx, systemActor('bench'), {
        organizationName: 'Bench',
        owner: { email: 'owner@bench.test', name: 'Owner', password: 'correct horse battery staple' },
      }),
    );
    const t0 = Date.now();
    // Detected at one of 52 weekly sweeps; seven in ten disappear 0–119 days later (on a sweep), if
    // that is before now; the rest stay open.
    await db.execute(sql`
      insert into resources (org_id, source, type, external_id, name, attributes, attributes_hash, first_seen, last_seen)
      select ${org.id}, 'trivy', 'vuln.finding', 'img:' || (i % 50) || '|pkg' || i || '|CVE-2026-' || i,
        'CVE-2026-' || i || ' in pkg' || i,
        jsonb_build_object('scanner', 'trivy', 'target', 'img:' || (i % 50), 'package', 'pkg' || i,
          'vulnerabilityId', 'CVE-2026-' || i, 'severity', (array['critical','high','medium','low','unknown'])[1 + i % 5],
          'fixedVersions', '[]'::jsonb),
        'bench', now() - interval '1 year', now()
      from generate_series(1, ${FINDINGS}) i`);
    await db.execute(sql`
      with f as (
        select r.id, date_trunc('day', now() - interval '364 days') + ((hashtext(r.external_id) & 511) % 52) * interval '7 days' as detected,
          (hashtext(r.external_id) >> 9) & 1023 as h
        from resources r where r.org_id = ${org.id}
      ), g as (
        select id, detected,
          case when h % 10 < 7 and detected + ((h / 10) % 17) * interval '7 days' < now()
               then detected + ((h / 10) % 17) * interval '7 days' end as gone
        from f
      )
      insert into check_intervals (org_id, check_id, resource_id, status, reason, "from", "to")
      select ${org.id}, c.check_id, g.id, 'not_applicable', 'bench', g.detected, g.gone
      from g cross join (values ('vuln.no_critical_unfixed_older_than_15d'), ('vuln.no_high_unfixed_older_than_30d')) c(check_id)`);
    await db.execute(sql`analyze resources`);
    await db.execute(sql`analyze check_intervals`);
    const seedMs = Date.now() - t0;
    const times: number[] = [];
    let counts = '';
    for (let run = 0; run < RUNS; run++) {
      const s = Date.now();
      const report = await slaReport(db, org.id, {}, new Date());
      times.push(Date.now() - s);
      counts = report.severities
        .map((x) => `${x.severity} ${x.open}/${x.overdue}/${x.remediatedOnTime}/${x.remediatedLate}`)
        .join(', ');
    }
    console.log(
      `${kind}: ${FINDINGS} findings seeded in ${seedMs} ms; SLA report ${times.join(' / ')} ms; ` +
        `open/overdue/on time/late: ${counts}; load ${loadavg()[0]!.toFixed(1)}`,
    );
  } finally {
    await database.close();
    await cleanup();
  }
}

for (const kind of args.db === 'both'
  ? (['pglite', 'postgres'] as const)
  : [args.db as 'pglite' | 'postgres']) {
  await bench(kind);
}
