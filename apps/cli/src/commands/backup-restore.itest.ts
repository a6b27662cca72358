import { randomBytes } from 'node:crypto';
import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Database, lockDataDir, schema } from '@vigil/db';
import { evidenceSettingsFromEnv, openEvidenceStore } from '@vigil/server';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyWorkspace,
  createWorkspace,
  initOrganization,
  OWNER,
  runCli,
  type Workspace,
  withDataDir,
} from '../test/cli-harness.ts';

const TIMEOUT = 120_000;

/** Everything a restore must bring back, in a comparable form. */
async function snapshot({ db }: Database) {
  return {
    organizations: await db.select().from(schema.organizations).orderBy(asc(schema.organizations.slug)),
    users: await db.select().from(schema.users).orderBy(asc(schema.users.email)),
    memberships: await db.select().from(schema.memberships).orderBy(asc(schema.memberships.userId)),
    controls: await db.select().from(schema.controls).orderBy(asc(schema.controls.code)),
    auditEvents: await db.select().from(schema.auditEvents).orderBy(asc(schema.auditEvents.id)),
    heads: await db.select().from(schema.auditChainHeads),
    evidence: await db.select().from(schema.evidence).orderBy(asc(schema.evidence.title)),
  };
}

/** The evidence files as a download would return them: decrypted with `key` and checked against their hashes. */
async function downloadAll(dataDir: string, key: Buffer) {
  const items = await withDataDir(dataDir, ({ db }) =>
    db.select().from(schema.evidence).orderBy(asc(schema.evidence.title)),
  );
  const store = await openEvidenceStore(evidenceSettingsFromEnv({}, dataDir), key);
  try {
    const out: Record<string, string> = {};
    for (const item of items)
      out[item.title] = (await store.read(item.orgId, item.storageKey, item)).toString();
    return out;
  } finally {
    store.close();
  }
}

const EVIDENCE = {
  'Q2 access review': 'user,approved\nalice@acme.test,yes\n',
  'Offboarding checklist': 'bob@acme.test removed from every system on 2026-05-02\n',
};

