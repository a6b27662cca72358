/**
 * Builds an engagement's audit package as a gzip-compressed tar, streamed: evidence flows from the
 * encrypted store through a hash into the archive one file at a time, the audit chain goes through
 * a temporary file, and only small generated files (CSV, spreadsheets) are ever whole in memory.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { GENESIS_HASH, notFound } from '@vigil/core';
import { type Db, schema } from '@vigil/db';
import { and, asc, eq, gt, lte } from 'drizzle-orm';
import tar from 'tar-stream';
import { chainEntryColumns } from '../audit/chain-verifier.ts';
import { streamingWorkbook } from '../documents/file-libraries.ts';
import type { MonitoringRegistry } from '../monitoring/registry.ts';
import type { EvidenceStore } from '../storage/evidence-store.ts';
import {
  CHAIN_ENTRIES_PATH,
  CHAIN_HEAD_PATH,
  INDEX_PATH,
  MANIFEST_PATH,
  type ManifestFile,
  type PackageEntry,
  type PackageManifest,
  type PackageSection,
  README_PATH,
  readmeText,
  SUMS_PATH,
} from './package-format.ts';
import { PACKAGE_SECTIONS } from './package-sections.ts';

/**
 * gzip level 1, not tar's 6: evidence is mostly PDFs, images, spreadsheets and zip exports that are
 * already compressed, where level 6 costs several times the CPU for a percent or two of size.
 */
export const PACKAGE_GZIP_LEVEL = 1;

const CHAIN_BATCH = 5000;

export interface BuildInput {
  db: Db;
  store: EvidenceStore;
  registry: MonitoringRegistry;
  orgId: string;
  engagementId: string;
  /** Defaults to PACKAGE_SECTIONS; tests and later parts of the audit add their own. */
  sections?: PackageSection[];
  now?: Date;
}

export interface BuildResult {
  files: number;
  bytes: number;
  chainHead: { seq: number; hash: string };
}

