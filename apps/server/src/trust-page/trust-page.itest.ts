/**
 * The trust page end to end on the real app: settings, documents, the public pages, access requests
 * with the NDA, approval, links mailed over a loopback SMTP server, the access log, revocation, the
 * SOC 3 gate, and every bad input refused with a clear error and nothing stored changed.
 */
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { trustRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../mail/mailer.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { TRUST_PUBLIC_ROUTES } from './trust-public.routes.ts';

const inbox: { to: string[]; raw: string }[] = [];
let smtp: SMTPServer;
let t: TestApp;
let a: Tenant;
let b: Tenant;
const ids: Record<string, string> = {};

const b64 = (s: string) => Buffer.from(s).toString('base64');
const form = (fields: Record<string, string>) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});
const get = (url: string) => t.app.inject({ method: 'GET', url });
let ipSeq = 1;
/** Each request from its own address, so the rate limit is tested only where meant. */
const post = (url: string, fields: Record<string, string>, ip = `10.0.0.${ipSeq++ % 250}`) =>
  t.app.inject({ method: 'POST', url, remoteAddress: ip, ...form(fields) });

async function counts() {
  const tables = [
    schema.trustSettings,
    schema.trustDocuments,
    schema.trustDocumentVersions,
    schema.trustAccessRequests,
    schema.trustGrants,
    schema.trustNdas,
    schema.auditEvents,
  ];
  return Promise.all(
    tables.map(
      async (table) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n,
    ),
  );
}

