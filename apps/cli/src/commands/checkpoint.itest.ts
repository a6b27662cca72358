/**
 * Signed checkpoints against a chain cut at its end: entries deleted and the chain head rewound by
 * SQL, which the chain alone cannot notice. Runs on PGlite, or on PostgreSQL with VIGIL_TEST_DB=postgres.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signCheckpoint } from '@vigil/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createWorkspace,
  OWNER,
  PASSWORD,
  runCli,
  type Workspace,
  withDataDir,
} from '../test/cli-harness.ts';

const TIMEOUT = 120_000;

/** The database the CLI uses here: the workspace's PGlite directory, or a fresh PostgreSQL database. */
async function cliDatabase(ws: Workspace) {
  const pgTemplate = inject('pgTemplate');
  if (!pgTemplate) {
    return {
      env: {} as NodeJS.ProcessEnv,
      exec: (statement: string) =>
        withDataDir(ws.dataDir, async ({ pglite }) => {
          await pglite!.exec(statement);
        }),
      drop: async () => {},
    };
  }
  const adminUrl = inject('pgAdminUrl');
  const name = `vigil_t_${process.pid}_${Date.now()}_cp`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${pgTemplate}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  mkdirSync(ws.dataDir, { recursive: true });
  const run = async (connectionString: string, statement: string) => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    env: { DATABASE_URL: url.toString() } as NodeJS.ProcessEnv,
    exec: (statement: string) => run(url.toString(), statement),
    drop: () => run(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

describe('vigil verify with signed checkpoints', () => {
  let ws: Workspace;
  let db: Awaited<ReturnType<typeof cliDatabase>>;
  const cli = (args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}) =>
    runCli(args, ws.dataDir, { input: opts.input, env: { ...db.env, ...opts.env } });
  const file = (name: string) => join(ws.root, name);

  async function addMember(i: number) {
    const args = ['user', 'add', '--org', OWNER.slug, '--email', `m${i}@acme.test`, '--name', `Member ${i}`];
    const r = await cli([...args, '--role', 'member', '--password-stdin'], {
      input: 'a long enough passphrase\n',
    });
    expect(r.code, r.stderr).toBe(0);
  }

  beforeAll(async () => {
    ws = await createWorkspace();
    db = await cliDatabase(ws);
    const init = ['init', '--org', OWNER.org, '--email', OWNER.email, '--name', OWNER.name];
    const r = await cli([...init, '--password-stdin'], { input: `${PASSWORD}\n` });
    expect(r.code, r.stderr).toBe(0);
    for (const i of [1, 2, 3]) await addMember(i);
    // Four entries now; the customer keeps this file somewhere else.
    const exported = await cli(['checkpoint', 'export', file('checkpoint-4.json')]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('acme-cloud: 4 entries');
    for (const i of [4, 5]) await addMember(i);
    const published = await cli(['checkpoint', 'publish']);
    expect(published.code, published.stderr).toBe(0);
    expect(published.stdout).toContain('1 new checkpoint, 0 already there');
  }, TIMEOUT * 2);
  afterAll(async () => {
    await db?.drop();
    ws?.remove();
  });

  it('passes an untouched chain against the file and the store checkpoints', async () => {
    const fromStore = await cli(['verify']);
    expect(fromStore.code, fromStore.stderr).toBe(0);
    expect(fromStore.stdout).toContain('Comparing with 2 signed checkpoints from the evidence store');
    expect(fromStore.stdout).toContain('acme-cloud: OK, 6 entries checked');
    expect(fromStore.stdout).toMatch(/extends its checkpoint of .* \(6 entries, signature valid\)/);

    const fromFile = await cli(['verify', '--checkpoint', file('checkpoint-4.json')]);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toMatch(/extends its checkpoint of .* \(4 entries, signature valid\)/);
  });

  it('prints the public key, and an auditor verifies with it instead of the master key', async () => {
    const key = await cli(['checkpoint', 'key']);
    expect(key.code, key.stderr).toBe(0);
    expect(key.stdout).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[\s\S]+\nKey id: [0-9a-f]{16}\nFingerprint: SHA256:/,
    );
    writeFileSync(file('vigil.pem'), key.stdout);
    const r = await cli([
      'verify',
      '--checkpoint',
      file('checkpoint-4.json'),
      '--public-key',
      file('vigil.pem'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('signature valid');
  });

  it('refuses a checkpoint file whose content was changed after signing', async () => {
    const original = JSON.parse(readFileSync(file('checkpoint-4.json'), 'utf8'));
    original.checkpoints[0].length = 2;
    writeFileSync(file('edited.json'), JSON.stringify(original));
    const r = await cli(['verify', '--checkpoint', file('edited.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('acme-cloud: CHECKPOINT REFUSED, 6 entries checked');
    expect(r.stdout).toContain('its signature does not match its content');
  });

  it('refuses a checkpoint signed with another key', async () => {
    const genuine = JSON.parse(readFileSync(file('checkpoint-4.json'), 'utf8')).checkpoints[0];
    const other = generateKeyPairSync('ed25519');
    const forged = signCheckpoint(
      { orgId: genuine.orgId, length: 4, headHash: genuine.headHash, at: new Date() },
      other.privateKey,
      other.publicKey,
    );
    writeFileSync(file('other-key.json'), JSON.stringify(forged));
    const r = await cli(['verify', '--checkpoint', file('other-key.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('CHECKPOINT REFUSED: checkpoint of');
    expect(r.stdout).toContain('it was signed with another key');

    // The genuine file against someone else's public key is refused the same way.
    writeFileSync(file('other.pem'), other.publicKey.export({ type: 'spki', format: 'pem' }));
    const wrongKey = await cli([
      'verify',
      '--checkpoint',
      file('checkpoint-4.json'),
      '--public-key',
      file('other.pem'),
    ]);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stdout).toContain('it was signed with another key');
  });

  it('names a file that is not a checkpoint', async () => {
    writeFileSync(file('not-a-checkpoint.json'), JSON.stringify({ format: 'something else' }));
    const r = await cli(['verify', '--checkpoint', file('not-a-checkpoint.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--checkpoint: ');
    expect(r.stderr).toContain('not-a-checkpoint.json: format: must be "vigil.audit-checkpoints/v1"');
  });

  it(
    'reports a chain cut at its end with the head rewound, which the chain alone calls intact',
    async () => {
      await db.exec(
        'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;' +
          'DELETE FROM audit_events WHERE seq > 3;' +
          'UPDATE audit_chain_heads h SET seq = 3, hash = e.hash FROM audit_events e ' +
          'WHERE e.org_id = h.org_id AND e.seq = 3;' +
          'ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only',
      );

      // Without a checkpoint the cut is invisible: this is the defect the checkpoints close.
      const blind = await cli(['verify'], { env: { VIGIL_EVIDENCE_DIR: file('empty-store') } });
      expect(blind.code).toBe(0);
      expect(blind.stdout).toContain('No checkpoints in the evidence store');
      expect(blind.stdout).toContain('acme-cloud: OK, 3 entries checked');

      const fromStore = await cli(['verify']);
      expect(fromStore.code).toBe(1);
      expect(fromStore.stdout).toContain('acme-cloud: CUT, 3 entries checked');
      expect(fromStore.stdout).toMatch(
        /CUT: the chain was cut: the checkpoint of .* recorded 6 entries, the chain now has 3 \(entries 4 to 6 are gone\)/,
      );
      expect(fromStore.stdout).toContain('1 of 1 audit chain do not extend their signed checkpoints');

      const fromFile = await cli(['verify', '--checkpoint', file('checkpoint-4.json'), '--json']);
      expect(fromFile.code).toBe(1);
      const [report] = JSON.parse(fromFile.stdout);
      expect(report).toMatchObject({
        org: OWNER.slug,
        ok: false,
        break: null,
        checkpoints: {
          compared: 1,
          problems: [{ kind: 'cut', checkpointLength: 4, actualLength: 3 }],
        },
      });

      // A new checkpoint of the damaged chain does not hide the cut: the store keeps the old ones.
      const republished = await cli(['checkpoint', 'publish']);
      expect(republished.code, republished.stderr).toBe(0);
      expect((await cli(['verify'])).code).toBe(1);
    },
    TIMEOUT,
  );
});