const sha256Of = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Writes the package to `out`, which it ends. The caller has checked that the viewer may see the engagement. */
export async function buildAuditPackage(input: BuildInput, out: Writable): Promise<BuildResult> {
  const { db, orgId } = input;
  const now = input.now ?? new Date();
  const [engagement] = await db
    .select()
    .from(schema.engagements)
    .where(and(eq(schema.engagements.orgId, orgId), eq(schema.engagements.id, input.engagementId)));
  if (!engagement) throw notFound('engagement');
  const [org] = await db.select().from(schema.organizations).where(eq(schema.organizations.id, orgId));
  const [head] = await db
    .select()
    .from(schema.auditChainHeads)
    .where(eq(schema.auditChainHeads.orgId, orgId));
  const chainHead = { seq: head?.seq ?? 0, hash: head?.hash ?? GENESIS_HASH };
  const period =
    engagement.reportType === 'type2'
      ? { start: engagement.windowStart!, end: engagement.windowEnd! }
      : { start: engagement.asOfDate!, end: engagement.asOfDate! };
  const sections = input.sections ?? PACKAGE_SECTIONS;
  const createdAt = now.toISOString();
  const mtime = now;

  const pack = tar.pack();
  const written = pipeline(pack, createGzip({ level: PACKAGE_GZIP_LEVEL, chunkSize: 256 * 1024 }), out);
  // If the output fails, stop feeding the pack rather than waiting on a stream nobody reads.
  let outputError: unknown = null;
  written.catch((err) => {
    outputError = err;
  });
  const files: ManifestFile[] = [];
  const seen = new Set<string>();
  let total = 0;

  const addBytes = (path: string, body: Buffer) =>
    new Promise<void>((done, fail) => {
      pack.entry({ name: path, size: body.length, mode: 0o644, mtime }, body, (err) =>
        err ? fail(err) : done(),
      );
    });

  async function addStream(path: string, size: number, source: Readable): Promise<string> {
    const hash = createHash('sha256');
    let seenBytes = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        hash.update(chunk);
        seenBytes += chunk.length;
        cb(null, chunk);
      },
    });
    await new Promise<void>((done, fail) => {
      const entry = pack.entry({ name: path, size, mode: 0o644, mtime }, (err) => (err ? fail(err) : done()));
      pipeline(source, measure, entry).catch(fail);
    });
    if (seenBytes !== size) throw new Error(`${path}: ${seenBytes} bytes read, ${size} expected`);
    return hash.digest('hex');
  }

  async function add(e: PackageEntry) {
    if (outputError) throw outputError;
    if (seen.has(e.path)) throw new Error(`two files of the package are both named ${e.path}`);
    seen.add(e.path);
    let sha256: string;
    if (Buffer.isBuffer(e.content)) {
      sha256 = sha256Of(e.content);
      await addBytes(e.path, e.content);
    } else {
      sha256 = await addStream(e.path, e.size, await e.content());
    }
    if (e.sha256 && e.sha256 !== sha256)
      throw new Error(`${e.path}: content does not match its recorded SHA-256`);
    const { content: _c, sha256: _s, ...rest } = e;
    files.push({ ...rest, size: e.size, sha256 });
    total += e.size;
  }

  const tmp = await mkdtemp(join(tmpdir(), 'vigil-package-'));
  try {
    const readme = Buffer.from(
      readmeText({ orgName: org!.name, engagementName: engagement.name, createdAt }),
    );
    await add({
      path: README_PATH,
      size: readme.length,
      kind: 'readme',
      title: 'How to verify this package',
      content: readme,
    });
    const ctx = {
      db,
      store: input.store,
      registry: input.registry,
      orgId,
      engagement,
      chainHead,
      period,
      now,
    };
    for (const section of sections) for await (const entry of section.entries(ctx)) await add(entry);

    // The chain last: from the first entry to the head read at the start, so it covers every item above.
    const chainFile = join(tmp, 'entries.jsonl');
    await pipeline(Readable.from(chainLines(db, orgId, chainHead.seq)), createWriteStream(chainFile));
    const chainSize = (await stat(chainFile)).size;
    await add({
      path: CHAIN_ENTRIES_PATH,
      size: chainSize,
      kind: 'chain-entries',
      title: `Audit chain entries 1 to ${chainHead.seq}`,
      content: async () => createReadStream(chainFile, { highWaterMark: 1024 * 1024 }),
    });
    const headBody = Buffer.from(`${JSON.stringify(chainHead, null, 2)}\n`);
    await add({
      path: CHAIN_HEAD_PATH,
      size: headBody.length,
      kind: 'chain-head',
      title: 'Audit chain head',
      content: headBody,
    });

    const indexFile = join(tmp, 'index.xlsx');
    await writeIndexXlsx(files, createWriteStream(indexFile));
    await add({
      path: INDEX_PATH,
      size: (await stat(indexFile)).size,
      kind: 'index',
      title: 'Index of this package',
      content: async () => createReadStream(indexFile),
    });

    const manifest: PackageManifest = {
      format: 'vigil-audit-package',
      version: 1,
      createdAt,
      organization: { id: orgId, name: org!.name },
      engagement: {
        id: engagement.id,
        name: engagement.name,
        reportType: engagement.reportType,
        asOfDate: engagement.asOfDate,
        windowStart: engagement.windowStart,
        windowEnd: engagement.windowEnd,
        categories: engagement.categories,
      },
      chainHead,
      sections: sections.map((s) => s.name),
      files,
    };
    const manifestBody = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    await addBytes(MANIFEST_PATH, manifestBody);
    const sums = [...files, { path: MANIFEST_PATH, sha256: sha256Of(manifestBody) }]
      .map((f) => `${f.sha256}  ${f.path}\n`)
      .join('');
    await addBytes(SUMS_PATH, Buffer.from(sums));
    pack.finalize();
  } catch (err) {
    pack.destroy(err as Error);
    await written.catch(() => {});
    throw err;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  await written;
  return { files: files.length + 2, bytes: total, chainHead };
}

/** The organization's chain entries 1..headSeq as JSON Lines, read in batches. */
async function* chainLines(db: Db, orgId: string, headSeq: number): AsyncGenerator<string> {
  const { auditEvents } = schema;
  let after = 0;
  while (after < headSeq) {
    const rows = await db
      .select(chainEntryColumns)
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), gt(auditEvents.seq, after), lte(auditEvents.seq, headSeq)))
      .orderBy(asc(auditEvents.seq))
      .limit(CHAIN_BATCH);
    if (rows.length === 0) return;
    yield rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    after = rows.at(-1)!.seq;
  }
}

/**
 * A spreadsheet of the manifest for people, one row per file, written row by row: it is made at the
 * end of the build, when memory is at its highest.
 */
async function writeIndexXlsx(files: ManifestFile[], out: Writable): Promise<void> {
  const book = await streamingWorkbook(out);
  const sheet = book.addWorksheet('Files');
  sheet.columns = [
    { header: 'File', key: 'path', width: 60 },
    { header: 'What it is', key: 'title', width: 40 },
    { header: 'Kind', key: 'kind', width: 18 },
    { header: 'Size (bytes)', key: 'size', width: 14 },
    { header: 'Audit log entries', key: 'chain', width: 18 },
    { header: 'SHA-256', key: 'sha256', width: 70 },
  ];
  const header = sheet.getRow(1);
  header.eachCell((cell) => {
    cell.font = { bold: true };
  });
  header.commit();
  for (const f of files)
    sheet
      .addRow({
        path: f.path,
        title: f.title,
        kind: f.kind,
        size: f.size,
        chain: f.source?.chainSeqs?.join(', ') ?? '',
        sha256: f.sha256,
      })
      .commit();
  sheet.commit();
  const written = finished(out);
  await book.commit();
  await written;
}
