import { userRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, inviteAndAccept, otherOrganization, whoIs } from '../test/invite-fixtures.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';

describe('users and roles', () => {
  let t: TestApp;
  let owner: Client;
  let admin: Client;
  let member: Client;
  let viewer: Client;
  let orgId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    owner = await setupOrganization(t.app);
    admin = await inviteAndAccept(owner, 'ada@acme.test', 'admin');
    member = await inviteAndAccept(owner, 'max@acme.test', 'member');
    viewer = await inviteAndAccept(owner, 'vic@acme.test', 'viewer');
    ({ orgId, userId: ids.owner } = await whoIs(owner));
    ids.admin = (await whoIs(admin)).userId;
    ids.member = (await whoIs(member)).userId;
    ids.viewer = (await whoIs(viewer)).userId;
  });
  afterAll(() => t.close());

  it('lists the members with their roles to staff, newest fields included', async () => {
    const { items } = await viewer.call(userRoutes.list);
    expect(items.map((u) => [u.email, u.role]).sort()).toEqual([
      ['ada@acme.test', 'admin'],
      ['max@acme.test', 'member'],
      ['owner@acme.test', 'owner'],
      ['vic@acme.test', 'viewer'],
    ]);
    expect(items[0]).toEqual(expect.objectContaining({ expiresAt: null, createdAt: expect.any(String) }));
  });

  it('refuses role changes to people without users.manage', async () => {
    const res = await member.request('PATCH', `/api/users/${ids.viewer}`, { role: 'member' });
    expect(res.statusCode).toBe(403);
  });

  it('lets an admin change a member role and records user.role_changed', async () => {
    const changed = await admin.call(userRoutes.update, {
      params: { userId: ids.viewer! },
      body: { role: 'member' },
    });
    expect(changed).toMatchObject({ id: ids.viewer, role: 'member' });
    const event = (await auditEvents(t.ctx.db, orgId)).at(-1)!;
    expect(event).toMatchObject({
      action: 'user.role_changed',
      entityId: ids.viewer,
      actorLabel: 'ada@acme.test',
    });
    expect(event.changes).toMatchObject({ email: 'vic@acme.test', role: { from: 'viewer', to: 'member' } });
    await admin.call(userRoutes.update, { params: { userId: ids.viewer! }, body: { role: 'viewer' } });
  });

  it('does not let an admin grant owner or change an owner', async () => {
    const grant = await admin.request('PATCH', `/api/users/${ids.member}`, { role: 'owner' });
    expect(grant.statusCode).toBe(403);
    expect(grant.json().error.field).toBe('role');
    const demote = await admin.request('PATCH', `/api/users/${ids.owner}`, { role: 'member' });
    expect(demote.statusCode).toBe(403);
    const remove = await admin.request('DELETE', `/api/users/${ids.owner}`);
    expect(remove.statusCode).toBe(403);
  });

  it('never lets the last owner be demoted or removed', async () => {
    const demote = await owner.request('PATCH', `/api/users/${ids.owner}`, { role: 'admin' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error).toMatchObject({ code: 'conflict', field: 'role' });
    const remove = await owner.request('DELETE', `/api/users/${ids.owner}`);
    expect(remove.statusCode).toBe(409);
  });

  it('lets an owner hand over ownership and then step down', async () => {
    expect((await owner.request('PATCH', `/api/users/${ids.admin}`, { role: 'owner' })).statusCode).toBe(200);
    const stepDown = await owner.request('PATCH', `/api/users/${ids.owner}`, { role: 'admin' });
    expect(stepDown.statusCode).toBe(200);
    // The new owner is now the last one, and the former owner (an admin now) cannot touch them.
    expect((await owner.request('PATCH', `/api/users/${ids.admin}`, { role: 'admin' })).statusCode).toBe(403);
    expect((await admin.request('PATCH', `/api/users/${ids.admin}`, { role: 'admin' })).statusCode).toBe(409);
    expect((await admin.request('PATCH', `/api/users/${ids.owner}`, { role: 'owner' })).statusCode).toBe(200);
  });

  it('rejects an end date on an owner and malformed input, naming the field', async () => {
    const owners = await owner.request('PATCH', `/api/users/${ids.owner}`, {
      expiresAt: '2030-01-01T00:00:00Z',
    });
    expect(owners.statusCode).toBe(400);
    expect(owners.json().error.field).toBe('expiresAt');
    const bad = await owner.request('PATCH', `/api/users/${ids.member}`, { expiresAt: 'tomorrow' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('expiresAt');
    const unknown = await owner.request('PATCH', `/api/users/${ids.member}`, { role: 'member', admin: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('admin');
    const role = await owner.request('PATCH', `/api/users/${ids.member}`, { role: 'superuser' });
    expect(role.statusCode).toBe(400);
  });

  it('ends access on the end date: sessions lose the organization and tokens stop working', async () => {
    const created = await member.request('POST', '/api/tokens', { name: 'ci', scope: 'read' });
    const bearer = { authorization: `Bearer ${created.json().token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode).toBe(200);
    const past = new Date(Date.now() - 60_000).toISOString();
    const res = await owner.request('PATCH', `/api/users/${ids.member}`, { expiresAt: past });
    expect(res.json().expiresAt).toBe(past);
    expect((await member.request('GET', '/api/users')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode).toBe(401);
    await owner.request('PATCH', `/api/users/${ids.member}`, { expiresAt: null });
    expect((await member.request('GET', '/api/users')).statusCode).toBe(200);
  });

  it("answers 404 for another organization's people, exactly like for missing ones", async () => {
    const other = await otherOrganization(owner, t.ctx.db);
    const otherId = (await whoIs(other)).userId;
    for (const id of [otherId, '00000000-0000-4000-8000-000000000000']) {
      const patch = await owner.request('PATCH', `/api/users/${id}`, { role: 'viewer' });
      expect(patch.statusCode).toBe(404);
      expect(patch.json().error).toEqual({ code: 'not_found', message: 'user not found' });
      expect((await owner.request('DELETE', `/api/users/${id}`)).statusCode).toBe(404);
    }
    expect((await other.request('DELETE', `/api/users/${ids.member}`)).statusCode).toBe(404);
  });

  it('removes a member with their sessions and tokens in this organization, and records user.removed', async () => {
    const token = (await member.request('POST', '/api/tokens', { name: 'laptop', scope: 'write' })).json()
      .token;
    const res = await admin.request('DELETE', `/api/users/${ids.member}`);
    expect(res.statusCode).toBe(204);
    expect((await member.request('GET', '/api/auth/session')).json().user).toBeNull();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode).toBe(401);
    const tokens = await t.ctx.db
      .select()
      .from(schema.apiTokens)
      .where(and(eq(schema.apiTokens.orgId, orgId), eq(schema.apiTokens.userId, ids.member!)));
    expect(tokens).toEqual([]);
    const list = (await owner.request('GET', '/api/users')).json().items as Array<{ id: string }>;
    expect(list.map((u) => u.id)).not.toContain(ids.member);
    const event = (await auditEvents(t.ctx.db, orgId)).at(-1)!;
    expect(event).toMatchObject({
      action: 'user.removed',
      entityId: ids.member,
      changes: { email: 'max@acme.test', role: 'member' },
    });
    expect((await admin.request('DELETE', `/api/users/${ids.member}`)).statusCode).toBe(404);
  });
});
