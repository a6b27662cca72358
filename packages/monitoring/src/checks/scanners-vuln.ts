/** Checks over vulnerability scans (Trivy, Grype), `npm audit` and SARIF code scanning. */
import { DAY_MS, daysBetween } from '@vigil/core/days';
import { acceptanceSpans, findingStanding, policyInForce } from '@vigil/core/vulnerabilities';
import {
  type CheckContext,
  type CheckOutcome,
  defineCheck,
  fail,
  need,
  notApplicable,
  pass,
} from '../check.ts';
import { packageAudit, sarifRun, vulnFinding, vulnTarget } from '../resource-types/scanners.ts';
import { listSome, needDate } from './scanners-helpers.ts';

export const vulnNoCriticalUnfixed = defineCheck({
  id: 'vuln.no_critical_unfixed',
  title: 'No fixable critical vulnerabilities',
  description: 'The latest scan of an image or repository shows no critical vulnerability that has a fix.',
  resourceType: vulnTarget,
  severity: 'critical',
  criteria: ['CC7.1'],
  controls: ['OPS-02', 'OPS-03', 'OPS-05'],
  rationale:
    'CC7.1 expects known vulnerabilities to be detected and acted on; a critical issue with a published fix ' +
    'still shipping in an image means the detect-and-patch loop is not operating.',
  remediation:
    'Rebuild the image on a patched base or bump the package to the fixed version the scanner lists, then ' +
    'rescan; if the fix cannot ship yet, record a risk acceptance signed by the security lead.',
  evaluate(a) {
    const n = a.fixableCounts.critical;
    if (n === 0) {
      return pass(
        `no critical vulnerability with a fix (${a.counts.critical} critical without a fix)`,
        'fixableCounts.critical',
        0,
      );
    }
    const ids = a.criticalHigh.filter((f) => f.severity === 'critical' && f.fixAvailable).map((f) => f.id);
    return fail(
      `${n} critical ${n === 1 ? 'vulnerability has' : 'vulnerabilities have'} a fix: ${listSome(ids)}`,
      'fixableCounts.critical',
      0,
      n,
    );
  },
});

/** Which date an SLA is measured from, the attribute it came from, and why when it is not the scanner's. */
function slaClock(
  a: {
    firstSeenAt?: string | undefined;
    publishedAt?: string | undefined;
    fixAvailableSince?: string | undefined;
  },
  ctx: CheckContext,
): { value: string; attribute: string; note?: string } | undefined {
  // In a sweep the clock is when Vigil first saw the finding, as the SLA report measures it, so the
  // check and the report never disagree about one finding. Only an offline run, which has no such
  // date, falls back to the scanner's dates.
  if (ctx.firstSeen) {
    return {
      value: ctx.firstSeen.toISOString(),
      attribute: 'firstSeen',
      note: `measured from when Vigil first saw it, ${ctx.firstSeen.toISOString().slice(0, 10)}`,
    };
  }
  if (a.firstSeenAt) return { value: a.firstSeenAt, attribute: 'firstSeenAt' };
  if (a.publishedAt) return { value: a.publishedAt, attribute: 'publishedAt' };
  if (a.fixAvailableSince) {
    return {
      value: a.fixAvailableSince,
      attribute: 'fixAvailableSince',
      note: 'the scanner gives no advisory date; measured from when the fix became available',
    };
  }
  return undefined;
}

/** The date part of an instant, as reasons show it. */
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A remediation-SLA check over single findings of one severity, by the rules of the SLA report: the
 * deadline is the one the organization's policy set for the severity when the finding was first seen
 * (the defaults when it set none), and an approved, unexpired risk acceptance covers the finding.
 */
