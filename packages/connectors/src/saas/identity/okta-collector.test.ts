import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiServer, type Handler, type Reply, startApiServer } from '../test/api-server.ts';
import { collect, fixture } from '../test/helpers.ts';
import { OKTA_TEST_TOKEN, oktaRateLimited, oktaUsersApi } from '../test/okta-api.ts';
import { oktaUsersImporter } from './okta.ts';
import { collectOkta, type OktaCollectOptions, oktaBucket } from './okta-collector.ts';

const TOKEN = '00TEST-token-0000000000000000000000000000';
type FixtureUser = { id: string; factors: unknown[]; roles: unknown[] } & Record<string, unknown>;
const users = JSON.parse(readFileSync(fixture('identity/okta-users.json'), 'utf8')) as FixtureUser[];

// Answers as the Okta Management API documents: Link pagination, a 429 with X-Rate-Limit-Reset, E0000011.
function oktaApi(): Handler {
  let limited = false;
  return (req, url, base): Reply | undefined => {
    if (req.headers.authorization !== `SSWS ${TOKEN}`) {
      return {
        status: 401,
        body: {
          errorCode: 'E0000011',
          errorSummary: 'Invalid token provided',
          errorLink: 'E0000011',
          errorId: 'oaeTEST',
          errorCauses: [],
        },
      };
    }
    const p = url.pathname;
    if (p === '/api/v1/users') {
      const bare = users.map(({ factors: _f, roles: _r, ...u }) => u);
      if (url.searchParams.get('after') === null) {
        return {
          body: bare.slice(0, 2),
          headers: {
            link: `<${base}/api/v1/users?limit=200>; rel="self", <${base}/api/v1/users?after=${bare[1]!.id}&limit=200>; rel="next"`,
          },
        };
      }
      return { body: bare.slice(2), headers: { link: `<${base}${url.pathname}${url.search}>; rel="self"` } };
    }
    const m = /^\/api\/v1\/users\/([^/]+)\/(factors|roles)$/.exec(p);
    const user = users.find((u) => u.id === m?.[1]);
    if (!m || !user) return undefined;
    if (m[2] === 'factors' && !limited) {
      limited = true;
      const now = Math.floor(Date.now() / 1000);
      return {
        status: 429,
        headers: {
          'x-rate-limit-limit': '600',
          'x-rate-limit-remaining': '0',
          'x-rate-limit-reset': String(now),
          date: new Date(now * 1000).toUTCString(),
        },
        body: {
          errorCode: 'E0000047',
          errorSummary: 'API call exceeded rate limit due to too many requests.',
          errorLink: 'E0000047',
          errorId: 'oaeRATE',
          errorCauses: [],
        },
      };
    }
    return { body: m[2] === 'factors' ? user.factors : user.roles };
  };
}

async function run(token: string, base: string, opts: OktaCollectOptions = {}) {
  const out = [];
  for await (const r of collectOkta({ orgUrl: base, token }, opts)) out.push(r);
  return out;
}

const E0000047 = {
  errorCode: 'E0000047',
  errorSummary: 'API call exceeded rate limit due to too many requests.',
  errorLink: 'E0000047',
  errorId: 'oaeRATE',
  errorCauses: [],
};

describe('Okta live collector', () => {
  let server: ApiServer | undefined;
  afterEach(async () => server?.close());

  it('pages through users, waits out a 429 and matches the export importer', async () => {
    server = await startApiServer(oktaApi());
    const live = await run(TOKEN, server.base);
    expect(live).toEqual(await collect(oktaUsersImporter, fixture('identity/okta-users.json')));
    const paths = server.requests.map((r) => r.path);
    expect(paths).toContain(`/api/v1/users?after=${users[1]!.id}&limit=200`);
    expect(paths.filter((x) => x === `/api/v1/users/${users[0]!.id}/factors`)).toHaveLength(2);
  }, 15_000);

  it('reports a rejected token clearly and without echoing it', async () => {
    server = await startApiServer(oktaApi());
    const err = await run('bad-token-value', server.base).catch((e: Error) => e);
    expect(String(err)).toContain('Okta GET /api/v1/users: 401 Invalid token provided (E0000011)');
    expect(String(err)).not.toContain('bad-token-value');
  });
});

