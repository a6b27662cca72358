/**
 * What `vigil check` prints: a table for people, JSON for scripts, SARIF 2.1.0 for code-scanning
 * dashboards and JUnit XML for CI test reports. Pure functions over the evaluated report.
 */
import type { CheckResult, CheckStatus, Severity } from '@vigil/monitoring';
import type { AnyCheck } from '@vigil/server/monitoring/registry';

export interface FileInput {
  file: string;
  importer: string;
  resources: number;
}

export interface ReportResult extends CheckResult {
  file: string;
}

export interface CheckReport {
  inputs: FileInput[];
  checks: AnyCheck[];
  results: ReportResult[];
}

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** Exit codes of `vigil check`, documented in apps/cli/README.md. */
export const CHECK_EXIT = { ok: 0, failures: 1, input: 2, errorsOnly: 3 } as const;

/** 1 when a failure is at or above `failOn`, else 3 when some results are evaluation errors, else 0. */
export function exitCodeFor(report: CheckReport, failOn: Severity): number {
  const severity = new Map(report.checks.map((c) => [c.id, c.severity]));
  const blocking = report.results.some(
    (r) => r.status === 'fail' && rank(severity.get(r.checkId) ?? 'critical') >= rank(failOn),
  );
  if (blocking) return CHECK_EXIT.failures;
  return report.results.some((r) => r.status === 'error') ? CHECK_EXIT.errorsOnly : CHECK_EXIT.ok;
}

/** Results by status, for summaries. */
export function countStatuses(results: readonly { status: CheckStatus }[]): Record<CheckStatus, number> {
  const out: Record<CheckStatus, number> = { pass: 0, fail: 0, error: 0, not_applicable: 0 };
  for (const r of results) out[r.status]++;
  return out;
}

/** One line: "3 resources from 1 file, 6 results: 4 pass, 1 fail, 1 error, 0 not applicable". */
export function summaryLine(report: CheckReport): string {
  const c = countStatuses(report.results);
  const resources = report.inputs.reduce((n, i) => n + i.resources, 0);
  const files = report.inputs.length;
  return (
    `${resources} resource${resources === 1 ? '' : 's'} from ${files} file${files === 1 ? '' : 's'}, ` +
    `${report.results.length} results: ${c.pass} pass, ${c.fail} fail, ${c.error} error, ${c.not_applicable} not applicable`
  );
}

function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  '))
    .join('\n');
}

/** Failures and errors, worst first, then the summary line. */
export function formatTable(report: CheckReport): string {
  const byId = new Map(report.checks.map((c) => [c.id, c]));
  const problems = report.results
    .filter((r) => r.status === 'fail' || r.status === 'error')
    .sort(
      (a, b) =>
        rank(byId.get(b.checkId)?.severity ?? 'low') - rank(byId.get(a.checkId)?.severity ?? 'low') ||
        a.checkId.localeCompare(b.checkId) ||
        a.resourceName.localeCompare(b.resourceName),
    );
  const lines: string[] = [];
  if (problems.length) {
    const rows = problems.map((r) => [
      r.status.toUpperCase(),
      byId.get(r.checkId)?.severity ?? '',
      r.checkId,
      r.resourceName,
      r.reason,
    ]);
    lines.push(columns([['STATUS', 'SEVERITY', 'CHECK', 'RESOURCE', 'REASON'], ...rows]));
  } else lines.push('No failures.');
  lines.push('', summaryLine(report));
  return lines.join('\n');
}

/** Every result with its check's severity, and the summary, as JSON. */
export function formatJson(report: CheckReport): string {
  const byId = new Map(report.checks.map((c) => [c.id, c]));
  return JSON.stringify(
    {
      summary: { ...countStatuses(report.results), results: report.results.length },
      inputs: report.inputs,
      results: report.results.map((r) => ({
        checkId: r.checkId,
        title: byId.get(r.checkId)?.title ?? r.checkId,
        severity: byId.get(r.checkId)?.severity ?? null,
        criteria: byId.get(r.checkId)?.criteria ?? [],
        status: r.status,
        resource: { key: r.resourceKey, name: r.resourceName, file: r.file },
        reason: r.reason,
        ...(r.attribute !== undefined ? { attribute: r.attribute } : {}),
        ...(r.expected !== undefined ? { expected: r.expected } : {}),
        ...(r.actual !== undefined ? { actual: r.actual } : {}),
      })),
    },
    null,
    2,
  );
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
};
const uri = (file: string) => encodeURI(file.replaceAll('\\', '/'));

