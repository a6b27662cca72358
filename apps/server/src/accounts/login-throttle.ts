/**
 * Slows password guessing from one network address: at most `limit` attempts per window, whatever
 * email they name. Per-email lockout lives in the database (`password-login.ts`: users.locked_until,
 * and login_failures for addresses without an account); this guards against spraying many emails.
 */
export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();
  constructor(
    private readonly limit = 20,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Records an attempt from `key` and returns false when it is over the limit. */
  allow(key: string, now = Date.now()): boolean {
    const recent = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
    recent.push(now);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.prune(now);
    return recent.length <= this.limit;
  }

  private prune(now: number) {
    for (const [k, times] of this.attempts)
      if (times.every((t) => now - t >= this.windowMs)) this.attempts.delete(k);
  }
}
