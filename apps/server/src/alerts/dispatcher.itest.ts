import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkpointSignatureProblem, parseCheckpoints } from '@vigil/core';
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storedCheckpoints } from '../audit/checkpoints.ts';
import { createMailer } from '../mail/mailer.ts';
import { deriveCheckpointKey } from '../security/checkpoint-key.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { type DispatchOptions, dispatchAlerts } from './dispatcher.ts';

interface Mail {
  to: string[];
  subject: string;
  text: string;
}
interface Hook {
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
}

const inbox: Mail[] = [];
const hooks: Hook[] = [];
/** Answers for the next webhook requests, in order; 204 once they run out. */
const answers: number[] = [];
let smtp: SMTPServer;
let http: Server;
let hookUrl: string;
let t: TestApp;
let a: Tenant;

/** Decodes the text body of a single-part message (nodemailer picks quoted-printable or base64). */
function parseMail(raw: string, to: string[]): Mail {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head!.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  let body = rest.join('\r\n\r\n');
  if (headers.get('content-transfer-encoding') === 'quoted-printable') {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    body = Buffer.from(bytes, 'latin1').toString('utf8');
  } else if (headers.get('content-transfer-encoding') === 'base64') {
    body = Buffer.from(body, 'base64').toString('utf8');
  }
  const subject = headers.get('subject') ?? '';
  const decoded = subject.replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_m, q: string) =>
    Buffer.from(
      q
        .replace(/_/g, ' ')
        .replace(/=([0-9A-F]{2})/g, (_x, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      'latin1',
    ).toString('utf8'),
  );
  return { to, subject: decoded.replace(/\?=\s+=\?UTF-8\?Q\?/gi, ''), text: body.replace(/\r\n/g, '\n') };
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push(
          parseMail(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hooks.push({ path: req.url ?? '', headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = answers.shift() ?? 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp(
    { publicUrl: 'https://vigil.alpha.test' },
    createMailer(`smtp://127.0.0.1:${smtpPort}`, 'Vigil <vigil@alpha.test>'),
  );
  a = await createTenant(t, 'Alpha');
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => http.close(() => resolve()));
});
beforeEach(async () => {
  await t.database.db.delete(schema.alertOutbox);
  await t.database.db.delete(schema.alertChannels);
  inbox.length = 0;
  hooks.length = 0;
  answers.length = 0;
});

const deps = () => ({
  db: t.database.db,
  mailer: t.ctx.mailer,
  masterKey: t.ctx.masterKey,
  publicUrl: 'https://vigil.alpha.test',
  checkpointStore: t.ctx.evidenceStore.blobs,
});
const T0 = new Date('2026-06-01T12:00:00Z');
const at = (ms: number): Partial<DispatchOptions> => ({ now: () => new Date(T0.getTime() + ms) });

async function addChannel(body: Record<string, unknown>) {
  const res = await a.clients.admin.request('POST', '/api/alert-channels', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; secret: string | null };
}

async function addEvents(n: number, kind: string, recipientUserId: string | null, from = 0) {
  const rows = Array.from({ length: n }, (_, i) => ({
    orgId: a.orgId,
    kind,
    recipientUserId,
    payload: {
      checkId: 'github.branch_protection',
      title: 'Branch protection',
      code: 'CHG-01',
      resourceName: `repo-${from + i}`,
      reason: 'no required reviews',
    },
  }));
  await t.database.db.insert(schema.alertOutbox).values(rows);
}

const pending = async () =>
  t.database.db.select().from(schema.alertOutbox).where(sql`${schema.alertOutbox.sentAt} is null`);

describe('digests', () => {
  it('sends ONE email to the control owner for a sweep that failed 1,000 checks', async () => {
    await addChannel({ kind: 'email', name: 'Owners', target: '', events: ['fail'] });
    await addEvents(1000, 'fail', a.userIds.member);
    const report = await dispatchAlerts(deps(), at(0));
    expect(report).toEqual({ claimed: 1000, digestsSent: 1, digestsFailed: 0 });
    expect(inbox).toHaveLength(1);
    const [mail] = inbox;
    expect(mail!.to).toEqual(['member@alpha.test']);
    expect(mail!.subject).toBe('[Vigil] Alpha: 1000 failing');
    expect(mail!.text).toContain('- FAILING [CHG-01] Branch protection: repo-0: no required reviews');
    expect(mail!.text).toContain('- FAILING [CHG-01] Branch protection: repo-49: no required reviews');
    expect(mail!.text).not.toContain('repo-50:');
    expect(mail!.text).toContain('…and 950 more');
    expect(mail!.text).toContain('https://vigil.alpha.test/');
    expect(await pending()).toEqual([]);
    expect(await dispatchAlerts(deps(), at(0))).toEqual({ claimed: 0, digestsSent: 0, digestsFailed: 0 });
  });

  it('carries a signed checkpoint of the audit trail, in words and as text to verify, and publishes it', async () => {
    await addChannel({ kind: 'email', name: 'Owners', target: '', events: ['fail'] });
    await addEvents(1, 'fail', a.userIds.member);
    await dispatchAlerts(deps(), at(0));
    const [head] = await t.database.db
      .select()
      .from(schema.auditChainHeads)
      .where(eq(schema.auditChainHeads.orgId, a.orgId));
    const text = inbox[0]!.text;
    expect(text).toContain(
      `Audit trail checkpoint: on ${T0.toISOString()} the audit trail held ${head!.seq} entries, ending in hash ${head!.hash}.`,
    );
    const signed = text.split('\n').find((l) => l.startsWith('{"format":'))!;
    const [cp] = parseCheckpoints(signed, 'the email').checkpoints;
    expect(cp).toMatchObject({ orgId: a.orgId, length: head!.seq, headHash: head!.hash });
    expect(checkpointSignatureProblem(cp!, deriveCheckpointKey(t.ctx.masterKey).publicKey)).toBeNull();
    const stored = await storedCheckpoints(t.ctx.evidenceStore.blobs, a.orgId);
    expect(stored.checkpoints.map((c) => c.length)).toContain(head!.seq);
  });

  it('sends one digest per (channel, recipient), with the channel’s own addresses on each', async () => {
    await addChannel({ kind: 'email', name: 'Security team', target: 'secops@alpha.test' });
    await addEvents(3, 'fail', a.userIds.member);
    await addEvents(2, 'recovered', a.userIds.admin);
    await addEvents(1, 'connector_error', null);
    await dispatchAlerts(deps(), at(0));
    const byTo = inbox.map((m) => [m.to.sort().join(' '), m.subject]).sort();
    expect(byTo).toEqual([
      ['admin@alpha.test secops@alpha.test', '[Vigil] Alpha: 2 recovered'],
      ['member@alpha.test secops@alpha.test', '[Vigil] Alpha: 3 failing'],
      ['secops@alpha.test', '[Vigil] Alpha: 1 connector error'],
    ]);
  });
});

describe('what the sweep writes', () => {
  it('names controls by code, with severity, and says why a connector is stale', async () => {
    await a.clients.owner.request('POST', '/api/controls/adopt');
    const [control] = (await a.clients.owner.request('GET', '/api/controls?limit=1')).json().items;
    await addChannel({ kind: 'email', name: 'Team', target: 'team@alpha.test' });
    await t.database.db.insert(schema.alertOutbox).values([
      {
        orgId: a.orgId,
        kind: 'fail',
        payload: {
          checkId: 'aws.iam.mfa',
          checkTitle: 'IAM users have MFA',
          severity: 'high',
          resourceName: 'alice',
          reason: 'MFA is off',
          controlIds: [control.id],
        },
      },
      {
        orgId: a.orgId,
        kind: 'stale',
        payload: { connectorName: 'AWS prod', lastSuccessAt: '2026-05-01T00:00:00.000Z', controlIds: [] },
      },
      {
        orgId: a.orgId,
        kind: 'connector_error',
        payload: { connectorName: 'GitHub', error: 'bad credentials' },
      },
    ]);
    await dispatchAlerts(deps(), at(0));
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.text).toContain(
      `- FAILING [${control.code}] IAM users have MFA (high): alice: MFA is off`,
    );
    expect(inbox[0]!.text).toContain(
      '- STALE AWS prod: no successful collection since 2026-05-01T00:00:00.000Z',
    );
    expect(inbox[0]!.text).toContain('- CONNECTOR ERROR GitHub: bad credentials');
    expect(inbox[0]!.subject).toBe('[Vigil] Alpha: 1 failing, 1 stale, 1 connector error');
  });
});

describe('webhooks', () => {
  it('signs the raw body with HMAC-SHA256 and the secret shown once at creation', async () => {
    const channel = await addChannel({ kind: 'webhook', name: 'SIEM', target: `${hookUrl}/vigil` });
    expect(channel.secret).toMatch(/^whsec_/);
    await addEvents(2, 'fail', a.userIds.member);
    await addEvents(1, 'stale', null);
    await dispatchAlerts(deps(), at(0));
    expect(hooks).toHaveLength(2);
    for (const hook of hooks) {
      const expected = `sha256=${createHmac('sha256', channel.secret!).update(hook.raw).digest('hex')}`;
      expect(hook.headers['x-vigil-signature']).toBe(expected);
      const body = JSON.parse(hook.raw);
      expect(hook.headers['x-vigil-timestamp']).toBe(String(body.timestamp));
      expect(body.timestamp).toBe(Math.floor(T0.getTime() / 1000));
      expect(hook.headers['content-type']).toBe('application/json');
    }
    const owned = hooks.map((h) => JSON.parse(h.raw)).find((b) => b.recipient)!;
    expect(owned).toMatchObject({
      type: 'vigil.alert_digest',
      organization: { id: a.orgId, name: 'Alpha', slug: 'alpha' },
      recipient: { id: a.userIds.member, email: 'member@alpha.test' },
      total: 2,
      counts: { fail: 2 },
      omitted: 0,
      items: [
        expect.objectContaining({
          kind: 'fail',
          code: 'CHG-01',
          resource: 'repo-0',
          checkId: 'github.branch_protection',
        }),
        expect.anything(),
      ],
    });
    // The digest carries the chain's signed checkpoint, which verifies with the public key alone.
    expect(owned.auditCheckpoint.summary).toMatch(
      /^Audit trail checkpoint: on .* the audit trail held \d+ entries/,
    );
    expect(
      checkpointSignatureProblem(
        owned.auditCheckpoint.signed,
        deriveCheckpointKey(t.ctx.masterKey).publicKey,
      ),
    ).toBeNull();
    // A forged body does not match the signature.
    const forged = hooks[0]!.raw.replace('"total":', '"total":9');
    expect(`sha256=${createHmac('sha256', channel.secret!).update(forged).digest('hex')}`).not.toBe(
      hooks[0]!.headers['x-vigil-signature'],
    );
  });

  it('posts a Slack-compatible message: text plus header, sections and a count of the rest', async () => {
    await addChannel({ kind: 'slack', name: '#compliance', target: `${hookUrl}/services/T000/B000/XXXX` });
    await addEvents(60, 'fail', null);
    await dispatchAlerts(deps(), at(0));
    expect(hooks).toHaveLength(1);
    const body = JSON.parse(hooks[0]!.raw);
    expect(hooks[0]!.path).toBe('/services/T000/B000/XXXX');
    expect(hooks[0]!.headers['x-vigil-signature']).toBeUndefined();
    expect(body.text).toBe('Vigil: Alpha: 60 failing');
    expect(body.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Vigil: Alpha: 60 failing' },
    });
    const sections = body.blocks.filter((b: { type: string }) => b.type === 'section');
    expect(sections).toHaveLength(4);
    expect(sections[0].text).toMatchObject({
      type: 'mrkdwn',
      text: expect.stringMatching(/^• FAILING \[CHG-01\] Branch protection: repo-0: no required reviews\n/),
    });
    expect(body.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: '…and 20 more' },
        {
          type: 'mrkdwn',
          text: expect.stringMatching(/^Audit trail checkpoint: \d+ entries at .*Z, key [0-9a-f]{16}$/),
        },
      ],
    });
  });

  it('retries a failing webhook later without losing the rows or resending to channels that got them', async () => {
    const hook = await addChannel({ kind: 'webhook', name: 'Flaky', target: `${hookUrl}/flaky` });
    const email = await addChannel({ kind: 'email', name: 'Team', target: 'team@alpha.test' });
    await addEvents(5, 'fail', null);
    answers.push(500);
    const first = await dispatchAlerts(deps(), at(0));
    expect(first).toEqual({ claimed: 5, digestsSent: 1, digestsFailed: 1 });
    let rows = await pending();
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r).toMatchObject({ attempts: 1, deliveredChannelIds: [email.id] });
      expect(r.lastError).toBe(`webhook channel "Flaky": POST ${hookUrl} answered 500 Internal Server Error`);
      expect(r.nextAttemptAt!.getTime()).toBe(T0.getTime() + 60_000);
    }
    // Not due yet: backoff.
    expect((await dispatchAlerts(deps(), at(30_000))).claimed).toBe(0);
    answers.push(503);
    await dispatchAlerts(deps(), at(61_000));
    rows = await pending();
    expect(rows.map((r) => r.attempts)).toEqual([2, 2, 2, 2, 2]);
    expect(rows[0]!.nextAttemptAt!.getTime()).toBe(T0.getTime() + 61_000 + 120_000);

    const third = await dispatchAlerts(deps(), at(200_000));
    expect(third).toEqual({ claimed: 5, digestsSent: 1, digestsFailed: 0 });
    expect(await pending()).toEqual([]);
    expect(inbox).toHaveLength(1);
    expect(hooks.map((h) => h.path)).toEqual(['/flaky', '/flaky', '/flaky']);
    const [row] = await t.database.db.select().from(schema.alertOutbox).limit(1);
    expect(row!.deliveredChannelIds.sort()).toEqual([email.id, hook.id].sort());
  });

  it('leaves rows no enabled channel wants as handled, and skips disabled channels', async () => {
    const off = await addChannel({ kind: 'webhook', name: 'Off', target: `${hookUrl}/off`, enabled: false });
    await addEvents(2, 'stale', null);
    expect(await dispatchAlerts(deps(), at(0))).toEqual({ claimed: 2, digestsSent: 0, digestsFailed: 0 });
    expect(hooks).toEqual([]);
    const [row] = await t.database.db
      .select()
      .from(schema.alertOutbox)
      .where(eq(schema.alertOutbox.orgId, a.orgId))
      .limit(1);
    expect(row!.sentAt).not.toBeNull();
    expect(off.secret).not.toBeNull();
  });
});
