/**
 * Live Okta collector on the official @okta/okta-sdk-nodejs: users with their factors and admin
 * roles, normalized exactly like the JSON export. The SDK follows `Link` pagination; its request
 * executor is replaced by one that paces requests by Okta's `X-Rate-Limit-*` headers and retries 429s.
 */
// The SDK is loaded only when a collection runs: it costs tens of MiB that every other command would carry.
import type okta from '@okta/okta-sdk-nodejs';
import type { Resource } from '@vigil/monitoring';
import { z } from 'zod';
import {
  OKTA_RATE_LIMIT_HEADERS,
  RateLimitPacer,
  resetWait,
  retryAfterWait,
} from '../../rate-limit-pacer.ts';
import { normalizeOktaUser, OktaUserSchema } from './okta.ts';

/** What the collector needs; the API token is a secret the server keeps encrypted and never returns. */
export const OktaCollectorConfigSchema = z.strictObject({
  /** `https://YOUR_ORG.okta.com` (no `-admin`). */
  orgUrl: z.url(),
  token: z.string().min(1),
});
/** The type `OktaCollectorConfigSchema` parses to. */
export type OktaCollectorConfig = z.infer<typeof OktaCollectorConfigSchema>;

/** Tuning for tests and large orgs. */
export interface OktaCollectOptions {
  /** Retries of one request after a 429 before giving up; 3 by default. */
  maxRetries?: number;
  /** Slack added to a wait for `X-Rate-Limit-Reset`, for timer lateness and clock skew; 5 ms by default. */
  resetMarginMs?: number;
  /** Milliseconds per second of `Retry-After` (tests shorten the wait). */
  retryAfterBaseMs?: number;
  /** Users whose factors and roles are read at the same time; 4 by default. */
  concurrency?: number;
}

/** A failed Okta call, described without the token. */
export class OktaCollectorError extends Error {
  constructor(
    readonly endpoint: string,
    readonly status: number | undefined,
    detail: string,
  ) {
    super(`Okta ${endpoint}: ${status ? `${status} ` : ''}${detail}`);
    this.name = 'OktaCollectorError';
  }
}

interface OktaErrorShape {
  status?: number;
  errorCode?: string;
  errorSummary?: string;
  message?: string;
  /** Set when the request was still rate limited after this many retries. */
  retries?: number;
}

async function call<T>(endpoint: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const e = err as OktaErrorShape;
    const detail = e.errorSummary
      ? `${e.errorSummary}${e.errorCode ? ` (${e.errorCode})` : ''}`
      : (e.message ?? 'request failed');
    const gaveUp = e.retries === undefined ? '' : `; still rate limited after ${e.retries} retries`;
    throw new OktaCollectorError(endpoint, e.status, `${detail}${gaveUp}`);
  }
}

/**
 * Okta counts requests per bucket of endpoints, each with its own window and headers. Listing users,
 * reading one user, and every other `/api/v1/users/…` call (factors and roles among them) are three
 * buckets. One pacer per bucket, so a window spent on one does not hold back the others.
 */
export function oktaBucket(method: string, url: string): string {
  const path = new URL(url).pathname.replace(/\/+$/, '');
  if (path === '/api/v1/users') return `${method.toUpperCase()} /api/v1/users`;
  if (/^\/api\/v1\/users\/[^/]+$/.test(path)) return `${method.toUpperCase()} /api/v1/users/{id}`;
  if (path.startsWith('/api/v1/users/')) return '/api/v1/users*';
  return path;
}

type ExecutorRequest = Parameters<okta.RequestExecutor['fetch']>[0];
interface FetchResponse {
  status: number;
  headers: { forEach(fn: (value: string, name: string) => void): void };
  text(): Promise<string>;
}

/**
 * Sends the SDK's requests through a pacer per Okta bucket. A 429 is retried once its
 * `X-Rate-Limit-Reset` has passed (or its `Retry-After`, without a reset), at most `maxRetries` times;
 * the SDK's own executor would add a whole second to every such wait and retry only twice.
 */
