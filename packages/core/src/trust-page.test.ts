import { describe, expect, it } from 'vitest';
import {
  autoApproves,
  frameworkStatus,
  grantExpiry,
  grantUsable,
  soc3Refusal,
  type TrustEngagement,
  trustDomainProblem,
  trustPeriod,
  trustSlugProblem,
  trustVisibilityProblem,
} from './trust-page.ts';

const type2 = (over: Partial<TrustEngagement> = {}): TrustEngagement => ({
  reportType: 'type2',
  asOfDate: null,
  windowStart: '2026-01-01',
  windowEnd: '2026-06-30',
  status: 'planning',
  ...over,
});

describe('trust page slugs', () => {
  it.each(['acme', 'acme-cloud', 'a1b'])('accepts %s', (slug) => expect(trustSlugProblem(slug)).toBeNull());
  it.each([
    ['api', /reserved/],
    ['login', /reserved/],
    ['static', /reserved/],
    ['Acme', /lowercase/],
    ['acme--cloud', /single hyphens/],
    ['-acme', /lowercase/],
    ['ab', /3 to 40/],
    ['a'.repeat(41), /3 to 40/],
  ])('refuses %s', (slug, why) => expect(trustSlugProblem(slug)).toMatch(why));
});

describe('document visibility', () => {
  it('never lets a SOC 2 report be public', () => {
    expect(trustVisibilityProblem('soc2_report', 'public')).toMatch(/NDA/);
    expect(trustVisibilityProblem('soc2_report', 'on_request')).toBeNull();
    expect(trustVisibilityProblem('policy', 'public')).toBeNull();
  });
});

describe('framework status in honest words', () => {
  it('says no report before any audit, and never "compliant"', () => {
    const lines = frameworkStatus([], '2026-03-01');
    expect(lines).toEqual(['Preparing for a SOC 2 audit; no report yet']);
    expect(lines.join(' ')).not.toMatch(/compliant/i);
  });
  it('says an audit is in progress during the window and after it until completed', () => {
    expect(frameworkStatus([type2()], '2026-03-01')).toEqual([
      'SOC 2 Type II audit in progress (observation period 1 Jan – 30 Jun 2026)',
    ]);
    expect(frameworkStatus([type2()], '2026-08-01')).toEqual(['SOC 2 Type II audit in progress']);
  });
  it('says a report is available only once the engagement is completed', () => {
    expect(frameworkStatus([type2({ status: 'completed' })], '2026-08-01')).toEqual([
      'SOC 2 Type II report for 1 Jan – 30 Jun 2026 available',
    ]);
    expect(
      frameworkStatus(
        [
          {
            reportType: 'type1',
            asOfDate: '2025-12-31',
            windowStart: null,
            windowEnd: null,
            status: 'completed',
          },
        ],
        '2026-02-01',
      ),
    ).toEqual(['SOC 2 Type I report as of 31 Dec 2025 available']);
  });
  it('names both years of a period across a new year', () => {
    expect(trustPeriod('2025-10-01', '2026-03-31')).toBe('1 Oct 2025 – 31 Mar 2026');
  });
});

describe('SOC 3 gate', () => {
  it('refuses with the reason until a Type II engagement is completed', () => {
    expect(soc3Refusal([], '2026-08-01')).toMatch(/no completed Type II engagement/);
    expect(soc3Refusal([type2()], '2026-08-01')).toMatch(/only after/);
    expect(
      soc3Refusal(
        [
          {
            reportType: 'type1',
            asOfDate: '2025-12-31',
            windowStart: null,
            windowEnd: null,
            status: 'completed',
          },
        ],
        '2026-08-01',
      ),
    ).not.toBeNull();
    expect(soc3Refusal([type2({ status: 'completed' })], '2026-08-01')).toBeNull();
  });
});

describe('grants', () => {
  it('expire after their days and stop at once when revoked', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const expiresAt = grantExpiry(from, 14);
    expect(expiresAt.toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(grantUsable({ expiresAt, revokedAt: null }, new Date('2026-01-14T23:59:59Z'))).toBe(true);
    expect(grantUsable({ expiresAt, revokedAt: null }, expiresAt)).toBe(false);
    expect(grantUsable({ expiresAt, revokedAt: new Date('2026-01-02') }, new Date('2026-01-03'))).toBe(false);
  });
  it('approves automatically only exact allowed domains', () => {
    expect(autoApproves('Pia@Partner.com', ['partner.com'])).toBe(true);
    expect(autoApproves('pia@evil-partner.com', ['partner.com'])).toBe(false);
    expect(autoApproves('pia@sub.partner.com', ['partner.com'])).toBe(false);
    expect(trustDomainProblem('partner.com')).toBeNull();
    expect(trustDomainProblem('not a domain')).toMatch(/not a domain/);
  });
});
