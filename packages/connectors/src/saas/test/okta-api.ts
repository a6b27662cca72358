/** An Okta-shaped users API with synthetic users and Okta's bucketed rate limits, for tests and the bench. */
import type { Handler, Reply } from './api-server.ts';

/** The token the fake API accepts (`Authorization: SSWS …`). */
export const OKTA_TEST_TOKEN = '00TEST-okta-synthetic-000000000000000000';

/** A user as `/api/v1/users` lists it (factors and roles are served on their own paths). */
export function syntheticOktaUser(i: number) {
  const id = `00u${String(i).padStart(17, '0')}`;
  return {
    id,
    status: i % 10 === 9 ? 'SUSPENDED' : 'ACTIVE',
    created: '2024-01-02T03:04:05.000Z',
    lastLogin: '2025-05-28T22:14:22.000Z',
    profile: {
      login: `user-${i}@example.com`,
      email: `user-${i}@example.com`,
      firstName: 'User',
      lastName: String(i),
    },
  };
}

const E0000011 = {
  errorCode: 'E0000011',
  errorSummary: 'Invalid token provided',
  errorLink: 'E0000011',
  errorId: 'oaeTEST',
  errorCauses: [],
};

/**
 * Serves `count` synthetic users as the Management API does: `Link` pagination of `limit` (at most
 * 200) users, one TOTP factor for every other user, an admin role for every tenth.
 */
export function oktaUsersApi(count: number, token = OKTA_TEST_TOKEN): Handler {
  const users = Array.from({ length: count }, (_, i) => syntheticOktaUser(i));
  const index = new Map(users.map((u, i) => [u.id, i]));
  return (req, url, base): Reply | undefined => {
    if (req.headers.authorization !== `SSWS ${token}`) return { status: 401, body: E0000011 };
    const p = url.pathname;
    if (p === '/api/v1/users') {
      const limit = Math.min(200, Number(url.searchParams.get('limit') ?? '200'));
      const after = url.searchParams.get('after');
      const start = after === null ? 0 : (index.get(after) ?? -1) + 1;
      const page = users.slice(start, start + limit);
      const self = `<${base}${p}${url.search}>; rel="self"`;
      const last = page[page.length - 1];
      const more = start + limit < users.length && last;
      return {
        body: page,
        headers: {
          link: more ? `${self}, <${base}${p}?after=${last.id}&limit=${limit}>; rel="next"` : self,
        },
      };
    }
    const m = /^\/api\/v1\/users\/([^/]+)\/(factors|roles)$/.exec(p);
    const i = m ? index.get(m[1]!) : undefined;
    if (!m || i === undefined) return undefined;
    if (m[2] === 'factors') {
      return {
        body:
          i % 2 === 0
            ? [{ id: `uft${i}`, factorType: 'token:software:totp', provider: 'GOOGLE', status: 'ACTIVE' }]
            : [],
      };
    }
    return { body: i % 10 === 0 ? [{ id: `ra${i}`, type: 'SUPER_ADMIN', status: 'ACTIVE' }] : [] };
  };
}

/** The bucket Okta counts a request in: listing users, one user, and every other `/api/v1/users/…` call. */
function bucketOf(path: string): string {
  if (path === '/api/v1/users') return 'list';
  if (/^\/api\/v1\/users\/[^/]+$/.test(path)) return 'user';
  if (path.startsWith('/api/v1/users/')) return 'users*';
  return path;
}

/**
 * Puts Okta's rate limits in front of a handler: per bucket, `limit` requests per fixed window of one
 * second starting on whole epoch seconds, so `X-Rate-Limit-Reset` (epoch seconds) is exact. Every answer
 * carries `X-Rate-Limit-Limit`, `-Remaining` and `-Reset`; a spent window answers 429 E0000047.
 * `limited` counts those 429s and `served` the requests let through, per bucket.
 */
export function oktaRateLimited(
  handler: Handler,
  limit: number,
): Handler & { limited: number; served: Map<string, number> } {
  const windows = new Map<string, { start: number; used: number }>();
  const wrapped = Object.assign(
    (req: Parameters<Handler>[0], url: URL, base: string): Reply | undefined => {
      const bucket = bucketOf(url.pathname);
      const start = Math.floor(Date.now() / 1000) * 1000;
      let w = windows.get(bucket);
      if (!w || w.start !== start) {
        w = { start, used: 0 };
        windows.set(bucket, w);
      }
      const ok = w.used < limit;
      if (ok) w.used++;
      const headers = {
        'x-rate-limit-limit': String(limit),
        'x-rate-limit-remaining': String(limit - w.used),
        'x-rate-limit-reset': String(start / 1000 + 1),
      };
      if (!ok) {
        wrapped.limited++;
        return {
          status: 429,
          headers,
          body: {
            errorCode: 'E0000047',
            errorSummary: 'API call exceeded rate limit due to too many requests.',
            errorLink: 'E0000047',
            errorId: 'oaeRATE',
            errorCauses: [],
          },
        };
      }
      wrapped.served.set(bucket, (wrapped.served.get(bucket) ?? 0) + 1);
      const reply = handler(req, url, base) ?? { status: 404, body: { errorCode: 'E0000007' } };
      return { ...reply, headers: { ...headers, ...reply.headers } };
    },
    { limited: 0, served: new Map<string, number>() },
  );
  return wrapped;
}
