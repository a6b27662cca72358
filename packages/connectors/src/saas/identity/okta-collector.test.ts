import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiServer, type Handler, type Reply, startApiServer } from '../test/api-server.ts';
import { collect, fixture } from '../test/helpers.ts';
import { oktaUsersImporter } from './okta.ts';
import { collectOkta } from './okta-collector.ts';

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

async function run(token: string, base: string) {
  const out = [];
  for await (const r of collectOkta({ orgUrl: base, token })) out.push(r);
  return out;
}

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