function slaCheck(severity: 'critical' | 'high') {
  return (
    a: {
      severity: string;
      fixAvailable?: boolean | undefined;
      firstSeenAt?: string | undefined;
      publishedAt?: string | undefined;
      fixAvailableSince?: string | undefined;
      vulnerabilityId: string;
      package: string;
    },
    ctx: CheckContext,
  ): CheckOutcome => {
    const { now } = ctx;
    if (a.severity !== severity) return notApplicable(`the finding is ${a.severity}, not ${severity}`);
    if (!need(a.fixAvailable, 'fixAvailable')) {
      return notApplicable('no fix is published yet; track it as a risk until one is');
    }
    // Offline, first seen on this target is the better clock and the advisory or fix date the
    // conservative fallback; some scanners (Grype) report neither, and then only a sweep can date it.
    const clock = slaClock(a, ctx);
    const what = `${a.vulnerabilityId} in ${a.package}`;
    if (!clock) {
      // Only a sweep knows when a finding was first seen; an offline run cannot date it honestly.
      return {
        status: 'error',
        reason:
          `${what}: the scanner gives no date for this finding, so its age is known only once ` +
          'monitoring has seen it (import the report into a connector)',
        attribute: 'publishedAt',
      };
    }
    const since = needDate(clock.value, clock.attribute);
    // The deadline is the policy's when Vigil detected the finding, as the SLA report takes it, so a
    // later change of policy never moves it; offline, when the clock started.
    const days = policyInForce(ctx.slaPolicy ?? [], ctx.firstSeen ?? new Date(since))[severity];
    const standing = findingStanding({
      due: new Date(since + days * DAY_MS),
      remediatedAt: null,
      asOf: now,
      acceptances: acceptanceSpans(ctx.exceptions ?? []),
    });
    const age = daysBetween(since, now.getTime());
    const note = clock.note ? ` (${clock.note})` : '';
    // The finding is still in the report: it is open, never "fixed", whatever its age.
    if (standing === 'accepted') {
      const until = Math.max(
        ...acceptanceSpans(ctx.exceptions ?? [])
          .filter((e) => e.acceptedAt <= now && now < e.expiresAt)
          .map((e) => e.expiresAt.getTime()),
      );
      return pass(
        `${what} has been open for ${age} days with a fix available, under a risk acceptance approved ` +
          `until ${day(new Date(until - 1))}${note}`,
        clock.attribute,
        `${age} days`,
      );
    }
    return standing === 'overdue'
      ? fail(
          `${what} has been open for ${age} days with a fix available${note}${exceptionNote(ctx)}`,
          clock.attribute,
          `≤ ${days} days`,
          `${age} days`,
        )
      : pass(
          `${what} is still open with a fix available, ${age} days into the ${days}-day window${note}`,
          clock.attribute,
          `${age} days`,
        );
  };
}

/** Why a recorded risk acceptance does not cover an overdue finding, when one exists. */
function exceptionNote(ctx: CheckContext): string {
  const exceptions = ctx.exceptions ?? [];
  const expired = exceptions.filter((e) => e.approvedAt && e.expiresAt <= ctx.now);
  if (expired.length > 0) {
    const last = Math.max(...expired.map((e) => e.expiresAt.getTime()));
    return `; its risk acceptance ran until ${day(new Date(last - 1))}`;
  }
  if (exceptions.some((e) => !e.approvedAt)) return '; its risk acceptance is waiting for approval';
  return '';
}

export const vulnNoHighUnfixedOlderThan30d = defineCheck({
  id: 'vuln.no_high_unfixed_older_than_30d',
  title: 'Fixable high vulnerabilities are fixed within the remediation SLA',
  description:
    'No high-severity finding with an available fix stays open beyond the SLA set for high findings ' +
    '(30 days unless changed) when it was first seen, unless an approved risk acceptance still covers it.',
  resourceType: vulnFinding,
  severity: 'high',
  criteria: ['CC7.1'],
  controls: ['OPS-03'],
  rationale:
    'A remediation deadline by severity is how an organization shows CC7.1 vulnerabilities are managed over ' +
    'the whole audit window, not only on the day of the scan.',
  remediation:
    'Upgrade the package to a fixed version (or rebuild on a patched base image) and rescan; document an ' +
    'approved exception for anything that must stay longer.',
  evaluate: (a, ctx) => slaCheck('high')(a, ctx),
  usesFirstSeen: true,
  usesSla: true,
});

