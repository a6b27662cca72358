import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER, PASSWORD, runCli } from '../test/cli-harness.ts';

const ADMIN_URL = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const TIMEOUT = 120_000;

/** Connects to the admin database, or returns null when no PostgreSQL server is reachable. */
async function adminClient(): Promise<pg.Client | null> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return client;
  } catch {
    return null;
  }
}

describe('vigil on PostgreSQL', () => {
  const name = `vigil_cli_${process.pid}_${Date.now()}`;
  let admin: pg.Client | null;
  let url: string;
  const cli = (args: string[], input?: string) =>
    runCli(args, '/nonexistent-data-dir', { env: { DATABASE_URL: url }, ...(input ? { input } : {}) });

  beforeAll(async () => {
    admin = await adminClient();
    if (!admin) return;
    await admin.query(`create database ${name}`);
    const u = new URL(ADMIN_URL);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  afterAll(async () => {
    if (!admin) return;
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it(
    'migrates, initialises and verifies, and finds an edited entry',
    async (ctx) => {
      if (!admin) ctx.skip();
      const migrate = await cli(['migrate']);
      expect(migrate.code, migrate.stderr).toBe(0);
      expect(migrate.stdout).toContain('Applied 0000_initial_schema');
      expect((await cli(['migrate'])).stdout).toContain('Already up to date');

      const args = [
        'init',
        '--org',
        OWNER.org,
        '--email',
        OWNER.email,
        '--name',
        OWNER.name,
        '--password-stdin',
      ];
      expect((await cli(args, PASSWORD)).code).toBe(0);
      const ok = await cli(['verify']);
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toContain('acme-cloud: OK, 1 entry checked');

      const db = new pg.Client({ connectionString: url });
      await db.connect();
      await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      await db.query(`UPDATE audit_events SET actor_label = 'someone else' WHERE seq = 1`);
      await db.end();
      const broken = await cli(['verify']);
      expect(broken.code).toBe(1);
      expect(broken.stdout).toContain('acme-cloud: BROKEN at entry 1');
    },
    TIMEOUT,
  );
});
