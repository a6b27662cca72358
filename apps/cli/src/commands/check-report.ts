/**
 * What `vigil check` prints: a table for people, JSON for scripts, SARIF 2.1.0 for code-scanning
 * dashboards and JUnit XML for CI test reports. Each is written piece by piece to a sink while the
 * results are read back check by check, so a report is never built whole in memory.
 */
import type { CheckResult, CheckStatus, Severity } from '@vigil/monitoring';
import type { AnyCheck } from '@vigil/server';

/** The report formats `vigil check` writes. */
export const FORMATS = ['table', 'json', 'sarif', 'junit'] as const;
export type CheckFormat = (typeof FORMATS)[number];

export interface FileInput {
  file: string;
  importer: string;
  resources: number;
}

export interface ReportResult extends CheckResult {
  file: string;
}

/** Evaluated inputs: result counts per check index, and each check's results in report order. */
export interface CheckReport {
  inputs: readonly FileInput[];
  checks: readonly AnyCheck[];
  /** Counts of the checks (by index) that produced results, in check order. */
  counts: ReadonlyMap<number, Record<CheckStatus, number>>;
  results(checkIndex: number): AsyncIterable<ReportResult>;
}

/** Where a report goes; a write may return a promise to slow the writer down (a pipe that is full). */
export interface Sink {
  write(text: string): void | Promise<void>;
}

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** Exit codes of `vigil check`, documented in apps/cli/README.md. */
export const CHECK_EXIT = { ok: 0, failures: 1, input: 2, errorsOnly: 3, crashed: 4 } as const;

/** Results by status over all checks. */
export function totals(report: Pick<CheckReport, 'counts'>): Record<CheckStatus, number> {
  const out: Record<CheckStatus, number> = { pass: 0, fail: 0, error: 0, not_applicable: 0 };
  for (const c of report.counts.values()) {
    out.pass += c.pass;
    out.fail += c.fail;
    out.error += c.error;
    out.not_applicable += c.not_applicable;
  }
  return out;
}

const sum = (c: Record<CheckStatus, number>) => c.pass + c.fail + c.error + c.not_applicable;

/** 1 when a failure is at or above `failOn`, else 3 when some results are evaluation errors, else 0. */
export function exitCodeFor(report: Pick<CheckReport, 'checks' | 'counts'>, failOn: Severity): number {
  const severity = new Map(report.checks.map((c) => [c.id, c.severity]));
  for (const [ci, c] of report.counts) {
    const id = report.checks[ci]!.id;
    if (c.fail > 0 && rank(severity.get(id) ?? 'critical') >= rank(failOn)) return CHECK_EXIT.failures;
  }
  return totals(report).error > 0 ? CHECK_EXIT.errorsOnly : CHECK_EXIT.ok;
}

/** One line: "3 resources from 1 file, 6 results: 4 pass, 1 fail, 1 error, 0 not applicable". */
export function summaryLine(report: Pick<CheckReport, 'inputs' | 'counts'>): string {
  const c = totals(report);
  const resources = report.inputs.reduce((n, i) => n + i.resources, 0);
  const files = report.inputs.length;
  return (
    `${resources} resource${resources === 1 ? '' : 's'} from ${files} file${files === 1 ? '' : 's'}, ` +
    `${sum(c)} results: ${c.pass} pass, ${c.fail} fail, ${c.error} error, ${c.not_applicable} not applicable`
  );
}

/** Every result of the report in check order. */
async function* allResults(report: CheckReport): AsyncGenerator<ReportResult> {
  for (const ci of report.counts.keys()) yield* report.results(ci);
}

const isProblem = (r: { status: CheckStatus }) => r.status === 'fail' || r.status === 'error';
const HEADER = ['STATUS', 'SEVERITY', 'CHECK', 'RESOURCE', 'REASON'];

/**
 * Failures and errors, worst first, then the summary line. The column widths come from one pass
 * over the results; then each check's problems are sorted by resource and printed, so only one
 * check's problems are in memory at a time.
 */