export const vulnNoCriticalUnfixedOlderThan15d = defineCheck({
  id: 'vuln.no_critical_unfixed_older_than_15d',
  title: 'Fixable critical vulnerabilities are fixed within the remediation SLA',
  description:
    'No critical finding with an available fix stays open beyond the SLA set for critical findings ' +
    '(15 days unless changed) when it was first seen, unless an approved risk acceptance still covers it.',
  resourceType: vulnFinding,
  severity: 'critical',
  criteria: ['CC7.1'],
  controls: ['OPS-03', 'OPS-05'],
  rationale:
    'Critical issues are the ones attackers automate first; a short, measured deadline is the evidence that ' +
    'CC7.1 remediation keeps pace with them.',
  remediation:
    'Patch or rebuild now; if the fix breaks the service, mitigate (disable the feature, restrict exposure) and ' +
    'record the exception with an owner and a date.',
  evaluate: (a, ctx) => slaCheck('critical')(a, ctx),
  usesFirstSeen: true,
  usesSla: true,
});

export const vulnScanRecent = defineCheck({
  id: 'vuln.scan_recent',
  title: 'Vulnerability scan is at most 7 days old',
  description: 'The imported scan of each image or repository ran within the last 7 days.',
  resourceType: vulnTarget,
  severity: 'medium',
  criteria: ['CC7.1'],
  controls: ['OPS-02'],
  rationale:
    'A clean result from an old scan says nothing about advisories published since; weekly scanning is the ' +
    'cadence the vulnerability scanning control promises.',
  remediation: 'Schedule the scanner in CI or a nightly job and import its JSON output after every run.',
  evaluate(a, ctx) {
    const at = needDate(a.scannedAt, 'scannedAt');
    const age = daysBetween(at, ctx.now.getTime());
    return age > 7
      ? fail(
          `the last scan of ${a.target} is ${age} days old`,
          'scannedAt',
          '≤ 7 days old',
          `${age} days old`,
        )
      : pass(`${a.target} was scanned ${age} days ago`, 'scannedAt', a.scannedAt);
  },
});

export const depsNpmAuditNoCritical = defineCheck({
  id: 'deps.npm_audit_no_critical',
  title: 'No critical npm advisories',
  description: '`npm audit` reports no package of the project at critical severity.',
  resourceType: packageAudit,
  severity: 'critical',
  criteria: ['CC7.1', 'CC8.1'],
  controls: ['OPS-17', 'OPS-03'],
  rationale:
    'Dependencies ship with the product; a critical advisory in the lock file is a known, exploitable weakness ' +
    'that the dependency scanning control exists to stop before release.',
  remediation:
    'Run `npm audit fix` (or upgrade the parent that pulls the package in), commit the lock file and re-run ' +
    '`npm audit --json`.',
  evaluate(a) {
    const ids = a.advisories.map((x) => x.title ?? x.id);
    return a.severity === 'critical'
      ? fail(
          `${a.package} has a critical advisory: ${listSome(ids)}`,
          'severity',
          'below critical',
          'critical',
        )
      : pass(`${a.package} is ${a.severity}`, 'severity', a.severity);
  },
});