describe('vigil backup and vigil restore', () => {
  let ws: Workspace;
  let before: Awaited<ReturnType<typeof snapshot>>;
  let key: Buffer;

  beforeAll(async () => {
    ws = await createWorkspace();
    await initOrganization(ws.dataDir);
    const add = [
      'user',
      'add',
      '--org',
      OWNER.slug,
      '--email',
      'ada@acme.test',
      '--name',
      'Ada',
      '--role',
      'admin',
    ];
    const added = await runCli([...add, '--password-stdin'], ws.dataDir, {
      input: 'a long enough passphrase',
    });
    expect(added.code, added.stderr).toBe(0);
    for (const [title, content] of Object.entries(EVIDENCE)) {
      const file = join(ws.root, `${title}.txt`);
      writeFileSync(file, content);
      const r = await runCli(['evidence', 'add', file, '--org', OWNER.slug, '--title', title], ws.dataDir);
      expect(r.code, r.stderr).toBe(0);
    }
    key = Buffer.from(readFileSync(join(ws.dataDir, 'master.key'), 'utf8'), 'hex');
    before = await withDataDir(ws.dataDir, async (database) => {
      const [org] = await database.db
        .select()
        .from(schema.organizations)
        .where(eq(schema.organizations.slug, OWNER.slug));
      await database.db.insert(schema.controls).values({
        orgId: org!.id,
        code: 'AC-01',
        title: 'Access reviews',
        description: 'Access is reviewed every quarter.',
        ownerRole: 'Security lead',
        frequency: 'quarterly',
        kind: 'detective',
      });
      return snapshot(database);
    });
  }, TIMEOUT);
  afterAll(() => ws?.remove());

  it(
    'brings back every record with the audit chain intact after the data directory is destroyed',
    async () => {
      const file = join(ws.root, 'vigil-backup.tar.gz');
      const backup = await runCli(['backup', file], ws.dataDir);
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(/Backed up .* \(\d+\.\d MiB\)/);
      expect(backup.stdout).toContain('1 organization, 2 users, 1 control, 4 audit events');
      expect(backup.stdout).toMatch(/Evidence: 2 files \(.* MiB, still encrypted\)/);
      expect(backup.stdout).toContain('Master key: not included. A restore needs the key from');
      expect(backup.stdout).not.toContain(key.toString('hex'));
      expect(readdirSync(ws.root).filter((f) => f.endsWith('.tmp'))).toEqual([]);

      const lost = copyWorkspace(ws);
      try {
        // A new machine: no data directory, no evidence folder, no key file.
        rmSync(lost.dataDir, { recursive: true, force: true });
        const keyless = await runCli(['restore', file], lost.dataDir);
        expect(keyless.code).toBe(1);
        expect(keyless.stderr).toMatch(
          /this backup needs its master key \(fingerprint [0-9a-f]{16}…\), which it does not contain: set VIGIL_MASTER_KEY/,
        );
        expect(keyless.stderr).toContain('was not changed');
        expect(readdirSync(lost.dataDir)).toEqual([]);

        const wrong = await runCli(['restore', file], lost.dataDir, {
          env: { VIGIL_MASTER_KEY: randomBytes(32).toString('hex') },
        });
        expect(wrong.code).toBe(1);
        expect(wrong.stderr).toContain(
          'the master key from VIGIL_MASTER_KEY is not the key this backup was made with',
        );
        expect(readdirSync(lost.dataDir)).toEqual([]);

        const env = { VIGIL_MASTER_KEY: key.toString('hex') };
        const restore = await runCli(['restore', file], lost.dataDir, { env });
        expect(restore.stderr).toBe('');
        expect(restore.code).toBe(0);
        expect(restore.stdout).toContain('Contains 1 organization, 2 users, 1 control, 4 audit events.');
        expect(restore.stdout).toContain(`Evidence: 2 files restored to ${join(lost.dataDir, 'evidence')}`);
        expect(restore.stdout).toContain('acme-cloud: OK, 4 entries checked');
        expect(readdirSync(lost.dataDir).sort()).toEqual(['evidence', 'pgdata']);
        expect(await withDataDir(lost.dataDir, snapshot)).toEqual(before);
        const verify = await runCli(['verify', '--blobs'], lost.dataDir, { env });
        expect(verify.stderr).toBe('');
        expect(verify.code).toBe(0);
        expect(verify.stdout).toContain(
          '2 evidence items match the hashes committed in the chain, 2 stored files re-hashed',
        );
        expect(await downloadAll(lost.dataDir, key)).toEqual(EVIDENCE);
      } finally {
        lost.remove();
      }
    },
    TIMEOUT,
  );

  it(
    'with --include-key carries the key, so a bare machine can restore and read the evidence',
    async () => {
      const file = join(ws.root, 'with-key.tar.gz');
      const backup = await runCli(['backup', file, '--include-key'], ws.dataDir);
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toContain('The master key is INSIDE this backup');
      const lost = copyWorkspace(ws);
      try {
        rmSync(lost.dataDir, { recursive: true, force: true });
        const restore = await runCli(['restore', file], lost.dataDir);
        expect(restore.stderr).toBe('');
        expect(restore.code).toBe(0);
        const keyFile = join(lost.dataDir, 'master.key');
        expect(readFileSync(keyFile, 'utf8')).toBe(key.toString('hex'));
        expect(statSync(keyFile).mode & 0o777).toBe(0o600);
        const verify = await runCli(['verify', '--blobs'], lost.dataDir);
        expect(verify.code, verify.stdout).toBe(0);
        expect(await downloadAll(lost.dataDir, key)).toEqual(EVIDENCE);

        // A different key already on this machine wins over the one in the file: refuse.
        const other = copyWorkspace(ws);
        try {
          writeFileSync(join(other.dataDir, 'master.key'), randomBytes(32).toString('hex'));
          const refused = await runCli(['restore', file, '--force'], other.dataDir);
          expect(refused.code).toBe(1);
          expect(refused.stderr).toContain(
            `the master key from ${join(other.dataDir, 'master.key')} is not the key`,
          );
          expect(readdirSync(other.dataDir).sort()).toEqual(['evidence', 'master.key', 'pgdata']);
        } finally {
          other.remove();
        }
      } finally {
        lost.remove();
      }
    },
    TIMEOUT,
  );

  it(
    'refuses a truncated backup and a data directory a running process holds, changing nothing',
    async () => {
      const file = join(ws.root, 'to-damage.tar.gz');
      expect((await runCli(['backup', file], ws.dataDir)).code).toBe(0);
      const target = copyWorkspace(ws);
      try {
        const held = lockDataDir(target.dataDir, 'vigil start');
        try {
          const busy = await runCli(['restore', file, '--force'], target.dataDir);
          expect(busy.code).toBe(1);
          expect(busy.stderr).toContain(
            `The data directory ${target.dataDir} is in use by process ${process.pid}`,
          );
        } finally {
          held();
        }
        truncateSync(file, Math.floor(statSync(file).size * 0.9));
        const damaged = await runCli(['restore', file, '--force'], target.dataDir);
        expect(damaged.code).toBe(1);
        expect(damaged.stderr).toMatch(
          /to-damage\.tar\.gz could not be loaded as a Vigil backup \(.+\); the data in .* was not changed/,
        );
        expect(readdirSync(target.dataDir).sort()).toEqual(['evidence', 'master.key', 'pgdata']);
        expect(await withDataDir(target.dataDir, snapshot)).toEqual(before);
        expect(await downloadAll(target.dataDir, key)).toEqual(EVIDENCE);
      } finally {
        target.remove();
      }
    },
    TIMEOUT,
  );

  it(
    'still restores a database-only backup made by an earlier version',
    async () => {
      const legacy = join(ws.root, 'legacy.tar.gz');
      const dump = await withDataDir(ws.dataDir, async (database) => database.pglite!.dumpDataDir('gzip'));
      writeFileSync(legacy, new Uint8Array(await dump.arrayBuffer()));
      const target = copyWorkspace(ws);
      try {
        rmSync(join(target.dataDir, 'pgdata'), { recursive: true, force: true });
        const r = await runCli(['restore', legacy], target.dataDir);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('holds the database only, no evidence files');
        expect(await withDataDir(target.dataDir, snapshot)).toEqual(before);
      } finally {
        target.remove();
      }
    },
    TIMEOUT,
  );

  it(
    'refuses to replace existing data without --force, and with it keeps the old data aside',
    async () => {
      const file = join(ws.root, 'for-force.tar.gz');
      expect((await runCli(['backup', file], ws.dataDir)).code).toBe(0);
      const target = copyWorkspace(ws);
      try {
        const refused = await runCli(['restore', file], target.dataDir);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('already holds a Vigil database; pass --force to replace it');
        const forced = await runCli(['restore', file, '--force'], target.dataDir);
        expect(forced.code, forced.stderr).toBe(0);
        const aside = readdirSync(target.dataDir).filter((f) => f.startsWith('pgdata.before-restore-'));
        expect(aside).toHaveLength(1);
        expect(existsSync(join(target.dataDir, aside[0]!, 'PG_VERSION'))).toBe(true);
        expect(readdirSync(target.dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        expect(await withDataDir(target.dataDir, snapshot)).toEqual(before);
      } finally {
        target.remove();
      }
    },
    TIMEOUT,
  );

  it(
    'refuses a file that is not a backup and leaves the data untouched',
    async () => {
      const target = copyWorkspace(ws);
      try {
        const text = join(target.root, 'notes.txt');
        writeFileSync(text, 'this is not a backup\n');
        const plain = await runCli(['restore', text, '--force'], target.dataDir);
        expect(plain.code).toBe(1);
        expect(plain.stderr).toMatch(/^error: .*notes\.txt is not a Vigil backup/);

        // Looks like gzip, so it reaches the loader, which must fail without touching the current data.
        const fake = join(target.root, 'fake.tar.gz');
        writeFileSync(fake, gzipSync(Buffer.from('garbage '.repeat(1000))));
        const loaded = await runCli(['restore', fake, '--force'], target.dataDir);
        expect(loaded.code).toBe(1);
        expect(loaded.stderr).toMatch(
          /fake\.tar\.gz could not be loaded as a Vigil backup .* was not changed/,
        );
        expect(loaded.stderr).not.toMatch(/\n\s+at /);

        expect(readdirSync(target.dataDir).sort()).toEqual(['evidence', 'master.key', 'pgdata']);
        expect(await withDataDir(target.dataDir, snapshot)).toEqual(before);
      } finally {
        target.remove();
      }
    },
    TIMEOUT,
  );

  it('points PostgreSQL users at pg_dump and pg_restore instead', async () => {
    const file = join(ws.root, 'pg.dump');
    const env = { DATABASE_URL: 'postgres://vigil:secret@db.example:5432/vigil' };
    const r = await runCli(['backup', file], ws.dataDir, { env });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`pg_dump --format=custom --file='${file}' "$DATABASE_URL"`);
    expect(r.stdout).toContain('pg_restore');
    expect(r.stdout).not.toContain('secret');
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(join(ws.dataDir, 'pgdata', 'PG_VERSION'), 'utf8')).toMatch(/^\d+/);
  });
});
