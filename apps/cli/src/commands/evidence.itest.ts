import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@vigil/db';
import { adoptControlLibrary } from '@vigil/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../admin/cli-actor.ts';
import {
  createWorkspace,
  initOrganization,
  OWNER,
  runCli,
  type Workspace,
  withDataDir,
} from '../test/cli-harness.ts';

const TIMEOUT = 120_000;

describe('vigil evidence', () => {
  let ws: Workspace;
  let codes: string[];
  let file: string;

  beforeAll(async () => {
    ws = await createWorkspace();
    await initOrganization(ws.dataDir);
    codes = await withDataDir(ws.dataDir, async ({ db }) => {
      const [org] = await db
        .select()
        .from(schema.organizations)
        .where(eq(schema.organizations.slug, OWNER.slug));
      await db.transaction((tx) => adoptControlLibrary(tx, cliActor(org!.id)));
      const rows = await db.select({ code: schema.controls.code }).from(schema.controls).limit(2);
      return rows.map((r) => r.code);
    });
    file = join(ws.root, 'access-review.csv');
    writeFileSync(file, 'user,approved\nalice@acme.test,yes\n');
  }, TIMEOUT);
  afterAll(() => ws?.remove());

  it(
    'adds a file linked to controls by code, encrypted in the data directory, its hash in the chain',
    async () => {
      const r = await runCli(
        [
          'evidence',
          'add',
          file,
          '--org',
          OWNER.slug,
          '--title',
          'Q2 access review',
          '--control',
          codes[0]!,
          '--control',
          codes[1]!,
          '--period-start',
          '2026-04-01',
          '--period-end',
          '2026-06-30',
          '--json',
        ],
        ws.dataDir,
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const added = JSON.parse(r.stdout);
      expect(added).toMatchObject({
        org: OWNER.slug,
        title: 'Q2 access review',
        fileName: 'access-review.csv',
        mediaType: 'text/csv',
        deduped: false,
      });
      const stored = readdirSync(join(ws.dataDir, 'evidence'), { recursive: true }).map(String);
      const blob = stored.find((p) => p.endsWith(added.sha256))!;
      expect(readFileSync(join(ws.dataDir, 'evidence', blob)).includes(Buffer.from('alice@acme.test'))).toBe(
        false,
      );

      await withDataDir(ws.dataDir, async ({ db }) => {
        const links = await db
          .select()
          .from(schema.evidenceControls)
          .where(eq(schema.evidenceControls.evidenceId, added.id));
        expect(links).toHaveLength(2);
        const [event] = await db
          .select()
          .from(schema.auditEvents)
          .where(eq(schema.auditEvents.entityId, added.id));
        expect(event).toMatchObject({
          action: 'evidence.added',
          actorLabel: 'system:cli',
          seq: added.chainSeq,
        });
      });

      const list = await runCli(['evidence', 'list', '--org', OWNER.slug], ws.dataDir);
      expect(list.stdout).toContain('Q2 access review');

      const verify = await runCli(['evidence', 'verify'], ws.dataDir);
      expect(verify.code).toBe(0);
      expect(verify.stdout).toBe(
        `${OWNER.slug}: OK, 1 evidence item (1 stored file) match their hashes and the audit chain\n`,
      );
      const chain = await runCli(['verify', '--blobs'], ws.dataDir);
      expect(chain.code).toBe(0);
      expect(chain.stdout).toContain(
        '1 evidence item match the hashes committed in the chain, 1 stored file re-hashed',
      );
    },
    TIMEOUT,
  );

  it(
    'names the option at fault and stores nothing',
    async () => {
      const unknown = await runCli(
        ['evidence', 'add', file, '--org', OWNER.slug, '--title', 'x', '--control', 'NOPE-99'],
        ws.dataDir,
      );
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toBe(
        `error: --control: no control NOPE-99 in ${OWNER.slug} (see the controls page for codes)\n`,
      );
      const dates = await runCli(
        [
          'evidence',
          'add',
          file,
          '--org',
          OWNER.slug,
          '--title',
          'x',
          '--period-start',
          '2026-05-01',
          '--period-end',
          '2026-01-01',
        ],
        ws.dataDir,
      );
      expect(dates.code).toBe(2);
      expect(dates.stderr).toBe('error: --period-end: must not be before periodStart\n');
      const missing = await runCli(
        ['evidence', 'add', join(ws.root, 'nope.pdf'), '--org', OWNER.slug, '--title', 'x'],
        ws.dataDir,
      );
      expect(missing.stderr).toMatch(/^error: <file>: cannot read .*nope\.pdf\n$/);
      await withDataDir(ws.dataDir, async ({ db }) => {
        expect(await db.select().from(schema.evidence)).toHaveLength(1);
      });
    },
    TIMEOUT,
  );

  it(
    'exits 1 and names the item when a stored file was altered',
    async () => {
      const root = join(ws.dataDir, 'evidence');
      const path = readdirSync(root, { recursive: true })
        .map(String)
        .find((p) => /[0-9a-f]{64}$/.test(p))!;
      const original = readFileSync(join(root, path));
      const altered = Buffer.from(original);
      altered[20] = altered[20]! ^ 0xff;
      writeFileSync(join(root, path), altered);
      try {
        const r = await runCli(['evidence', 'verify', '--org', OWNER.slug], ws.dataDir);
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(
          /^acme-cloud: 1 problem\n {2}evidence [0-9a-f-]{36} \(chain entry \d+\): the stored blob failed AES-GCM authentication/,
        );
        const chain = await runCli(['verify', '--blobs', '--json'], ws.dataDir);
        expect(chain.code).toBe(1);
        expect(JSON.parse(chain.stdout)[0]).toMatchObject({
          ok: false,
          break: null,
          evidence: { blobsChecked: 1 },
        });
        // Without --blobs only the database is compared, and it still agrees with the chain.
        expect((await runCli(['verify'], ws.dataDir)).code).toBe(0);
      } finally {
        writeFileSync(join(root, path), original);
      }
    },
    TIMEOUT,
  );
});
