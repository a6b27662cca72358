/**
 * Sweep benchmark: 50,000 resources of 10 types and 60 checks (6 per type, 300,000 results) swept
 * three times: the first sweep (everything new), an unchanged one, and one where 1% changed.
 *
 *   node --import tsx bench/sweep/run.ts [--db pglite|postgres|both] [--resources 50000]
 *
 * Prints one line per sweep with its duration and what it wrote; figures are in bench/sweep/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Database, openDatabase, schema } from '@vigil/db';
import {
  type CheckDefinition,
  defineCheck,
  defineResourceType,
  fail,
  pass,
  type Resource,
} from '@vigil/monitoring';
import { systemActor } from '@vigil/server';
import { runSweep } from '@vigil/server/monitoring/sweep';
import { createOrganization } from '@vigil/server/organizations/organization-creator';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { z } from 'zod';

const { values: args } = parseArgs({
  options: { db: { type: 'string', default: 'both' }, resources: { type: 'string', default: '50000' } },
});
const N = Number(args.resources);
const TYPES = 10;
const CHECKS_PER_TYPE = 6;
const PG_ADMIN = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

const Attrs = z.object({ n: z.number(), flag: z.boolean(), owner: z.string() });
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
      controls: ['AC-02'],
      rationale: '',
      remediation: '',
      // Half the checks look at the flag (so a flip is a transition), half at a stable number.
      evaluate: (a) =>
        c % 2 === 0
          ? a.flag
            ? pass('flag set')
            : fail('flag unset', 'flag', true, false)
          : (a.n + c) % 7 !== 0
            ? pass('n ok')
            : fail('n divisible by 7', 'n', 'not divisible', a.n),
    }),
  ),
) as unknown as CheckDefinition<unknown>[];

function resources(changed: (i: number) => boolean): Resource[] {
  return Array.from({ length: N }, (_, i) => ({
    source: 'bench',
    type: `bench.type${i % TYPES}`,
    externalId: `r${i}`,
    name: `resource ${i}`,
    attributes: { n: i, flag: changed(i) ? i % 3 !== 0 : i % 3 === 0, owner: `team-${i % 17}` },
  }));
}

async function bench(kind: 'pglite' | 'postgres') {
  let database: Database;
  let cleanup: () => Promise<void>;
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-sweep-'));
    database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data'), command: 'bench' });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `vigil_bench_sweep_${process.pid}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(PG_ADMIN);
    u.pathname = `/${name}`;
    database = await openDatabase({ kind: 'postgres', url: u.toString() });
    cleanup = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  try {
    await database.migrate();
    const { org } = await database.db.transaction((tx) =>
      createOrganization(tx, systemActor('bench'), {
        organizationName: 'Bench',
        owner: { email: 'owner@bench.test', name: 'Owner', password: 'correct horse battery staple' },
      }),
    );
    const actor = { ...systemActor('bench'), orgId: org.id, role: 'owner' as const };
    const sweeps: [string, (i: number) => boolean][] = [
      ['first sweep (all new)', () => false],
      ['unchanged', () => false],
      ['1% changed', (i) => i % 100 === 0],
    ];
    for (const [label, changed] of sweeps) {
      const input = resources(changed);
      const t0 = performance.now();
      const r = await runSweep(database.db, actor, {
        orgId: org.id,
        source: 'bench',
        types: types.map((t) => t.type),
        resources: input,
        checks,
        customChecks: false,
      });
      const ms = performance.now() - t0;
      const [run] = await database.db.select().from(schema.runs).where(eq(schema.runs.id, r.runId));
      const phases = (run?.stats as { ms?: Record<string, number> } | undefined)?.ms ?? {};
      const rss = Math.round(process.memoryUsage().rss / 1048576);
      console.log(
        `${kind.padEnd(8)} ${label.padEnd(22)} ${(ms / 1000).toFixed(1).padStart(6)} s  ` +
          `${r.resourcesSeen} resources (${r.created} new, ${r.changed} changed), ` +
          `${Object.values(r.results).reduce((a, b) => a + b, 0)} results, ${r.transitions} transitions, rss ${rss} MB ` +
          `(read ${phases.read} ms, evaluate ${phases.evaluate} ms, write ${phases.write} ms)`,
      );
    }
  } finally {
    // Connections still closing when the database is dropped report an error: expected here.
    database.pool?.on('error', () => {});
    await database.close();
    await cleanup();
  }
}

console.log(
  `${N} resources × ${TYPES * CHECKS_PER_TYPE} checks (${CHECKS_PER_TYPE} per type, ${TYPES} types)`,
);
for (const kind of args.db === 'both'
  ? (['pglite', 'postgres'] as const)
  : [args.db as 'pglite' | 'postgres']) {
  await bench(kind);
}
