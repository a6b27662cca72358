/** Runs the real app in-process against a real database, with helpers to act as a signed-in person. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyOf, type CallArgs, type ResponseOf, type RouteDescriptor, urlOf } from '@vigil/api';
import { type Database, schema } from '@vigil/db';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import type { App, AppContext } from '../context.ts';
import type { Mailer } from '../mail/mailer.ts';
import { hashToken, randomToken } from '../security/secrets.ts';
import { FsBlobStore } from '../storage/blob-store.ts';
import { EvidenceStore } from '../storage/evidence-store.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestApp {
  app: App;
  database: Database;
  ctx: AppContext;
  close(): Promise<void>;
}

/**
 * Builds the app on a fresh database (or on `existing`, which close() then closes); pass a mailer,
 * config overrides or an evidence size limit when a test needs them.
 */
export async function createTestApp(
  overrides: Partial<AppContext['config']> = {},
  mailer: Mailer | null = null,
  evidence: { maxBytes?: number; store?: (masterKey: Buffer) => Promise<EvidenceStore> } = {},
  existing?: Database,
): Promise<TestApp> {
  const database = existing ?? (await createTestDatabase());
  const masterKey = randomBytes(32);
  const evidenceDir = mkdtempSync(join(tmpdir(), 'vigil-evidence-'));
  const evidenceStore = evidence.store
    ? await evidence.store(masterKey)
    : new EvidenceStore(
        await new FsBlobStore(evidenceDir).init(),
        masterKey,
        evidence.maxBytes ?? 50 * 1024 * 1024,
      );
  const ctx: AppContext = {
    database,
    db: database.db,
    config: {
      host: '127.0.0.1',
      port: 0,
      trustProxy: false,
      logLevel: (process.env.VIGIL_TEST_LOG as 'silent') ?? 'silent',
      sessionHours: 12,
      mailFrom: 'Vigil <vigil@localhost>',
      webDist: '/nonexistent',
      ...overrides,
    },
    masterKey,
    mailer,
    evidenceStore,
  };
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    database,
    ctx,
    async close() {
      await app.close();
      await database.close();
      evidenceStore.close();
      rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in browser: carries the session cookie and echoes the CSRF token on writes. */
export class Client {
  constructor(
    readonly app: App,
    readonly cookie: string,
    readonly csrfToken: string,
  ) {}

  /** The credentials this client sends with a request of `method`. */
  authHeaders(method: string): Record<string, string> {
    return { cookie: this.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken }) };
  }

  /** Sends a request as this person. */
  request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: this.authHeaders(method),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  /** Sends the request a route descriptor describes, with its typed input, as this person. */
  send<R extends RouteDescriptor>(route: R, ...[input]: CallArgs<R>): Promise<LightMyRequestResponse> {
    return this.request(route.method, urlOf(route, input), bodyOf(input));
  }

  /** Calls a route and returns its typed answer; any failure answer throws with the server's words. */
  async call<R extends RouteDescriptor>(route: R, ...args: CallArgs<R>): Promise<ResponseOf<R>> {
    const res = await this.send(route, ...args);
    if (res.statusCode >= 300)
      throw new Error(`${route.method} ${route.path} answered ${res.statusCode}: ${res.body}`);
    return (res.statusCode === 204 ? undefined : res.json()) as ResponseOf<R>;
  }
}

/** A script using an API token: the same requests as a person, sent with `Authorization: Bearer`. */
export class TokenClient extends Client {
  constructor(
    app: App,
    readonly token: string,
    readonly scope: 'read' | 'write',
  ) {
    super(app, '', '');
  }

  override authHeaders(): Record<string, string> {
    return { authorization: `Bearer ${this.token}` };
  }
}

/** Issues an API token of `scope` to a member directly in the database and returns a client using it. */
export async function tokenClient(
  t: TestApp,
  orgId: string,
  userId: string,
  scope: 'read' | 'write',
): Promise<TokenClient> {
  const token = randomToken('vgl_', 32);
  await t.database.db.insert(schema.apiTokens).values({
    orgId,
    userId,
    name: `${scope} probe`,
    prefix: token.slice(0, 12),
    tokenHash: hashToken(token),
    scope,
  });
  return new TokenClient(t.app, token, scope);
}

/** A client built from a login or setup response. */
export function clientFrom(app: App, res: LightMyRequestResponse): Client {
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0]! : setCookie!;
  return new Client(app, raw.split(';')[0]!, res.json().csrfToken);
}

export const OWNER_PASSWORD = 'correct horse battery staple';

/** Runs first-run setup and returns the owner's client. */
export async function setupOrganization(
  app: App,
  name = 'Acme Cloud',
  email = 'owner@acme.test',
): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: { organizationName: name, name: 'Olivia Owner', email, password: OWNER_PASSWORD },
  });
  return clientFrom(app, res);
}

/** Signs in with email and password. */
export async function login(app: App, email: string, password = OWNER_PASSWORD): Promise<Client> {
  return clientFrom(
    app,
    await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } }),
  );
}
