import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Database, schema } from '@vigil/db';
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
  };
}

describe('vigil backup and vigil restore', () => {
  let ws: Workspace;
  let before: Awaited<ReturnType<typeof snapshot>>;

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
      expect(backup.stdout).toMatch(/Backed up .* \(\d+\.\d MB\)/);
      expect(backup.stdout).toContain('1 organization, 2 users, 1 control, 2 audit events');
      expect(readdirSync(ws.root).filter((f) => f.endsWith('.tmp'))).toEqual([]);

      const lost = copyWorkspace(ws);
      try {
        rmSync(lost.dataDir, { recursive: true, force: true });
        const restore = await runCli(['restore', file], lost.dataDir);
        expect(restore.stderr).toBe('');
        expect(restore.code).toBe(0);
        expect(restore.stdout).toContain('Contains 1 organization, 2 users, 1 control, 2 audit events.');
        expect(restore.stdout).toContain('acme-cloud: OK, 2 entries checked');
        expect(await withDataDir(lost.dataDir, snapshot)).toEqual(before);
        const verify = await runCli(['verify'], lost.dataDir);
        expect(verify.code).toBe(0);
      } finally {
        lost.remove();
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

        expect(readdirSync(target.dataDir).sort()).toEqual(['pgdata']);
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
