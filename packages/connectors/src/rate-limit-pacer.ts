/**
 * Client-side pacing for APIs that announce a fixed-window rate limit in their answers' headers
 * (GitHub's `x-ratelimit-*`, Okta's `X-Rate-Limit-*`), and the waits their rate-limit answers ask for.
 */

/** Where an API reports its limit; lower-case, as Node and Octokit hand headers over. */
export interface RateLimitHeaderNames {
  /** Requests allowed per window. */
  limit: string;
  /** Requests left in the current window. */
  remaining: string;
  /** The epoch second the current window ends. */
  reset: string;
}

/** GitHub's primary limit. */
export const GITHUB_RATE_LIMIT_HEADERS: RateLimitHeaderNames = {
  limit: 'x-ratelimit-limit',
  remaining: 'x-ratelimit-remaining',
  reset: 'x-ratelimit-reset',
};

/** Okta's per-bucket limits (`X-Rate-Limit-Limit`, `-Remaining`, `-Reset`). */
export const OKTA_RATE_LIMIT_HEADERS: RateLimitHeaderNames = {
  limit: 'x-rate-limit-limit',
  remaining: 'x-rate-limit-remaining',
  reset: 'x-rate-limit-reset',
};

export interface RateLimitPacerOptions {
  /** Slack added to a wait for the reset, for timer lateness and clock skew; 5 ms by default. */
  marginMs?: number;
  /** GitHub's names by default. */
  headers?: RateLimitHeaderNames;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Milliseconds until the window named by the reset header ends, plus the margin; undefined without
 * the header. The reset is a whole epoch second while Retry-After is rounded up, so the reset is the
 * closer of the two.
 */
export function resetWait(
  headers: Record<string, unknown> | undefined,
  names: RateLimitHeaderNames,
  marginMs: number,
  now = Date.now(),
): number | undefined {
  const raw = headers?.[names.reset];
  const reset = Number(raw);
  if (raw === undefined || raw === '' || !Number.isFinite(reset)) return undefined;
  return Math.max(0, reset * 1000 - now) + marginMs;
}

/** Milliseconds a `Retry-After` of seconds asks for (tests shorten a second); undefined without one. */
export function retryAfterWait(
  headers: Record<string, unknown> | undefined,
  retryAfterBaseMs: number,
): number | undefined {
  const raw = headers?.['retry-after'];
  const after = Number(raw);
  if (raw === undefined || raw === '' || !Number.isFinite(after)) return undefined;
  return Math.max(0, after) * retryAfterBaseMs;
}

/**
 * Keeps requests inside a fixed-window limit the API reports in every answer: `limit` requests per
 * window, `remaining` left in it, `reset` the epoch second it ends (GitHub's primary limit, one Okta
 * bucket). Requests go out without delay while the window has budget; once it is spent they wait until
 * the reset (plus a margin for timer and clock slack), when the whole limit is available again.
 * Spreading requests evenly instead would leave budget unused whenever the client is slower than the
 * limit.
 */
export class RateLimitPacer {
  private limit = 0;
  /** Requests this client may still send in the current window: the lower of its own count and the server's. */
  // Until an answer tells the budget, one request probes it: a first burst of concurrent requests
  // could be larger than what is left of a window that other clients have been spending.
  private remaining = 1;
  /** Whether any answer carried the headers; an API that never sends them is not paced at all. */
  private reported = false;
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

  private readonly marginMs: number;
  private readonly names: RateLimitHeaderNames;

  constructor(opts: RateLimitPacerOptions = {}) {
    this.marginMs = opts.marginMs ?? 5;
    this.names = opts.headers ?? GITHUB_RATE_LIMIT_HEADERS;
  }

  /**
   * Takes the answer to a request `slot` let through; its rate-limit headers are ignored when absent,
   * e.g. on GitHub Enterprise with limits off.
   */
  update(headers: Record<string, unknown> | undefined): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    const remaining = Number(headers?.[this.names.remaining]);
    const reset = Number(headers?.[this.names.reset]) * 1000;
    const limit = Number(headers?.[this.names.limit]);
    if (!Number.isFinite(remaining) || !Number.isFinite(reset)) {
      if (!this.reported) {
        this.remaining = Number.POSITIVE_INFINITY;
        for (const wake of this.waiting.splice(0)) wake();
      }
      return;
    }
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
    if (!this.reported || (reset > this.resetAt && this.resetAt > 0)) {
      // The first report, or the server moved to a new window before this client did: its count is the
      // only one that holds, less what is still on its way and may yet land in that window.
      this.remaining = Math.max(0, remaining - this.inFlight);
      this.carried = 0;
      this.reported = true;
    } else {
      // Answers arrive out of order and requests still in flight are not in `remaining` yet, so the
      // smaller of the two counts is the safe one.
      this.remaining = Math.min(this.remaining, remaining);
    }
    this.resetAt = reset;
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Releases a request `slot` let through that got no answer (a network error): nothing was reported. */
  abandon(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (!this.reported && this.remaining < 1) {
      // The probe was lost: the next request probes instead.
      this.remaining = 1;
      for (const wake of this.waiting.splice(0)) wake();
    }
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
