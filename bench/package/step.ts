/**
 * One timed step of the package benchmark, in its own process so that its peak RSS is its own:
 * `build` (database + evidence store to a package) or `verify` (the file alone). It imports only
 * the audit package, not the whole server. Prints {ms, readyMiB, peakMiB}: readyMiB is the RSS once
 * modules are loaded and the database is open, before any work; peakMiB the maximum over the run.
 */
import { createWriteStream } from 'node:fs';
import { openDatabase } from '@vigil/db';
import { buildAuditPackage, verifyAuditPackage } from '@vigil/server/audit-package/index';
import { shippedRegistry } from '@vigil/server/shipped-registry';
import { FsBlobStore } from '@vigil/server/storage/blob-store';
import { EvidenceStore } from '@vigil/server/storage/evidence-store';

export interface ChildConfig {
  db: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  blobDir: string;
  key: string;
  orgId: string;
  engagementId: string;
  out: string;
}

const mib = (bytes: number) => bytes / 2 ** 20;

async function main(step: string, c: ChildConfig) {
  let readyMiB: number;
  let started: number;
  if (step === 'build') {
    const database = await openDatabase(
      c.db.kind === 'pglite' ? { kind: 'pglite', dataDir: c.db.dataDir, command: 'bench' } : c.db,
    );
    const store = new EvidenceStore(
      await new FsBlobStore(c.blobDir).init(),
      Buffer.from(c.key, 'hex'),
      2 ** 31,
    );
    readyMiB = mib(process.memoryUsage().rss);
    started = performance.now();
    await buildAuditPackage(
      { db: database.db, store, registry: shippedRegistry(), orgId: c.orgId, engagementId: c.engagementId },
      createWriteStream(c.out),
    );
    await database.close();
  } else {
    readyMiB = mib(process.memoryUsage().rss);
    started = performance.now();
    const r = await verifyAuditPackage(c.out);
    if (r.problems.length) throw new Error(`verify found problems: ${r.problems.join('; ')}`);
  }
  const ms = performance.now() - started;
  // maxRSS is in KiB.
  process.stdout.write(
    `${JSON.stringify({ ms, readyMiB, peakMiB: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

if (process.argv[2]) await main(process.argv[2], JSON.parse(process.argv[3]!) as ChildConfig);
