/**
 * Audit package benchmark: an engagement with 2,000 evidence files totalling 1 GiB (random bytes
 * from crypto.randomBytes: incompressible, like the PDFs, images and zip exports evidence mostly
 * is), stored through the real encrypted evidence store. Timed: building the package and verifying
 * it, each in its own child process so its peak RSS is its own; and, on the same files in plain form,
 * `tar czf` and `sha256sum`, the standard tools the package is compared with; and the whole
 * `vigil package` command, for its time and peak RSS as a user sees them.
 *
 *   node --import tsx bench/package/run.ts [--db pglite|postgres|both] [--files 2000] [--mib 1024]
 *
 * Figures are in bench/README.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Database, openDatabase, schema } from '@vigil/db';
import { createOrganization, recordEvidence, systemActor } from '@vigil/server';
import { FsBlobStore } from '@vigil/server/storage/blob-store';
import { EvidenceStore } from '@vigil/server/storage/evidence-store';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    files: { type: 'string', default: '2000' },
    mib: { type: 'string', default: '1024' },
  },
});
const PG_ADMIN = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

import { v8FlagsFor } from '../../apps/cli/bin/v8-settings.js';
import type { ChildConfig } from './step.ts';

// The V8 settings `vigil` sets for itself, so that a step's time and memory are the command's.
const VIGIL = join(import.meta.dirname, '../../apps/cli/bin/vigil.js');
const CLI_FLAGS = { build: v8FlagsFor(['package', 'build']), verify: v8FlagsFor(['package', 'verify']) };

function runChild(
  step: 'build' | 'verify',
  c: ChildConfig,
): { ms: number; peakMiB: number; readyMiB: number } {
  const r = spawnSync(
    process.execPath,
    [...CLI_FLAGS[step], '--import', 'tsx', 'bench/package/step.ts', step, JSON.stringify(c)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (r.status !== 0) throw new Error(`${step} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

/**
 * The whole `vigil package` command on the same data, as a user runs it: the CLI loads every command
 * and the server, which the build step above does not. Its peak RSS is read by GNU time.
 */
function runCommand(c: ChildConfig): { ms: number; peakMiB: number } {
  const out = `${c.out}.command.tar.gz`;
  const where = c.db.kind === 'pglite' ? ['--data-dir', c.db.dataDir] : ['--database-url', c.db.url];
  const started = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, VIGIL, ...where, 'package', c.engagementId, out],
    {
      encoding: 'utf8',
      env: { ...process.env, VIGIL_MASTER_KEY: c.key, VIGIL_EVIDENCE_DIR: c.blobDir },
    },
  );
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`vigil package failed: ${r.stderr}`);
  rmSync(out);
  // GNU time prints the maximum resident set size in KiB, last.
  return { ms, peakMiB: Number(r.stderr.trim().split('\n').at(-1)) / 1024 };
}

function timeShell(cmd: string): number {
  const started = performance.now();
  execFileSync('sh', ['-c', cmd], { stdio: 'ignore' });
  return performance.now() - started;
}

