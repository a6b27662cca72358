import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildPopulation, drawSample, type RecordedSample } from '@vigil/core';
import { schema } from '@vigil/db';
import ExcelJS from 'exceljs';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf } from '../monitoring/registry.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';
import { buildAuditPackage } from './package-builder.ts';
import type { PackageManifest, PackageSection } from './package-format.ts';
import { sampleEntries } from './package-sections.ts';
import { verifyAuditPackage } from './package-verifier.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let engagementId: string;
let dir: string;
let good: string;
let sampleFolder: string;
let populationPath: string;
let requestFolder: string;
const evidenceIds: string[] = [];
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A sample drawn with core, as the samples section of the merged audit will add it. */
const sampleSection = (controlId: string): PackageSection => ({
  name: 'samples',
  async *entries(ctx) {
    const population = buildPopulation(
      Array.from({ length: 40 }, (_, i) => ({
        id: `CHG-${i + 1}`,
        occurredAt: `2026-0${(i % 9) + 1}-0${(i % 9) + 1}`,
      })),
    );
    const drawn = drawSample({ engagementId: ctx.engagement.id, controlId, population, size: 5 });
    const recorded: RecordedSample = {
      engagementId: ctx.engagement.id,
      controlId,
      populationHash: drawn.populationHash,
      seed: drawn.seed,
      size: drawn.size,
      itemIds: drawn.items.map((s) => s.item.id),
    };
    yield* sampleEntries('CC8.1-changes', population, recorded, 'Changes to production');
  },
});

async function build(file: string, sections?: PackageSection[]) {
  return buildAuditPackage(
    {
      db: t.database.db,
      store: t.ctx.evidenceStore,
      registry: registryOf(t.ctx),
      orgId: a.orgId,
      engagementId,
      ...(sections ? { sections } : {}),
    },
    createWriteStream(file),
  );
}

/** The archive's files, in order, in memory: fine for the small packages of this test. */
async function entriesOf(file: string): Promise<{ name: string; body: Buffer }[]> {
  const extract = tar.extract();
  const out: { name: string; body: Buffer }[] = [];
  Readable.from([gunzipSync(readFileSync(file))]).pipe(extract);
  for await (const e of extract) {
    const parts: Buffer[] = [];
    for await (const c of e) parts.push(c as Buffer);
    out.push({ name: e.header.name, body: Buffer.concat(parts) });
  }
  return out;
}

async function rewrite(from: string, to: string, edit: (entries: { name: string; body: Buffer }[]) => void) {
  const entries = await entriesOf(from);
  edit(entries);
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c) => chunks.push(c as Buffer));
  const done = new Promise<void>((ok) => pack.on('end', () => ok()));
  for (const e of entries) pack.entry({ name: e.name }, e.body);
  pack.finalize();
  await done;
  writeFileSync(to, gzipSync(Buffer.concat(chunks)));
}

/** A request answered with evidence and a comment, and a population with a drawn sample whose first item failed. */
let secondRequestFolder = '';

