/**
 * Acceptance matrix benchmark: 5,000 people × 25 policies (one published version each, every person
 * asked, about 80 % accepted, some late), then the matrix for the whole organization timed as the
 * route computes it (queries + cells), and its CSV.
 *
 *   node --import tsx bench/policies/run.ts [--db pglite|postgres|both] [--people 5000] [--policies 25] [--runs 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Database, openDatabase, schema } from '@vigil/db';
import { acceptanceMatrix, createOrganization, matrixCsv, systemActor } from '@vigil/server';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    people: { type: 'string', default: '5000' },
    policies: { type: 'string', default: '25' },
    runs: { type: 'string', default: '5' },
  },
});
const PEOPLE = Number(args.people);
const POLICIES = Number(args.policies);
const RUNS = Number(args.runs);
const PG_ADMIN = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const BATCH = 1000;

async function open(kind: 'pglite' | 'postgres') {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-policies-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data'), command: 'bench' });
    return { database, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `vigil_bench_policies_${process.pid}`;
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

async function insertAll<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

async function seed(database: Database) {
  const db = database.db;
  const { org, userId } = await db.transaction((tx) =>
    createOrganization(tx, systemActor('bench'), {
      organizationName: 'Bench Co',
      owner: { email: 'owner@bench.test', name: 'Bench Owner', password: 'correct horse battery staple' },
    }),
  );
  const people = await db
    .insert(schema.people)
    .values(
      Array.from({ length: PEOPLE }, (_, i) => ({
        orgId: org.id,
        email: `p${i}@bench.test`,
        name: `Person ${String(i).padStart(5, '0')}`,
        department: i % 4 === 0 ? 'Engineering' : 'Sales',
        source: 'manual' as const,
      })),
    )
    .returning({ id: schema.people.id });
  const now = new Date();
  for (let p = 0; p < POLICIES; p++) {
    const [policy] = await db
      .insert(schema.policies)
      .values({
        orgId: org.id,
        title: `Policy ${p}`,
        ownerId: userId,
        audience: 'all_staff',
        approverIds: [userId],
      })
      .returning();
    const [version] = await db
      .insert(schema.policyVersions)
      .values({
        orgId: org.id,
        policyId: policy!.id,
        major: 1,
        minor: 0,
        status: 'published',
        content: `# Policy ${p}\n\nText.\n`,
        contentSha256: 'ab'.repeat(32),
        approvedBy: userId,
        approvedAt: now,
        publishedAt: now,
      })
      .returning();
    await insertAll(people, (batch) =>
      db.insert(schema.acceptanceRequests).values(
        batch.map((person, i) => ({
          orgId: org.id,
          policyId: policy!.id,
          personId: person.id,
          versionId: version!.id,
          major: 1,
          dueDate: '2026-01-31',
          state: (i % 5 === 0 ? 'open' : 'accepted') as 'open' | 'accepted',
        })),
      ),
    );
    const accepted = people.filter((_, i) => i % 5 !== 0);
    await insertAll(accepted, (batch) =>
      db.insert(schema.policyAcceptances).values(
        batch.map((person, i) => ({
          orgId: org.id,
          policyId: policy!.id,
          versionId: version!.id,
          personId: person.id,
          contentSha256: 'ab'.repeat(32),
          acceptedAt: new Date(i % 7 === 0 ? '2026-02-10T10:00:00Z' : '2026-01-15T10:00:00Z'),
        })),
      ),
    );
  }
  return org.id;
}

async function bench(kind: 'pglite' | 'postgres') {
  const { database, cleanup } = await open(kind);
  try {
    await database.migrate();
    const t0 = performance.now();
    const orgId = await seed(database);
    const seeded = performance.now() - t0;
    const times: number[] = [];
    const csvTimes: number[] = [];
    let cells = 0;
    for (let r = 0; r < RUNS; r++) {
      const s = performance.now();
      const m = await acceptanceMatrix(database.db, orgId, undefined, '2026-03-01');
      times.push(performance.now() - s);
      cells = m.people.length * m.versions.length;
      const c = performance.now();
      matrixCsv(m);
      csvTimes.push(performance.now() - c);
    }
    const ms = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
    console.log(
      `${kind}: ${PEOPLE} people × ${POLICIES} policies = ${cells.toLocaleString('en-US')} cells; seed ${Math.round(seeded)} ms; ` +
        `matrix ${ms(times)} ms (best ${Math.round(Math.min(...times))}); CSV on top ${ms(csvTimes)} ms`,
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
