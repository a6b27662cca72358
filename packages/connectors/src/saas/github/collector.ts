/**
 * Live GitHub collector on @octokit/rest with the retry plugin and its own rate-limit pacing: it reads
 * what the `gh api` bundle holds, page by page, and builds resources with the same normalizers.
 */
import { retry } from '@octokit/plugin-retry';
import { Octokit } from '@octokit/rest';
import type { Resource } from '@vigil/monitoring';
import { z } from 'zod';
import {
  GITHUB_RATE_LIMIT_HEADERS,
  RateLimitPacer,
  resetWait,
  retryAfterWait,
} from '../../rate-limit-pacer.ts';
import {
  emptyDependabot,
  normalizeMergedChange,
  normalizeOrg,
  normalizeRepo,
  requiredApprovalsOf,
  summarizeDependabot,
} from './normalize.ts';
import type { ClassicInput } from './protection.ts';
import {
  BRANCH_NOT_PROTECTED,
  GhCheckRunsSchema,
  GhClassicProtectionSchema,
  GhCombinedStatusSchema,
  GhDependabotAlertSchema,
  GhOrgSchema,
  GhPullSchema,
  type GhRepo,
  GhRepoSchema,
  GhReviewSchema,
  type GhRuleset,
  GhRulesetSchema,
} from './schemas.ts';

/** What the collector needs; the token is a secret the server keeps encrypted and never returns. */
export const GitHubCollectorConfigSchema = z.strictObject({
  org: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub organization login'),
  token: z.string().min(1),
  /** GitHub Enterprise Server API root (`https://HOST/api/v3`); defaults to api.github.com. */
  baseUrl: z.url().optional(),
});
/** The type `GitHubCollectorConfigSchema` parses to. */
export type GitHubCollectorConfig = z.infer<typeof GitHubCollectorConfigSchema>;

/** Tuning for tests and large organizations. */
export interface GitHubCollectOptions {
  /** Milliseconds per second of `Retry-After` (tests shorten the wait). */
  retryAfterBaseMs?: number;
  /** Slack added to a wait for `x-ratelimit-reset`, for timer lateness and clock skew; 5 ms by default. */
  resetMarginMs?: number;
  /** Retries after a rate limit before giving up. */
  maxRateLimitRetries?: number;
  /** Repositories read at the same time (protection and rulesets); 8 by default. */
  concurrency?: number;
}

/** The wait a rate-limit answer (403/429) asks for, in milliseconds; undefined when it is another error. */
export function rateLimitWait(
  status: number | undefined,
  headers: Record<string, unknown> | undefined,
  retryAfterBaseMs: number,
  marginMs: number,
  now = Date.now(),
): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  // An exhausted primary limit names the exact second it resets; Retry-After is rounded up to whole seconds.
  // A 403 with budget left is a permission error, whose reset header says nothing about it.
  if (String(headers?.[GITHUB_RATE_LIMIT_HEADERS.remaining]) === '0') {
    const wait = resetWait(headers, GITHUB_RATE_LIMIT_HEADERS, marginMs, now);
    if (wait !== undefined) return wait;
  }
  return retryAfterWait(headers, retryAfterBaseMs);
}

/** Maps items with at most `limit` running at once, yielding results in the items' order. */
async function* inOrder<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>) {
  const running: Promise<R>[] = [];
  let next = 0;
  const start = () => {
    const item = items[next++]!;
    const p = fn(item);
    // A failure is raised when its turn comes; until then it must not count as unhandled.
    p.catch(() => {});
    running.push(p);
  };
  while (next < items.length && running.length < limit) start();
  while (running.length) {
    const result = await running.shift()!;
    if (next < items.length) start();
    yield result;
  }
}

/** A failed GitHub call, described without the token or response internals. */
export class GitHubCollectorError extends Error {
  constructor(
    readonly endpoint: string,
    readonly status: number | undefined,
    detail: string,
  ) {
    super(`GitHub ${endpoint}: ${status ? `${status} ` : ''}${detail}`);
    this.name = 'GitHubCollectorError';
  }
}

const RestOctokit = Octokit.plugin(retry);
type Client = InstanceType<typeof RestOctokit>;

interface HttpError {
  status?: number;
  message?: string;
  response?: { data?: unknown };
}

const statusOf = (err: unknown) => (err as HttpError).status;
function bodyMessage(err: unknown): string {
  const data = (err as HttpError).response?.data as { message?: unknown } | undefined;
  return typeof data?.message === 'string'
    ? data.message
    : ((err as Error).message ?? 'request failed').split(' - ')[0]!;
}

async function call<T>(endpoint: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw new GitHubCollectorError(endpoint, statusOf(err), bodyMessage(err));
  }
}