async function waitForMail(to: string) {
  for (let i = 0; i < 100; i++) {
    const m = inbox.find((x) => x.to.includes(to));
    if (m) return m.raw.replace(/=\r\n/g, '').replace(/=3D/g, '=');
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail to ${to}`);
}
const linkIn = (raw: string) =>
  raw.match(/https:\/\/trust\.test\/trust\/access\/[\w-]+/)![0].replace('https://trust.test', '');

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp(
    { publicUrl: 'https://trust.test' },
    createMailer(`smtp://127.0.0.1:${port}`, 'Vigil <vigil@trust.test>'),
  );
  a = await createTenant(t, 'Alphaco');
  b = await createTenant(t, 'Bravoco');
  const owner = a.clients.owner;
  await owner.request('POST', '/api/controls/adopt');
  ids.controlId = (await owner.request('GET', '/api/controls?limit=1')).json().items[0].id;
  await owner.call(trustRoutes.saveSettings, {
    body: {
      enabled: true,
      slug: 'alphaco',
      overview: 'Alphaco keeps your data safe.',
      autoApproveDomains: ['friendly.test'],
      practices: [{ controlId: ids.controlId!, summary: 'Alpha practice summary.' }],
      grantDays: 7,
    },
  });
  await owner.call(trustRoutes.publishNda, { body: { text: 'Alpha NDA version one.' } });
  ids.public = (
    await owner.call(trustRoutes.addDocument, {
      body: {
        title: 'Alpha security overview',
        kind: 'other',
        visibility: 'public',
        fileName: 'overview.txt',
        mediaType: 'text/plain',
        contentBase64: b64('public words'),
      },
    })
  ).id;
  ids.report = (
    await owner.call(trustRoutes.addDocument, {
      body: {
        title: 'Alpha SOC 2 report',
        kind: 'soc2_report',
        visibility: 'on_request',
        fileName: 'soc2.pdf',
        mediaType: 'application/pdf',
        contentBase64: b64('%PDF-1.4 report v1'),
      },
    })
  ).id;
  ids.private = (
    await owner.call(trustRoutes.addDocument, {
      body: {
        title: 'Alpha secret pentest',
        kind: 'other',
        visibility: 'private',
        fileName: 'pentest.txt',
        contentBase64: b64('private words'),
      },
    })
  ).id;
  await t.database.db.insert(schema.vendors).values([
    {
      orgId: a.orgId,
      name: 'Alpha Cloud Host',
      services: 'Hosting',
      dataAccess: 'high',
      businessImpact: 'high',
      computedTier: 'high',
      subProcessor: true,
      status: 'active',
    },
    {
      orgId: a.orgId,
      name: 'Alpha Internal Tool',
      services: 'Team chat',
      dataAccess: 'none',
      businessImpact: 'low',
      computedTier: 'low',
      subProcessor: false,
      status: 'active',
    },
  ] as never);
  // Org B publishes too, so a leak from one page to the other would show.
  await b.clients.owner.call(trustRoutes.saveSettings, {
    body: {
      enabled: true,
      slug: 'bravoco',
      overview: 'Bravo overview text.',
      autoApproveDomains: [],
      practices: [],
      grantDays: 7,
    },
  });
  ids.bravoDoc = (
    await b.clients.owner.call(trustRoutes.addDocument, {
      body: {
        title: 'Bravo handbook',
        kind: 'policy',
        visibility: 'on_request',
        fileName: 'b.txt',
        contentBase64: b64('bravo'),
      },
    })
  ).id;
}, 120_000);
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('the public trust page', () => {
  it('shows what was published, in honest words, and nothing private', async () => {
    const res = await get('/trust/alphaco');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const html = res.body;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Alphaco keeps your data safe.');
    expect(html).toContain('Preparing for a SOC 2 audit; no report yet');
    expect(html).not.toMatch(/compliant/i);
    expect(html).toContain('Alpha practice summary.');
    expect(html).toContain('Alpha Cloud Host');
    expect(html).not.toContain('Alpha Internal Tool');
    expect(html).toContain('Alpha security overview');
    expect(html).toContain('Alpha SOC 2 report');
    expect(html).not.toContain('Alpha secret pentest');
    expect(html).not.toContain(ids.private);
    expect(html).not.toContain(ids.report);
  });

  it('answers a private document exactly as a missing one', async () => {
    const priv = await get(`/trust/alphaco/documents/${ids.private}`);
    const missing = await get('/trust/alphaco/documents/00000000-0000-4000-8000-000000000000');
    const onRequest = await get(`/trust/alphaco/documents/${ids.report}`);
    const foreign = await get(`/trust/alphaco/documents/${ids.bravoDoc}`);
    for (const r of [priv, onRequest, foreign]) {
      expect(r.statusCode).toBe(404);
      expect(r.body).toBe(missing.body);
    }
    const pub = await get(`/trust/alphaco/documents/${ids.public}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.body).toBe('public words');
  });

  it('is off by default and gone when switched off', async () => {
    const fresh = await createTenant(t, 'Charlieco');
    const settings = await fresh.clients.owner.call(trustRoutes.settings);
    expect(settings.enabled).toBe(false);
    expect((await get('/trust/charlieco')).statusCode).toBe(404);
  });

  it('exposes only the trust routes outside the API, all public and none writing but the form', () => {
    const outside = t.app.routeTable
      .filter((r) => !r.url.startsWith('/api/') && r.url !== '/healthz' && r.url !== '/readyz')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(outside).toEqual([...TRUST_PUBLIC_ROUTES].sort());
    for (const r of t.app.routeTable.filter((x) => x.url.startsWith('/trust')))
      expect(r.access).toEqual({ public: true });
    // Every owner route of the trust page needs a permission.
    for (const r of t.app.routeTable.filter((x) => x.url.startsWith('/api/trust')))
      expect(r.access && 'permission' in r.access).toBe(true);
  });

  it("crawls every link of one organization's pages without meeting another's records or private ones", async () => {
    // Everything of org B, and org A's private or unpublished records.
    const forbidden = [
      'Bravoco',
      'Bravo handbook',
      'Bravo overview',
      b.orgId,
      ids.bravoDoc!,
      'Alpha secret pentest',
      ids.private!,
      'Alpha Internal Tool',
      a.orgId,
      ids.controlId!,
    ];
    const seen = new Set<string>();
    const queue = ['/trust/alphaco'];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const res = await get(url);
      expect([200].includes(res.statusCode), `${url} -> ${res.statusCode}`).toBe(true);
      for (const word of forbidden) expect(res.body.includes(word), `${url} shows ${word}`).toBe(false);
      if (!/text\/html/.test(String(res.headers['content-type']))) continue;
      for (const m of res.body.matchAll(/href="([^"]+)"/g)) {
        const href = m[1]!;
        expect(href.startsWith('/trust/'), `${url} links outside: ${href}`).toBe(true);
        queue.push(href);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('sends the kept page from memory exactly as the route does, and routes it again once it changes', async () => {
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    // Answers are tried in order: this one is reached only by requests the kept page did not answer.
    let routed = 0;
    t.app.answerFromMemory(() => {
      routed++;
      return false;
    });
    const comparable = (headers: Record<string, unknown>) => {
      const { date, 'x-request-id': _id, connection, 'keep-alive': _k, ...rest } = headers;
      return rest;
    };
    // The route's answer (an injected request never meets the server's memory answers), plain and
    // compressed as the browser asks: fetch unpacks a compressed body, the headers stay as sent.
    for (const accept of ['identity', 'gzip, deflate, br, zstd', 'gzip']) {
      const viaRoute = await t.app.inject({
        method: 'GET',
        url: '/trust/alphaco',
        headers: { 'accept-encoding': accept },
      });
      const res = await fetch(`${base}/trust/alphaco`, {
        headers: { 'x-request-id': 'prospect-1', 'accept-encoding': accept },
      });
      expect(routed).toBe(0);
      expect(res.status).toBe(200);
      const encoding = { identity: undefined, 'gzip, deflate, br, zstd': 'br', gzip: 'gzip' }[accept];
      expect(res.headers.get('content-encoding') ?? undefined).toBe(encoding);
      const plain =
        encoding === 'br'
          ? brotliDecompressSync(viaRoute.rawPayload)
          : encoding === 'gzip'
            ? gunzipSync(viaRoute.rawPayload)
            : viaRoute.rawPayload;
      expect(await res.text()).toBe(plain.toString('utf8'));
      expect(plain.toString('utf8')).toContain('<h1');
      expect(comparable(Object.fromEntries(res.headers))).toEqual(comparable(viaRoute.headers));
      expect(res.headers.get('vary')).toBe('accept-encoding');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-request-id')).toBe('prospect-1');
      // The compressed copies are what makes the page cheap to send: a fraction of the bytes.
      if (encoding) expect(viaRoute.rawPayload.length).toBeLessThan(plain.length / 2);
    }
    expect((await fetch(`${base}/trust/alphaco/`)).status).toBe(200);
    expect(routed).toBe(0);

    // Anything else is routed: a query string, another method, an unknown page, another path.
    expect((await fetch(`${base}/trust/alphaco?from=mail`)).status).toBe(200);
    expect((await fetch(`${base}/trust/alphaco`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${base}/trust/nobody-here`)).status).toBe(404);
    expect((await fetch(`${base}/trust/alphaco/request-access`)).status).toBe(200);
    expect(routed).toBe(4);

    // A published change moves the organization's version: the next request is routed and shows it.
    await a.clients.owner.request('POST', '/api/vendors', {
      name: 'Alpha Mail Relay',
      services: 'Sending mail',
      dataAccess: 'low',
      businessImpact: 'low',
      partOfSystem: true,
      subProcessor: true,
    });
    const changed = await fetch(`${base}/trust/alphaco`);
    expect(await changed.text()).toContain('Alpha Mail Relay');
    expect(routed).toBe(5);
    await fetch(`${base}/trust/alphaco`);
    expect(routed).toBe(5);
  });
});