async function openFresh(kind: 'pglite' | 'postgres', root: string) {
  if (kind === 'pglite') {
    const dataDir = join(root, 'data');
    const database = await openDatabase({ kind: 'pglite', dataDir, command: 'bench' });
    return { database, config: { kind, dataDir } as ChildConfig['db'], drop: async () => {} };
  }
  const name = `vigil_bench_package_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(PG_ADMIN);
  u.pathname = `/${name}`;
  const database: Database = await openDatabase({ kind: 'postgres', url: u.toString() });
  return {
    database,
    config: { kind, url: u.toString() } as ChildConfig['db'],
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function bench(kind: 'pglite' | 'postgres') {
  const files = Number(args.files);
  const total = Number(args.mib) * 1024 * 1024;
  const root = mkdtempSync(join(tmpdir(), `vigil-bench-package-${kind}-`));
  const plain = join(root, 'plain');
  const blobDir = join(root, 'blobs');
  mkdirSync(plain);
  const key = randomBytes(32);
  const { database, config, drop } = await openFresh(kind, root);
  try {
    await database.migrate();
    const db = database.db;
    const { org } = await db.transaction((tx) =>
      createOrganization(tx, systemActor('bench'), {
        organizationName: 'Bench Corp',
        owner: { email: 'owner@bench.test', name: 'Bench Owner', password: 'correct horse battery staple' },
      }),
    );
    const [engagement] = await db
      .insert(schema.engagements)
      .values({
        orgId: org.id,
        name: 'SOC 2 Type II',
        reportType: 'type2',
        windowStart: '2026-01-01',
        windowEnd: '2026-12-31',
        categories: ['security'],
      })
      .returning();
    const store = new EvidenceStore(await new FsBlobStore(blobDir).init(), key, 2 ** 31);
    const seedStart = performance.now();
    const actor = { ...systemActor('bench'), orgId: org.id, role: 'owner' as const };
    // Sizes from half to one and a half times the mean, summing to `total`.
    const mean = total / files;
    let written = 0;
    for (let i = 0; i < files; i++) {
      const size = i === files - 1 ? total - written : Math.round(mean * (0.5 + ((i * 7919) % 1000) / 1000));
      written += size;
      const name = `evidence-${String(i).padStart(4, '0')}.bin`;
      const path = join(plain, name);
      writeFileSync(path, randomBytes(size));
      await db.transaction((tx) =>
        recordEvidence(tx, actor, store, {
          orgId: org.id,
          kind: 'upload',
          title: `Evidence ${i}`,
          fileName: name,
          mediaType: 'application/octet-stream',
          content: { path },
          controlIds: [],
        }),
      );
    }
    const seedMs = performance.now() - seedStart;
    // PGlite allows one process at a time: the children open it after this one lets go.
    await database.close();

    const out = join(root, 'package.tar.gz');
    const c: ChildConfig = {
      db: config,
      blobDir,
      key: key.toString('hex'),
      orgId: org.id,
      engagementId: engagement!.id,
      out,
    };
    const load = () => loadavg()[0]!.toFixed(1);
    const loadBefore = load();
    const build = runChild('build', c);
    const verify = runChild('verify', c);
    const command = runCommand(c);
    const tarMs = timeShell(`tar czf ${join(root, 'plain.tar.gz')} -C ${plain} .`);
    const sumMs = timeShell(`cd ${plain} && find . -type f -print0 | xargs -0 sha256sum > /dev/null`);
    const loadAfter = load();
    const result = {
      db: kind,
      files,
      mib: Number(args.mib),
      seedS: +(seedMs / 1000).toFixed(1),
      buildS: +(build.ms / 1000).toFixed(1),
      tarS: +(tarMs / 1000).toFixed(1),
      buildVsTar: +(build.ms / tarMs).toFixed(2),
      verifyS: +(verify.ms / 1000).toFixed(1),
      sha256sumS: +(sumMs / 1000).toFixed(1),
      verifyVsSha256sum: +(verify.ms / sumMs).toFixed(2),
      buildReadyRssMiB: Math.round(build.readyMiB),
      buildPeakRssMiB: Math.round(build.peakMiB),
      commandS: +(command.ms / 1000).toFixed(1),
      commandPeakRssMiB: Math.round(command.peakMiB),
      verifyReadyRssMiB: Math.round(verify.readyMiB),
      verifyPeakRssMiB: Math.round(verify.peakMiB),
      packageMiB: +(statSync(out).size / 2 ** 20).toFixed(1),
      tarMiB: +(statSync(join(root, 'plain.tar.gz')).size / 2 ** 20).toFixed(1),
      load: `${loadBefore}–${loadAfter}`,
    };
    console.log(JSON.stringify(result));
    return result;
  } finally {
    if (kind === 'postgres') await database.close().catch(() => {});
    await drop();
    rmSync(root, { recursive: true, force: true });
  }
}

const kinds = args.db === 'both' ? (['pglite', 'postgres'] as const) : [args.db as 'pglite' | 'postgres'];
for (const k of kinds) await bench(k);
