import { afterEach, describe, expect, it } from 'vitest';
import { type ApiServer, startApiServer } from '../test/api-server.ts';
import { githubApi, GITHUB_TEST_TOKEN as TOKEN } from '../test/github-api.ts';
import { collect, fixture } from '../test/helpers.ts';
import { githubBundleImporter } from './bundle-importer.ts';
import { collectGitHub, GitHubCollectorConfigSchema, RateLimitPacer } from './collector.ts';

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

  it('paces requests from the rate-limit headers once less than half the budget is left', async () => {
    const pacer = new RateLimitPacer();
    const now = Date.now();
    pacer.update({ 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '80', 'x-ratelimit-reset': '1' });
    const t0 = performance.now();
    await pacer.slot(now);
    await pacer.slot(now);
    expect(performance.now() - t0).toBeLessThan(50);
    // 4 left until a reset 2 s away: one request every 500 ms.
    const reset = String(Math.ceil((now + 2000) / 1000));
    pacer.update({ 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '4', 'x-ratelimit-reset': reset });
    const t1 = performance.now();
    await pacer.slot();
    await pacer.slot();
    expect(performance.now() - t1).toBeGreaterThan(200);
  });
});