describe('Okta live collector under rate limits', () => {
  let server: ApiServer | undefined;
  afterEach(async () => server?.close());
  const factorsOf = (id: string) => `/api/v1/users/${id}/factors`;

  it('retries a 429 when its X-Rate-Limit-Reset has passed, not a second later', async () => {
    const api = oktaUsersApi(3);
    let reset = 0;
    server = await startApiServer((req, url, base) => {
      if (url.pathname === factorsOf('00u00000000000000000') && reset === 0) {
        reset = Math.floor(Date.now() / 1000) + 1;
        return {
          status: 429,
          headers: {
            'x-rate-limit-limit': '600',
            'x-rate-limit-remaining': '0',
            'x-rate-limit-reset': String(reset),
          },
          body: E0000047,
        };
      }
      return api(req, url, base);
    });
    const live = await run(OKTA_TEST_TOKEN, server.base);
    expect(live.map((r) => r.externalId)).toEqual([
      '00u00000000000000000',
      '00u00000000000000001',
      '00u00000000000000002',
    ]);
    expect(live[0]!.attributes).toMatchObject({ mfa_enrolled: true, is_admin: true });
    const tries = server.requests
      .filter((r) => r.path === factorsOf('00u00000000000000000'))
      .map((r) => r.at);
    expect(tries).toHaveLength(2);
    expect(tries[1]!).toBeGreaterThanOrEqual(reset * 1000);
    // The SDK's own executor waits a whole second more than the reset asks for.
    expect(tries[1]! - reset * 1000).toBeLessThan(300);
  });

  it('retries a 429 without a reset header after its Retry-After', async () => {
    const api = oktaUsersApi(2);
    let limited = false;
    server = await startApiServer((req, url, base) => {
      if (url.pathname === '/api/v1/users' && !limited) {
        limited = true;
        return { status: 429, headers: { 'retry-after': '1' }, body: E0000047 };
      }
      return api(req, url, base);
    });
    const live = await run(OKTA_TEST_TOKEN, server.base, { retryAfterBaseMs: 250 });
    expect(live).toHaveLength(2);
    const tries = server.requests.filter((r) => r.path.startsWith('/api/v1/users?')).map((r) => r.at);
    expect(tries).toHaveLength(2);
    expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(250);
  });

  it('keeps every bucket under its fixed-window limit across several windows, without a 429', async () => {
    const limit = 5;
    const limiter = oktaRateLimited(oktaUsersApi(8), limit);
    server = await startApiServer(limiter);
    const live = await run(OKTA_TEST_TOKEN, server.base);
    expect(live).toHaveLength(8);
    expect(limiter.limited).toBe(0);
    // Factors and roles share Okta's `/api/v1/users*` bucket: 16 calls at 5 a window need 4 windows.
    const perWindow = new Map<number, number>();
    for (const r of server.requests.filter((x) => /\/(factors|roles)$/.test(x.path))) {
      const w = Math.floor(r.at / 1000);
      perWindow.set(w, (perWindow.get(w) ?? 0) + 1);
    }
    expect(perWindow.size).toBeGreaterThanOrEqual(3);
    for (const n of perWindow.values()) expect(n).toBeLessThanOrEqual(limit);
    expect(limiter.served.get('users*')).toBe(16);
  }, 15_000);

  it('gives up after maxRetries 429s with an error naming the call and the retries', async () => {
    const api = oktaUsersApi(2);
    server = await startApiServer((req, url, base) => {
      if (url.pathname.endsWith('/factors')) {
        // A reset already past: each retry goes out at once, so the test does not wait.
        const reset = String(Math.floor(Date.now() / 1000));
        return {
          status: 429,
          headers: {
            'x-rate-limit-limit': '600',
            'x-rate-limit-remaining': '0',
            'x-rate-limit-reset': reset,
          },
          body: E0000047,
        };
      }
      return api(req, url, base);
    });
    const err = await run(OKTA_TEST_TOKEN, server.base, { maxRetries: 2 }).catch((e: Error) => e);
    expect(String(err)).toBe(
      'OktaCollectorError: Okta GET /api/v1/users/00u00000000000000000/factors: 429 API call exceeded rate limit due to too many requests. (E0000047); still rate limited after 2 retries',
    );
    expect(server.requests.filter((r) => r.path === factorsOf('00u00000000000000000'))).toHaveLength(3);
  });

  it('counts requests in the buckets Okta counts them in', () => {
    const base = 'https://acme.okta.com';
    expect(oktaBucket('get', `${base}/api/v1/users?limit=200&after=00u1`)).toBe('GET /api/v1/users');
    expect(oktaBucket('GET', `${base}/api/v1/users/00u1`)).toBe('GET /api/v1/users/{id}');
    expect(oktaBucket('GET', `${base}/api/v1/users/00u1/factors`)).toBe('/api/v1/users*');
    expect(oktaBucket('GET', `${base}/api/v1/users/00u2/roles`)).toBe('/api/v1/users*');
  });
});
