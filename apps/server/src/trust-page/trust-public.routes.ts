/**
 * The public trust pages under /trust: server-rendered HTML that works without JavaScript. They read
 * only what an organization explicitly published on a page it switched on; every other answer is the
 * same "not found" page, so nothing tells a private document or an unknown address apart.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import { TrustAccessRequestInputSchema } from '@vigil/api';
import { frameworkStatus, grantUsable, VigilError } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { App, AppContext } from '../context.ts';
import { requestIdOf } from '../http/request-id.ts';
import { hashToken } from '../security/secrets.ts';
import { RateLimiter } from './rate-limiter.ts';
import { currentNda, listTrustDocuments, practicesOf, trustEngagements } from './trust.queries.ts';
import { REQUEST_WINDOW_MS, REQUESTS_PER_ADDRESS, requestTrustAccess } from './trust-commands.ts';
import {
  accessPageHtml,
  messageHtml,
  requestFormHtml,
  requestThanksHtml,
  trustPageHtml,
} from './trust-html.ts';
import { sendGrantMail } from './trust-mail.ts';

const publicAccess = { access: { public: true } } as const;
const hidden = { hide: true } as const;
const todayUtc = () => new Date().toISOString().slice(0, 10);

/** The public routes, exactly; the route-table test compares against this list. */
export const TRUST_PUBLIC_ROUTES = [
  'GET /trust/:slug',
  'GET /trust/:slug/documents/:documentId',
  'GET /trust/:slug/request-access',
  'POST /trust/:slug/request-access',
  'GET /trust/access/:token',
  'GET /trust/access/:token/documents/:documentId',
] as const;

function html(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(body);
}

/** The page's own headers, which the answer from memory sends too: the two answers must not differ. */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
  // The bytes depend on what the browser accepts, so a shared cache must keep the copies apart.
  vary: 'accept-encoding',
} as const;

/** A rendered page with its compressed copies, made once per version: browsers get a quarter of the bytes. */
interface PageBodies {
  plain: Buffer;
  br: Buffer;
  gzip: Buffer;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

async function compressed(plain: Buffer): Promise<PageBodies> {
  const [br, gz] = await Promise.all([
    brotli(plain, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT },
    }),
    gzipped(plain, { level: 9 }),
  ]);
  return { plain, br, gzip: gz };
}

/** The copy of a page to send for the request's accept-encoding, with its content-encoding if any. */
function pageFor(
  bodies: PageBodies,
  headers: IncomingHttpHeaders,
): { body: Buffer; encoding: 'br' | 'gzip' | null } {
  const accepted = headers['accept-encoding'];
  const encoding = accepted ? negotiate(accepted, ['br', 'gzip']) : null;
  return { body: encoding ? bodies[encoding] : bodies.plain, encoding };
}

function sendPage(reply: FastifyReply, bodies: PageBodies) {
  const { body, encoding } = pageFor(bodies, reply.request.headers);
  reply.status(200).headers(PAGE_HEADERS);
  if (encoding) reply.header('content-encoding', encoding);
  return reply.send(body);
}

const NOT_FOUND = messageHtml('Page not found', 'There is no trust page or document at this address.');
const LINK_GONE = messageHtml(
  'This link no longer works',
  'The access link has expired or was revoked. Ask for access again from the trust page.',
);
const TOO_MANY = messageHtml('Too many requests', 'Please wait a few minutes and try again.');

/** The published organization behind a slug, or null for an unknown, unpublished or switched-off page. */
async function publishedOrg(db: Db, slug: string) {
  const [row] = await db
    .select({
      orgId: schema.trustSettings.orgId,
      name: schema.organizations.name,
      overview: schema.trustSettings.overview,
      practices: schema.trustSettings.practices,
      soc3Summary: schema.trustSettings.soc3Summary,
    })
    .from(schema.trustSettings)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.trustSettings.orgId))
    .where(and(eq(schema.trustSettings.slug, slug), eq(schema.trustSettings.enabled, true)));
  return row ?? null;
}

/** Documents a visitor may know of: public and on-request ones, never private ones. */
async function visibleDocuments(db: Db, orgId: string) {
  return (await listTrustDocuments(db, orgId)).filter((d) => d.visibility !== 'private');
}

