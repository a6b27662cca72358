import { tokenRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEngagement, auditEvents, inviteAndAccept, whoIs } from '../test/invite-fixtures.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';

describe('API tokens', () => {
  let t: TestApp;
  let owner: Client;
  let member: Client;
  let orgId: string;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const asToken = (
    token: string,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp();
    owner = await setupOrganization(t.app);
    member = await inviteAndAccept(owner, 'max@acme.test', 'member');
    orgId = (await whoIs(owner)).orgId;
  });
  afterAll(() => t.close());

  it('creates a token shown once, which then works as a Bearer credential', async () => {
    const res = await member.request('POST', '/api/tokens', { name: 'CI pipeline', scope: 'write' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.token).toMatch(/^vgl_[\w-]{43}$/);
    expect(body.prefix).toBe(body.token.slice(0, 12));
    expect(body.scope).toBe('write');
    const days = (new Date(body.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);

    const list = await asToken(body.token, 'GET', '/api/tokens');
    expect(list.statusCode).toBe(200);
    const [item] = list.json().items;
    expect(item).toMatchObject({ id: body.id, name: 'CI pipeline', prefix: body.prefix, revokedAt: null });
    expect(item.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list.json())).not.toContain(body.token);
    const stored = await t.ctx.db.select().from(schema.apiTokens).where(eq(schema.apiTokens.id, body.id));
    expect(stored[0]!.tokenHash).not.toContain(body.token.slice(4));
  });

  it('records token.created and token.revoked without ever logging the token', async () => {
    const { id, token } = await member.call(tokenRoutes.create, { body: { name: 'temp', scope: 'read' } });
    expect((await member.request('DELETE', `/api/tokens/${id}`)).statusCode).toBe(204);
    const events = (await auditEvents(t.ctx.db, orgId)).filter((e) => e.entityId === id);
    expect(events.map((e) => e.action)).toEqual(['token.created', 'token.revoked']);
    expect(JSON.stringify(events)).not.toContain(token.slice(4));
  });

  it('refuses writes with a read-only token but allows reads', async () => {
    const { token } = await owner.call(tokenRoutes.create, { body: { name: 'dashboards', scope: 'read' } });
    expect((await asToken(token, 'GET', '/api/users')).statusCode).toBe(200);
    const { userId } = await whoIs(member);
    const write = await asToken(token, 'PATCH', `/api/users/${userId}`, { role: 'viewer' });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.message).toMatch(/read-only/);
  });

  it('lets a write token act, but never mint another token', async () => {
    const { token } = await owner.call(tokenRoutes.create, { body: { name: 'automation', scope: 'write' } });
    const { userId } = await whoIs(member);
    expect((await asToken(token, 'PATCH', `/api/users/${userId}`, { role: 'member' })).statusCode).toBe(200);
    const mint = await asToken(token, 'POST', '/api/tokens', {
      name: 'child',
      scope: 'write',
      expiresInDays: null,
    });
    expect(mint.statusCode).toBe(403);
  });

  it('answers 401 for revoked and expired tokens', async () => {
    const revoked = await member.call(tokenRoutes.create, { body: { name: 'old', scope: 'write' } });
    await member.call(tokenRoutes.revoke, { params: { tokenId: revoked.id } });
    const r = await asToken(revoked.token, 'GET', '/api/tokens');
    expect(r.statusCode).toBe(401);
    expect(r.json().error.message).toMatch(/revoked/);
    const listed = (await member.call(tokenRoutes.list)).items.find((i) => i.id === revoked.id);
    expect(listed?.revokedAt).not.toBeNull();

    const expiring = await member.call(tokenRoutes.create, {
      body: { name: 'short', scope: 'read', expiresInDays: 1 },
    });
    await t.ctx.db
      .update(schema.apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.apiTokens.id, expiring.id));
    const e = await asToken(expiring.token, 'GET', '/api/users');
    expect(e.statusCode).toBe(401);
    expect(e.json().error.message).toMatch(/expired/);
    expect((await asToken('vgl_not-a-real-token', 'GET', '/api/users')).statusCode).toBe(401);
  });

  it('creates never-expiring tokens on request and validates the lifetime', async () => {
    const forever = await member.request('POST', '/api/tokens', {
      name: 'forever',
      scope: 'read',
      expiresInDays: null,
    });
    expect(forever.json().expiresAt).toBeNull();
    for (const expiresInDays of [0, 366, 1.5]) {
      const res = await member.request('POST', '/api/tokens', { name: 'x', scope: 'read', expiresInDays });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('expiresInDays');
    }
    const scope = await member.request('POST', '/api/tokens', { name: 'x', scope: 'admin' });
    expect(scope.json().error.field).toBe('scope');
    const name = await member.request('POST', '/api/tokens', { name: '  ', scope: 'read' });
    expect(name.json().error.field).toBe('name');
  });

  it("lists only one's own tokens, and someone else's token answers 404", async () => {
    const mine = (await owner.call(tokenRoutes.list)).items.map((i) => i.name);
    expect(mine.sort()).toEqual(['automation', 'dashboards']);
    const memberToken = (await member.call(tokenRoutes.list)).items[0]!.id;
    const res = await owner.send(tokenRoutes.revoke, { params: { tokenId: memberToken } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('token not found');
  });

  it('gives viewers and auditors no tokens at all', async () => {
    const viewer = await inviteAndAccept(owner, 'vic@acme.test', 'viewer');
    const engagementId = await addEngagement(t.ctx.db, orgId);
    const auditor = await inviteAndAccept(owner, 'audrey@cpa.test', 'auditor', { engagementId });
    for (const c of [viewer, auditor]) {
      expect((await c.request('POST', '/api/tokens', { name: 'r', scope: 'read' })).statusCode).toBe(403);
      expect((await c.request('GET', '/api/tokens')).statusCode).toBe(403);
    }
  });

  it('refuses a read token on routes that need only a signed-in user', async () => {
    const { token } = await owner.call(tokenRoutes.create, {
      body: { name: 'read-only script', scope: 'read' },
    });
    const orgCount = async () => (await t.ctx.db.select().from(schema.organizations)).length;
    const before = await orgCount();
    for (const [url, payload] of [
      ['/api/organizations', { name: 'Made by a read token' }],
      ['/api/auth/logout', undefined],
      ['/api/auth/switch-org', { orgId }],
    ] as const) {
      const res = await asToken(token, 'POST', url, payload);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.message, url).toMatch(/read-only/);
    }
    expect(await orgCount()).toBe(before);
  });

  it('accepts the bearer scheme in any letter case (RFC 7235)', async () => {
    const { token } = await owner.call(tokenRoutes.create, { body: { name: 'any case', scope: 'read' } });
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/users',
        headers: { authorization: `${scheme} ${token}` },
      });
      expect(res.statusCode, scheme).toBe(200);
    }
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: { authorization: `bearer ${token}x` },
    });
    expect(wrong.statusCode).toBe(401);
  });
});