async function seedAuditWork(controlId: string) {
  await t.database.db.insert(schema.engagementAuditors).values({ engagementId, userId: a.userIds.auditor });
  const base = `/api/engagements/${engagementId}`;
  const gen = await a.clients.owner.request('POST', `${base}/requests/generate`, {});
  expect(gen.statusCode, gen.body).toBe(201);
  const [first, second] = (await a.clients.owner.request('GET', `${base}/requests`)).json().items;
  // The same file given for two requests: the package holds it once.
  for (const r of [first, second]) {
    const linked = await a.clients.owner.request('POST', `${base}/requests/${r.id}/evidence`, {
      evidenceId: evidenceIds[0],
    });
    expect(linked.statusCode, linked.body).toBe(200);
  }
  secondRequestFolder = `requests/${second.reference}-`;
  const comment = await a.clients.auditor.request('POST', `${base}/requests/${first.id}/comments`, {
    body: 'Please add the restore test too.',
  });
  expect(comment.statusCode, comment.body).toBe(201);
  requestFolder = `requests/${first.reference}-`;

  const upload = await a.clients.auditor.request('POST', `${base}/populations/upload`, {
    name: 'Production changes',
    source: 'Ticket system export',
    fileName: 'changes.csv',
    text: `Ticket,Changed at\nCHG-1,${day(-30)}\nCHG-2,${day(-20)}\nCHG-3,${day(-10)}\n`,
    idColumn: 'Ticket',
    timeColumn: 'Changed at',
  });
  expect(upload.statusCode, upload.body).toBe(201);
  const population = upload.json();
  const drawn = await a.clients.auditor.request('POST', `${base}/populations/${population.id}/samples`, {
    controlId,
    override: { size: 2, reason: 'Small population' },
  });
  expect(drawn.statusCode, drawn.body).toBe(201);
  const sample = drawn.json();
  const result = await a.clients.auditor.request('PUT', `${base}/samples/${sample.id}/results`, {
    itemKey: sample.items[0].key,
    result: 'exception',
    note: 'Approved after release',
  });
  expect(result.statusCode, result.body).toBe(200);
  sampleFolder = `samples/${sample.controlCode}-${sample.id.slice(0, 8)}`;
  populationPath = `populations/Production changes-${population.id.slice(0, 8)}/population.jsonl`;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Beta');
  await a.clients.owner.request('POST', '/api/controls/adopt');
  const controls = (await a.clients.owner.request('GET', '/api/controls?limit=1')).json().items;
  for (const [i, name] of ['backup-report.pdf', 'firewall rules.txt', 'onboarding.csv'].entries()) {
    const res = await uploadEvidence(
      a.clients.member,
      { title: `Evidence ${i + 1}`, controlIds: [controls[0]!.id] },
      { name, content: randomBytes(20_000 + i) },
    );
    expect(res.statusCode, res.body).toBe(201);
    evidenceIds.push(res.json().id);
  }
  const snap = await a.clients.owner.request('POST', '/api/readiness/snapshots');
  expect(snap.statusCode, snap.body).toBe(201);
  const res = await a.clients.owner.request('POST', '/api/engagements', {
    name: 'SOC 2 Type II 2026',
    reportType: 'type2',
    windowStart: day(-120),
    windowEnd: day(60),
  });
  expect(res.statusCode, res.body).toBe(201);
  engagementId = res.json().id;
  await seedAuditWork(controls[0]!.id);
  dir = mkdtempSync(join(tmpdir(), 'vigil-package-test-'));
  good = join(dir, 'good.tar.gz');
  await build(good, [
    ...(await import('./package-sections.ts')).PACKAGE_SECTIONS,
    sampleSection(controls[0]!.id),
  ]);
});
afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the audit package', () => {
  it('holds the evidence, the chain, a sample, a manifest and SHA256SUMS, and verifies', async () => {
    const entries = await entriesOf(good);
    const names = entries.map((e) => e.name);
    expect(names[0]).toBe('README.txt');
    expect(names.slice(-2)).toEqual(['manifest.json', 'SHA256SUMS']);
    expect(names).toEqual(
      expect.arrayContaining([
        'audit-chain/entries.jsonl',
        'audit-chain/head.json',
        'index.xlsx',
        'effectiveness/controls.csv',
        'effectiveness/exceptions.csv',
        'policies/acceptance-matrix.csv',
        'readiness/snapshot.json',
        'readiness/snapshot.xlsx',
        'samples/CC8.1-changes/population.jsonl',
        'samples/CC8.1-changes/sample.json',
        populationPath,
        populationPath.replace('population.jsonl', 'completeness.json'),
        `${sampleFolder}/sample.json`,
        `${sampleFolder}/results.csv`,
        'exceptions/register.csv',
        'exceptions/register.xlsx',
        'testing/control-tests.csv',
      ]),
    );
    const body = (path: string) => entries.find((e) => e.name === path)!.body.toString();
    const request = names.find((n) => n.startsWith(requestFolder) && n.endsWith('/request.json'))!;
    expect(JSON.parse(body(request))).toMatchObject({
      status: 'open',
      comments: [{ body: 'Please add the restore test too.', fromAuditor: true }],
      evidence: [{ id: evidenceIds[0], path: request.replace('request.json', 'evidence/backup-report.pdf') }],
    });
    expect(JSON.parse(body(request)).chainSeqs.length).toBeGreaterThan(0);
    const other = names.find((n) => n.startsWith(secondRequestFolder) && n.endsWith('/request.json'))!;
    expect(JSON.parse(body(other)).evidence).toMatchObject([
      { id: evidenceIds[0], path: request.replace('request.json', 'evidence/backup-report.pdf') },
    ]);
    expect(names.filter((n) => n.startsWith(secondRequestFolder))).toEqual([other]);
    expect(JSON.parse(body(populationPath.replace('population.jsonl', 'completeness.json')))).toMatchObject({
      name: 'Production changes',
      source: 'Ticket system export',
      rowCount: 3,
    });
    expect(body(`${sampleFolder}/results.csv`)).toMatch(/exception,Approved after release/);
    expect(body('exceptions/register.csv')).toMatch(/Approved after release/);
    const manifest = JSON.parse(
      entries.find((e) => e.name === 'manifest.json')!.body.toString(),
    ) as PackageManifest;
    const evidence = manifest.files.filter((f) => f.kind === 'evidence' && f.path.startsWith('evidence/'));
    // The file given for the request is only in its folder: each file is in the package once.
    expect(evidence.map((f) => f.path.split('/')[2]).sort()).toEqual([
      'firewall rules.txt',
      'onboarding.csv',
    ]);
    expect(evidence.every((f) => f.source?.chainSeqs?.length === 1)).toBe(true);
    const given = manifest.files.filter((f) => f.kind === 'evidence' && f.path.startsWith('requests/'));
    expect(given.map((f) => f.source?.id)).toEqual([evidenceIds[0]]);
    const ids = manifest.files.filter((f) => f.kind === 'evidence').map((f) => f.source?.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The readiness JSON is the exact text whose hash the snapshot stored.
    const [stored] = await t.database.db.select().from(schema.readinessSnapshots);
    expect(manifest.files.find((f) => f.path === 'readiness/snapshot.json')!.sha256).toBe(
      stored!.contentSha256,
    );
    // The index for people: a header, then one row per file the manifest lists, with its SHA-256.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(entries.find((e) => e.name === 'index.xlsx')!.body as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Files')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('File');
    expect(sheet.getRow(1).getCell(6).font?.bold).toBe(true);
    const indexed = manifest.files.filter((f) => f.path !== 'index.xlsx');
    expect(sheet.rowCount).toBe(indexed.length + 1);
    const onboarding = indexed.find((f) => f.path.endsWith('onboarding.csv'))!;
    const row = sheet.getRow(indexed.indexOf(onboarding) + 2);
    expect([row.getCell(1).value, row.getCell(4).value, row.getCell(6).value]).toEqual([
      onboarding.path,
      onboarding.size,
      onboarding.sha256,
    ]);
    // SHA256SUMS covers every file but itself.
    const sums = entries
      .find((e) => e.name === 'SHA256SUMS')!
      .body.toString()
      .trim()
      .split('\n');
    expect(sums).toHaveLength(names.length - 1);

    const result = await verifyAuditPackage(good);
    expect(result.problems).toEqual([]);
    expect(result.samples).toBe(2);
    expect(result.chainEntries).toBe(manifest.chainHead.seq);
  });

  it('names the file when one byte of it changes', async () => {
    const bad = join(dir, 'byte.tar.gz');
    let target = '';
    await rewrite(good, bad, (entries) => {
      const e = entries.find((x) => x.name.startsWith('evidence/'))!;
      target = e.name;
      e.body[100] = e.body[100]! ^ 1;
    });
    const result = await verifyAuditPackage(bad);
    expect(result.problems).toEqual([`${target}: content does not match its SHA-256 in the manifest`]);
  });

  it('names the population file when one byte of it changes', async () => {
    const bad = join(dir, 'population.tar.gz');
    await rewrite(good, bad, (entries) => {
      const e = entries.find((x) => x.name === populationPath)!;
      e.body[5] = e.body[5]! ^ 1;
    });
    const result = await verifyAuditPackage(bad);
    expect(result.problems[0]).toBe(`${populationPath}: content does not match its SHA-256 in the manifest`);
  });

  it('checks evidence given for a request against its chain entry, even with the hashes rewritten', async () => {
    const forged = join(dir, 'request-evidence.tar.gz');
    const { createHash } = await import('node:crypto');
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    let target = '';
    await rewrite(good, forged, (entries) => {
      const e = entries.find((x) => x.name.startsWith('requests/') && x.name.includes('/evidence/'))!;
      target = e.name;
      e.body[10] = e.body[10]! ^ 1;
      const m = entries.find((x) => x.name === 'manifest.json')!;
      const manifest = JSON.parse(m.body.toString()) as PackageManifest;
      manifest.files.find((x) => x.path === target)!.sha256 = sha(e.body);
      m.body = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
      entries.find((x) => x.name === 'SHA256SUMS')!.body = Buffer.from(
        [...manifest.files, { path: 'manifest.json', sha256: sha(m.body) }]
          .map((x) => `${x.sha256}  ${x.path}\n`)
          .join(''),
      );
    });
    const result = await verifyAuditPackage(forged);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.startsWith(`${target}: `)).toBe(true);
    expect(result.problems[0]).toMatch(/: differs from what audit-chain entry \d+ recorded$/);
  });

  it('names a dropped file and an added one', async () => {
    const dropped = join(dir, 'dropped.tar.gz');
    await rewrite(good, dropped, (entries) => {
      entries.splice(
        entries.findIndex((e) => e.name === 'policies/acceptance-matrix.csv'),
        1,
      );
      entries.push({ name: 'evidence/extra.txt', body: Buffer.from('slipped in') });
    });
    const result = await verifyAuditPackage(dropped);
    expect(result.problems).toEqual([
      'policies/acceptance-matrix.csv: listed in the manifest but missing from the archive',
      'evidence/extra.txt: in the archive but not listed in the manifest',
    ]);
  });

  it('names the chain entry that was altered', async () => {
    const altered = join(dir, 'chain.tar.gz');
    await rewrite(good, altered, (entries) => {
      const e = entries.find((x) => x.name === 'audit-chain/entries.jsonl')!;
      const lines = e.body.toString().trimEnd().split('\n');
      const third = JSON.parse(lines[2]!);
      third.actorLabel = `${third.actorLabel} (edited)`;
      lines[2] = JSON.stringify(third);
      e.body = Buffer.from(`${lines.join('\n')}\n`);
    });
    const result = await verifyAuditPackage(altered);
    expect(result.problems).toEqual([
      'audit-chain/entries.jsonl: content does not match its SHA-256 in the manifest',
      'chain entry 3: its content does not match its hash (the entry was altered)',
    ]);
  });

  it('recomputes the sample: a changed item id is named even with the hashes rewritten to match', async () => {
    const forged = join(dir, 'sample.tar.gz');
    const { createHash } = await import('node:crypto');
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    await rewrite(good, forged, (entries) => {
      const s = entries.find((x) => x.name === 'samples/CC8.1-changes/sample.json')!;
      const sample = JSON.parse(s.body.toString()) as RecordedSample;
      const spare = ['CHG-1', 'CHG-2', 'CHG-3', 'CHG-4', 'CHG-5', 'CHG-6'].find(
        (id) => !sample.itemIds.includes(id),
      )!;
      sample.itemIds[0] = spare;
      s.body = Buffer.from(`${JSON.stringify(sample, null, 2)}\n`);
      const m = entries.find((x) => x.name === 'manifest.json')!;
      const manifest = JSON.parse(m.body.toString()) as PackageManifest;
      const f = manifest.files.find((x) => x.path === s.name)!;
      f.sha256 = sha(s.body);
      f.size = s.body.length;
      m.body = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
      const sums = entries.find((x) => x.name === 'SHA256SUMS')!;
      sums.body = Buffer.from(
        [...manifest.files, { path: 'manifest.json', sha256: sha(m.body) }]
          .map((x) => `${x.sha256}  ${x.path}\n`)
          .join(''),
      );
    });
    const result = await verifyAuditPackage(forged);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^samples\/CC8\.1-changes\/sample\.json: does not follow from/);
  });

  it('is downloaded by staff and invited auditors; another organization gets 404', async () => {
    const res = await a.clients.viewer.request('GET', `/api/engagements/${engagementId}/package`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/gzip');
    expect(res.headers['content-disposition']).toMatch(/audit-package-soc-2-type-ii-2026-.*\.tar\.gz/);
    const file = join(dir, 'http.tar.gz');
    writeFileSync(file, res.rawPayload);
    expect((await verifyAuditPackage(file)).problems).toEqual([]);

    expect(
      (await b.clients.owner.request('GET', `/api/engagements/${engagementId}/package`)).statusCode,
    ).toBe(404);
    // The invited auditor downloads it; an auditor not invited to an engagement does not learn it exists.
    expect(
      (await a.clients.auditor.request('GET', `/api/engagements/${engagementId}/package`)).statusCode,
    ).toBe(200);
    const other = await a.clients.owner.request('POST', '/api/engagements', {
      name: 'Not invited',
      reportType: 'type1',
      asOfDate: day(0),
    });
    expect(other.statusCode, other.body).toBe(201);
    expect(
      (await a.clients.auditor.request('GET', `/api/engagements/${other.json().id}/package`)).statusCode,
    ).toBe(404);
    expect(
      (await a.clients.employee.request('GET', `/api/engagements/${engagementId}/package`)).statusCode,
    ).toBe(403);
  });
});
