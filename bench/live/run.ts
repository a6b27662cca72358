/**
 * Live collector throughput under a rate limit: an API on 127.0.0.1 that allows N requests per second,
 * and a collector that reads all of it; the figure is requests served per second against the bound N.
 *
 * `--api github` (default): a GitHub-shaped REST API answering 429 with Retry-After and GitHub's
 * x-ratelimit-* headers once the limit is spent, serving a synthetic organization large enough to need
 * many pages, read by the GitHub collector. The limit is GitHub's primary-limit model by default: a fixed
 * window of N requests, here one second long and aligned to whole epoch seconds so `x-ratelimit-reset` is
 * exact. `--model bucket` keeps the earlier token bucket (refilled continuously), which whole-second reset
 * headers can only approximate.
 *
 * `--api okta`: the Okta-shaped users API of the tests (`saas/test/okta-api.ts`) with `--users` synthetic
 * users, limited per Okta bucket (listing users; other `/api/v1/users/…` calls) to N requests per
 * one-second window with Okta's X-Rate-Limit-* headers and 429 E0000047, read by the Okta collector. The
 * bound is N for the factors-and-roles bucket, which carries all but a few list pages.
 *
 *   npx tsx bench/live/run.ts [--rate 100] [--repos 400] [--latency-ms 0,25] [--model window|bucket]
 *   npx tsx bench/live/run.ts --api okta [--rate 100] [--users 600] [--latency-ms 0,25]
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { collectGitHub } from '@vigil/connectors/saas/github/collector';
import { collectOkta } from '@vigil/connectors/saas/identity/okta-collector';
import { OKTA_TEST_TOKEN, oktaRateLimited, oktaUsersApi } from '@vigil/connectors/saas/test/okta-api';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '100' },
    repos: { type: 'string', default: '400' },
    'latency-ms': { type: 'string', default: '0,25' },
    model: { type: 'string', default: 'window' },
    api: { type: 'string', default: 'github' },
    users: { type: 'string', default: '600' },
  },
});
const RATE = Number(values.rate);
const REPOS = Number(values.repos);
const LATENCIES = values['latency-ms'].split(',').map(Number);
const MODEL = values.model;
if (MODEL !== 'window' && MODEL !== 'bucket') throw new Error('--model is window or bucket');
const API = values.api;
if (API !== 'github' && API !== 'okta') throw new Error('--api is github or okta');
const USERS = Number(values.users);
const ORG = 'bench';
const TOKEN = 'ghp_bench';

interface Counters {
  served: number;
  limited: number;
}

/** A token bucket of capacity RATE refilled at RATE per second, reported the way GitHub reports its limit. */
function bucket(rate: number) {
  let tokens = rate;
  let at = Date.now();
  return {
    take(): { ok: boolean; headers: Record<string, string> } {
      const now = Date.now();
      tokens = Math.min(rate, tokens + ((now - at) / 1000) * rate);
      at = now;
      const ok = tokens >= 1;
      if (ok) tokens -= 1;
      const fullAt = now + ((rate - tokens) / rate) * 1000;
      const headers: Record<string, string> = {
        'x-ratelimit-limit': String(rate),
        'x-ratelimit-remaining': String(Math.floor(tokens)),
        'x-ratelimit-used': String(rate - Math.floor(tokens)),
        // Epoch seconds, as GitHub sends it: when the bucket is full again.
        'x-ratelimit-reset': String(Math.ceil(fullAt / 1000)),
      };
      if (!ok) headers['retry-after'] = String(Math.max(1, Math.ceil((1 - tokens) / rate)));
      return { ok, headers };
    },
  };
}

/** GitHub's primary limit: `rate` requests per one-second window, windows starting on whole epoch seconds. */
function fixedWindow(rate: number) {
  let window = 0;
  let used = 0;
  return {
    take(): { ok: boolean; headers: Record<string, string> } {
      const now = Date.now();
      const start = Math.floor(now / 1000) * 1000;
      if (start !== window) {
        window = start;
        used = 0;
      }
      const ok = used < rate;
      if (ok) used++;
      const headers: Record<string, string> = {
        'x-ratelimit-limit': String(rate),
        'x-ratelimit-remaining': String(rate - used),
        'x-ratelimit-used': String(used),
        'x-ratelimit-reset': String(start / 1000 + 1),
      };
      if (!ok) headers['retry-after'] = String(Math.max(1, Math.ceil((start + 1000 - now) / 1000)));
      return { ok, headers };
    },
  };
}

const repo = (i: number) => ({
  id: i + 1,
  name: `repo-${i}`,
  full_name: `${ORG}/repo-${i}`,
  private: i % 3 === 0,
  visibility: i % 3 === 0 ? 'private' : 'public',
  archived: false,
  default_branch: 'main',
  html_url: `https://github.test/${ORG}/repo-${i}`,
});

function page<T>(items: T[], url: URL, base: string): { body: T[]; link?: string } {
  const per = Math.min(100, Number(url.searchParams.get('per_page') ?? '30'));
  const n = Number(url.searchParams.get('page') ?? '1');
  const last = Math.max(1, Math.ceil(items.length / per));
  const body = items.slice((n - 1) * per, n * per);
  if (n >= last) return { body };
  const next = new URL(url.toString(), base);
  next.searchParams.set('page', String(n + 1));
  return { body, link: `<${next}>; rel="next"` };
}

