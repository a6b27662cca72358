import { schema } from '@vigil/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let owner: Client;
const auditCount = async () =>
  (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.auditEvents))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
});
afterAll(() => t?.close());

describe('request hygiene', () => {
  it('answers malformed JSON with a 400 naming the body', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/scope',
      headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken, 'content-type': 'application/json' },
      payload: '{"categories": [',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'body' });
  });

  it('refuses oversized bodies with 413 and stores nothing', async () => {
    const before = await auditCount();
    const res = await owner.request('POST', '/api/systems', {
      name: 'x',
      kind: 'software',
      description: 'y'.repeat(300_000),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(await auditCount()).toBe(before);
  });

  it('refuses cookie-authenticated writes without the right CSRF token', async () => {
    const before = await auditCount();
    for (const token of [undefined, 'forged-token']) {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/scope',
        headers: { cookie: owner.cookie, ...(token ? { 'x-csrf-token': token } : {}) },
        payload: { categories: ['privacy'] },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('csrf_failed');
    }
    expect(await auditCount()).toBe(before);
    expect((await owner.request('GET', '/api/scope')).json().categories).toEqual(['security']);
  });

  it('sends security headers, a request id and no-store on API responses', async () => {
    const res = await owner.request('GET', '/api/scope');
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sets an httpOnly SameSite session cookie and refuses a second setup', async () => {
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: {
        organizationName: 'Other',
        name: 'X',
        email: 'x@example.com',
        password: 'correct horse battery staple',
      },
    });
    expect(again.statusCode).toBe(409);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'owner@acme.test', password: 'correct horse battery staple' },
    });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('refuses weak passwords, bad emails and empty names at setup in plain words, naming the form field', async () => {
    const t2 = await createTestApp();
    try {
      const res = await t2.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { organizationName: 'Weak Inc', name: 'W', email: 'w@weak.test', password: 'password' },
      });
      expect(res.statusCode).toBe(400);
      // The field is named as the setup form sends it, so the form shows the message under Password.
      expect(res.json().error.field).toBe('password');
      expect(res.json().error.message).toMatch(/^password: /);
      const badEmail = await t2.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { organizationName: 'Weak Inc', name: 'W', email: 'not an email', password: 'password' },
      });
      expect(badEmail.json().error).toMatchObject({
        field: 'email',
        message: 'email: enter an email address, like name@example.com',
      });
      const noName = await t2.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { organizationName: ' ', name: 'W', email: 'w@weak.test', password: 'password' },
      });
      expect(noName.json().error).toMatchObject({
        field: 'organizationName',
        message: 'organizationName: cannot be empty',
      });
      // An empty form: every field is named at once, each with its own message, so a form marks them all.
      const empty = await t2.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { organizationName: '', name: '', email: '', password: '' },
      });
      expect(empty.statusCode).toBe(400);
      const fields = empty.json().error.fields as { field: string; message: string }[];
      expect(fields.map((f) => f.field).sort()).toEqual(['email', 'name', 'organizationName', 'password']);
      for (const f of fields) expect(f.message).toMatch(new RegExp(`^${f.field}: \\S`));
      expect(empty.json().error.field).toBe(fields[0]!.field);
      expect((await t2.app.inject({ method: 'GET', url: '/api/setup' })).json().needsSetup).toBe(true);
    } finally {
      await t2.close();
    }
  });

  it('locks an account after repeated wrong passwords', async () => {
    const attempt = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'owner@acme.test', password },
      });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong password here')).statusCode).toBe(401);
    expect((await attempt('wrong password here')).statusCode).toBe(423);
    const right = await attempt('correct horse battery staple');
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toMatch(/locked/);
  });

  it('serves the OpenAPI 3.1 document with every API route', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\.1/);
    expect(Object.keys(doc.paths)).toContain('/api/controls/{controlId}');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
    // Swagger UI sets inline styles: its own policy allows them (the stock one blocked them); scripts stay 'self'.
    const csp = String(docs.headers['content-security-policy']);
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ ok: true });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});