export const depsNpmAuditNoFixableHigh = defineCheck({
  id: 'deps.npm_audit_no_fixable_high',
  title: 'No fixable high or critical npm advisories',
  description: 'No package at high or critical severity stays vulnerable when npm reports a fix.',
  resourceType: packageAudit,
  severity: 'high',
  criteria: ['CC7.1', 'CC8.1'],
  controls: ['OPS-17', 'OPS-03'],
  rationale:
    'When a fix is one `npm audit fix` away, leaving a high advisory open is a choice; the check shows that ' +
    'fixable dependency issues are closed as part of normal change management.',
  remediation:
    'Apply the fix npm proposes (`npm audit fix`, or `--force` for a semver-major fix after testing), commit ' +
    'the lock file and re-run the audit.',
  evaluate(a) {
    if (a.severity !== 'critical' && a.severity !== 'high') {
      return notApplicable(`${a.package} is ${a.severity}`);
    }
    const fix = need(a.fixAvailable, 'fixAvailable');
    if (fix === false) return notApplicable(`no fix is available for ${a.package} yet`);
    const how = fix === true ? '`npm audit fix`' : `installing ${fix.name}@${fix.version}`;
    return fail(`${a.package} (${a.severity}) can be fixed by ${how}`, 'fixAvailable', false, fix);
  },
});

/** An error for a run whose results cannot be trusted to be complete, else undefined. */
function incompleteRun(a: {
  executionSuccessful?: boolean;
  resultsComputed?: boolean;
}): CheckOutcome | undefined {
  if (a.executionSuccessful === false)
    return {
      status: 'error',
      reason: 'the scan reported that it did not run successfully; its results are incomplete',
    };
  if (a.resultsComputed === false)
    return {
      status: 'error',
      reason: 'the scan produced no list of results, so the analysis did not complete',
    };
  return undefined;
}

export const sastNoErrorLevelResults = defineCheck({
  id: 'sast.no_error_level_results',
  title: 'No unsuppressed error-level code scanning results',
  description: 'The SARIF run has no result at level `error` that is not suppressed.',
  resourceType: sarifRun,
  severity: 'high',
  criteria: ['CC8.1', 'CC7.1'],
  controls: ['OPS-17', 'CHG-10'],
  rationale:
    'Static analysis is the preventive half of secure change management (CC8.1); an error-level result that ' +
    'nobody fixed or suppressed with a reason means the gate did not hold.',
  remediation:
    'Fix the flagged code, or suppress the result in the tool with a written justification reviewed by a ' +
    'second engineer, then re-run the scan.',
  evaluate(a): CheckOutcome {
    const incomplete = incompleteRun(a);
    if (incomplete) return incomplete;
    const n = a.levels.error;
    if (n === 0) return pass('the scan reports no unsuppressed error-level result', 'levels.error', 0);
    const rules = a.errorRules.map((r) => `${r.ruleId} ×${r.count}`);
    return fail(`the scan reports ${n} error-level results: ${listSome(rules)}`, 'levels.error', 0, n);
  },
});

export const sastNoHighSecuritySeverity = defineCheck({
  id: 'sast.no_high_security_severity',
  title: 'No unsuppressed results with security-severity ≥ 7.0',
  description:
    'The SARIF run has no unsuppressed result whose rule rates it 7.0 or higher (high or critical).',
  resourceType: sarifRun,
  severity: 'high',
  criteria: ['CC8.1', 'CC7.1'],
  controls: ['OPS-17'],
  rationale:
    'Tools that rate their findings by security severity separate real security ' +
    'issues from style warnings; high-rated ones are the vulnerabilities CC7.1 asks to be remediated.',
  remediation: 'Fix or formally suppress each high-rated result, then upload a new scan.',
  evaluate(a): CheckOutcome {
    const incomplete = incompleteRun(a);
    if (incomplete) return incomplete;
    if (a.highSecuritySeverity === undefined) {
      return notApplicable('the scanning tool does not rate its results by security severity');
    }
    const n = a.highSecuritySeverity;
    return n === 0
      ? pass('the scan reports no result rated high or critical', 'highSecuritySeverity', 0)
      : fail(
          `the scan reports ${n} results rated high or critical (7.0 or more)`,
          'highSecuritySeverity',
          0,
          n,
        );
  },
});