export async function writeTable(report: CheckReport, out: Sink): Promise<void> {
  const byId = new Map(report.checks.map((c) => [c.id, c]));
  const severityOf = (id: string) => byId.get(id)?.severity;
  const row = (r: ReportResult) => [
    r.status.toUpperCase(),
    severityOf(r.checkId) ?? '',
    r.checkId,
    r.resourceName,
    r.reason,
  ];
  const widths = HEADER.map((h) => h.length);
  const indexesOf = new Map<string, number[]>();
  for (const [ci, c] of report.counts) {
    if (c.fail + c.error === 0) continue;
    const id = report.checks[ci]!.id;
    indexesOf.set(id, [...(indexesOf.get(id) ?? []), ci]);
    for await (const r of report.results(ci)) {
      if (!isProblem(r)) continue;
      row(r).forEach((cell, i) => {
        if (cell.length > widths[i]!) widths[i] = cell.length;
      });
    }
  }
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  if (indexesOf.size === 0) await out.write('No failures.\n');
  else {
    await out.write(`${line(HEADER)}\n`);
    const ids = [...indexesOf.keys()].sort(
      (a, b) => rank(severityOf(b) ?? 'low') - rank(severityOf(a) ?? 'low') || a.localeCompare(b),
    );
    for (const id of ids) {
      const problems: ReportResult[] = [];
      for (const ci of indexesOf.get(id)!)
        for await (const r of report.results(ci)) if (isProblem(r)) problems.push(r);
      problems.sort((a, b) => a.resourceName.localeCompare(b.resourceName));
      for (const r of problems) await out.write(`${line(row(r))}\n`);
    }
  }
  await out.write(`\n${summaryLine(report)}\n`);
}

/** Indents every line after the first (JSON.stringify output nested one level deeper). */
const nest = (json: string, indent: string) => json.replaceAll('\n', `\n${indent}`);

/**
 * Writes `items` as the JSON array that `JSON.stringify(..., null, 2)` would print at `indent`
 * (the indentation of the line holding the array), item by item.
 */
async function writeArray<T>(
  out: Sink,
  items: AsyncIterable<T>,
  indent: string,
  toJson: (item: T) => unknown,
): Promise<void> {
  let first = true;
  for await (const item of items) {
    const value = toJson(item);
    if (value === undefined) continue;
    await out.write(
      `${first ? '[\n' : ',\n'}${indent}  ${nest(JSON.stringify(value, null, 2), `${indent}  `)}`,
    );
    first = false;
  }
  await out.write(first ? '[]' : `\n${indent}]`);
}