/** The usable grant behind a link, with its request, or null. */
async function grantOf(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({
      grant: schema.trustGrants,
      request: schema.trustAccessRequests,
      orgName: schema.organizations.name,
    })
    .from(schema.trustGrants)
    .innerJoin(schema.trustAccessRequests, eq(schema.trustAccessRequests.id, schema.trustGrants.requestId))
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.trustGrants.orgId))
    .where(eq(schema.trustGrants.tokenHash, hashToken(token)));
  if (!row || !grantUsable(row.grant, new Date())) return null;
  // A page switched off closes its links too.
  const [settings] = await db
    .select({ enabled: schema.trustSettings.enabled })
    .from(schema.trustSettings)
    .where(eq(schema.trustSettings.orgId, row.grant.orgId));
  return settings?.enabled ? row : null;
}

const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'text/plain']);

/**
 * The rendered trust page per organization, kept while the organization's data version has not
 * moved (every published change is audited, which moves it) and only for the day it was made,
 * because the frameworks' status follows the calendar.
 */
class PageCache {
  // Kept encoded and compressed: a hit then costs no UTF-8 encoding or compression of the page.
  private readonly entries = new Map<
    string,
    { orgId: string; version: string; day: string; bodies: PageBodies }
  >();

  constructor(private readonly ctx: AppContext) {}

  async version(orgId: string): Promise<string> {
    const known = this.ctx.changeFeed?.orgVersion(orgId);
    if (known != null) return `m${known}`;
    const [head] = await this.ctx.db
      .select({ seq: schema.auditChainHeads.seq })
      .from(schema.auditChainHeads)
      .where(eq(schema.auditChainHeads.orgId, orgId));
    return `d${head?.seq ?? 0}`;
  }

  /** The kept page, answered without waiting when this process knows the organization's version. */
  fresh(slug: string): PageBodies | undefined {
    const hit = this.entries.get(slug);
    if (!hit || hit.day !== todayUtc()) return undefined;
    const known = this.ctx.changeFeed?.orgVersion(hit.orgId);
    return known != null && hit.version === `m${known}` ? hit.bodies : undefined;
  }

  async page(slug: string): Promise<PageBodies | null> {
    const hit = this.entries.get(slug);
    const day = todayUtc();
    if (hit && hit.day === day && hit.version === (await this.version(hit.orgId))) return hit.bodies;
    const org = await publishedOrg(this.ctx.db, slug);
    if (!org) {
      this.entries.delete(slug);
      return null;
    }
    // Taken before reading: a change committed meanwhile moves the version past the stored one.
    const version = await this.version(org.orgId);
    const bodies = await compressed(Buffer.from(await renderPage(this.ctx.db, slug, org, day)));
    this.entries.set(slug, { orgId: org.orgId, version, day, bodies });
    if (this.entries.size > 1000) this.entries.delete(this.entries.keys().next().value!);
    return bodies;
  }
}

async function renderPage(
  db: Db,
  slug: string,
  org: NonNullable<Awaited<ReturnType<typeof publishedOrg>>>,
  today: string,
): Promise<string> {
  const [engs, practices, vendors, docs, nda] = await Promise.all([
    trustEngagements(db, org.orgId),
    practicesOf(db, org.orgId, org.practices),
    db
      .select({ name: schema.vendors.name, services: schema.vendors.services, status: schema.vendors.status })
      .from(schema.vendors)
      .where(and(eq(schema.vendors.orgId, org.orgId), eq(schema.vendors.subProcessor, true)))
      .orderBy(schema.vendors.name),
    visibleDocuments(db, org.orgId),
    currentNda(db, org.orgId),
  ]);
  return trustPageHtml({
    orgName: org.name,
    slug,
    overview: org.overview,
    frameworkStatus: frameworkStatus(engs, today),
    soc3Summary: org.soc3Summary,
    practices,
    subProcessors: vendors
      .filter((v) => v.status !== 'terminated')
      .map((v) => ({ name: v.name, services: v.services })),
    documents: docs.map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind,
      visibility: d.visibility as 'public' | 'on_request',
    })),
    takesRequests: nda !== null,
  });
}

