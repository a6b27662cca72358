import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from '../test/monitoring-http.ts';
import type { Client, TestApp } from '../test/test-app.ts';
import { createTestApp, setupOrganization } from '../test/test-app.ts';
import { ArchiveError, archiveKind, extractArchive } from './bundle-archive.ts';

const CONNECTORS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../packages/connectors/src');
const FIXTURE = join(CONNECTORS, 'saas/fixtures/github-bundle');
const AWS_FIXTURE = join(CONNECTORS, 'cloud/fixtures/aws-bundle');

interface Entry {
  name: string;
  data?: Buffer;
  /** Unix mode in the zip's external attributes (e.g. 0o120777 for a symlink). */
  mode?: number;
}

/** The fixture bundle's files, named under `prefix`. */
function bundleEntries(prefix: string, root = FIXTURE): Entry[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const path = join(d.parentPath, d.name);
      return { name: prefix + relative(root, path), data: readFileSync(path) };
    });
}

/**
 * A zip file written byte by byte after the APPNOTE layout (deflated entries, central directory),
 * because archivers refuse to write the hostile names these tests need.
 */
function makeZip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = e.data ?? Buffer.alloc(0);
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

async function makeTarGz(entries: (Entry & { type?: 'symlink' | 'file'; linkname?: string })[]) {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c) => chunks.push(c as Buffer));
  const done = new Promise<void>((ok) => pack.on('end', () => ok()));
  for (const e of entries) {
    await new Promise<void>((ok, fail) =>
      pack.entry(
        { name: e.name, type: e.type ?? 'file', linkname: e.linkname },
        e.type === 'symlink' ? Buffer.alloc(0) : (e.data ?? Buffer.alloc(0)),
        (err) => (err ? fail(err) : ok()),
      ),
    );
  }
  pack.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

