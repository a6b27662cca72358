import { type InvitationCreate, invitationRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addEngagement,
  auditEvents,
  inviteAndAccept,
  otherOrganization,
  tokenOf,
  whoIs,
} from '../test/invite-fixtures.ts';
import {
  type Client,
  clientFrom,
  createTestApp,
  login,
  OWNER_PASSWORD,
  setupOrganization,
  type TestApp,
} from '../test/test-app.ts';

describe('invitations', () => {
  let t: TestApp;
  let owner: Client;
  let orgId: string;
  const lookup = (token: string) =>
    t.app.inject({ method: 'GET', url: `/api/invitations/lookup?token=${encodeURIComponent(token)}` });
  const accept = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload });
  const invite = (body: InvitationCreate) => owner.call(invitationRoutes.create, { body });

  beforeAll(async () => {
    t = await createTestApp();
    owner = await setupOrganization(t.app);
    orgId = (await whoIs(owner)).orgId;
  });
  afterAll(() => t.close());

  it('invites a new person who accepts with a new account and is signed in', async () => {
    const inv = await invite({ email: 'New.Person@Acme.test', role: 'member' });
    expect(inv.emailed).toBe(false);
    expect(inv.url).toMatch(/^http:\/\/localhost:80\/accept-invite\?token=[\w-]{43}$/);
    const token = tokenOf(inv.url);
    const stored = await t.ctx.db.select().from(schema.invitations).where(eq(schema.invitations.id, inv.id));
    expect(stored[0]!.tokenHash).not.toBe(token);
    expect(stored[0]!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    expect((await lookup(token)).json()).toEqual({
      state: 'pending',
      email: 'new.person@acme.test',
      organizationName: 'Acme Cloud',
      role: 'member',
      existingAccount: false,
    });
    const res = await accept({ token, name: 'New Person', password: OWNER_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: { email: 'new.person@acme.test', name: 'New Person' },
      org: { id: orgId, role: 'member' },
      via: 'session',
    });
    const session = await clientFrom(t.app, res).request('GET', '/api/auth/session');
    expect(session.json().user.email).toBe('new.person@acme.test');
    expect((await login(t.app, 'new.person@acme.test')).csrfToken).toBeTruthy();
    const events = (await auditEvents(t.ctx.db, orgId)).filter((e) => e.entityId === inv.id);
    expect(events.map((e) => [e.action, e.actorLabel])).toEqual([
      ['invitation.created', 'owner@acme.test'],
      ['invitation.accepted', 'new.person@acme.test'],
    ]);
  });

  it('refuses to use a link twice; looking it up afterwards answers 200 saying it was accepted', async () => {
    const token = tokenOf((await invite({ email: 'twice@acme.test', role: 'viewer' })).url);
    expect((await accept({ token, name: 'Twice', password: OWNER_PASSWORD })).statusCode).toBe(200);
    const again = await accept({ token, name: 'Twice', password: OWNER_PASSWORD });
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toMatchObject({
      field: 'token',
      message: expect.stringMatching(/already been used/),
    });
    const after = await lookup(token);
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({
      state: 'accepted',
      email: 'twice@acme.test',
      organizationName: 'Acme Cloud',
      role: 'viewer',
      existingAccount: true,
    });
  });

  it('refuses weak passwords and a missing name for new accounts, naming the field', async () => {
    const token = tokenOf((await invite({ email: 'weak@acme.test', role: 'member' })).url);
    const short = await accept({ token, name: 'Weak', password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({
      field: 'password',
      message: 'password: must be at least 12 characters',
    });
    const common = await accept({ token, name: 'Weak', password: 'password123' });
    expect(common.json().error.field).toBe('password');
    const noName = await accept({ token, password: OWNER_PASSWORD });
    expect(noName.json().error.field).toBe('name');
    // Nothing was half-written: the link still works.
    expect((await accept({ token, name: 'Weak', password: OWNER_PASSWORD })).statusCode).toBe(200);
  });

  it('lets an existing account accept with its own password', async () => {
    const other = await otherOrganization(owner, t.ctx.db, 'consultant@else.test');
    const token = tokenOf((await invite({ email: 'consultant@else.test', role: 'admin' })).url);
    expect((await lookup(token)).json().existingAccount).toBe(true);
    const wrong = await accept({ token, password: 'not the right password' });
    expect(wrong.statusCode).toBe(401);
    const ok = await accept({ token, name: 'Ignored', password: OWNER_PASSWORD });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().org).toMatchObject({ id: orgId, role: 'admin' });
    expect(ok.json().orgs.map((o: { name: string }) => o.name)).toEqual(['Acme Cloud', 'Other Corp']);
    expect(ok.json().user.name).toBe('Other Boss');
    expect((await other.request('GET', '/api/auth/session')).json().orgs).toHaveLength(2);
  });

  it('explains expired and revoked links', async () => {
    const expired = await invite({ email: 'late@acme.test', role: 'member' });
    await t.ctx.db
      .update(schema.invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.invitations.id, expired.id));
    const late = await accept({ token: tokenOf(expired.url), name: 'Late', password: OWNER_PASSWORD });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.message).toMatch(/expired/);
    const lateLookup = await lookup(tokenOf(expired.url));
    expect(lateLookup.statusCode).toBe(200);
    expect(lateLookup.json().state).toBe('expired');

    const revoked = await invite({ email: 'revoked@acme.test', role: 'member' });
    expect((await owner.request('DELETE', `/api/invitations/${revoked.id}`)).statusCode).toBe(204);
    expect((await owner.request('DELETE', `/api/invitations/${revoked.id}`)).statusCode).toBe(204);
    expect((await lookup(tokenOf(revoked.url))).statusCode).toBe(404);
    const res = await accept({ token: tokenOf(revoked.url), name: 'Revoked', password: OWNER_PASSWORD });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('invitation not found');
    expect((await lookup('nonsense')).statusCode).toBe(404);
    const events = (await auditEvents(t.ctx.db, orgId))
      .filter((e) => e.entityId === revoked.id)
      .map((e) => e.action);
    expect(events).toEqual(['invitation.created', 'invitation.revoked']);
    // Revoked invitations no longer block a new one.
    await invite({ email: 'revoked@acme.test', role: 'member' });
  });

  it('refuses duplicate pending invitations and existing members with 409 naming email', async () => {
    await invite({ email: 'dupe@acme.test', role: 'member' });
    const dupe = await owner.request('POST', '/api/invitations', { email: 'DUPE@acme.test', role: 'viewer' });
    expect(dupe.statusCode).toBe(409);
    expect(dupe.json().error.field).toBe('email');
    const member = await owner.request('POST', '/api/invitations', {
      email: 'owner@acme.test',
      role: 'member',
    });
    expect(member.statusCode).toBe(409);
    expect(member.json().error).toMatchObject({
      field: 'email',
      message: expect.stringMatching(/already a member/),
    });
  });

  it('applies the role rules to invitations', async () => {
    const admin = await inviteAndAccept(owner, 'ada@acme.test', 'admin');
    const asOwner = await admin.request('POST', '/api/invitations', {
      email: 'boss2@acme.test',
      role: 'owner',
    });
    expect(asOwner.statusCode).toBe(403);
    expect(asOwner.json().error.field).toBe('role');
    const member = await inviteAndAccept(admin, 'max@acme.test', 'member');
    expect(
      (await member.request('POST', '/api/invitations', { email: 'x@acme.test', role: 'viewer' })).statusCode,
    ).toBe(403);
    expect((await member.request('GET', '/api/invitations')).statusCode).toBe(403);
  });

  it('invites an auditor to one engagement with access ending after 90 days by default', async () => {
    const noEngagement = await owner.request('POST', '/api/invitations', {
      email: 'audrey@cpa.test',
      role: 'auditor',
    });
    expect(noEngagement.statusCode).toBe(400);
    expect(noEngagement.json().error.field).toBe('engagementId');
    const other = await otherOrganization(owner, t.ctx.db, 'rival@rival.test');
    const foreign = await addEngagement(t.ctx.db, (await whoIs(other)).orgId);
    const wrongOrg = await owner.request('POST', '/api/invitations', {
      email: 'audrey@cpa.test',
      role: 'auditor',
      engagementId: foreign,
    });
    expect(wrongOrg.statusCode).toBe(400);
    expect(wrongOrg.json().error.field).toBe('engagementId');
    const engagementId = await addEngagement(t.ctx.db, orgId);
    const forMember = await owner.request('POST', '/api/invitations', {
      email: 'm@acme.test',
      role: 'member',
      engagementId,
    });
    expect(forMember.json().error.field).toBe('engagementId');
    const past = await owner.request('POST', '/api/invitations', {
      email: 'audrey@cpa.test',
      role: 'auditor',
      engagementId,
      accessExpiresAt: '2020-01-01T00:00:00Z',
    });
    expect(past.json().error.field).toBe('accessExpiresAt');

    const auditor = await inviteAndAccept(owner, 'audrey@cpa.test', 'auditor', { engagementId });
    const { userId } = await whoIs(auditor);
    const [m] = await t.ctx.db.select().from(schema.memberships).where(eq(schema.memberships.userId, userId));
    expect(m!.role).toBe('auditor');
    expect((m!.expiresAt!.getTime() - Date.now()) / 86_400_000).toBeCloseTo(90, 1);
    const links = await t.ctx.db
      .select()
      .from(schema.engagementAuditors)
      .where(eq(schema.engagementAuditors.userId, userId));
    expect(links.map((l) => l.engagementId)).toEqual([engagementId]);
    const listed = (await owner.request('GET', '/api/invitations'))
      .json()
      .items.find((i: { email: string }) => i.email === 'audrey@cpa.test');
    expect(listed).toMatchObject({ role: 'auditor', engagementId, acceptedAt: expect.any(String) });

    expect((await auditor.request('GET', '/api/controls')).statusCode).toBe(200);
    expect((await auditor.request('GET', '/api/users')).statusCode).toBe(403);
    // Access ends on its own date: from then on every organization route refuses the auditor. The date
    // is moved through the API, as an owner would: a hand-written UPDATE announces nothing to the
    // sign-in cache (the clock check on cached sign-ins is in http/change-feed.itest.ts).
    const ended = await owner.request('PATCH', `/api/users/${userId}`, {
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(ended.statusCode).toBe(200);
    const after = await auditor.request('GET', '/api/controls');
    expect(after.statusCode).toBe(403);
    expect((await auditor.request('GET', '/api/auth/session')).json().org).toBeNull();
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'audrey@cpa.test', password: OWNER_PASSWORD },
    });
    expect((await clientFrom(t.app, relogin).request('GET', '/api/controls')).statusCode).toBe(403);
  });

  it('refuses an invitation whose granted access already ended', async () => {
    const engagementId = await addEngagement(t.ctx.db, orgId, 'Type II');
    const inv = await invite({
      email: 'brief@cpa.test',
      role: 'auditor',
      engagementId,
      accessExpiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    await t.ctx.db
      .update(schema.invitations)
      .set({ accessExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.invitations.id, inv.id));
    const res = await accept({ token: tokenOf(inv.url), name: 'Brief', password: OWNER_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/already ended/);
    expect((await lookup(tokenOf(inv.url))).json().state).toBe('expired');
  });

  it("lists pending and recent invitations of this organization only; others' answer 404", async () => {
    const items = (await owner.request('GET', '/api/invitations')).json().items as Array<{
      email: string;
      acceptedAt: string | null;
    }>;
    const emails = items.map((i) => i.email);
    expect(emails).toEqual(
      expect.arrayContaining(['dupe@acme.test', 'new.person@acme.test', 'late@acme.test']),
    );
    expect(emails.filter((e) => e === 'revoked@acme.test')).toHaveLength(1);
    const other = await login(t.app, 'rival@rival.test');
    expect((await other.request('GET', '/api/invitations')).json().items).toEqual([]);
    const dupe = items.find((i) => i.email === 'dupe@acme.test') as unknown as { id: string };
    expect((await other.request('DELETE', `/api/invitations/${dupe.id}`)).statusCode).toBe(404);
  });

  it('uses VIGIL_PUBLIC_URL for the link when it is set', async () => {
    const t2 = await createTestApp({ publicUrl: 'https://vigil.example.com/' });
    try {
      const o = await setupOrganization(t2.app);
      const res = await o.request('POST', '/api/invitations', { email: 'x@acme.test', role: 'member' });
      expect(res.json().url).toMatch(/^https:\/\/vigil\.example\.com\/accept-invite\?token=/);
    } finally {
      await t2.close();
    }
  });
});