describe('settings refused', () => {
  const base = { enabled: true, overview: '', autoApproveDomains: [], practices: [], grantDays: 7 };
  it.each([
    ['api', 'slug', /reserved/],
    ['login', 'slug', /reserved/],
    ['Bad Slug!', 'slug', /lowercase letters/],
    ['bravoco', 'slug', /already taken/],
  ])('slug %s', async (slug, field, message) => {
    const before = await counts();
    const res = await a.clients.owner.request('PUT', '/api/trust/settings', { ...base, slug });
    expect([400, 409]).toContain(res.statusCode);
    expect(res.json().error.field).toBe(field);
    expect(res.json().error.message).toMatch(message);
    expect(await counts()).toEqual(before);
    expect((await get('/trust/alphaco')).statusCode).toBe(200);
  });

  it('refuses a bad domain, a foreign control, and switching on without an address', async () => {
    const before = await counts();
    const bad = [
      { ...base, slug: 'alphaco', autoApproveDomains: ['not a domain'] },
      {
        ...base,
        slug: 'alphaco',
        practices: [{ controlId: '00000000-0000-4000-8000-000000000000', summary: 'x' }],
      },
      { ...base, slug: null },
    ];
    for (const body of bad) {
      const res = await a.clients.owner.request('PUT', '/api/trust/settings', body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toMatch(
        /autoApproveDomains\.0|practices\.0\.controlId|slug: choose an address/,
      );
    }
    expect(await counts()).toEqual(before);
  });

  it('never lets a SOC 2 report be public', async () => {
    const before = await counts();
    const res = await a.clients.owner.request('POST', '/api/trust/documents', {
      title: 'Report',
      kind: 'soc2_report',
      visibility: 'public',
      fileName: 'r.pdf',
      contentBase64: b64('x'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/only under NDA/);
    const patch = await a.clients.owner.request('PATCH', `/api/trust/documents/${ids.report}`, {
      visibility: 'public',
    });
    expect(patch.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('refuses a SOC 3 summary until a Type II audit is completed, then publishes it', async () => {
    const before = await counts();
    const res = await a.clients.owner.request('PUT', '/api/trust/soc3', { summary: 'We are great.' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/only after a SOC 2 Type II audit is completed/);
    expect(await counts()).toEqual(before);
    const settings = await a.clients.owner.call(trustRoutes.settings);
    expect(settings.soc3.refusal).toMatch(/no completed Type II/);

    const eng = await a.clients.owner.request('POST', '/api/engagements', {
      name: 'FY26 Type II',
      reportType: 'type2',
      windowStart: '2026-01-01',
      windowEnd: '2026-06-30',
    });
    expect(eng.statusCode, eng.body).toBe(201);
    const page1 = (await get('/trust/alphaco')).body;
    expect(page1).toContain('SOC 2 Type II audit in progress');
    expect(page1).not.toContain('report for');
    await a.clients.owner.request('PATCH', `/api/engagements/${eng.json().id}`, { status: 'completed' });
    const published = await a.clients.owner.call(trustRoutes.publishSoc3, {
      body: { summary: 'Alpha SOC 3 words.' },
    });
    expect(published.soc3.summary).toBe('Alpha SOC 3 words.');
    const page2 = (await get('/trust/alphaco')).body;
    expect(page2).toContain('SOC 2 Type II report for 1 Jan – 30 Jun 2026 available');
    expect(page2).toContain('Alpha SOC 3 words.');
  });
});

describe('access requests', () => {
  const valid = {
    name: 'Pia Prospect',
    company: 'Prospect Inc',
    email: 'pia@prospect.test',
    ndaVersion: '1',
    acceptNda: 'yes',
  };

  it('refuses a request without NDA acceptance or with an old NDA version, storing nothing', async () => {
    const before = await counts();
    const noNda = await post('/trust/alphaco/request-access', { ...valid, acceptNda: '' });
    expect(noNda.statusCode).toBe(400);
    expect(noNda.body).toContain('accept the non-disclosure agreement');
    const stale = await post('/trust/alphaco/request-access', { ...valid, ndaVersion: '0' });
    expect(stale.statusCode).toBe(400);
    expect(stale.body).toContain('the agreement has changed');
    const badEmail = await post('/trust/alphaco/request-access', { ...valid, email: 'nope' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.body).toContain('enter an email address');
    const unknown = await post('/trust/nobody-here/request-access', valid);
    expect(unknown.statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('answers the same whether the email is known, new or auto-approved', async () => {
    const first = await post('/trust/alphaco/request-access', valid);
    const again = await post('/trust/alphaco/request-access', valid);
    const other = await post('/trust/alphaco/request-access', { ...valid, email: 'someone@else.test' });
    const auto = await post('/trust/alphaco/request-access', { ...valid, email: 'fan@friendly.test' });
    for (const r of [first, again, other, auto]) {
      expect(r.statusCode).toBe(200);
      expect(r.body).toBe(first.body);
    }
    // The auto-approved domain got its link without an owner.
    const link = linkIn(await waitForMail('fan@friendly.test'));
    expect((await get(link)).statusCode).toBe(200);
  });

  it('goes from request to approval, link, download and log; then revocation closes the link', async () => {
    await a.clients.owner.call(trustRoutes.publishNda, { body: { text: 'Alpha NDA version two.' } });
    // The same words again would make every requester accept anew for nothing: refused, nothing stored.
    const same = await a.clients.owner.request('POST', '/api/trust/nda', {
      text: ' Alpha NDA version two.\n',
    });
    expect(same.statusCode).toBe(409);
    expect(same.json().error.message).toBe(
      'text: this is already the text of version 2; change it to publish a new version',
    );
    expect((await a.clients.owner.call(trustRoutes.nda)).current?.version).toBe(2);
    const stale = await post('/trust/alphaco/request-access', { ...valid, email: 'late@prospect.test' });
    expect(stale.statusCode).toBe(400);
    const ok = await post('/trust/alphaco/request-access', {
      ...valid,
      email: 'buyer@prospect.test',
      ndaVersion: '2',
    });
    expect(ok.statusCode).toBe(200);
    const requests = await a.clients.owner.call(trustRoutes.requests);
    const mine = requests.items.find((r) => r.email === 'buyer@prospect.test')!;
    expect(mine.status).toBe('pending');
    expect(mine.ndaVersion).toBe(2);
    const approved = await a.clients.owner.call(trustRoutes.approve, { params: { trustRequestId: mine.id } });
    expect(approved.grant?.usable).toBe(true);
    const again = await a.clients.owner.request('POST', `/api/trust/requests/${mine.id}/approve`);
    expect(again.statusCode).toBe(409);

    const link = linkIn(await waitForMail('buyer@prospect.test'));
    const page = await get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Alpha SOC 2 report');
    expect(page.body).not.toContain('Alpha secret pentest');
    const view = await get(`${link}/documents/${ids.report}`);
    expect(view.statusCode).toBe(200);
    expect(view.headers['content-disposition']).toMatch(/^inline/);
    const download = await get(`${link}/documents/${ids.report}?download=1`);
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    expect(download.body).toBe('%PDF-1.4 report v1');
    // A private document and another organization's are not there, exactly like a missing one.
    const missing = await get(`${link}/documents/00000000-0000-4000-8000-000000000000`);
    for (const doc of [ids.private, ids.bravoDoc]) {
      const r = await get(`${link}/documents/${doc}`);
      expect(r.statusCode).toBe(404);
      expect(r.body).toBe(missing.body);
    }
    // A new version is what the link serves from then on, and the log tells the versions apart.
    await a.clients.owner.call(trustRoutes.addVersion, {
      params: { trustDocumentId: ids.report! },
      body: {
        fileName: 'soc2-v2.pdf',
        mediaType: 'application/pdf',
        contentBase64: b64('%PDF-1.4 report v2'),
      },
    });
    expect((await get(`${link}/documents/${ids.report}?download=1`)).body).toBe('%PDF-1.4 report v2');
    const log = await a.clients.owner.call(trustRoutes.accessLog);
    const theirs = log.items.filter((e) => e.requester?.email === 'buyer@prospect.test');
    expect(theirs.map((e) => `${e.action} v${e.version}`).sort()).toEqual([
      'download v1',
      'download v2',
      'view v1',
    ]);

    await a.clients.owner.call(trustRoutes.revoke, { params: { trustGrantId: approved.grant!.id } });
    expect((await get(link)).statusCode).toBe(410);
    expect((await get(`${link}/documents/${ids.report}?download=1`)).statusCode).toBe(410);
  });

  it('refuses an expired link', async () => {
    await post('/trust/alphaco/request-access', {
      ...valid,
      email: 'expired@friendly.test',
      ndaVersion: '2',
    });
    const link = linkIn(await waitForMail('expired@friendly.test'));
    await t.database.db.execute(
      sql`update trust_grants set expires_at = now() - interval '1 second' where revoked_at is null`,
    );
    const res = await get(link);
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('expired or was revoked');
    expect((await get('/trust/access/not-a-real-token-at-all-xxxxx')).body).toBe(res.body);
  });

  it('limits how often one address may send the form', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await post('/trust/alphaco/request-access', { ...valid, acceptNda: '' }, '192.0.2.77')).statusCode,
      );
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('counts the requests another server stored from the same address', async () => {
    // Ten requests from 192.0.2.88 taken by other servers behind the same load balancer: this one
    // has seen none of them, and still refuses the eleventh without storing it.
    const [org] = await t.database.db
      .select({ orgId: schema.trustSettings.orgId })
      .from(schema.trustSettings)
      .where(eq(schema.trustSettings.slug, 'alphaco'));
    const orgId = org!.orgId;
    await t.database.db.execute(sql`
      insert into trust_access_requests (org_id, name, company, email, nda_version, nda_accepted_at, ip)
      select ${orgId}, 'Someone', 'Elsewhere', 'n' || g || '@elsewhere.test', 2, now(), '192.0.2.88'
      from generate_series(1, 10) g`);
    const before = await counts();
    const res = await post(
      '/trust/alphaco/request-access',
      { ...valid, ndaVersion: '2', email: 'eleventh@elsewhere.test' },
      '192.0.2.88',
    );
    expect(res.statusCode).toBe(429);
    expect(res.body).toContain('Too many requests');
    expect(await counts()).toEqual(before);
    // Another address is not held back by them.
    const other = await post(
      '/trust/alphaco/request-access',
      { ...valid, ndaVersion: '2', email: 'other@elsewhere.test' },
      '192.0.2.89',
    );
    expect(other.statusCode).toBe(200);
  });
});
