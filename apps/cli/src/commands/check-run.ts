/**
 * The work of `vigil check` (loaded only when it runs): evaluates exported files (a Terraform plan, an IAM credential report, a Trivy
 * scan …) against the built-in checks and any custom CEL checks, with no server and no database,
 * so a CI pipeline can gate on the result. Exit codes are in CHECK_EXIT and apps/cli/README.md.
 */
import { access } from 'node:fs/promises';
import {
  evaluateChecks,
  ImportError,
  type Resource,
  resourceKey,
  type Severity,
  SeveritySchema,
} from '@vigil/monitoring';
import { detectFileImporter } from '@vigil/server/monitoring/importer-detection';
import { defaultRegistry, importerIn, type MonitoringRegistry } from '@vigil/server/monitoring/registry';
import { CliError, print } from '../output.ts';
import { parseWith } from '../parse.ts';
import type { CheckFormat } from './check.ts';
import {
  CHECK_EXIT,
  type CheckReport,
  exitCodeFor,
  type FileInput,
  formatJson,
  formatJunit,
  formatSarif,
  formatTable,
} from './check-report.ts';
import { loadCustomCheckFile } from './custom-check-file.ts';

const VERSION = '0.1.0';

export interface CheckOptions {
  input: string[];
  importer?: string;
  format: CheckFormat;
  failOn: string;
  custom?: string[];
}

const inputError = (message: string) => new CliError(message, CHECK_EXIT.input);

/** Reads every input through its importer (given or detected) and evaluates the checks; pure apart from reading files. */
export async function evaluateFiles(
  registry: MonitoringRegistry,
  opts: { files: string[]; importer?: string; custom?: string[]; now?: Date },
): Promise<CheckReport> {
  const forced = opts.importer ? importerIn(registry, opts.importer) : undefined;
  if (opts.importer && !forced) {
    const known = registry.importers.map((i) => i.id).join(', ') || 'none installed';
    throw inputError(`--importer: unknown importer ${opts.importer}; importers: ${known}`);
  }
  const custom = (await Promise.all((opts.custom ?? []).map(loadCustomCheckFile))).flat();
  const resources = new Map<string, { resource: Resource; file: string }>();
  const inputs: FileInput[] = [];
  for (const file of opts.files) {
    const exists = await access(file).then(
      () => true,
      () => false,
    );
    if (!exists) throw inputError(`--input: ${file}: no such file`);
    const input = { path: file, name: file };
    const importer = forced ?? (await detectFileImporter(registry, input));
    if (!importer) throw inputError(`${file}: no importer recognises this file; name one with --importer`);
    let n = 0;
    try {
      for await (const r of importer.read(input)) {
        resources.set(resourceKey(r), { resource: r, file });
        n++;
      }
    } catch (err) {
      if (err instanceof ImportError) throw inputError(err.message);
      throw err;
    }
    inputs.push({ file, importer: importer.id, resources: n });
  }
  const checks = [...registry.checks, ...custom];
  const fileOf = new Map([...resources].map(([key, v]) => [key, v.file]));
  const results = evaluateChecks(
    checks,
    [...resources.values()].map((v) => v.resource),
    opts.now ?? new Date(),
  ).map((r) => ({ ...r, file: fileOf.get(r.resourceKey)! }));
  return { inputs, checks, results };
}

/** The report in the asked format. */
export function formatReport(report: CheckReport, format: CheckFormat): string {
  if (format === 'json') return formatJson(report);
  if (format === 'sarif') return formatSarif(report, VERSION);
  if (format === 'junit') return formatJunit(report);
  return formatTable(report);
}

/** Runs `vigil check` with parsed options; resolves with the exit code. */
export async function runCheck(opts: CheckOptions): Promise<number> {
  const failOn: Severity = parseWith(SeveritySchema, opts.failOn, '--fail-on');
  const report = await evaluateFiles(defaultRegistry(), {
    files: opts.input,
    importer: opts.importer,
    custom: opts.custom,
  });
  print(formatReport(report, opts.format));
  return exitCodeFor(report, failOn);
}
