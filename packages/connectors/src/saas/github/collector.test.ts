import type { Resource } from '@vigil/monitoring';
import { afterEach, describe, expect, it } from 'vitest';
import { RateLimitPacer } from '../../rate-limit-pacer.ts';
import { type ApiServer, startApiServer } from '../test/api-server.ts';
import { githubApi, rateLimited, GITHUB_TEST_TOKEN as TOKEN } from '../test/github-api.ts';
import { collect, fixture } from '../test/helpers.ts';
import { githubBundleImporter } from './bundle-importer.ts';
import { collectGitHub, GitHubCollectorConfigSchema } from './collector.ts';

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

  it('sends without waiting while the window has budget left', async () => {
    const pacer = new RateLimitPacer();
    const reset = String(Math.ceil(Date.now() / 1000) + 60);
    pacer.update({ 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': reset });
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) await pacer.slot();
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it('keeps to a fixed-window limit and waits for the reset once a window is spent', async () => {
    const limit = 6;
    const limiter = rateLimited(githubApi(), limit);
    server = await startApiServer(limiter);
    const live = [];
    for await (const r of collectGitHub(
      { org: 'github', token: TOKEN, baseUrl: server.base },
      { retryAfterBaseMs: 20 },
    ))
      live.push(r);
    // Same resources in the same order as without a limit.
    expect(live).toEqual(await collect(githubBundleImporter, fixture('github-bundle')));
    expect(limiter.limited).toBe(0);
    const perWindow = new Map<number, number[]>();
    for (const r of server.requests) {
      const w = Math.floor(r.at / 1000);
      perWindow.set(w, [...(perWindow.get(w) ?? []), r.at]);
    }
    const windows = [...perWindow.keys()].sort();
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows) expect(perWindow.get(w)!.length).toBeLessThanOrEqual(limit);
    // After every spent window the next request goes out at its reset, not a second later.
    for (const [i, w] of windows.slice(0, -1).entries()) {
      if (perWindow.get(w)!.length < limit) continue;
      const next = windows[i + 1]!;
      expect(next).toBe(w + 1);
      expect(Math.min(...perWindow.get(next)!) - next * 1000).toBeLessThan(300);
    }
  });

  it('retries a 429 after its Retry-After', async () => {
    let first = true;
    const api = githubApi();
    server = await startApiServer((req, url, base) => {
      if (url.pathname === '/orgs/github' && first) {
        first = false;
        return { status: 429, headers: { 'retry-after': '1' }, body: { message: 'secondary rate limit' } };
      }
      return api(req, url, base);
    });
    const live = [];
    for await (const r of collectGitHub(
      { org: 'github', token: TOKEN, baseUrl: server.base },
      { retryAfterBaseMs: 300 },
    ))
      live.push(r);
    expect(live).toHaveLength(4);
    const tries = server.requests.filter((r) => r.path === '/orgs/github').map((r) => r.at);
    expect(tries).toHaveLength(2);
    expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(300);
  });

  it('retries a 429 of a spent primary limit at its reset, not after Retry-After', async () => {
    let first = true;
    let reset = 0;
    const api = githubApi();
    server = await startApiServer((req, url, base) => {
      if (url.pathname === '/orgs/github' && first) {
        first = false;
        reset = Math.floor(Date.now() / 1000) + 1;
        return {
          status: 429,
          headers: {
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(reset),
            'retry-after': '60',
          },
          body: { message: 'API rate limit exceeded' },
        };
      }
      return api(req, url, base);
    });
    for await (const _ of collectGitHub(
      { org: 'github', token: TOKEN, baseUrl: server.base },
      { retryAfterBaseMs: 20 },
    )) {
      // Only the timing of the retry matters here.
    }
    const tries = server.requests.filter((r) => r.path === '/orgs/github').map((r) => r.at);
    expect(tries).toHaveLength(2);
    expect(tries[1]!).toBeGreaterThanOrEqual(reset * 1000);
    expect(tries[1]! - reset * 1000).toBeLessThan(300);
  });
});

describe('GitHub live collector: the change history', () => {
  let server: ApiServer | undefined;
  afterEach(async () => server?.close());

  it('collects merged pull requests with their reviews and CI, as the export reads them', async () => {
    server = await startApiServer(githubApi('github-bundle-changes'));
    const live: Resource[] = [];
    for await (const r of collectGitHub(
      { org: 'github', token: TOKEN, baseUrl: server.base },
      { retryAfterBaseMs: 20 },
    ))
      live.push(r);
    const imported = await collect(githubBundleImporter, fixture('github-bundle-changes'));
    const changes = (rs: typeof live) => rs.filter((r) => r.type === 'github.merged_change');
    expect(changes(live).map((r) => r.externalId)).toEqual([
      'github/hello-world#1347',
      'github/hello-world#1348',
    ]);
    expect(changes(live)).toEqual(changes(imported));
    const paths = server.requests.map((r) => r.path);
    expect(paths).toContain('/repos/github/hello-world/pulls?state=closed&base=master&per_page=100');
    expect(paths).toContain('/repos/github/hello-world/pulls/1348/reviews?per_page=100');
    // Only the single read names who merged; the fake API has none for #1348, as a refused read.
    expect(paths).toContain('/repos/github/hello-world/pulls/1347');
    expect(changes(live).map((r) => (r.attributes as { merged_by: unknown }).merged_by)).toEqual([
      'hubot',
      null,
    ]);
    expect(paths).toContain(
      '/repos/github/hello-world/commits/7638417db6d59f3c431d3e1f261cc637155684cd/status',
    );
    // Closed-unmerged and other-branch pull requests are not read further.
    expect(paths.some((x) => x.includes('/pulls/1349/') || x.includes('/pulls/1350/'))).toBe(false);
  });
});
