/** Builds the Fastify application: plugins, security headers, auth, error shape and every route. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { metaRoutes } from '@vigil/api';
import Fastify, { type FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { authenticate, type RequestAuth } from './auth/request-auth.ts';
import { isHttps } from './config.ts';
import type { App, AppContext } from './context.ts';
import { enforceAccess, type RouteAccess } from './http/access.ts';
import { API_DOCS_CSS } from './http/api-docs-theme.ts';
import { ChangeFeed } from './http/change-feed.ts';
import { handleError } from './http/error-handler.ts';
import { type MemoryAnswer, serverTryingMemory } from './http/memory-answers.ts';
import { requestIdOf } from './http/request-id.ts';
import { securityHeaders } from './http/security-headers.ts';
import { requireDescriptors, serve } from './http/serve.ts';
import { registerRoutes } from './routes.ts';
import { shippedRegistry } from './shipped-registry.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
  interface FastifyInstance {
    /** Every route with its declared access rule; the authorization tests are derived from it. */
    routeTable: RouteInfo[];
    /** The security headers every answer carries, worked out once at start. */
    baseHeaders: Readonly<Record<string, string>>;
    /** Adds an answer sent from memory before routing (see `memory-answers.ts`). */
    answerFromMemory(answer: MemoryAnswer): void;
  }
}

export interface RouteInfo {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

const DEFAULT_WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Applies the route's access rule and continues, or stops the request with the refusal. */
function decide(req: FastifyRequest, done: (err?: Error) => void): void {
  try {
    enforceAccess(req);
  } catch (err) {
    done(err as Error);
    return;
  }
  done();
}

/** Creates the app; `ctx.config.logLevel` 'silent' keeps tests quiet. */
export async function buildApp(ctx: AppContext): Promise<App> {
  const memoryAnswers: MemoryAnswer[] = [];
  const app = Fastify({
    serverFactory: serverTryingMemory(memoryAnswers),
    logger: {
      level: ctx.config.logLevel,
      // Credentials must never reach the logs, whatever a future serializer decides to print.
      redact: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
    },
    bodyLimit: 256 * 1024,
    trustProxy: ctx.config.trustProxy,
    genReqId: requestIdOf,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  // The shipped importers and checks with their sweep followers, unless a test brings its own registry.
  ctx.monitoring ??= shippedRegistry();
  if (!ctx.changeFeed) {
    const feed = await ChangeFeed.start(ctx.database);
    ctx.changeFeed = feed;
    app.addHook('onClose', () => feed.close());
  }
  const changeFeed = ctx.changeFeed;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('auth', null);
  const routeTable: RouteInfo[] = [];
  app.decorate('routeTable', routeTable);
  requireDescriptors(app);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: r.url, access: r.config?.access });
    }
  });

  await app.register(cookie);
  const headers = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine writes its CSS variables into style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: 'deny' },
    hsts: isHttps(ctx.config) ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.decorate('baseHeaders', headers);
  app.decorate('answerFromMemory', (answer: MemoryAnswer) => {
    memoryAnswers.push(answer);
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Vigil API', version: '0.1.0', description: 'SOC 2 compliance automation' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token (vgl_…)' },
          session: { type: 'apiKey', in: 'cookie', name: 'vigil_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // The API documentation (Swagger UI) sets style attributes from its script, which the stock
  // `staticCSP: true` policy of @fastify/swagger-ui (style-src 'self' https:) blocks, so the page
  // logged CSP violations. Its routes get their own policy: inline styles allowed as the app's
  // own policy above allows them for Mantine, scripts still only from this server, no framing.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    theme: { title: 'Vigil API', css: [{ filename: 'vigil-a11y.css', content: API_DOCS_CSS }] },
    staticCSP: {
      'default-src': ["'self'"],
      'base-uri': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'object-src': ["'none'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'connect-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'self'"],
    },
  });

  // Callback style, not async: a public page (the trust page is what prospects hit) then costs no
  // promise, and only routes that need credentials wait for them.
  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(headers);
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    // Access is decided here, before the body is read, parsed or validated: a caller without the
    // right credentials learns nothing from how their body would have been judged.
    const access = req.routeOptions.config.access;
    // Public routes never look at credentials, so a stale token cannot break /healthz or sign-in.
    if (access && !('public' in access)) {
      authenticate(ctx.db, req, changeFeed).then((auth) => {
        req.auth = auth;
        decide(req, done);
      }, done);
      return;
    }
    decide(req, done);
  });

  app.get('/healthz', { config: { access: { public: true } }, schema: { hide: true } }, async () => ({
    ok: true,
  }));
  app.get(
    '/readyz',
    { config: { access: { public: true } }, schema: { hide: true } },
    async (_req, reply) => {
      try {
        await ctx.database.db.execute('select 1');
        return { ok: true, database: ctx.database.kind };
      } catch {
        return reply.status(503).send({ ok: false, database: ctx.database.kind });
      }
    },
  );
  serve(app, metaRoutes.openapi, async () => app.swagger() as Record<string, unknown>);

  await registerRoutes(app, ctx);

  const webDist = ctx.config.webDist ?? DEFAULT_WEB_DIST;
  if (existsSync(join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
    // The single-page app owns every other path that is not under /api.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply
        .status(404)
        .send({ error: { code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` } });
    });
  } else {
    app.setNotFoundHandler((req, reply) =>
      reply
        .status(404)
        .send({ error: { code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` } }),
    );
  }
  return app;
}