// Parts a token may lack rights for (owner-only, security manager) become unknown, not fatal.
async function optional<T>(endpoint: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (err) {
    const status = statusOf(err);
    if (status === 403 || status === 404) return undefined;
    throw new GitHubCollectorError(endpoint, status, bodyMessage(err));
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown, endpoint: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new GitHubCollectorError(
    endpoint,
    undefined,
    `unexpected response at ${issue.path.join('.') || '$'}: ${issue.message}`,
  );
}

async function classicProtection(
  gh: Client,
  owner: string,
  repo: string,
  branch: string,
): Promise<ClassicInput> {
  const endpoint = `GET /repos/${owner}/${repo}/branches/${branch}/protection`;
  try {
    const res = await gh.rest.repos.getBranchProtection({ owner, repo, branch });
    return parse(GhClassicProtectionSchema, res.data, endpoint);
  } catch (err) {
    if (err instanceof GitHubCollectorError) throw err;
    const status = statusOf(err);
    // Only this exact 404 proves "no protection"; without admin rights GitHub also answers 404 or 403.
    if (status === 404 && bodyMessage(err) === BRANCH_NOT_PROTECTED) return 'none';
    if (status === 403 || status === 404) return undefined;
    throw new GitHubCollectorError(endpoint, status, bodyMessage(err));
  }
}

async function rulesets(gh: Client, owner: string, repo: string): Promise<GhRuleset[] | undefined> {
  const endpoint = `GET /repos/${owner}/${repo}/rulesets`;
  const list = await optional(endpoint, () =>
    gh.paginate(gh.rest.repos.getRepoRulesets, {
      owner,
      repo,
      includes_parents: true,
      targets: 'branch',
      per_page: 100,
    }),
  );
  if (!list) return undefined;
  const out: GhRuleset[] = [];
  for (const summary of list) {
    // The list omits rules, conditions and bypass actors: each ruleset is read on its own.
    const one = `GET /repos/${owner}/${repo}/rulesets/${summary.id}`;
    const full = await optional(one, () =>
      gh.rest.repos.getRepoRuleset({ owner, repo, ruleset_id: summary.id, includes_parents: true }),
    );
    if (!full) return undefined;
    out.push(parse(GhRulesetSchema, full.data, one));
  }
  return out;
}

/**
 * The pull requests merged into a repository's default branch, each read on its own (for who merged
 * it) with its reviews and its merge commit's check runs and combined status; none when the token
 * cannot list pull requests. Every call goes through the same pacer as the rest of the run.
 */
async function mergedChanges(
  gh: Client,
  owner: string,
  repo: GhRepo,
  repoResource: Resource,
): Promise<Resource[]> {
  const branch = repo.default_branch!;
  const listEndpoint = `GET /repos/${owner}/${repo.name}/pulls?state=closed&base=${branch}`;
  const pulls = await optional(listEndpoint, () =>
    gh.paginate(gh.rest.pulls.list, { owner, repo: repo.name, state: 'closed', base: branch, per_page: 100 }),
  );
  if (!pulls) return [];
  const required = requiredApprovalsOf(repoResource);
  const out: Resource[] = [];
  for (const raw of pulls) {
    const pull = parse(GhPullSchema, raw, listEndpoint);
    if (!pull.merged_at || pull.base.ref !== branch) continue;
    const reviewsEndpoint = `GET /repos/${owner}/${repo.name}/pulls/${pull.number}/reviews`;
    const reviews = await call(reviewsEndpoint, () =>
      gh.paginate(gh.rest.pulls.listReviews, {
        owner,
        repo: repo.name,
        pull_number: pull.number,
        per_page: 100,
      }),
    );
    // The list omits `merged_by`; the single read names who merged. Without rights it stays unknown.
    const singleEndpoint = `GET /repos/${owner}/${repo.name}/pulls/${pull.number}`;
    const single = await optional(singleEndpoint, () =>
      gh.rest.pulls.get({ owner, repo: repo.name, pull_number: pull.number }),
    );
    const sha = pull.merge_commit_sha;
    const runsEndpoint = `GET /repos/${owner}/${repo.name}/commits/${sha}/check-runs`;
    const runs = sha
      ? await optional(runsEndpoint, () =>
          gh.rest.checks.listForRef({ owner, repo: repo.name, ref: sha, per_page: 100 }),
        )
      : undefined;
    const statusEndpoint = `GET /repos/${owner}/${repo.name}/commits/${sha}/status`;
    const status = sha
      ? await optional(statusEndpoint, () =>
          gh.rest.repos.getCombinedStatusForRef({ owner, repo: repo.name, ref: sha }),
        )
      : undefined;
    out.push(
      normalizeMergedChange(repo.full_name, pull, {
        single: single ? parse(GhPullSchema, single.data, singleEndpoint) : undefined,
        reviews: reviews.map((r) => parse(GhReviewSchema, r, reviewsEndpoint)),
        checkRuns: runs ? parse(GhCheckRunsSchema, runs.data, runsEndpoint) : undefined,
        status: status ? parse(GhCombinedStatusSchema, status.data, statusEndpoint) : undefined,
        requiredApprovals: required,
      }),
    );
  }
  return out;
}

/** Collects the organization and its repositories from the GitHub REST API. */
export async function* collectGitHub(
  config: GitHubCollectorConfig,
  opts: GitHubCollectOptions = {},
): AsyncGenerator<Resource> {
  const cfg = GitHubCollectorConfigSchema.parse(config);
  const maxRetries = opts.maxRateLimitRetries ?? 3;
  const retryAfterBaseMs = opts.retryAfterBaseMs ?? 1000;
  const marginMs = opts.resetMarginMs ?? 5;
  const gh: Client = new RestOctokit({
    auth: cfg.token,
    ...(cfg.baseUrl ? { baseUrl: cfg.baseUrl.replace(/\/$/, '') } : {}),
    userAgent: 'vigil-collector',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    // Rate limits are handled below; the retry plugin retries transient 5xx only.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
  });
  const pacer = new RateLimitPacer({ marginMs, headers: GITHUB_RATE_LIMIT_HEADERS });
  // The throttling plugin waits whole seconds plus one more after a primary limit; pacing here waits
  // until the reset itself and keeps every concurrent request behind the same window.
  gh.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      await pacer.slot();
      try {
        const res = await request(options);
        pacer.update(res.headers);
        return res;
      } catch (err) {
        const response = (err as { response?: { headers?: Record<string, unknown> } }).response;
        if (!response) {
          pacer.abandon();
          throw err;
        }
        const headers = response.headers;
        pacer.update(headers);
        const wait = rateLimitWait(statusOf(err), headers, retryAfterBaseMs, marginMs);
        if (wait === undefined || attempt >= maxRetries) throw err;
        pacer.pause(wait);
      }
    }
  });
  const org = cfg.org;
  // The organization-wide reads are independent: they are sent together and awaited in order, so the
  // first failure raised is the same as when they ran one after another.
  const started = <T>(p: Promise<T>) => {
    p.catch(() => {});
    return p;
  };
  const orgData = started(call(`GET /orgs/${org}`, () => gh.rest.orgs.get({ org })));
  const no2faP = started(
    optional(`GET /orgs/${org}/members?filter=2fa_disabled`, () =>
      gh.paginate(gh.rest.orgs.listMembers, { org, filter: '2fa_disabled', per_page: 100 }),
    ),
  );
  const outsideP = started(
    optional(`GET /orgs/${org}/outside_collaborators`, () =>
      gh.paginate(gh.rest.orgs.listOutsideCollaborators, { org, per_page: 100 }),
    ),
  );
  const alertsEndpoint = `GET /orgs/${org}/dependabot/alerts`;
  const alertsP = started(
    optional(alertsEndpoint, () =>
      gh.paginate(gh.rest.dependabot.listAlertsForOrg, { org, state: 'open', per_page: 100 }),
    ),
  );
  const reposEndpoint = `GET /orgs/${org}/repos`;
  const reposP = started(
    call(reposEndpoint, () => gh.paginate(gh.rest.repos.listForOrg, { org, per_page: 100 })),
  );
  const orgInfo = parse(GhOrgSchema, (await orgData).data, `GET /orgs/${org}`);
  const no2fa = await no2faP;
  const outside = await outsideP;
  yield normalizeOrg(
    orgInfo,
    no2fa?.map((u) => u.login),
    outside?.map((u) => u.login),
  );

  const alerts = await alertsP;
  const summary = alerts
    ? summarizeDependabot(alerts.map((a) => parse(GhDependabotAlertSchema, a, alertsEndpoint)))
    : undefined;

  const repos = await reposP;
  const parsed = repos.map((raw) => parse(GhRepoSchema, raw, reposEndpoint));
  // Repositories are independent: several are read at once (the pacer keeps the total to the limit).
  const perRepo = inOrder(parsed, opts.concurrency ?? 8, async (repo) => {
    // Archived repositories are read-only: their checks are not applicable, so skip the calls.
    const live = !repo.archived && repo.default_branch;
    const [classic, sets] = live
      ? await Promise.all([
          classicProtection(gh, org, repo.name, repo.default_branch!),
          rulesets(gh, org, repo.name),
        ])
      : [undefined, undefined];
    const repoResource = normalizeRepo(repo, {
      classic,
      rulesets: sets,
      dependabot: summary ? (summary.get(repo.full_name) ?? emptyDependabot()) : undefined,
    });
    return [repoResource, ...(live ? await mergedChanges(gh, org, repo, repoResource) : [])];
  });
  for await (const resources of perRepo) yield* resources;
}
