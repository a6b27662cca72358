import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptSecret } from '../security/secrets.ts';
import { auditEvents, inviteAndAccept, otherOrganization, whoIs } from '../test/invite-fixtures.ts';
import { startTestIdp, type TestIdp } from '../test/oidc-test-idp.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';

const VIGIL = 'http://vigil.test';

/** The value of one cookie in a response's set-cookie headers. */
function cookieFrom(res: { headers: LightMyRequestResponse['headers'] }, name: string): string | undefined {
  const raw = [res.headers['set-cookie'] ?? []].flat();
  return raw.map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${name}=`));
}

describe('OIDC single sign-on against a real provider', () => {
  let t: TestApp;
  let idp: TestIdp;
  let owner: Client;
  let orgId: string;

  /**
   * Walks a browser through the whole flow: Vigil's start route, the provider's pages by real HTTP
   * (keeping the provider's cookies), and back to Vigil's callback. Returns the callback's answer.
   */
  async function signIn(slug = 'acme', opts: { keepStateCookie?: boolean } = {}) {
    const start = await t.app.inject({ method: 'GET', url: `/api/auth/sso/${slug}` });
    expect(start.statusCode).toBe(302);
    let location = start.headers.location as string;
    if (location.startsWith('/login')) return Object.assign(start, { callbackUrl: '', stateCookie: '' });
    const stateCookie = cookieFrom(start, 'vigil_sso_state')!;
    const jar = new Map<string, string>();
    for (let hops = 0; !location.startsWith(VIGIL); hops++) {
      if (hops > 10) throw new Error('too many redirects at the provider');
      const res = await fetch(location, {
        redirect: 'manual',
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const i = pair!.indexOf('=');
        jar.set(pair!.slice(0, i), pair!.slice(i + 1));
      }
      if (res.status < 300 || res.status >= 400)
        throw new Error(`provider answered ${res.status}: ${await res.text()}`);
      location = new URL(res.headers.get('location')!, location).href;
    }
    const callback = new URL(location);
    const done = await t.app.inject({
      method: 'GET',
      url: callback.pathname + callback.search,
      headers: opts.keepStateCookie === false ? {} : { cookie: stateCookie },
    });
    return Object.assign(done, { callbackUrl: callback.pathname + callback.search, stateCookie });
  }

  async function sessionOf(res: LightMyRequestResponse) {
    const cookie = cookieFrom(res, 'vigil_session');
    expect(cookie, 'a session cookie').toBeDefined();
    return (
      await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: cookie! } })
    ).json();
  }

  const configure = (body: Record<string, unknown> = {}) =>
    owner.request('PUT', '/api/sso', {
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      defaultRole: 'member',
      autoProvision: true,
      ...body,
    });

  beforeAll(async () => {
    idp = await startTestIdp(`${VIGIL}/api/auth/sso/callback`);
    t = await createTestApp({ publicUrl: VIGIL });
    owner = await setupOrganization(t.app, 'Acme');
    orgId = (await whoIs(owner)).orgId;
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  it('shows what to register at the provider before anything is configured', async () => {
    const res = await owner.request('GET', '/api/sso');
    expect(res.json()).toEqual({
      configured: false,
      issuer: null,
      clientId: null,
      defaultRole: 'member',
      autoProvision: true,
      redirectUri: `${VIGIL}/api/auth/sso/callback`,
      loginUrl: `${VIGIL}/api/auth/sso/acme`,
    });
    const start = await t.app.inject({ method: 'GET', url: '/api/auth/sso/acme' });
    expect(start.headers.location).toBe('/login?error=sso_not_configured');
  });

  it('refuses bad settings, naming the field', async () => {
    const http = await configure({ issuer: 'http://idp.example.com' });
    expect(http.statusCode).toBe(400);
    expect(http.json().error).toMatchObject({ field: 'issuer', message: expect.stringMatching(/https/) });
    const down = await configure({ issuer: 'http://127.0.0.1:1' });
    expect(down.statusCode).toBe(400);
    expect(down.json().error).toMatchObject({
      field: 'issuer',
      message: expect.stringMatching(/discovery failed/),
    });
    const noSecret = await configure({ clientSecret: undefined });
    expect(noSecret.json().error.field).toBe('clientSecret');
    const ownerRole = await configure({ defaultRole: 'owner' });
    expect(ownerRole.json().error.field).toBe('defaultRole');
    const member = await inviteAndAccept(owner, 'max@acme.test', 'member');
    expect((await member.request('GET', '/api/sso')).statusCode).toBe(403);
    expect(
      (await member.request('PUT', '/api/sso', { issuer: idp.issuer, clientId: 'x', clientSecret: 'y' }))
        .statusCode,
    ).toBe(403);
  });

  it('stores the settings with the secret encrypted and never shows it', async () => {
    const res = await configure();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      configured: true,
      issuer: idp.issuer,
      clientId: idp.clientId,
      defaultRole: 'member',
    });
    expect(res.body).not.toContain(idp.clientSecret);
    const [row] = await t.ctx.db
      .select()
      .from(schema.oidcProviders)
      .where(eq(schema.oidcProviders.orgId, orgId));
    expect(row!.clientSecretEnc).not.toContain(idp.clientSecret);
    expect(decryptSecret(t.ctx.masterKey, row!.clientSecretEnc)).toBe(idp.clientSecret);
    const event = (await auditEvents(t.ctx.db, orgId)).at(-1)!;
    expect(event).toMatchObject({
      action: 'sso.configured',
      changes: { issuer: idp.issuer, clientId: idp.clientId },
    });
    expect(JSON.stringify(event)).not.toContain(idp.clientSecret);
    // Changing other settings keeps the stored secret.
    expect((await configure({ clientSecret: undefined, defaultRole: 'viewer' })).json().defaultRole).toBe(
      'viewer',
    );
    expect((await configure()).statusCode).toBe(200);
  });

  it('signs a new person in end to end, creating their account and membership', async () => {
    idp.next = { sub: 'alice-0001', email: 'Alice@Acme.test', emailVerified: true, name: 'Alice Liddell' };
    const res = await signIn();
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/');
    const session = await sessionOf(res);
    expect(session).toMatchObject({
      user: { email: 'alice@acme.test', name: 'Alice Liddell' },
      org: { id: orgId, slug: 'acme', role: 'member' },
      via: 'session',
    });
    const event = (await auditEvents(t.ctx.db, orgId)).at(-1)!;
    expect(event).toMatchObject({
      action: 'sso.login',
      actorLabel: 'alice@acme.test',
      changes: {
        issuer: idp.issuer,
        subject: 'alice-0001',
        linkedBy: 'new_account',
        membershipCreated: 'member',
      },
    });

    const again = await signIn();
    expect((await sessionOf(again)).user.id).toBe(session.user.id);
    expect((await auditEvents(t.ctx.db, orgId)).at(-1)!.changes).toMatchObject({
      linkedBy: 'identity',
      membershipCreated: null,
    });
  });

  it('links an existing account by verified email and keeps its role', async () => {
    idp.next = { sub: 'owner-at-idp', email: 'owner@acme.test', emailVerified: true, name: 'Whatever' };
    const session = await sessionOf(await signIn());
    expect(session.user).toMatchObject({ email: 'owner@acme.test', name: 'Olivia Owner' });
    expect(session.org.role).toBe('owner');
    const [identity] = await t.ctx.db
      .select()
      .from(schema.userIdentities)
      .where(eq(schema.userIdentities.subject, 'owner-at-idp'));
    expect(identity).toMatchObject({ issuer: idp.issuer, userId: session.user.id });
  });

  it('refuses unverified emails, refusals at the provider, and unknown organizations', async () => {
    idp.next = { sub: 'mallory', email: 'owner@acme.test', emailVerified: false };
    expect((await signIn()).headers.location).toBe('/login?error=sso_email_unverified');
    idp.next = 'deny';
    expect((await signIn()).headers.location).toBe('/login?error=sso_denied');
    expect((await signIn('no-such-org')).headers.location).toBe('/login?error=sso_not_configured');
  });

  it('binds the login to the browser that started it and lets a callback work once', async () => {
    idp.next = { sub: 'alice-0001', email: 'alice@acme.test', emailVerified: true };
    const stolen = await signIn('acme', { keepStateCookie: false });
    expect(stolen.headers.location).toBe('/login?error=sso_state_invalid');
    expect(cookieFrom(stolen, 'vigil_session')).toBeUndefined();

    const ok = await signIn();
    expect(ok.headers.location).toBe('/');
    const replay = await t.app.inject({
      method: 'GET',
      url: ok.callbackUrl,
      headers: { cookie: ok.stateCookie },
    });
    expect(replay.headers.location).toBe('/login?error=sso_state_invalid');
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/auth/sso/callback?code=abc&state=made-up',
      headers: { cookie: 'vigil_sso_state=made-up' },
    });
    expect(forged.headers.location).toBe('/login?error=sso_state_invalid');
  });

  it('respects auto-provisioning being off and expired access', async () => {
    await configure({ autoProvision: false });
    idp.next = { sub: 'stranger', email: 'stranger@acme.test', emailVerified: true };
    expect((await signIn()).headers.location).toBe('/login?error=sso_no_account');
    const [user] = await t.ctx.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, 'stranger@acme.test'));
    expect(user).toBeUndefined();

    const alice = await t.ctx.db.select().from(schema.users).where(eq(schema.users.email, 'alice@acme.test'));
    await t.ctx.db
      .update(schema.memberships)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.memberships.userId, alice[0]!.id));
    idp.next = { sub: 'alice-0001', email: 'alice@acme.test', emailVerified: true };
    expect((await signIn()).headers.location).toBe('/login?error=sso_access_expired');
    await configure({ autoProvision: true });
  });

  it("will not sign in an account that other organizations don't trust this provider for", async () => {
    await otherOrganization(owner, t.ctx.db, 'boss@other.test');
    idp.next = { sub: 'boss', email: 'boss@other.test', emailVerified: true };
    expect((await signIn()).headers.location).toBe('/login?error=sso_account_conflict');
    const links = await t.ctx.db
      .select()
      .from(schema.userIdentities)
      .where(eq(schema.userIdentities.subject, 'boss'));
    expect(links).toEqual([]);
  });

  it('turns single sign-on off', async () => {
    expect((await owner.request('DELETE', '/api/sso')).statusCode).toBe(204);
    expect((await owner.request('GET', '/api/sso')).json().configured).toBe(false);
    expect((await owner.request('DELETE', '/api/sso')).statusCode).toBe(404);
    expect((await signIn()).headers.location).toBe('/login?error=sso_not_configured');
    expect((await auditEvents(t.ctx.db, orgId)).at(-1)!.action).toBe('sso.removed');
  });
});
