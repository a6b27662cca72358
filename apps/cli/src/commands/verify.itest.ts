import { schema } from '@vigil/db';
import { verifyOrgChain } from '@vigil/server';
import { eq, sql } from 'drizzle-orm';
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

/** Runs SQL as a superuser would, with the append-only trigger out of the way. */
async function tamper(dataDir: string, statement: string) {
  await withDataDir(dataDir, async ({ pglite }) => {
    await pglite!.exec(
      'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;' +
        `${statement};` +
        'ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;',
    );
  });
}

async function addMembers(dataDir: string, n: number) {
  for (let i = 1; i <= n; i++) {
    const args = [
      'user',
      'add',
      '--org',
      OWNER.slug,
      '--email',
      `m${i}@acme.test`,
      '--name',
      `Member ${i}`,
      '--role',
      'member',
    ];
    const r = await runCli([...args, '--password-stdin'], dataDir, { input: 'a long enough passphrase\n' });
    expect(r.code, r.stderr).toBe(0);
  }
}

describe('vigil verify', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = await createWorkspace();
    await initOrganization(ws.dataDir);
    await addMembers(ws.dataDir, 3);
  }, TIMEOUT);
  afterAll(() => ws?.remove());

  it('reports every chain intact after vigil init and audited changes', async () => {
    const r = await runCli(['verify'], ws.dataDir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('acme-cloud: OK, 4 entries checked');
    const json = await runCli(['verify', '--org', OWNER.slug, '--json'], ws.dataDir);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ org: OWNER.slug, ok: true, checked: 4, headSeq: 4 }),
    ]);
  });

  it('verifies in batches with the running hash carried across them', async () => {
    await withDataDir(ws.dataDir, async ({ db }) => {
      const [org] = await db
        .select()
        .from(schema.organizations)
        .where(eq(schema.organizations.slug, OWNER.slug));
      expect(await verifyOrgChain(db, org!.id, 3)).toEqual({ checked: 4, break: null, headSeq: 4 });
      expect(await verifyOrgChain(db, org!.id, 1)).toEqual({ checked: 4, break: null, headSeq: 4 });
    });
  });

  it(
    'names entry 2 when its content was edited in the database',
    async () => {
      const copy = copyWorkspace(ws);
      try {
        await tamper(copy.dataDir, "UPDATE audit_events SET action='x' WHERE seq=2");
        const r = await runCli(['verify'], copy.dataDir);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('acme-cloud: BROKEN at entry 2');
        expect(r.stdout).toContain('entry 2: its content does not match its hash');
        expect(r.stdout).toContain('1 entry before it intact; the chain head records 4 entries.');
        expect(r.stdout).toContain('1 of 1 audit chains broken');
      } finally {
        copy.remove();
      }
    },
    TIMEOUT,
  );

  it(
    'detects a deleted last entry by comparing with the chain head',
    async () => {
      const copy = copyWorkspace(ws);
      try {
        await tamper(copy.dataDir, 'DELETE FROM audit_events WHERE seq=4');
        const r = await runCli(['verify', '--json'], copy.dataDir);
        expect(r.code).toBe(1);
        const [report] = JSON.parse(r.stdout);
        expect(report).toMatchObject({
          ok: false,
          checked: 3,
          headSeq: 4,
          break: { seq: 4, reason: 'sequence_gap' },
        });
      } finally {
        copy.remove();
      }
    },
    TIMEOUT,
  );

  it(
    'detects an entry removed from the middle',
    async () => {
      const copy = copyWorkspace(ws);
      try {
        await tamper(copy.dataDir, 'DELETE FROM audit_events WHERE seq=2');
        const r = await runCli(['verify'], copy.dataDir);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('BROKEN at entry 3: entry 3: expected entry 2 here');
        await withDataDir(copy.dataDir, async ({ db }) => {
          const [n] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.auditEvents);
          expect(n?.n).toBe(3);
        });
      } finally {
        copy.remove();
      }
    },
    TIMEOUT,
  );

  it('says what to do when the data directory holds no database', async () => {
    const r = await runCli(['verify', '--data-dir', `${ws.root}/nothing-here`], ws.dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: No Vigil database in .*nothing-here: run `vigil init`/);
  });
});