describe('bundle archives', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-archive-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const save = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const limits = { maxBytes: 1024 * 1024, maxEntries: 100 };

  it('recognises zip and tar.gz by their bytes, and not a plain gzip file', async () => {
    expect(await archiveKind(save('a.zip', makeZip(bundleEntries(''))))).toBe('zip');
    expect(await archiveKind(save('a.tgz', await makeTarGz(bundleEntries('./'))))).toBe('tar.gz');
    expect(await archiveKind(save('a.json.gz', gzipSync('{"kind":"x"}')))).toBeNull();
    expect(await archiveKind(save('a.json', Buffer.from('{}')))).toBeNull();
  });

  it('unpacks into the folder, returning the single wrapping folder when there is one', async () => {
    const wrapped = await extractArchive(
      save('w.zip', makeZip(bundleEntries('github-bundle/'))),
      'w.zip',
      'zip',
      join(dir, 'w'),
      limits,
    );
    expect(wrapped).toBe(join(dir, 'w', 'github-bundle'));
    expect(readFileSync(join(wrapped, 'protection', 'octo-repo.json'))).toEqual(
      readFileSync(join(FIXTURE, 'protection', 'octo-repo.json')),
    );
    const flat = await extractArchive(
      save('f.tgz', await makeTarGz(bundleEntries('./'))),
      'f.tgz',
      'tar.gz',
      join(dir, 'f'),
      limits,
    );
    expect(flat).toBe(join(dir, 'f'));
    expect(readdirSync(flat).sort()).toEqual(readdirSync(FIXTURE).sort());
  });

  it('refuses a tar.gz cut short anywhere as damaged, without hanging on the entry it was writing', async () => {
    const whole = await makeTarGz(bundleEntries('./'));
    // Cut points inside the first entry, between entries and near the end; before the fix a cut mid-entry
    // left the extraction waiting forever (the CLI then exited with Node's "unsettled await" code).
    for (const at of [120, 200, 400, 800, Math.floor(whole.length / 2), whole.length - 10]) {
      const name = `cut-${at}.tar.gz`;
      const err = await extractArchive(
        save(name, whole.subarray(0, at)),
        name,
        'tar.gz',
        join(dir, `c${at}`),
        limits,
      ).catch((e: unknown) => e);
      expect(err, `cut at ${at} of ${whole.length}`).toBeInstanceOf(ArchiveError);
      expect((err as Error).message).toMatch(
        new RegExp(`^${name.replaceAll('.', '\\.')}: is damaged or incomplete`),
      );
    }
  });

  it('refuses too many entries and a lying size header, naming the entry', async () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.json`, data: Buffer.from('{}') }));
    await expect(
      extractArchive(save('many.zip', makeZip(many)), 'many.zip', 'zip', join(dir, 'm'), {
        maxBytes: 1024,
        maxEntries: 3,
      }),
    ).rejects.toThrow('many.zip: has more than 3 entries (at "f3.json")');

    // Declares 2 bytes, inflates to 1 MB: caught while it is written, whatever the header says.
    const liar = makeZip([{ name: 'small.json', data: Buffer.alloc(1024 * 1024) }]);
    const at = liar.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    liar.writeUInt32LE(2, at + 24);
    liar.writeUInt32LE(2, 22);
    const err = await extractArchive(save('liar.zip', liar), 'liar.zip', 'zip', join(dir, 'l'), limits).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ArchiveError);
    expect((err as Error).message).toMatch(/^liar\.zip: is damaged or incomplete \(.*too many bytes/);
  });
});

describe('uploading a bundle archive', () => {
  let t: TestApp;
  let owner: Client;
  let orgId: string;
  let auto: string;
  let github: string;

  beforeAll(async () => {
    // 1 MB uploads, so archives may unpack to 4 MB: small enough for a bomb test to stay fast.
    t = await createTestApp({ uploadMaxMb: 1 });
    owner = await setupOrganization(t.app);
    const [org] = await t.database.db.select({ id: schema.organizations.id }).from(schema.organizations);
    orgId = org!.id;
    const create = async (kind: string) =>
      (await owner.request('POST', '/api/integrations', { kind, name: kind })).json().id as string;
    auto = await create('file.auto');
    github = await create('github.bundle');
  });
  afterAll(async () => {
    await t?.close();
  });

  const runsOf = async (connectorId: string) =>
    (await owner.request('GET', `/api/monitoring/runs?connectorId=${connectorId}`)).json().items as unknown[];

  it('imports a zipped bundle folder through auto-detection and keeps the archive as evidence', async () => {
    const res = await upload(
      t,
      owner,
      `/api/integrations/${auto}/upload`,
      'github-bundle.zip',
      makeZip(bundleEntries('github-bundle/')),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'succeeded', source: 'github', resourcesSeen: 4 });
    const [item] = await t.database.db
      .select()
      .from(schema.evidence)
      .where(eq(schema.evidence.id, res.json().evidenceId));
    expect(item).toMatchObject({ orgId, kind: 'collection', fileName: 'github-bundle.zip' });
  });

  it('imports a tar.gz made with `tar -C bundle .` through the github.bundle connector', async () => {
    const res = await upload(
      t,
      owner,
      `/api/integrations/${github}/upload`,
      'bundle.tar.gz',
      await makeTarGz(bundleEntries('./')),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'succeeded', resourcesSeen: 4 });
  });

  it('recognises an AWS bundle folder packed as tar.gz', async () => {
    const res = await upload(
      t,
      owner,
      `/api/integrations/${auto}/upload`,
      'aws-bundle.tar.gz',
      await makeTarGz(bundleEntries('aws-bundle/', AWS_FIXTURE)),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'succeeded', source: 'aws' });
    expect(res.json().resourcesSeen).toBeGreaterThan(5);
    // The run says what it read of the folder, and which expected files were not in it.
    const { inputs } = res.json();
    expect(inputs.recognised).toBeGreaterThan(10);
    expect(inputs.ignored).toEqual({ count: 0, names: [] });
    expect(inputs.missing.count).toBe(inputs.missing.names.length);
  });

  it('takes the files the gh api commands write, without bundle.json or org.json, and lists what was missing', async () => {
    const entries = bundleEntries('export/').filter(
      (e) => !['export/bundle.json', 'export/org.json'].includes(e.name),
    );
    const res = await upload(t, owner, `/api/integrations/${auto}/upload`, 'gh-export.zip', makeZip(entries));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'succeeded', source: 'github', resourcesSeen: 4 });
    expect(res.json().inputs).toEqual({
      recognised: entries.length,
      ignored: { count: 0, names: [] },
      missing: { count: 1, names: ['org.json'] },
    });
  });

  it('fails an archive Vigil cannot read with what it can read', async () => {
    const res = await upload(
      t,
      owner,
      `/api/integrations/${auto}/upload`,
      'photos.zip',
      makeZip([{ name: 'holiday/notes.txt', data: Buffer.from('not an export') }]),
    );
    expect(res.statusCode).toBe(400);
    const { message } = res.json().error;
    expect(message).toMatch(/^photos\.zip: is not a file Vigil can read\. Vigil reads: /);
    for (const title of ['GitHub organization export', 'AWS account export', 'HRIS roster: BambooHR'])
      expect(message).toContain(title);
  });

  it('tells the GitHub connector what a folder without any expected file lacks', async () => {
    const res = await upload(
      t,
      owner,
      `/api/integrations/${github}/upload`,
      'other.zip',
      makeZip([{ name: 'x/users.csv', data: Buffer.from('a,b\n') }]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(
      /^other\.zip: holds none of the files the GitHub commands write \(found users\.csv\); expected org\.json/,
    );
  });

  it('names the file inside the archive when the bundle itself is bad', async () => {
    const entries = bundleEntries('b/').map((e) =>
      e.name === 'b/repos.json' ? { ...e, data: Buffer.from('[{"name": 7}]') } : e,
    );
    const res = await upload(t, owner, `/api/integrations/${github}/upload`, 'b.zip', makeZip(entries));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^b\.zip\/repos\.json: \$\[0\]/);
  });

  it('refuses hostile or broken archives with the entry at fault, recording no run', async () => {
    const before = (await runsOf(github)).length;
    const cases: [string, Buffer, string][] = [
      [
        'escape.zip',
        makeZip([...bundleEntries(''), { name: '../../etc/cron.d/x', data: Buffer.from('boom') }]),
        'file: escape.zip: entry "../../etc/cron.d/x" points outside the archive (..)',
      ],
      [
        'absolute.tar.gz',
        await makeTarGz([{ name: '/etc/passwd', data: Buffer.from('x') }]),
        'file: absolute.tar.gz: entry "/etc/passwd" has an absolute or Windows path; only relative paths are accepted',
      ],
      [
        'link.tar.gz',
        await makeTarGz([
          ...bundleEntries(''),
          { name: 'repos.json.link', type: 'symlink', linkname: '/etc/shadow' },
        ]),
        'file: link.tar.gz: entry "repos.json.link" is a symbolic link; only files and folders are accepted',
      ],
      [
        'link.zip',
        makeZip([{ name: 'bundle.json', data: Buffer.from('/etc/shadow'), mode: 0o120777 }]),
        'file: link.zip: entry "bundle.json" is a symbolic link; only files and folders are accepted',
      ],
      [
        'bomb.zip',
        makeZip([
          { name: 'bundle.json', data: Buffer.from('{}') },
          { name: 'repos.json', data: Buffer.alloc(5 * 1024 * 1024, 0x20) },
        ]),
        'file: bomb.zip: unpacks to more than 4 MiB (reached at entry "repos.json")',
      ],
      [
        'bomb.tar.gz',
        await makeTarGz([{ name: 'repos.json', data: Buffer.alloc(5 * 1024 * 1024, 0x20) }]),
        'file: bomb.tar.gz: unpacks to more than 4 MiB (reached at entry "repos.json")',
      ],
    ];
    for (const [name, bytes, message] of cases) {
      expect(bytes.length).toBeLessThan(1024 * 1024);
      const res = await upload(t, owner, `/api/integrations/${github}/upload`, name, bytes);
      expect(res.statusCode, name).toBe(400);
      expect(res.json().error).toEqual({ code: 'validation_failed', message, field: 'file' });
    }

    const whole = await makeTarGz(bundleEntries(''));
    const cut = await upload(
      t,
      owner,
      `/api/integrations/${github}/upload`,
      'cut.tar.gz',
      whole.subarray(0, 2000),
    );
    expect(cut.statusCode).toBe(400);
    expect(cut.json().error.message).toMatch(/^file: cut\.tar\.gz: is damaged or incomplete \(.+\)$/);
    const zip = makeZip(bundleEntries(''));
    const cutZip = await upload(
      t,
      owner,
      `/api/integrations/${github}/upload`,
      'cut.zip',
      zip.subarray(0, 3000),
    );
    expect(cutZip.statusCode).toBe(400);
    expect(cutZip.json().error.message).toMatch(/^file: cut\.zip: is damaged or incomplete \(.+\)$/);
    expect(await runsOf(github)).toHaveLength(before);
  });
});