/** SARIF 2.1.0: one rule per check that ran, one result per failure; errors as tool notifications. */
export function formatSarif(report: CheckReport, version: string): string {
  const ran = report.checks.filter((c) => report.results.some((r) => r.checkId === c.id));
  const index = new Map(ran.map((c, i) => [c.id, i]));
  const detail = (r: ReportResult) =>
    r.attribute !== undefined
      ? ` (${r.attribute}: expected ${JSON.stringify(r.expected)}, found ${JSON.stringify(r.actual)})`
      : '';
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vigil',
            version,
            rules: ran.map((c) => ({
              id: c.id,
              name: c.title,
              shortDescription: { text: c.title },
              fullDescription: { text: c.description || c.title },
              help: { text: c.remediation || c.rationale || c.title },
              defaultConfiguration: { level: SARIF_LEVEL[c.severity] },
              properties: {
                tags: ['soc2', ...c.criteria, ...c.controls],
                'security-severity': SECURITY_SEVERITY[c.severity],
              },
            })),
          },
        },
        artifacts: report.inputs.map((i) => ({ location: { uri: uri(i.file) } })),
        invocations: [
          {
            executionSuccessful: !report.results.some((r) => r.status === 'error'),
            toolExecutionNotifications: report.results
              .filter((r) => r.status === 'error')
              .map((r) => ({
                level: 'warning',
                message: { text: `${r.checkId} could not evaluate ${r.resourceName}: ${r.reason}` },
                descriptor: { id: r.checkId },
              })),
          },
        ],
        results: report.results
          .filter((r) => r.status === 'fail')
          .map((r) => {
            const check = ran[index.get(r.checkId)!]!;
            return {
              ruleId: r.checkId,
              ruleIndex: index.get(r.checkId)!,
              level: SARIF_LEVEL[check.severity],
              message: { text: `${r.resourceName}: ${r.reason}${detail(r)}` },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: {
                      uri: uri(r.file),
                      index: report.inputs.findIndex((i) => i.file === r.file),
                    },
                  },
                  logicalLocations: [
                    { name: r.resourceName, fullyQualifiedName: r.resourceKey, kind: 'resource' },
                  ],
                },
              ],
              partialFingerprints: { vigilResource: `${r.checkId}|${r.resourceKey}` },
            };
          }),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

// XML 1.0 allows tab, newline and carriage return among the control characters, nothing else.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing characters XML cannot carry is the point
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xml = (s: string) =>
  s
    .replace(XML_INVALID, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');

/** JUnit XML: a test suite per check, a test case per resource; fail → failure, error → error, n/a → skipped. */
export function formatJunit(report: CheckReport): string {
  const byId = new Map(report.checks.map((c) => [c.id, c]));
  const suites = new Map<string, ReportResult[]>();
  for (const r of report.results) {
    const list = suites.get(r.checkId);
    if (list) list.push(r);
    else suites.set(r.checkId, [r]);
  }
  const total = countStatuses(report.results);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vigil" tests="${report.results.length}" failures="${total.fail}" errors="${total.error}" skipped="${total.not_applicable}">`,
  ];
  for (const [checkId, results] of suites) {
    const c = countStatuses(results);
    const check = byId.get(checkId);
    out.push(
      `  <testsuite name="${xml(checkId)}" tests="${results.length}" failures="${c.fail}" errors="${c.error}" skipped="${c.not_applicable}">`,
    );
    for (const r of results) {
      const open = `    <testcase classname="${xml(checkId)}" name="${xml(r.resourceName)}" file="${xml(r.file)}"`;
      const body = `${r.reason}${r.attribute !== undefined ? `\nattribute: ${r.attribute}\nexpected: ${JSON.stringify(r.expected)}\nactual: ${JSON.stringify(r.actual)}` : ''}`;
      if (r.status === 'pass') out.push(`${open}/>`);
      else if (r.status === 'not_applicable')
        out.push(`${open}><skipped message="${xml(r.reason)}"/></testcase>`);
      else {
        const tag = r.status === 'fail' ? 'failure' : 'error';
        out.push(
          `${open}><${tag} message="${xml(r.reason)}" type="${xml(check?.severity ?? 'error')}">${xml(body)}</${tag}></testcase>`,
        );
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n');
}
