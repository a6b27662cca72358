/**
 * Live GitHub collector on @octokit/rest with the retry plugin and its own rate-limit pacing: it reads
 * what the `gh api` bundle holds, page by page, and builds resources with the same normalizers.
 */
import { retry } from '@octokit/plugin-retry';
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
  /** Slack added to a wait for `x-ratelimit-reset`, for timer lateness and clock skew; 5 ms by default. */
  resetMarginMs?: number;
  /** Retries after a rate limit before giving up. */
  maxRateLimitRetries?: number;
  /** Repositories read at the same time (protection and rulesets); 8 by default. */
  concurrency?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait a rate-limit answer (403/429) asks for, in milliseconds; undefined when it is another error. */
export function rateLimitWait(
  status: number | undefined,
  headers: Record<string, unknown> | undefined,
  retryAfterBaseMs: number,
  marginMs: number,
  now = Date.now(),
): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const remaining = headers?.['x-ratelimit-remaining'];
  const reset = Number(headers?.['x-ratelimit-reset']);
  // An exhausted primary limit names the exact second it resets; Retry-After is rounded up to whole seconds.
  if (String(remaining) === '0' && Number.isFinite(reset)) return Math.max(0, reset * 1000 - now) + marginMs;
  const after = Number(headers?.['retry-after']);
  if (Number.isFinite(after) && headers?.['retry-after'] !== undefined)
    return Math.max(0, after) * retryAfterBaseMs;
  return undefined;
}

/**
 * Keeps requests inside GitHub's fixed-window primary limit: `x-ratelimit-limit` requests per window,
 * `x-ratelimit-remaining` left in it, `x-ratelimit-reset` the epoch second it ends. Requests go out
 * without delay while the window has budget; once it is spent they wait until the reset (plus a margin
 * for timer and clock slack), when the whole limit is available again. Spreading requests evenly
 * instead would leave budget unused whenever the client is slower than the limit.
 */
export class RateLimitPacer {
  private limit = 0;
  /** Requests this client may still send in the current window: the lower of its own count and the server's. */
  private remaining = Number.POSITIVE_INFINITY;
  /** When the current window ends (ms); 0 once it has ended and the next one's end is not yet known. */
  private resetAt = 0;
  /** End of the last window known to be over: answers carrying it were counted in a window already gone. */
  private over = 0;
  /** Requests sent and not answered yet: the server may count them in whichever window they reach it. */
  private inFlight = 0;
  /** Requests in flight when the client moved to a new window, held back from its budget until answered. */
  private carried = 0;
  private pausedUntil = 0;
  private waiting: (() => void)[] = [];

  constructor(private readonly marginMs = 5) {}

  /**
   * Takes the answer to a request `slot` let through; its rate-limit headers are ignored when absent,
   * e.g. on GitHub Enterprise with limits off.
   */
  update(headers: Record<string, unknown> | undefined): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    const remaining = Number(headers?.['x-ratelimit-remaining']);
    const reset = Number(headers?.['x-ratelimit-reset']) * 1000;
    const limit = Number(headers?.['x-ratelimit-limit']);
    if (!Number.isFinite(remaining) || !Number.isFinite(reset)) return;
    if (reset <= this.over) {
      // Counted in a window already over, so its place in the new window's budget is free again.
      if (this.carried > 0) {
        this.carried--;
        this.remaining++;
        for (const wake of this.waiting.splice(0)) wake();
      }
      return;
    }
    if (Number.isFinite(limit)) this.limit = limit;
    if (reset > this.resetAt && this.resetAt > 0) {
      // The server moved to a new window before this client did: its count is the only one that holds,
      // less what is still on its way and may yet land in that window.
      this.remaining = Math.max(0, remaining - this.inFlight);
      this.carried = 0;
    } else {
      // Answers arrive out of order and requests still in flight are not in `remaining` yet, so the
      // smaller of the two counts is the safe one.
      this.remaining = Math.min(this.remaining, remaining);
    }
    this.resetAt = reset;
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Holds every request until `ms` from now, for a rate-limit answer that asked to wait. */
  pause(ms: number, now = Date.now()): void {
    this.pausedUntil = Math.max(this.pausedUntil, now + ms);
  }

  /** Resolves when the next request may be sent, and counts it against the window. */
  async slot(): Promise<void> {
    for (;;) {
      const now = Date.now();
      if (now < this.pausedUntil) {
        await sleep(this.pausedUntil - now);
        continue;
      }
      if (this.resetAt > 0 && now >= this.resetAt + this.marginMs) {
        this.over = this.resetAt;
        this.resetAt = 0;
        // Requests still in flight may reach the server after its reset and count in the new window.
        // Without a known limit one request probes the new window; its answer tells the rest.
        this.carried = this.limit ? Math.min(this.inFlight, this.limit) : 0;
        this.remaining = this.limit ? this.limit - this.carried : 1;
      }
      if (this.remaining > 0) {
        this.remaining--;
        this.inFlight++;
        return;
      }
      if (this.resetAt > 0) {
        await sleep(this.resetAt + this.marginMs - now);
        continue;
      }
      // The budget of a window whose end is not known yet is spent: the answers in flight will tell
      // when it ends. Should none carry the headers, one request probes after a while.
      const told = await new Promise<boolean>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          this.waiting = this.waiting.filter((w) => w !== wake);
          resolve(false);
        }, 1000);
        this.waiting.push(wake);
      });
      if (!told && this.remaining <= 0 && this.resetAt === 0) this.remaining = 1;
    }
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
  const pacer = new RateLimitPacer(marginMs);
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
        const headers = (err as { response?: { headers?: Record<string, unknown> } }).response?.headers;
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