async function startServer(latencyMs: number, counters: Counters) {
  const limiter = MODEL === 'window' ? fixedWindow(RATE) : bucket(RATE);
  const repos = Array.from({ length: REPOS }, (_, i) => repo(i));
  const alerts = Array.from({ length: 250 }, (_, i) => ({
    number: i + 1,
    state: 'open',
    created_at: '2025-01-01T00:00:00Z',
    security_advisory: { severity: ['low', 'medium', 'high', 'critical'][i % 4] },
    security_vulnerability: { severity: ['low', 'medium', 'high', 'critical'][i % 4] },
    repository: { full_name: `${ORG}/repo-${i % REPOS}` },
  }));
  const members = Array.from({ length: 120 }, (_, i) => ({ login: `user-${i}` }));
  let base = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const send = () => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      };
      if (latencyMs > 0) setTimeout(send, latencyMs);
      else send();
    };
    const limit = limiter.take();
    if (!limit.ok) {
      counters.limited++;
      return reply(429, { message: 'API rate limit exceeded' }, limit.headers);
    }
    counters.served++;
    if (req.headers.authorization !== `token ${TOKEN}`) return reply(401, { message: 'Bad credentials' });
    const url = new URL(req.url ?? '/', base);
    const p = url.pathname;
    const paged = <T>(items: T[]) => {
      const r = page(items, url, base);
      return reply(200, r.body, { ...limit.headers, ...(r.link ? { link: r.link } : {}) });
    };
    if (p === `/orgs/${ORG}`)
      return reply(
        200,
        {
          login: ORG,
          two_factor_requirement_enabled: true,
          default_repository_permission: 'read',
          members_can_create_repositories: false,
        },
        limit.headers,
      );
    if (p === `/orgs/${ORG}/members`) return paged(members.slice(0, 3));
    if (p === `/orgs/${ORG}/outside_collaborators`) return paged(members);
    if (p === `/orgs/${ORG}/dependabot/alerts`) return paged(alerts);
    if (p === `/orgs/${ORG}/repos`) return paged(repos);
    if (/^\/repos\/[^/]+\/[^/]+\/branches\/[^/]+\/protection$/.test(p))
      return reply(404, { message: 'Branch not protected' }, limit.headers);
    if (/^\/repos\/[^/]+\/[^/]+\/rulesets$/.test(p)) return paged([]);
    return reply(404, { message: 'Not Found' }, limit.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function measure(latencyMs: number) {
  const counters: Counters = { served: 0, limited: 0 };
  const server = await startServer(latencyMs, counters);
  const t0 = performance.now();
  const startedAt = Date.now();
  let resources = 0;
  for await (const _ of collectGitHub({ org: ORG, token: TOKEN, baseUrl: server.base })) resources++;
  const seconds = (performance.now() - t0) / 1000;
  const endedAt = Date.now();
  await server.close();
  // Strictly, more than RATE × seconds were possible: the bucket starts full, and a run touches the
  // windows it starts and ends in, each allowing RATE however little of it the run covers.
  const strictBound =
    MODEL === 'bucket'
      ? RATE * seconds + RATE
      : RATE * (Math.floor(endedAt / 1000) - Math.floor(startedAt / 1000) + 1);
  return {
    latencyMs,
    resources,
    requests: counters.served,
    limited429: counters.limited,
    seconds: Number(seconds.toFixed(2)),
    requestsPerSecond: Number((counters.served / seconds).toFixed(1)),
    ofRate: Number(((counters.served / seconds / RATE) * 100).toFixed(1)),
    ofStrictBound: Number(((counters.served / strictBound) * 100).toFixed(1)),
  };
}

/** The Okta-shaped users API with its per-bucket fixed windows, every answer delayed by `latencyMs`. */
async function startOktaServer(latencyMs: number) {
  const limiter = oktaRateLimited(oktaUsersApi(USERS), RATE);
  let base = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // The limit is taken when the request arrives, as a server counts it; only the answer is delayed.
    const reply = limiter(req, new URL(req.url ?? '/', base), base) ?? { status: 404, body: {} };
    const send = () => {
      res.writeHead(reply.status ?? 200, {
        'content-type': 'application/json; charset=utf-8',
        ...reply.headers,
      });
      res.end(JSON.stringify(reply.body));
    };
    if (latencyMs > 0) setTimeout(send, latencyMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, limiter, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function measureOkta(latencyMs: number) {
  const server = await startOktaServer(latencyMs);
  const t0 = performance.now();
  const startedAt = Date.now();
  let resources = 0;
  for await (const _ of collectOkta({ orgUrl: server.base, token: OKTA_TEST_TOKEN })) resources++;
  const seconds = (performance.now() - t0) / 1000;
  const endedAt = Date.now();
  await server.close();
  const served = server.limiter.served;
  // Factors and roles: two calls a user, all in Okta's `/api/v1/users*` bucket, the one that binds.
  const bucket = served.get('users*') ?? 0;
  const strictBound = RATE * (Math.floor(endedAt / 1000) - Math.floor(startedAt / 1000) + 1);
  return {
    latencyMs,
    resources,
    requests: [...served.values()].reduce((a, b) => a + b, 0),
    listPages: served.get('list') ?? 0,
    limited429: server.limiter.limited,
    seconds: Number(seconds.toFixed(2)),
    bucketRequestsPerSecond: Number((bucket / seconds).toFixed(1)),
    ofRate: Number(((bucket / seconds / RATE) * 100).toFixed(1)),
    ofStrictBound: Number(((bucket / strictBound) * 100).toFixed(1)),
  };
}

if (API === 'okta') {
  console.log(`okta: rate limit ${RATE} req/s per bucket (fixed 1 s windows), ${USERS} users`);
  for (const latency of LATENCIES) console.log(JSON.stringify(await measureOkta(latency)));
} else {
  console.log(
    `github: rate limit ${RATE} req/s (${MODEL === 'window' ? 'fixed 1 s windows' : 'token bucket'}), ${REPOS} repositories`,
  );
  for (const latency of LATENCIES) {
    const r = await measure(latency);
    console.log(JSON.stringify(r));
  }
}
