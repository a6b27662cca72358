import { describe, expect, it } from 'vitest';
import {
  GITHUB_RATE_LIMIT_HEADERS,
  OKTA_RATE_LIMIT_HEADERS,
  RateLimitPacer,
  resetWait,
  retryAfterWait,
} from './rate-limit-pacer.ts';

/** Whether the promise settles within `ms`. */
const settlesWithin = (p: Promise<unknown>, ms: number) =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

const inAMinute = () => String(Math.ceil(Date.now() / 1000) + 60);

describe('RateLimitPacer', () => {
  it("reads the limit from the header names it is given (Okta's X-Rate-Limit-*)", async () => {
    const pacer = new RateLimitPacer({ headers: OKTA_RATE_LIMIT_HEADERS });
    await pacer.slot();
    pacer.update({
      'x-rate-limit-limit': '600',
      'x-rate-limit-remaining': '2',
      'x-rate-limit-reset': inAMinute(),
    });
    expect(await settlesWithin(pacer.slot(), 50)).toBe(true);
    expect(await settlesWithin(pacer.slot(), 50)).toBe(true);
    // The window's budget is spent and it resets in a minute.
    expect(await settlesWithin(pacer.slot(), 200)).toBe(false);
  });

  it('lets one request probe the budget until an answer reports it', async () => {
    const pacer = new RateLimitPacer({ headers: OKTA_RATE_LIMIT_HEADERS });
    await pacer.slot();
    const second = pacer.slot();
    expect(await settlesWithin(second, 100)).toBe(false);
    pacer.update({
      'x-rate-limit-limit': '10',
      'x-rate-limit-remaining': '9',
      'x-rate-limit-reset': inAMinute(),
    });
    expect(await settlesWithin(second, 50)).toBe(true);
  });

  it('lets the next request probe when the probe got no answer', async () => {
    const pacer = new RateLimitPacer();
    await pacer.slot();
    const second = pacer.slot();
    pacer.abandon();
    expect(await settlesWithin(second, 50)).toBe(true);
  });

  it('does not pace an API whose answers carry no rate-limit headers', async () => {
    // GitHub's names on an Okta answer are not Okta's: this API reports nothing the pacer reads.
    const pacer = new RateLimitPacer({ headers: OKTA_RATE_LIMIT_HEADERS });
    await pacer.slot();
    pacer.update({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inAMinute() });
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) await pacer.slot();
    expect(performance.now() - t0).toBeLessThan(50);
  });
});

describe('rate-limit waits', () => {
  it('waits until the reset second plus the margin, or for Retry-After', () => {
    const now = 1_700_000_000_250;
    const headers = { 'x-rate-limit-reset': '1700000001', 'retry-after': '2' };
    expect(resetWait(headers, OKTA_RATE_LIMIT_HEADERS, 5, now)).toBe(755);
    expect(resetWait(headers, GITHUB_RATE_LIMIT_HEADERS, 5, now)).toBeUndefined();
    // A reset already past asks for no wait beyond the margin.
    expect(resetWait({ 'x-rate-limit-reset': '1699999990' }, OKTA_RATE_LIMIT_HEADERS, 5, now)).toBe(5);
    expect(retryAfterWait(headers, 1000)).toBe(2000);
    expect(retryAfterWait({}, 1000)).toBeUndefined();
  });
});
