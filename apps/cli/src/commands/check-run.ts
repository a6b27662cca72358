/**
 * The work of `vigil check` (loaded only when it runs): evaluates exported files (a Terraform plan, an IAM credential report, a Trivy
 * scan …) against the built-in checks and any custom CEL checks, with no server and no database,
 * so a CI pipeline can gate on the result. Exit codes are in CHECK_EXIT and apps/cli/README.md.
 */
import { access } from 'node:fs/promises';
import { ImportError, type Severity, SeveritySchema } from '@vigil/monitoring';
import {
  defaultRegistry,
  detectFileImporter,
  importerIn,
  type MonitoringRegistry,
  readableFormats,
} from '@vigil/server';
import { CliError } from '../output.ts';
import { parseWith } from '../parse.ts';
import { unpackCliArchive } from './archive-input.ts';
import {
  CHECK_EXIT,
  type CheckFormat,
  type CheckReport,
  exitCodeFor,
  type Sink,
  writeJson,
  writeJunit,
  writeSarif,
  writeTable,
} from './check-report.ts';
import { ResultSpool } from './check-spool.ts';
import { columnsFor, type MapOptions, readColumnMap } from './column-map.ts';
import { loadCustomCheckFile } from './custom-check-file.ts';

const VERSION = '0.1.0';

export interface CheckOptions extends MapOptions {
  input: string[];
  importer?: string;
  format: CheckFormat;
  failOn: string;
  custom?: string[];
}

const inputError = (message: string) => new CliError(message, CHECK_EXIT.input);

/** An evaluated report whose results are spooled to disk; `close()` removes them. */
export type EvaluatedReport = CheckReport & { close(): void };

/**
 * Reads every input through its importer (given or detected) and evaluates each resource as it is
 * read; pure apart from reading files and the spooled results, which `close()` removes.
 */
export async function evaluateFiles(
  registry: MonitoringRegistry,
  opts: {
    files: string[];
    importer?: string;
    custom?: string[];
    now?: Date;
    flushAt?: number;
    /** Column → field pairs for CSV inputs (`--map`). */
    columns?: [string, string][];
  },
): Promise<EvaluatedReport> {
  const forced = opts.importer ? importerIn(registry, opts.importer) : undefined;
  if (opts.importer && !forced) {
    const known = registry.importers.map((i) => i.id).join(', ') || 'none installed';
    throw inputError(`--importer: unknown importer ${opts.importer}; importers: ${known}`);
  }
  const custom = (await Promise.all((opts.custom ?? []).map(loadCustomCheckFile))).flat();
  const spool = new ResultSpool([...registry.checks, ...custom], opts.now ?? new Date(), opts.flushAt);
  try {
    for (const file of opts.files) {
      const exists = await access(file).then(
        () => true,
        () => false,
      );
      if (!exists) throw inputError(`--input: ${file}: no such file`);
      // A folder of exports packed as .zip or .tar.gz is read as the folder it holds.
      const unpacked = await unpackCliArchive(file, inputError);
      try {
        const input = unpacked?.input ?? { path: file, name: file };
        const detected = forced ?? (await detectFileImporter(registry, input));
        if (!detected) {
          throw inputError(
            `${file}: Vigil does not recognise this file; name its importer with --importer. Vigil reads: ${readableFormats(registry, file)}`,
          );
        }
        const importer = detected;
        const columns = columnsFor(importer, opts.columns ?? [], CHECK_EXIT.input);
        spool.startFile(file, importer.id, importer.partial);
        try {
          for await (const r of importer.read({ ...input, ...(columns ? { columns } : {}) })) spool.add(r);
        } catch (err) {
          if (err instanceof ImportError) throw inputError(err.message);
          throw err;
        }
      } finally {
        await unpacked?.remove();
      }
    }
    const counts = await spool.countByCheck();
    return {
      inputs: spool.inputs,
      checks: spool.checks,
      counts,
      results: (ci) => spool.results(ci),
      close: () => spool.close(),
    };
  } catch (err) {
    spool.close();
    throw err;
  }
}

/** Writes the report in the asked format to the sink. */
export function writeReport(report: CheckReport, format: CheckFormat, out: Sink): Promise<void> {
  if (format === 'json') return writeJson(report, out);
  if (format === 'sarif') return writeSarif(report, VERSION, out);
  if (format === 'junit') return writeJunit(report, out);
  return writeTable(report, out);
}

/** The whole report as one string: for tests and small reports only. */
export async function formatReport(report: CheckReport, format: CheckFormat): Promise<string> {
  let text = '';
  await writeReport(report, format, {
    write: (s) => {
      text += s;
    },
  });
  return text;
}

/** Writes to stdout in large pieces, waiting when the reader is slower than the report. */
function stdoutSink(): Sink & { flush(): Promise<void> } {
  let pending = '';
  const flush = async () => {
    const text = pending;
    pending = '';
    if (text && !process.stdout.write(text)) await new Promise((r) => process.stdout.once('drain', r));
  };
  return {
    write: (s) => {
      pending += s;
      return pending.length >= 256 * 1024 ? flush() : undefined;
    },
    flush,
  };
}

/** Runs `vigil check` with parsed options; resolves with the exit code. */
export async function runCheck(opts: CheckOptions): Promise<number> {
  const failOn: Severity = parseWith(SeveritySchema, opts.failOn, '--fail-on');
  const report = await evaluateFiles(defaultRegistry(), {
    files: opts.input,
    importer: opts.importer,
    custom: opts.custom,
    columns: await readColumnMap(opts, CHECK_EXIT.input),
  });
  try {
    const out = stdoutSink();
    await writeReport(report, opts.format, out);
    await out.flush();
    return exitCodeFor(report, failOn);
  } finally {
    report.close();
  }
}
