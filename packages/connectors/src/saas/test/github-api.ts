/** A GitHub-shaped REST API over the bundle fixtures, for the collector, server and CLI tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Handler, Reply } from './api-server.ts';

const loadFrom = (bundle: string, rel: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/${bundle}/${rel}`, import.meta.url)), 'utf8'));
const load = (rel: string) => loadFrom('github-bundle', rel);
/** The token the fake API accepts; any other gets GitHub's 401. */
export const GITHUB_TEST_TOKEN = 'ghp_test000000000000000000000000000000';
const TOKEN = GITHUB_TEST_TOKEN;

/** Serves the bundle fixtures (org `github`) as the REST API would: paginated lists, one 429, per-ruleset details. */
export function githubApi(bundle = 'github-bundle'): Handler {
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
    const change = changeReply(bundle, p);
    if (change) return change;
    const one = /^\/repos\/github\/([^/]+)\/rulesets\/(\d+)$/.exec(p);
    if (one) return { body: (rulesets[one[1]!] ?? []).find((r) => r.id === Number(one[2])) };
    return undefined;
  };
}

/**
 * Puts GitHub's primary limit in front of a handler: `limit` requests per one-second window, windows
 * starting on whole epoch seconds so `x-ratelimit-reset` is exact, and a 429 with `x-ratelimit-remaining: 0`
 * once a window is spent. `limited` counts those 429s.
 */
export function rateLimited(handler: Handler, limit: number): Handler & { limited: number } {
  let window = 0;
  let used = 0;
  const wrapped = Object.assign(
    (req: Parameters<Handler>[0], url: URL, base: string): Reply | undefined => {
      const now = Date.now();
      const start = Math.floor(now / 1000) * 1000;
      if (start !== window) {
        window = start;
        used = 0;
      }
      const ok = used < limit;
      if (ok) used++;
      const headers = {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(limit - used),
        'x-ratelimit-reset': String(start / 1000 + 1),
      };
      if (!ok) {
        wrapped.limited++;
        return { status: 429, headers, body: { message: 'API rate limit exceeded' } };
      }
      const reply = handler(req, url, base) ?? { status: 404, body: { message: 'Not Found' } };
      return { ...reply, headers: { ...headers, ...reply.headers } };
    },
    { limited: 0 },
  );
  return wrapped;
}

/** The change-history endpoints, served from a bundle's pulls/ (list and single reads), reviews/, check-runs/ and status/ files. */
function changeReply(bundle: string, p: string): Reply | undefined {
  const file = (rel: string): Reply | undefined => {
    try {
      return { body: loadFrom(bundle, rel) };
    } catch {
      return undefined;
    }
  };
  const pulls = /^\/repos\/github\/([^/]+)\/pulls$/.exec(p);
  if (pulls) return file(`pulls/${pulls[1]}.json`);
  const single = /^\/repos\/github\/([^/]+)\/pulls\/(\d+)$/.exec(p);
  if (single) return file(`pulls/${single[1]}/${single[2]}.json`);
  const reviews = /^\/repos\/github\/([^/]+)\/pulls\/(\d+)\/reviews$/.exec(p);
  if (reviews) return file(`reviews/${reviews[1]}/${reviews[2]}.json`);
  const commit = /^\/repos\/github\/([^/]+)\/commits\/([0-9a-f]+)\/(check-runs|status)$/.exec(p);
  if (commit) {
    // The files are named by pull request; find the one merged as this commit.
    const list = file(`pulls/${commit[1]}.json`)?.body as
      | { number: number; merge_commit_sha: string | null }[]
      | undefined;
    const pull = list?.find((x) => x.merge_commit_sha === commit[2]);
    return pull ? file(`${commit[3]}/${commit[1]}/${pull.number}.json`) : undefined;
  }
  return undefined;
}
