import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptSecret } from '../security/secrets.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let a: Tenant;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
});
afterAll(() => t?.close());

const auditOf = (entityId: string) =>
  t.database.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, entityId));

describe('alert channels', () => {
  it('shows a webhook secret once, stores it encrypted, and never returns or logs it again', async () => {
    const res = await a.clients.admin.request('POST', '/api/alert-channels', {
      kind: 'webhook',
      name: 'SIEM',
      target: 'https://siem.alpha.test/hooks/vigil',
      events: ['fail', 'connector_error', 'fail'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      kind: 'webhook',
      events: ['fail', 'connector_error'],
      enabled: true,
      hasSecret: true,
    });
    expect(created.secret).toMatch(/^whsec_[\w-]{43}$/);

    const [row] = await t.database.db
      .select()
      .from(schema.alertChannels)
      .where(eq(schema.alertChannels.id, created.id));
    expect(row!.secretEnc).not.toContain(created.secret);
    expect(decryptSecret(t.ctx.masterKey, row!.secretEnc!)).toBe(created.secret);
    const list = await a.clients.owner.request('GET', '/api/alert-channels');
    expect(list.body).not.toContain(created.secret);
    expect(list.json().items).toEqual([expect.objectContaining({ id: created.id, hasSecret: true })]);
    const events = await auditOf(created.id);
    expect(events.map((e) => e.action)).toEqual(['alert_channel.created']);
    expect(JSON.stringify(events)).not.toContain(created.secret);

    const rotated = (
      await a.clients.admin.request('POST', `/api/alert-channels/${created.id}/rotate-secret`)
    ).json();
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect((await auditOf(created.id)).map((e) => e.action)).toContain('alert_channel.secret_rotated');
  });

  it('validates the target for the channel kind, naming the field', async () => {
    const badEmail = await a.clients.admin.request('POST', '/api/alert-channels', {
      kind: 'email',
      name: 'x',
      target: 'ops@alpha.test, not-an-address',
    });
    expect(badEmail.json().error).toMatchObject({
      field: 'target',
      message: 'target: not-an-address is not an email address',
    });
    const badUrl = await a.clients.admin.request('POST', '/api/alert-channels', {
      kind: 'slack',
      name: 'x',
      target: 'ftp://x',
    });
    expect(badUrl.json().error.field).toBe('target');
    const noEvents = await a.clients.admin.request('POST', '/api/alert-channels', {
      kind: 'email',
      name: 'x',
      target: '',
      events: [],
    });
    expect(noEvents.json().error.field).toBe('events');
    const kind = await a.clients.admin.request('POST', '/api/alert-channels', {
      kind: 'sms',
      name: 'x',
      target: '',
    });
    expect(kind.json().error.field).toBe('kind');
  });

  it('edits and deletes a channel with audit events, and hides Slack URLs', async () => {
    const slack = (
      await a.clients.admin.request('POST', '/api/alert-channels', {
        kind: 'slack',
        name: '#soc2',
        target: 'https://hooks.slack.test/services/T1/B1/secretpart',
      })
    ).json();
    expect(slack).toMatchObject({ target: 'https://hooks.slack.test/…', hasSecret: false, secret: null });
    const email = (
      await a.clients.admin.request('POST', '/api/alert-channels', {
        kind: 'email',
        name: 'Team',
        target: 'Ops@Alpha.test; ops@alpha.test',
      })
    ).json();
    expect(email.target).toBe('ops@alpha.test');

    const patched = await a.clients.admin.request('PATCH', `/api/alert-channels/${email.id}`, {
      enabled: false,
      events: ['stale'],
    });
    expect(patched.json()).toMatchObject({ enabled: false, events: ['stale'] });
    const slackPatch = await a.clients.admin.request('PATCH', `/api/alert-channels/${slack.id}`, {
      target: 'https://hooks.slack.test/services/T1/B1/other',
    });
    expect(slackPatch.statusCode).toBe(200);
    const slackEvents = await auditOf(slack.id);
    expect(JSON.stringify(slackEvents)).not.toContain('secretpart');

    expect((await a.clients.admin.request('DELETE', `/api/alert-channels/${email.id}`)).statusCode).toBe(204);
    expect((await auditOf(email.id)).map((e) => e.action)).toEqual([
      'alert_channel.created',
      'alert_channel.updated',
      'alert_channel.deleted',
    ]);
    expect((await a.clients.admin.request('DELETE', `/api/alert-channels/${email.id}`)).statusCode).toBe(404);
    expect((await a.clients.member.request('GET', '/api/alert-channels')).statusCode).toBe(403);
  });

  it('lists the outbox with delivery state', async () => {
    await t.database.db
      .insert(schema.alertOutbox)
      .values({ orgId: a.orgId, kind: 'fail', payload: { title: 'x' } });
    const res = (await a.clients.admin.request('GET', '/api/alerts/outbox')).json();
    expect(res.items).toEqual([
      expect.objectContaining({ kind: 'fail', sentAt: null, attempts: 0, lastError: null }),
    ]);
  });

  it('sends a test message and reports a failure in words', async () => {
    const hook = (
      await a.clients.admin.request('POST', '/api/alert-channels', {
        kind: 'webhook',
        name: 'Nowhere',
        target: 'http://127.0.0.1:9/hook',
      })
    ).json();
    const res = (await a.clients.admin.request('POST', `/api/alert-channels/${hook.id}/test`)).json();
    expect(res.ok).toBe(false);
    expect(res.error).toMatch(/^POST http:\/\/127\.0\.0\.1:9 failed: /);
  });
});
