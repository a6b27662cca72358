/**
 * Live GitHub collector on @octokit/rest with the throttling and retry plugins: it reads what the
 * `gh api` bundle holds, page by page, and builds resources with the same normalizers.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Resource } from '@vigil/monitoring';
import { z } from 'zod';
import { emptyDependabot, normalizeOrg, normalizeRepo, summarizeDependabot } from './normalize.ts';
import type { ClassicInput } from './protection.ts';
import {
  BRANCH_NOT_PROTECTED,
  GhClassicProtectionSchema,
  GhDependabotAlertSchema,
  GhOrgSchema,
  GhRepoSchema,
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
  /** Retries after a rate limit before giving up. */
  maxRateLimitRetries?: number;
  /** Repositories read at the same time (protection and rulesets); 8 by default. */
  concurrency?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spaces requests by GitHub's `x-ratelimit-remaining` / `x-ratelimit-reset` headers. While more than
 * half the budget is left requests go out freely; below that, the rest of the budget is spread evenly
 * until the reset, so a large organization keeps to the limit instead of hitting it and sitting out a
 * 429 plus the extra second the throttling plugin adds.
 */
export class RateLimitPacer {
  private nextAt = 0;
  private limit = 0;
  private remaining = Number.POSITIVE_INFINITY;
  private resetAt = 0;

  /** Reads the rate-limit headers of a response (ignored when absent, e.g. on GitHub Enterprise with limits off). */
  update(headers: Record<string, unknown> | undefined): void {
    const remaining = Number(headers?.['x-ratelimit-remaining']);
    const reset = Number(headers?.['x-ratelimit-reset']);
    const limit = Number(headers?.['x-ratelimit-limit']);
    if (!Number.isFinite(remaining) || !Number.isFinite(reset)) return;
    this.remaining = remaining;
    this.resetAt = reset * 1000;
    if (Number.isFinite(limit)) this.limit = limit;
  }

  /** Resolves when the next request may be sent. */
  async slot(now = Date.now()): Promise<void> {
    const budget = this.limit || this.remaining;
    const interval =
      this.remaining * 2 < budget && this.resetAt > now
        ? (this.resetAt - now) / Math.max(this.remaining, 1)
        : 0;
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + interval;
    if (at > now) await sleep(at - now);
  }
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

const RestOctokit = Octokit.plugin(throttling, retry);
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

/** Collects the organization and its repositories from the GitHub REST API. */
export async function* collectGitHub(
  config: GitHubCollectorConfig,
  opts: GitHubCollectOptions = {},
): AsyncGenerator<Resource> {
  const cfg = GitHubCollectorConfigSchema.parse(config);
  const maxRetries = opts.maxRateLimitRetries ?? 3;
  const gh: Client = new RestOctokit({
    auth: cfg.token,
    ...(cfg.baseUrl ? { baseUrl: cfg.baseUrl.replace(/\/$/, '') } : {}),
    userAgent: 'vigil-collector',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    throttle: {
      retryAfterBaseValue: opts.retryAfterBaseMs ?? 1000,
      onRateLimit: (_after: number, _o: unknown, _k: unknown, count: number) => count < maxRetries,
      onSecondaryRateLimit: (_after: number, _o: unknown, _k: unknown, count: number) => count < maxRetries,
    },
    // The throttling plugin owns 403/429 rate limits; the retry plugin retries transient 5xx only.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
  });
  const pacer = new RateLimitPacer();
  gh.hook.wrap('request', async (request, options) => {
    await pacer.slot();
    try {
      const res = await request(options);
      pacer.update(res.headers);
      return res;
    } catch (err) {
      pacer.update((err as { response?: { headers?: Record<string, unknown> } }).response?.headers);
      throw err;
    }
  });
  const org = cfg.org;
  const orgData = await call(`GET /orgs/${org}`, () => gh.rest.orgs.get({ org }));
  const orgInfo = parse(GhOrgSchema, orgData.data, `GET /orgs/${org}`);
  const no2fa = await optional(`GET /orgs/${org}/members?filter=2fa_disabled`, () =>
    gh.paginate(gh.rest.orgs.listMembers, { org, filter: '2fa_disabled', per_page: 100 }),
  );
  const outside = await optional(`GET /orgs/${org}/outside_collaborators`, () =>
    gh.paginate(gh.rest.orgs.listOutsideCollaborators, { org, per_page: 100 }),
  );
  yield normalizeOrg(
    orgInfo,
    no2fa?.map((u) => u.login),
    outside?.map((u) => u.login),
  );

  const alertsEndpoint = `GET /orgs/${org}/dependabot/alerts`;
  const alerts = await optional(alertsEndpoint, () =>
    gh.paginate(gh.rest.dependabot.listAlertsForOrg, { org, state: 'open', per_page: 100 }),
  );
  const summary = alerts
    ? summarizeDependabot(alerts.map((a) => parse(GhDependabotAlertSchema, a, alertsEndpoint)))
    : undefined;

  const reposEndpoint = `GET /orgs/${org}/repos`;
  const repos = await call(reposEndpoint, () =>
    gh.paginate(gh.rest.repos.listForOrg, { org, per_page: 100 }),
  );
  const parsed = repos.map((raw) => parse(GhRepoSchema, raw, reposEndpoint));
  // Repositories are independent: several are read at once (the pacer keeps the total to the limit).
  yield* inOrder(parsed, opts.concurrency ?? 8, async (repo) => {
    // Archived repositories are read-only: their checks are not applicable, so skip the calls.
    const live = !repo.archived && repo.default_branch;
    const [classic, sets] = live
      ? await Promise.all([
          classicProtection(gh, org, repo.name, repo.default_branch!),
          rulesets(gh, org, repo.name),
        ])
      : [undefined, undefined];
    return normalizeRepo(repo, {
      classic,
      rulesets: sets,
      dependabot: summary ? (summary.get(repo.full_name) ?? emptyDependabot()) : undefined,
    });
  });
}