/** Every result with its check's severity, and the summary, as JSON. */
export async function writeJson(report: CheckReport, out: Sink): Promise<void> {
  const byId = new Map(report.checks.map((c) => [c.id, c]));
  const t = totals(report);
  await out.write(
    `{\n  "summary": ${nest(JSON.stringify({ ...t, results: sum(t) }, null, 2), '  ')},\n` +
      `  "inputs": ${nest(JSON.stringify(report.inputs, null, 2), '  ')},\n  "results": `,
  );
  await writeArray(out, allResults(report), '  ', (r) => ({
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
  }));
  await out.write('\n}\n');
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
// Stand-ins for the two long arrays in the SARIF skeleton; they cannot occur in real text.
const NOTIFICATIONS = '\u0000notifications';
const RESULTS = '\u0000results';

/** SARIF 2.1.0: one rule per check that ran, one result per failure; errors as tool notifications. */
export async function writeSarif(report: CheckReport, version: string, out: Sink): Promise<void> {
  const ranIds = new Set([...report.counts.keys()].map((ci) => report.checks[ci]!.id));
  const ran = report.checks.filter((c) => ranIds.has(c.id));
  const index = new Map(ran.map((c, i) => [c.id, i]));
  const fileIndex = new Map<string, number>();
  report.inputs.forEach((i, n) => {
    if (!fileIndex.has(i.file)) fileIndex.set(i.file, n);
  });
  const detail = (r: ReportResult) =>
    r.attribute !== undefined
      ? ` (${r.attribute}: expected ${JSON.stringify(r.expected)}, found ${JSON.stringify(r.actual)})`
      : '';
  const skeleton = {
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
          { executionSuccessful: totals(report).error === 0, toolExecutionNotifications: NOTIFICATIONS },
        ],
        results: RESULTS,
      },
    ],
  };
  const text = JSON.stringify(skeleton, null, 2);
  const notificationsAt = text.indexOf(JSON.stringify(NOTIFICATIONS));
  const resultsAt = text.indexOf(JSON.stringify(RESULTS));
  const indentAt = (at: number) => /^ */.exec(text.slice(text.lastIndexOf('\n', at) + 1))![0];
  await out.write(text.slice(0, notificationsAt));
  await writeArray(out, allResults(report), indentAt(notificationsAt), (r) =>
    r.status === 'error'
      ? {
          level: 'warning',
          message: { text: `${r.checkId} could not evaluate ${r.resourceName}: ${r.reason}` },
          descriptor: { id: r.checkId },
        }
      : undefined,
  );
  await out.write(text.slice(notificationsAt + JSON.stringify(NOTIFICATIONS).length, resultsAt));
  await writeArray(out, allResults(report), indentAt(resultsAt), (r) => {
    if (r.status !== 'fail') return undefined;
    const check = ran[index.get(r.checkId)!]!;
    return {
      ruleId: r.checkId,
      ruleIndex: index.get(r.checkId)!,
      level: SARIF_LEVEL[check.severity],
      message: { text: `${r.resourceName}: ${r.reason}${detail(r)}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(r.file), index: fileIndex.get(r.file) ?? -1 },
          },
          logicalLocations: [{ name: r.resourceName, fullyQualifiedName: r.resourceKey, kind: 'resource' }],
        },
      ],
      partialFingerprints: { vigilResource: `${r.checkId}|${r.resourceKey}` },
    };
  });
  await out.write(`${text.slice(resultsAt + JSON.stringify(RESULTS).length)}\n`);
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
export async function writeJunit(report: CheckReport, out: Sink): Promise<void> {
  const byId = new Map(report.checks.map((c) => [c.id, c]));
  // Checks sharing an id make one suite, at the place of the first of them.
  const suites = new Map<string, number[]>();
  for (const ci of report.counts.keys()) {
    const id = report.checks[ci]!.id;
    suites.set(id, [...(suites.get(id) ?? []), ci]);
  }
  const total = totals(report);
  await out.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<testsuites name="vigil" tests="${sum(total)}" failures="${total.fail}" errors="${total.error}" skipped="${total.not_applicable}">\n`,
  );
  for (const [checkId, indexes] of suites) {
    const c = totals({ counts: new Map(indexes.map((ci) => [ci, report.counts.get(ci)!])) });
    const check = byId.get(checkId);
    await out.write(
      `  <testsuite name="${xml(checkId)}" tests="${sum(c)}" failures="${c.fail}" errors="${c.error}" skipped="${c.not_applicable}">\n`,
    );
    for (const ci of indexes) {
      for await (const r of report.results(ci)) {
        const open = `    <testcase classname="${xml(checkId)}" name="${xml(r.resourceName)}" file="${xml(r.file)}"`;
        if (r.status === 'pass') await out.write(`${open}/>\n`);
        else if (r.status === 'not_applicable')
          await out.write(`${open}><skipped message="${xml(r.reason)}"/></testcase>\n`);
        else {
          const body = `${r.reason}${r.attribute !== undefined ? `\nattribute: ${r.attribute}\nexpected: ${JSON.stringify(r.expected)}\nactual: ${JSON.stringify(r.actual)}` : ''}`;
          const tag = r.status === 'fail' ? 'failure' : 'error';
          await out.write(
            `${open}><${tag} message="${xml(r.reason)}" type="${xml(check?.severity ?? 'error')}">${xml(body)}</${tag}></testcase>\n`,
          );
        }
      }
    }
    await out.write('  </testsuite>\n');
  }
  await out.write('</testsuites>\n');
}
