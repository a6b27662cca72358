import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../check.ts';
import { evaluateOne } from '../evaluate.ts';
import type {
  PackageAuditAttrs,
  SarifRunAttrs,
  VulnFindingAttrs,
  VulnTargetAttrs,
} from '../resource-types/scanners.ts';
import { SCANNERS_CHECKS } from './scanners.ts';
import * as v from './scanners-vuln.ts';

const now = new Date('2026-03-01T00:00:00Z');
const run = <A>(check: CheckDefinition<A>, attributes: A) =>
  evaluateOne(
    check as CheckDefinition<unknown>,
    {
      source: 't',
      type: check.resourceType.type,
      externalId: 'x',
      name: 'x',
      attributes: attributes as Record<string, unknown>,
    },
    now,
  );

const zero = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
const target = (over: Partial<VulnTargetAttrs> = {}): VulnTargetAttrs => ({
  scanner: 'trivy',
  target: 'app:1',
  findingsTotal: 0,
  counts: zero,
  fixableCounts: zero,
  criticalHigh: [],
  criticalHighTruncated: false,
  ...over,
});
const finding = (over: Partial<VulnFindingAttrs> = {}): VulnFindingAttrs => ({
  scanner: 'trivy',
  target: 'app:1',
  package: 'openssl',
  fixedVersions: ['1.1'],
  fixAvailable: true,
  vulnerabilityId: 'CVE-1',
  severity: 'high',
  publishedAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('scanner check catalogue', () => {
  it('has at least 18 checks with the agreed id prefixes', () => {
    expect(SCANNERS_CHECKS.length).toBeGreaterThanOrEqual(18);
    for (const c of SCANNERS_CHECKS) expect(c.id).toMatch(/^(vuln|deps|sast|k8s|tls)\./);
  });
});

describe('vulnerability checks', () => {
  it('vuln.no_critical_unfixed fails with the fixable ids and passes when only unfixable ones remain', () => {
    const bad = target({
      counts: { ...zero, critical: 2 },
      fixableCounts: { ...zero, critical: 1 },
      criticalHigh: [
        { id: 'CVE-9', severity: 'critical', package: 'libidn2', fixAvailable: true },
        { id: 'CVE-8', severity: 'critical', package: 'bash', fixAvailable: false },
      ],
    });
    expect(run(v.vulnNoCriticalUnfixed, bad)).toMatchObject({
      status: 'fail',
      attribute: 'fixableCounts.critical',
      expected: 0,
      actual: 1,
      reason: expect.stringContaining('CVE-9'),
    });
    expect(run(v.vulnNoCriticalUnfixed, target({ counts: { ...zero, critical: 1 } }))).toMatchObject({
      status: 'pass',
    });
  });

  it('vuln.no_high_unfixed_older_than_30d measures from ctx.now and errors without a date', () => {
    expect(run(v.vulnNoHighUnfixedOlderThan30d, finding())).toMatchObject({
      status: 'fail',
      attribute: 'publishedAt',
      expected: '≤ 30 days',
      actual: '59 days',
    });
    expect(
      run(v.vulnNoHighUnfixedOlderThan30d, finding({ firstSeenAt: '2026-02-20T00:00:00Z' })),
    ).toMatchObject({
      status: 'pass',
      attribute: 'firstSeenAt',
    });
    expect(run(v.vulnNoHighUnfixedOlderThan30d, finding({ publishedAt: undefined }))).toMatchObject({
      status: 'error',
      attribute: 'publishedAt',
    });
    expect(run(v.vulnNoHighUnfixedOlderThan30d, finding({ fixAvailable: undefined }))).toMatchObject({
      status: 'error',
      attribute: 'fixAvailable',
    });
    expect(run(v.vulnNoHighUnfixedOlderThan30d, finding({ fixAvailable: false })).status).toBe(
      'not_applicable',
    );
    expect(run(v.vulnNoHighUnfixedOlderThan30d, finding({ severity: 'low' })).status).toBe('not_applicable');
    expect(run(v.vulnNoHighUnfixedOlderThan30d, finding({ publishedAt: 'soon' })).status).toBe('error');
  });

  it('in a sweep measures from when Vigil first saw the finding, as the SLA report does; offline from the scanner dates', () => {
    const grype = finding({ scanner: 'grype', severity: 'critical', publishedAt: undefined });
    const check = v.vulnNoCriticalUnfixedOlderThan15d as CheckDefinition<unknown>;
    const resource = (attributes: VulnFindingAttrs) => ({
      source: 'grype',
      type: 'vuln.finding',
      externalId: 'x',
      name: 'x',
      attributes: attributes as Record<string, unknown>,
    });
    expect(evaluateOne(check, resource(grype), now, new Date('2026-02-01T00:00:00Z'))).toMatchObject({
      status: 'fail',
      attribute: 'firstSeen',
      actual: '28 days',
      reason: expect.stringContaining('measured from when Vigil first saw it, 2026-02-01'),
    });
    expect(evaluateOne(check, resource(grype), now, new Date('2026-02-20T00:00:00Z'))).toMatchObject({
      status: 'pass',
      attribute: 'firstSeen',
      actual: '9 days',
    });
    // An advisory published long ago does not make a finding Vigil saw nine days ago overdue.
    const oldAdvisory = { ...grype, publishedAt: '2025-06-01T00:00:00Z' };
    expect(evaluateOne(check, resource(oldAdvisory), now, new Date('2026-02-20T00:00:00Z'))).toMatchObject({
      status: 'pass',
      attribute: 'firstSeen',
    });
    // Offline (`vigil check`) the scanner's dates are all there is: the fix date when nothing else.
    const withFixDate = { ...grype, fixAvailableSince: '2026-02-25' };
    expect(evaluateOne(check, resource(withFixDate), now)).toMatchObject({
      status: 'pass',
      attribute: 'fixAvailableSince',
      reason: expect.stringContaining('measured from when the fix became available'),
    });
    // Offline with no date at all: an error, saying why in plain words.
    expect(evaluateOne(check, resource(grype), now)).toMatchObject({
      status: 'error',
      attribute: 'publishedAt',
      reason: expect.stringContaining('the scanner gives no date for this finding'),
    });
  });

  it('vuln.no_critical_unfixed_older_than_15d applies to critical findings only', () => {
    const crit = finding({ severity: 'critical', publishedAt: '2026-02-10T00:00:00Z' });
    expect(run(v.vulnNoCriticalUnfixedOlderThan15d, crit)).toMatchObject({
      status: 'fail',
      actual: '19 days',
    });
    expect(run(v.vulnNoCriticalUnfixedOlderThan15d, finding()).status).toBe('not_applicable');
  });

  describe('remediation SLA as the SLA report counts it', () => {
    const grype = finding({ scanner: 'grype', severity: 'critical', publishedAt: undefined });
    const resource = {
      source: 'grype',
      type: 'vuln.finding',
      externalId: 'x',
      name: 'x',
      attributes: grype as unknown as Record<string, unknown>,
    };
    const check = v.vulnNoCriticalUnfixedOlderThan15d as CheckDefinition<unknown>;
    const high = v.vulnNoHighUnfixedOlderThan30d as CheckDefinition<unknown>;
    const at = (d: string) => new Date(`${d}T00:00:00Z`);
    // Critical: 10 days from 2026-01-20, then 40 days from 2026-02-10.
    const slaPolicy = [
      { effectiveAt: at('2026-01-20'), days: { critical: 10, high: 20, medium: 90, low: 180 } },
      { effectiveAt: at('2026-02-10'), days: { critical: 40, high: 60, medium: 90, low: 180 } },
    ];
    const seen = (firstSeen: string, shared = {}) => evaluateOne(check, resource, now, at(firstSeen), shared);

    it('takes the deadline of the policy version in force when the finding was first seen', () => {
      // First seen before any version: the default 15 days.
      expect(seen('2026-01-10', { slaPolicy })).toMatchObject({ status: 'fail', expected: '≤ 15 days' });
      // Under the 10-day version: 24 days is overdue, though today's policy allows 40.
      expect(seen('2026-02-05', { slaPolicy })).toMatchObject({
        status: 'fail',
        expected: '≤ 10 days',
        actual: '24 days',
      });
      // First seen after the change to 40 days: 19 days in, within its window.
      expect(seen('2026-02-10', { slaPolicy })).toMatchObject({
        status: 'pass',
        reason: expect.stringContaining('19 days into the 40-day window'),
      });
      // The same finding with no policy stored is held to the default 15 days.
      expect(seen('2026-02-10')).toMatchObject({ status: 'fail', expected: '≤ 15 days' });
      // High findings read their own severity's deadline.
      const highFinding = { ...resource, attributes: { ...resource.attributes, severity: 'high' } };
      expect(evaluateOne(high, highFinding, now, at('2026-02-05'), { slaPolicy })).toMatchObject({
        status: 'fail',
        expected: '≤ 20 days',
      });
      expect(evaluateOne(high, highFinding, now, at('2026-02-05'))).toMatchObject({ status: 'pass' });
    });

    it('an approved, unexpired risk acceptance covers an overdue finding; an expired or unapproved one does not', () => {
      const withExceptions = (exceptions: { approvedAt: Date | null; expiresAt: Date }[]) =>
        seen('2026-01-01', {
          exceptionsOf: (key: string) => (key === 'grype|vuln.finding|x' ? exceptions : []),
        });
      expect(withExceptions([])).toMatchObject({ status: 'fail' });
      expect(withExceptions([{ approvedAt: at('2026-02-01'), expiresAt: at('2026-04-01') }])).toMatchObject({
        status: 'pass',
        reason: expect.stringContaining('under a risk acceptance approved until 2026-03-31'),
      });
      expect(withExceptions([{ approvedAt: at('2026-01-05'), expiresAt: at('2026-02-15') }])).toMatchObject({
        status: 'fail',
        reason: expect.stringContaining('its risk acceptance ran until 2026-02-14'),
      });
      // Expiring exactly now no longer covers it, as in the report.
      expect(withExceptions([{ approvedAt: at('2026-01-05'), expiresAt: now }]).status).toBe('fail');
      expect(withExceptions([{ approvedAt: null, expiresAt: at('2026-04-01') }])).toMatchObject({
        status: 'fail',
        reason: expect.stringContaining('its risk acceptance is waiting for approval'),
      });
      // Approved only after the sweep's time: not yet in force.
      expect(withExceptions([{ approvedAt: at('2026-03-02'), expiresAt: at('2026-04-01') }]).status).toBe(
        'fail',
      );
      // An exception of another finding covers nothing here.
      const other = seen('2026-01-01', {
        exceptionsOf: (key: string) =>
          key === 'grype|vuln.finding|y'
            ? [{ approvedAt: at('2026-02-01'), expiresAt: at('2026-04-01') }]
            : [],
      });
      expect(other.status).toBe('fail');
    });
  });

  it('vuln.scan_recent needs the scan time', () => {
    expect(run(v.vulnScanRecent, target({ scannedAt: '2026-02-27T00:00:00Z' })).status).toBe('pass');
    expect(run(v.vulnScanRecent, target({ scannedAt: '2026-01-01T00:00:00Z' }))).toMatchObject({
      status: 'fail',
      actual: '59 days old',
    });
    expect(run(v.vulnScanRecent, target())).toMatchObject({ status: 'error', attribute: 'scannedAt' });
  });
});

const pkg = (over: Partial<PackageAuditAttrs> = {}): PackageAuditAttrs => ({
  project: 'web',
  package: 'handlebars',
  severity: 'critical',
  advisories: [{ id: '755', title: 'Prototype Pollution' }],
  viaPackages: [],
  effects: [],
  fixAvailable: true,
  reportVersion: 2,
  ...over,
});

describe('dependency checks', () => {
  it('deps.npm_audit_no_critical fails on a critical package', () => {
    expect(run(v.depsNpmAuditNoCritical, pkg())).toMatchObject({
      status: 'fail',
      attribute: 'severity',
      actual: 'critical',
    });
    expect(run(v.depsNpmAuditNoCritical, pkg({ severity: 'moderate' })).status).toBe('pass');
  });

  it('deps.npm_audit_no_fixable_high names the fix and errors when fix status is unknown', () => {
    const fix = { name: 'nyc', version: '15.1.0', isSemVerMajor: true };
    expect(run(v.depsNpmAuditNoFixableHigh, pkg({ severity: 'high', fixAvailable: fix }))).toMatchObject({
      status: 'fail',
      attribute: 'fixAvailable',
      expected: false,
      actual: fix,
      reason: expect.stringContaining('nyc@15.1.0'),
    });
    expect(run(v.depsNpmAuditNoFixableHigh, pkg({ fixAvailable: false })).status).toBe('not_applicable');
    expect(run(v.depsNpmAuditNoFixableHigh, pkg({ fixAvailable: undefined })).status).toBe('error');
    expect(run(v.depsNpmAuditNoFixableHigh, pkg({ severity: 'low' })).status).toBe('not_applicable');
  });
});

const sarif = (over: Partial<SarifRunAttrs> = {}): SarifRunAttrs => ({
  tool: 'Semgrep OSS',
  runIndex: 0,
  resultsTotal: 0,
  levels: { error: 0, warning: 0, note: 0, none: 0 },
  suppressed: 0,
  errorRules: [],
  ...over,
});

describe('code scanning checks', () => {
  it('sast.no_error_level_results lists the failing rules', () => {
    const bad = sarif({
      levels: { error: 3, warning: 0, note: 0, none: 0 },
      errorRules: [{ ruleId: 'js/sqli', count: 3 }],
    });
    expect(run(v.sastNoErrorLevelResults, bad)).toMatchObject({
      status: 'fail',
      attribute: 'levels.error',
      expected: 0,
      actual: 3,
      reason: expect.stringContaining('js/sqli ×3'),
    });
    expect(run(v.sastNoErrorLevelResults, sarif()).status).toBe('pass');
    expect(run(v.sastNoErrorLevelResults, sarif({ executionSuccessful: false })).status).toBe('error');
  });

  it('sast.no_high_security_severity is not applicable to tools that do not rate', () => {
    expect(run(v.sastNoHighSecuritySeverity, sarif()).status).toBe('not_applicable');
    expect(run(v.sastNoHighSecuritySeverity, sarif({ highSecuritySeverity: 2 }))).toMatchObject({
      status: 'fail',
      actual: 2,
    });
    expect(run(v.sastNoHighSecuritySeverity, sarif({ highSecuritySeverity: 0 })).status).toBe('pass');
  });

  it('an attribute of the wrong type is an error naming it', () => {
    const broken = { ...sarif(), levels: { error: 'many' } } as unknown as SarifRunAttrs;
    expect(run(v.sastNoErrorLevelResults, broken)).toMatchObject({
      status: 'error',
      attribute: 'levels.error',
    });
  });
});
