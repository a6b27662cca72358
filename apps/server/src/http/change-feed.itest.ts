/**
 * Cached sign-ins and responses never outlive the change that makes them wrong: revocation, sign-out,
 * a role change, removal and expiry take effect on the very next request, in this process and (on
 * PostgreSQL) in another process sharing the database.
 */
import { type Database, openDatabase, schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.ts';
import type { App } from '../context.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { Client, createTestApp, type TestApp } from '../test/test-app.ts';
import { type ChangeFeed, noteChange } from './change-feed.ts';

let t: TestApp;
let a: Tenant;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  await a.clients.owner.request('POST', '/api/controls/adopt');
});
afterAll(() => t?.close());
afterEach(() => {
  vi.useRealTimers();
});

/** Counts the statements the app sends to the database while `fn` runs. */
async function queriesDuring(database: Database, fn: () => Promise<unknown>): Promise<number> {
  const driver = (database.pool ?? database.pglite) as unknown as { query: (...args: unknown[]) => unknown };
  const query = driver.query;
  let n = 0;
  driver.query = (...args: unknown[]) => {
    n++;
    return query.apply(driver, args);
  };
  try {
    await fn();
  } finally {
    driver.query = query;
  }
  return n;
}

/** Waits for `cond`, at most `ms`; the caller asserts the result, so a slow machine fails loudly, not flakily. */
async function until(cond: () => boolean, ms = 5_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 5));
  }
  return true;
}

const bearer = (app: App, token: string, url = '/api/dashboard') =>
  app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