const pacedRequestExecutor = (sdk: typeof okta) =>
  class PacedRequestExecutor extends sdk.RequestExecutor {
    private readonly pacers = new Map<string, RateLimitPacer>();

    constructor(
      private readonly maxRetries: number,
      private readonly marginMs: number,
      private readonly retryAfterBaseMs: number,
    ) {
      super();
    }

    private pacer(request: ExecutorRequest): RateLimitPacer {
      const bucket = oktaBucket((request as { method?: string }).method ?? 'GET', request.url ?? '');
      let pacer = this.pacers.get(bucket);
      if (!pacer) {
        pacer = new RateLimitPacer({ marginMs: this.marginMs, headers: OKTA_RATE_LIMIT_HEADERS });
        this.pacers.set(bucket, pacer);
      }
      return pacer;
    }

    override async fetch(request: ExecutorRequest) {
      const pacer = this.pacer(request);
      for (let attempt = 0; ; attempt++) {
        await pacer.slot();
        let response: FetchResponse;
        try {
          response = (await super.fetch(request)) as FetchResponse;
        } catch (err) {
          pacer.abandon();
          throw err;
        }
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          headers[name] = value;
        });
        pacer.update(headers);
        if (response.status !== 429) return response as Awaited<ReturnType<okta.RequestExecutor['fetch']>>;
        const wait =
          resetWait(headers, OKTA_RATE_LIMIT_HEADERS, this.marginMs) ??
          retryAfterWait(headers, this.retryAfterBaseMs);
        const body = await response.text().catch(() => '');
        if (wait === undefined) throw rateLimitError(body, undefined);
        if (attempt >= this.maxRetries) throw rateLimitError(body, attempt);
        pacer.pause(wait);
      }
    }
  };

/** The error of a 429 not retried, with Okta's summary when its body has one. */
function rateLimitError(body: string, retries: number | undefined): OktaErrorShape & Error {
  let parsed: { errorSummary?: unknown; errorCode?: unknown } = {};
  try {
    parsed = JSON.parse(body) ?? {};
  } catch {
    // Not Okta's JSON error body: the generic summary below stands.
  }
  const summary = typeof parsed.errorSummary === 'string' ? parsed.errorSummary : 'rate limit exceeded';
  return Object.assign(new Error(summary), {
    status: 429,
    errorSummary: summary,
    ...(typeof parsed.errorCode === 'string' ? { errorCode: parsed.errorCode } : {}),
    ...(retries === undefined ? {} : { retries }),
  });
}

async function all<T>(collection: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of collection) out.push(item);
  return out;
}

// SDK models turn timestamps into Date objects; a JSON round trip gives back the API's strings.
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

/** Collects every Okta user with factors and roles, as `identity.user` resources. */
export async function* collectOkta(
  config: OktaCollectorConfig,
  opts: OktaCollectOptions = {},
): AsyncGenerator<Resource> {
  const cfg = OktaCollectorConfigSchema.parse(config);
  const { default: sdk } = await import('@okta/okta-sdk-nodejs');
  const PacedRequestExecutor = pacedRequestExecutor(sdk);
  const client = new sdk.Client({
    orgUrl: cfg.orgUrl.replace(/\/$/, ''),
    token: cfg.token,
    requestExecutor: new PacedRequestExecutor(
      opts.maxRetries ?? 3,
      opts.resetMarginMs ?? 5,
      opts.retryAfterBaseMs ?? 1000,
    ),
  });
  const user = async (listed: unknown): Promise<Resource> => {
    const bare = plain(listed) as { id?: string };
    const id = bare.id ?? '';
    // Factors and roles are independent reads; the pacer keeps their sum to the bucket's limit.
    const [factors, roles] = await Promise.all([
      call(`GET /api/v1/users/${id}/factors`, async () =>
        all(await client.userFactorApi.listFactors({ userId: id })),
      ),
      call(`GET /api/v1/users/${id}/roles`, async () =>
        all(await client.roleAssignmentApi.listAssignedRolesForUser({ userId: id })),
      ),
    ]);
    const parsed = OktaUserSchema.safeParse({
      ...(bare as object),
      factors: plain(factors),
      roles: plain(roles),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new OktaCollectorError(
        'GET /api/v1/users',
        undefined,
        `unexpected user at ${issue.path.join('.')}: ${issue.message}`,
      );
    }
    return normalizeOktaUser(parsed.data);
  };

  const users = await call('GET /api/v1/users', () => client.userApi.listUsers({ limit: 200 }));
  const iterator = users[Symbol.asyncIterator]();
  const limit = Math.max(1, opts.concurrency ?? 4);
  // Several users are read at once, so that the round trips of one do not leave the window's budget
  // unused; resources are still yielded in the API's order.
  const running: Promise<Resource>[] = [];
  let done = false;
  for (;;) {
    while (!done && running.length < limit) {
      const next = await call('GET /api/v1/users', () => iterator.next());
      if (next.done) done = true;
      else {
        const p = user(next.value);
        // A failure is raised when its turn comes; until then it must not count as unhandled.
        p.catch(() => {});
        running.push(p);
      }
    }
    const first = running.shift();
    if (!first) return;
    yield await first;
  }
}