async function sendDocument(
  ctx: AppContext,
  reply: FastifyReply,
  doc: {
    orgId: string;
    storageKey: string;
    sha256: string;
    size: number;
    fileName: string;
    mediaType: string;
  },
  download: boolean,
) {
  const stream = await ctx.evidenceStore.open(doc.orgId, doc.storageKey, {
    sha256: doc.sha256,
    size: doc.size,
  });
  const inline = !download && INLINE.has(doc.mediaType);
  return (
    reply
      .status(200)
      .header('content-type', inline ? doc.mediaType : 'application/octet-stream')
      .header('content-length', String(doc.size))
      .header('cache-control', 'no-store')
      // Uploaded content never runs as part of this site, even when opened in the browser.
      .header('content-security-policy', "sandbox; default-src 'none'")
      .header(
        'content-disposition',
        `${inline ? 'inline' : 'attachment'}; filename="${doc.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      )
      .send(stream)
  );
}

const LOGS_REQUESTS = new Set(['trace', 'debug', 'info']);
const PAGE_PATH = /^\/trust\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

/**
 * Sends a page that is kept and current before routing: the same bytes and headers as the route's
 * answer (the security headers, the request id, the page's own), for a fraction of the work. Anything
 * else, a query string included, goes to the route.
 */
function keepPageInMemory(app: App, cache: PageCache) {
  const fixed = Object.entries({ ...app.baseHeaders, ...PAGE_HEADERS }).flat();
  app.answerFromMemory((req, res) => {
    if (req.method !== 'GET') return false;
    const slug = PAGE_PATH.exec(req.url ?? '')?.[1];
    const bodies = slug ? cache.fresh(slug) : undefined;
    if (!bodies) return false;
    const id = requestIdOf(req);
    const { body, encoding } = pageFor(bodies, req.headers);
    const sized = ['x-request-id', id, 'content-length', String(body.length)];
    res.writeHead(200, encoding ? [...fixed, 'content-encoding', encoding, ...sized] : [...fixed, ...sized]);
    res.end(body);
    // One line where the route would have logged its request, so page views stay in the log.
    if (LOGS_REQUESTS.has(app.log.level))
      app.log.info(
        { reqId: id, req: { method: 'GET', url: req.url, remoteAddress: req.socket.remoteAddress } },
        'kept trust page sent',
      );
    return true;
  });
}

/** Registers the public pages; POSTs are form posts parsed only in this scope. */
export async function registerTrustPublicRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const cache = new PageCache(ctx);
  keepPageInMemory(app, cache);
  // A person submits the form a few times at most; a script trying addresses or links is stopped.
  const requestLimit = new RateLimiter(REQUESTS_PER_ADDRESS, REQUEST_WINDOW_MS);
  const linkLimit = new RateLimiter(120, 60_000);

  await app.register(async (scope: App) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 16 * 1024 },
      (_req, body, done) => {
        const out: Record<string, string> = {};
        for (const [k, v] of new URLSearchParams(body as string)) if (!(k in out)) out[k] = v;
        done(null, out);
      },
    );

    scope.get<{ Params: { slug: string } }>(
      '/trust/:slug',
      { config: publicAccess, schema: hidden },
      // Not async: a kept page is sent at once, without a promise per request. Sent, not returned:
      // Fastify would send a returned reply a second time and log that it was already sent.
      (req, reply) => {
        const kept = cache.fresh(req.params.slug);
        if (!kept)
          return cache
            .page(req.params.slug)
            .then((body) => (body ? sendPage(reply, body) : html(reply, 404, NOT_FOUND)));
        sendPage(reply, kept);
      },
    );

    scope.get<{ Params: { slug: string; documentId: string } }>(
      '/trust/:slug/documents/:documentId',
      { config: publicAccess, schema: hidden },
      async (req, reply) => {
        const org = await publishedOrg(db, req.params.slug);
        if (!org || !/^[0-9a-f-]{36}$/.test(req.params.documentId)) return html(reply, 404, NOT_FOUND);
        const [doc] = await listTrustDocuments(db, org.orgId, req.params.documentId);
        if (doc?.visibility !== 'public') return html(reply, 404, NOT_FOUND);
        await db
          .insert(schema.trustAccessLog)
          .values({ orgId: org.orgId, versionId: doc.versionId, action: 'download', ip: req.ip });
        return sendDocument(ctx, reply, { ...doc, orgId: org.orgId }, true);
      },
    );

    const formData = async (slug: string) => {
      const org = await publishedOrg(db, slug);
      if (!org) return null;
      const [nda, docs] = await Promise.all([currentNda(db, org.orgId), visibleDocuments(db, org.orgId)]);
      return {
        org,
        form: {
          orgName: org.name,
          slug,
          nda: nda ? { version: nda.version, text: nda.text } : null,
          documents: docs.filter((d) => d.visibility === 'on_request').map((d) => d.title),
        },
      };
    };

    scope.get<{ Params: { slug: string } }>(
      '/trust/:slug/request-access',
      { config: publicAccess, schema: hidden },
      async (req, reply) => {
        const data = await formData(req.params.slug);
        if (!data) return html(reply, 404, NOT_FOUND);
        return html(reply, 200, requestFormHtml(data.form));
      },
    );

    scope.post<{ Params: { slug: string }; Body: Record<string, string> }>(
      '/trust/:slug/request-access',
      { config: publicAccess, schema: hidden },
      async (req, reply) => {
        if (!requestLimit.take(req.ip)) return html(reply, 429, TOO_MANY);
        const data = await formData(req.params.slug);
        if (!data) return html(reply, 404, NOT_FOUND);
        const raw = typeof req.body === 'object' && req.body ? req.body : {};
        const values = {
          name: raw.name ?? '',
          company: raw.company ?? '',
          email: raw.email ?? '',
          acceptNda: raw.acceptNda ?? '',
          ndaVersion: raw.ndaVersion ?? '',
        };
        const parsed = TrustAccessRequestInputSchema.safeParse(values);
        const refuse = (errors: Record<string, string>) =>
          html(reply, 400, requestFormHtml({ ...data.form, values, errors }));
        if (!parsed.success) {
          const errors: Record<string, string> = {};
          for (const issue of parsed.error.issues) {
            const field = String(issue.path[0] ?? 'form');
            errors[field] ??= issue.message;
          }
          return refuse(errors);
        }
        try {
          const grant = await db.transaction((tx) =>
            requestTrustAccess(tx, data.org.orgId, parsed.data, req.ip),
          );
          if (grant) sendGrantMail(ctx, req, data.org.orgId, grant);
        } catch (err) {
          if (err instanceof VigilError && err.code === 'rate_limited') return html(reply, 429, TOO_MANY);
          if (err instanceof VigilError && err.code === 'validation_failed')
            return refuse({ [err.field ?? 'form']: err.message.replace(/^\w+: /, '') });
          throw err;
        }
        return html(reply, 200, requestThanksHtml(data.org.name, req.params.slug));
      },
    );

    scope.get<{ Params: { token: string } }>(
      '/trust/access/:token',
      { config: publicAccess, schema: hidden },
      async (req, reply) => {
        if (!linkLimit.take(req.ip)) return html(reply, 429, TOO_MANY);
        const found = await grantOf(db, req.params.token);
        if (!found) return html(reply, 410, LINK_GONE);
        const docs = await visibleDocuments(db, found.grant.orgId);
        return html(
          reply,
          200,
          accessPageHtml({
            orgName: found.orgName,
            token: req.params.token,
            expiresAt: found.grant.expiresAt,
            name: found.request.name,
            documents: docs,
          }),
        );
      },
    );

    scope.get<{ Params: { token: string; documentId: string }; Querystring: { download?: string } }>(
      '/trust/access/:token/documents/:documentId',
      { config: publicAccess, schema: hidden },
      async (req, reply) => {
        if (!linkLimit.take(req.ip)) return html(reply, 429, TOO_MANY);
        const found = await grantOf(db, req.params.token);
        if (!found) return html(reply, 410, LINK_GONE);
        if (!/^[0-9a-f-]{36}$/.test(req.params.documentId)) return html(reply, 404, NOT_FOUND);
        const [doc] = await listTrustDocuments(db, found.grant.orgId, req.params.documentId);
        if (!doc || doc.visibility === 'private') return html(reply, 404, NOT_FOUND);
        const download = req.query.download === '1';
        await db.insert(schema.trustAccessLog).values({
          orgId: found.grant.orgId,
          grantId: found.grant.id,
          requestId: found.request.id,
          versionId: doc.versionId,
          action: download ? 'download' : 'view',
          ip: req.ip,
        });
        return sendDocument(ctx, reply, { ...doc, orgId: found.grant.orgId }, download);
      },
    );
  });
}
