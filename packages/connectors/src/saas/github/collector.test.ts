import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiServer, type Handler, type Reply, startApiServer } from '../test/api-server.ts';
import { collect, fixture } from '../test/helpers.ts';
import { githubBundleImporter } from './bundle-importer.ts';
import { collectGitHub, GitHubCollectorConfigSchema } from './collector.ts';

const load = (rel: string) => JSON.parse(readFileSync(fixture(`github-bundle/${rel}`), 'utf8'));
const TOKEN = 'ghp_test000000000000000000000000000000';

// Serves the bundle fixtures as the REST API would: paginated lists, one 429, per-ruleset details.
function githubApi(): Handler {
  let throttled = false;
  const repos = load('repos.json');
  const rulesets: Record<string, { id: number }[]> = {
    'hello-world': load('rulesets/hello-world.json'),
    'octo-repo': load('rulesets/octo-repo.json'),
  };
  return (req, url, base): Reply | undefined => {
    if (req.headers.authorization !== `token ${TOKEN}`)
      return {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
      };
    const p = url.pathname;
    const page = Number(url.searchParams.get('page') ?? '1');
    if (p === '/orgs/github') return { body: load('org.json') };
    if (p === '/orgs/github/members' && url.searchParams.get('filter') === '2fa_disabled')
      return { body: load('members-2fa-disabled.json') };
    if (p === '/orgs/github/outside_collaborators') return { body: [] };
    if (p === '/orgs/github/dependabot/alerts') {
      if (!throttled) {
        throttled = true;
        return {
          status: 429,
          headers: { 'retry-after': '1' },
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          },
        };
      }
      return { body: load('dependabot-alerts.json') };
    }
    if (p === '/orgs/github/repos') {
      const next = `<${base}/orgs/github/repos?per_page=100&page=2>; rel="next", <${base}/orgs/github/repos?per_page=100&page=2>; rel="last"`;
      return page === 1 ? { body: repos.slice(0, 2), headers: { link: next } } : { body: repos.slice(2) };
    }
    const prot = /^\/repos\/github\/([^/]+)\/branches\/([^/]+)\/protection$/.exec(p);
    if (prot) {
      try {
        return { body: load(`protection/${prot[1]}.json`), status: prot[1] === 'octo-repo' ? 404 : 200 };
      } catch {
        return undefined;
      }
    }
    const list = /^\/repos\/github\/([^/]+)\/rulesets$/.exec(p);
    if (list) return { body: (rulesets[list[1]!] ?? []).map(({ id }) => ({ id, enforcement: 'active' })) };
    const one = /^\/repos\/github\/([^/]+)\/rulesets\/(\d+)$/.exec(p);
    if (one) return { body: (rulesets[one[1]!] ?? []).find((r) => r.id === Number(one[2])) };
    return undefined;
  };
}

describe('GitHub live collector', () => {
  let server: ApiServer | undefined;
  afterEach(async () => server?.close());

  it('collects what the gh api bundle holds, with the same normalizers', async () => {
    server = await startApiServer(githubApi());
    const live = [];
    for await (const r of collectGitHub(
      { org: 'github', token: TOKEN, baseUrl: server.base },
      { retryAfterBaseMs: 20 },
    ))
      live.push(r);
    const imported = await collect(githubBundleImporter, fixture('github-bundle'));
    // The archived repository is not queried live; its protection stays unknown either way.
    expect(live).toEqual(imported);
    const paths = server.requests.map((r) => r.path);
    expect(paths).toContain('/orgs/github/repos?per_page=100&page=2');
    expect(paths.filter((x) => x.startsWith('/orgs/github/dependabot/alerts'))).toHaveLength(2);
    expect(paths.some((x) => x.startsWith('/repos/github/old-service'))).toBe(false);
    expect(server.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('reports a rejected token clearly and without echoing it', async () => {
    server = await startApiServer(githubApi());
    const run = async () => {
      for await (const _ of collectGitHub({ org: 'github', token: 'wrong-token', baseUrl: server!.base })) {
        // Nothing is yielded before the organization call fails.
      }
    };
    await expect(run()).rejects.toThrow('GitHub GET /orgs/github: 401 Bad credentials');
    await expect(run()).rejects.not.toThrow(/wrong-token/);
  });

  it('validates its configuration', () => {
    expect(GitHubCollectorConfigSchema.safeParse({ org: 'acme', token: '' }).success).toBe(false);
    expect(GitHubCollectorConfigSchema.safeParse({ org: 'a/b', token: 'x' }).success).toBe(false);
    expect(
      GitHubCollectorConfigSchema.safeParse({ org: 'acme', token: 'x', baseUrl: 'http://127.0.0.1:1/api/v3' })
        .success,
    ).toBe(true);
  });
});