async function newToken(client: Client, body: Record<string, unknown> = {}) {
  const res = await client.request('POST', '/api/tokens', { name: 'cached', scope: 'write', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; token: string };
}

describe('in this process', () => {
  it('applies a change noted inside a transaction, or a savepoint of it, only once the transaction has finished', async () => {
    const feed = t.ctx.changeFeed!;
    const before = feed.orgVersion(a.orgId);
    let during: (number | null)[] = [];
    // Noted only in the savepoint: it must still reach the feed, after the outer transaction.
    await t.database.db.transaction(async (tx) => {
      await tx.transaction(async (savepoint) => {
        await noteChange(savepoint, { orgId: a.orgId });
      });
      during = [feed.orgVersion(a.orgId)];
    });
    expect(during).toEqual([before]);
    const after = feed.orgVersion(a.orgId);
    expect(after).not.toBe(before);
    // Rolled back: applying it anyway costs a cache miss and is never wrong.
    await expect(
      t.database.db.transaction(async (tx) => {
        await noteChange(tx, { orgId: a.orgId });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(feed.orgVersion(a.orgId)).not.toBe(after);
    // Outside a transaction the change has committed already and applies at once.
    const outside = feed.orgVersion(a.orgId);
    await noteChange(t.database.db, { orgId: a.orgId });
    expect(feed.orgVersion(a.orgId)).not.toBe(outside);
  });

  it('answers a repeated token request for a cached read without any query', async () => {
    const { token } = await newToken(a.clients.owner);
    expect((await bearer(t.app, token)).statusCode).toBe(200);
    let res = await bearer(t.app, token);
    expect(await queriesDuring(t.database, async () => (res = await bearer(t.app, token)))).toBe(0);
    expect(res.statusCode).toBe(200);
    // A write in the organization invalidates the answer: the next read sees it.
    const before = res.json().recentActivity[0].seq;
    await a.clients.owner.request('POST', '/api/systems', { name: 'Cache probe', kind: 'software' });
    expect((await bearer(t.app, token)).json().recentActivity[0].seq).toBeGreaterThan(before);
  });

  it('refuses a revoked token on the next request', async () => {
    const { id, token } = await newToken(a.clients.owner);
    await bearer(t.app, token);
    expect(await queriesDuring(t.database, () => bearer(t.app, token))).toBe(0);
    expect((await a.clients.owner.request('DELETE', `/api/tokens/${id}`)).statusCode).toBe(204);
    const res = await bearer(t.app, token);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('The API token has been revoked');
  });

  it('refuses an expired token on the cached path: expiry is checked against the clock', async () => {
    const { token } = await newToken(a.clients.owner, { expiresInDays: 1 });
    await bearer(t.app, token);
    expect(await queriesDuring(t.database, () => bearer(t.app, token))).toBe(0);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 86_400_000);
    const res = await bearer(t.app, token);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('The API token has expired');
  });

  it('ends a cached session at sign-out', async () => {
    const viewer = a.clients.viewer;
    expect((await viewer.request('GET', '/api/dashboard')).statusCode).toBe(200);
    expect(await queriesDuring(t.database, () => viewer.request('GET', '/api/dashboard'))).toBe(0);
    expect((await viewer.request('POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await viewer.request('GET', '/api/dashboard')).statusCode).toBe(401);
  });

  it('applies a downgraded role to a cached session and token at once', async () => {
    const admin = a.clients.admin;
    const { token } = await newToken(admin);
    const system = { name: 'Admin system', kind: 'software' };
    expect((await admin.request('POST', '/api/systems', system)).statusCode).toBe(201);
    const write = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/systems',
        headers: { authorization: `Bearer ${token}` },
        payload: system,
      });
    expect((await write()).statusCode).toBe(201);
    const patch = await a.clients.owner.request('PATCH', `/api/users/${a.userIds.admin}`, { role: 'viewer' });
    expect(patch.statusCode).toBe(200);
    expect((await admin.request('POST', '/api/systems', system)).statusCode).toBe(403);
    expect((await write()).statusCode).toBe(403);
    await a.clients.owner.request('PATCH', `/api/users/${a.userIds.admin}`, { role: 'admin' });
    expect((await admin.request('POST', '/api/systems', system)).statusCode).toBe(201);
  });

  it('ends an auditor’s cached access when the membership reaches its end date', async () => {
    const auditor = a.clients.auditor;
    const end = new Date(Date.now() + 3_600_000).toISOString();
    await a.clients.owner.request('PATCH', `/api/users/${a.userIds.auditor}`, { expiresAt: end });
    expect((await auditor.request('GET', '/api/dashboard')).statusCode).toBe(200);
    expect(await queriesDuring(t.database, () => auditor.request('GET', '/api/dashboard'))).toBe(0);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 3_600_000);
    expect((await auditor.request('GET', '/api/dashboard')).statusCode).toBe(403);
  });

  it('refuses a removed member’s cached token and session', async () => {
    const member = a.clients.member;
    const { token } = await newToken(member);
    await bearer(t.app, token);
    await member.request('GET', '/api/dashboard');
    expect((await a.clients.owner.request('DELETE', `/api/users/${a.userIds.member}`)).statusCode).toBe(204);
    expect((await bearer(t.app, token)).statusCode).toBe(401);
    expect((await member.request('GET', '/api/dashboard')).statusCode).toBe(401);
  });

  it('moves a cached session to the organization it switched to, and back', async () => {
    const owner = a.clients.owner;
    expect((await owner.request('GET', '/api/dashboard')).json().overall.controlsTotal).toBeGreaterThan(0);
    const created = await owner.request('POST', '/api/organizations', { name: 'Alpha Two' });
    const to = (orgId: string) => owner.request('POST', '/api/auth/switch-org', { orgId });
    expect((await to(created.json().id)).statusCode).toBe(200);
    expect((await owner.request('GET', '/api/dashboard')).json().overall.controlsTotal).toBe(0);
    expect((await to(a.orgId)).statusCode).toBe(200);
    expect((await owner.request('GET', '/api/dashboard')).json().overall.controlsTotal).toBeGreaterThan(0);
  });
});

describe.runIf(process.env.VIGIL_TEST_DB === 'postgres')('across processes on PostgreSQL', () => {
  let b: { app: App; database: Database; feed: ChangeFeed };
  let tenant: Tenant;

  beforeAll(async () => {
    tenant = await createTenant(t, 'Bravo');
    const options = t.database.pool!.options as { connectionString: string };
    // A second server on the same database, as another process behind a load balancer would be.
    const database = await openDatabase({ kind: 'postgres', url: options.connectionString, poolSize: 3 });
    const ctx = { ...t.ctx, database, db: database.db, changeFeed: undefined };
    const app = await buildApp(ctx);
    await app.ready();
    b = { app, database, feed: ctx.changeFeed! };
    expect(b.feed.live).toBe(true);
  });
  afterAll(async () => {
    await b?.app.close();
    await b?.database.close();
  });

  const changed = async (orgId: string, from: number | null) => {
    expect(await until(() => b.feed.orgVersion(orgId) !== from)).toBe(true);
  };
  /** A token made through A, once B has heard of its creation (else B's first use races the news and is not kept). */
  const tokenSeenByB = async () => {
    const version = b.feed.orgVersion(tenant.orgId);
    const created = await newToken(tenant.clients.owner);
    await changed(tenant.orgId, version);
    return created;
  };

  it('refuses on instance B a token revoked through instance A', async () => {
    const { id, token } = await tokenSeenByB();
    expect((await bearer(b.app, token)).statusCode).toBe(200);
    expect(await queriesDuring(b.database, () => bearer(b.app, token))).toBe(0);
    const version = b.feed.orgVersion(tenant.orgId);
    expect((await tenant.clients.owner.request('DELETE', `/api/tokens/${id}`)).statusCode).toBe(204);
    await changed(tenant.orgId, version);
    expect((await bearer(b.app, token)).statusCode).toBe(401);
  });

  it('applies on instance B a role change and a sign-out made through instance A', async () => {
    const adminOnB = new Client(b.app, tenant.clients.admin.cookie, tenant.clients.admin.csrfToken);
    const system = { name: 'B system', kind: 'software' };
    expect((await adminOnB.request('POST', '/api/systems', system)).statusCode).toBe(201);
    await adminOnB.request('GET', '/api/dashboard');
    expect(await queriesDuring(b.database, () => adminOnB.request('GET', '/api/dashboard'))).toBe(0);
    const version = b.feed.orgVersion(tenant.orgId);
    await tenant.clients.owner.request('PATCH', `/api/users/${tenant.userIds.admin}`, { role: 'viewer' });
    await changed(tenant.orgId, version);
    expect((await adminOnB.request('POST', '/api/systems', system)).statusCode).toBe(403);

    const viewerOnB = new Client(b.app, tenant.clients.viewer.cookie, tenant.clients.viewer.csrfToken);
    expect((await viewerOnB.request('GET', '/api/dashboard')).statusCode).toBe(200);
    expect(await queriesDuring(b.database, () => viewerOnB.request('GET', '/api/dashboard'))).toBe(0);
    const mark = b.feed.mark();
    expect((await tenant.clients.viewer.request('POST', '/api/auth/logout')).statusCode).toBe(200);
    expect(await until(() => b.feed.mark() !== mark)).toBe(true);
    expect((await viewerOnB.request('GET', '/api/dashboard')).statusCode).toBe(401);
  });

  it('drops its caches and asks the database while its listener is gone, until it listens again', async () => {
    const { id, token } = await tokenSeenByB();
    expect((await bearer(b.app, token)).statusCode).toBe(200);
    expect(await queriesDuring(b.database, () => bearer(b.app, token))).toBe(0);
    // A change that announces nothing stands in for one whose notification was lost with the connection.
    await t.database.db
      .update(schema.apiTokens)
      .set({ revokedAt: new Date() })
      .where(eq(schema.apiTokens.id, id));
    const connections = b.feed.connections;
    await t.database.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and query = 'listen vigil_changes'`,
    );
    expect(await until(() => !b.feed.live || b.feed.connections > connections)).toBe(true);
    expect((await bearer(b.app, token)).statusCode).toBe(401);
    expect(await until(() => b.feed.live && b.feed.connections > connections)).toBe(true);
    const fresh = await tokenSeenByB();
    await bearer(b.app, fresh.token);
    expect(await queriesDuring(b.database, () => bearer(b.app, fresh.token))).toBe(0);
  });
});
