/**
 * SARIF 2.1.0 logs from any static analysis tool (CodeQL, Semgrep, ESLint, Trivy …): one
 * `code.sarif_run` per run with its unsuppressed results by level. Results are streamed and
 * counted, never kept, so logs of hundreds of megabytes import in flat memory.
 */
import { type FileImporter, ImportError, type ImportInput, type Resource } from '@vigil/monitoring';
import { z } from 'zod';
import { parseShape } from './import-helpers.ts';
import { type JsonNode, type Plan, streamJson } from './json-stream.ts';
import { ResultSchema, RuleSchema, SarifRunTally } from './sarif-run.ts';

const SOURCE = 'sarif';
const DRIVER_SCALARS = new Set(['name', 'version', 'semanticVersion']);

/**
 * The plan for one read; `runs` receives every run index, even of runs with nothing to take, and
 * `withResults` those that have a `results` array (SARIF leaves it out when the tool computed none).
 */
const makePlan =
  (runs: Set<number>, withResults: Set<number>): Plan =>
  (path, kind) => {
    const n = path.length;
    if (n === 0) return kind === 'object' ? 'enter' : { reject: 'expected a SARIF log object' };
    if (n === 1) {
      if (path[0] === 'version') return 'take';
      if (path[0] === 'runs') return kind === 'array' ? 'enter' : { reject: 'runs must be an array' };
      return 'skip';
    }
    if (path[0] !== 'runs') return 'skip';
    if (n === 2) {
      runs.add(path[1] as number);
      return kind === 'object' ? 'enter' : { reject: 'each run must be an object' };
    }
    const [, , part, a, b, c, d] = path;
    if (part === 'results') {
      if (n === 3 && kind === 'array') withResults.add(path[1] as number);
      return n === 3 ? (kind === 'array' ? 'enter' : 'skip') : n === 4 ? 'take' : 'skip';
    }
    if (part === 'invocations' || part === 'automationDetails' || part === 'versionControlProvenance') {
      return n === 3 ? 'take' : 'skip';
    }
    if (part !== 'tool') return 'skip';
    if (n === 3) return kind === 'object' ? 'enter' : 'skip';
    // tool.driver.{name,version,rules[]} and tool.extensions[].rules[] (CodeQL keeps its queries there).
    if (a === 'driver') {
      if (n === 4) return kind === 'object' ? 'enter' : 'skip';
      if (n === 5)
        return DRIVER_SCALARS.has(String(b)) ? 'take' : b === 'rules' && kind === 'array' ? 'enter' : 'skip';
      return n === 6 && b === 'rules' ? 'take' : 'skip';
    }
    if (a === 'extensions') {
      if (n === 4 && kind === 'array') return 'enter';
      if (n === 5 && kind === 'object') return 'enter';
      if (n === 6 && c === 'rules' && kind === 'array') return 'enter';
      return n === 7 && c === 'rules' && typeof d === 'number' ? 'take' : 'skip';
    }
    return 'skip';
  };

const InvocationsSchema = z.array(z.object({ executionSuccessful: z.boolean().optional() }));
const AutomationSchema = z.object({ id: z.string().optional() });
const ProvenanceSchema = z.array(z.object({ repositoryUri: z.string().optional() }));

function apply(run: SarifRunTally, node: JsonNode, input: ImportInput): void {
  const [, , part, a, b] = node.path;
  if (part === 'results') run.addResult(parseShape(ResultSchema, node, input, 'not a SARIF result'));
  else if (part === 'invocations') {
    const inv = parseShape(InvocationsSchema, node, input, 'unexpected invocations');
    if (inv.some((i) => i.executionSuccessful === false)) run.executionSuccessful = false;
    else if (inv.some((i) => i.executionSuccessful === true)) run.executionSuccessful = true;
  } else if (part === 'automationDetails') {
    run.automationId = parseShape(AutomationSchema, node, input, 'unexpected automationDetails').id;
  } else if (part === 'versionControlProvenance') {
    run.repository = parseShape(
      ProvenanceSchema,
      node,
      input,
      'unexpected versionControlProvenance',
    )[0]?.repositoryUri;
  } else if (a === 'driver' && b === 'rules') {
    // Rules are addressed by position, so keep each at its own index even when read out of order.
    run.driverRules[node.path[5] as number] = parseShape(RuleSchema, node, input, 'not a SARIF rule');
  } else if (a === 'extensions')
    run.extensionRules.push(parseShape(RuleSchema, node, input, 'not a SARIF rule'));
  else if (a === 'driver' && typeof node.value === 'string') {
    if (b === 'name') run.tool = node.value;
    else run.toolVersion ??= node.value;
  }
}

async function* read(input: ImportInput): AsyncIterable<Resource> {
  let version: unknown;
  const runs: SarifRunTally[] = [];
  const seen = new Set<number>();
  const withResults = new Set<number>();
  for await (const node of streamJson(input, makePlan(seen, withResults))) {
    if (node.path.length === 1) {
      version = node.value;
      continue;
    }
    const i = node.path[1] as number;
    runs[i] ??= new SarifRunTally();
    apply(runs[i], node, input);
  }
  if (version === undefined)
    throw new ImportError(input.name, '$.version', 'missing: this is not a SARIF log');
  if (version !== '2.1.0') {
    throw new ImportError(
      input.name,
      '$.version',
      `unsupported SARIF version ${JSON.stringify(version)}; Vigil reads 2.1.0`,
    );
  }
  for (const i of seen) {
    const run = runs[i] ?? new SarifRunTally();
    const attributes = run.attributes(i);
    // SARIF §3.14.23: no `results` array means the tool did not compute results, not that it found none.
    if (!withResults.has(i)) attributes.resultsComputed = false;
    if (!run.tool)
      throw new ImportError(
        input.name,
        `$.runs[${i}].tool.driver.name`,
        'missing: every run must name its tool',
      );
    // Repository and automation id tell recurring analyses apart; the file name is the fallback.
    const scope = run.repository ?? input.name;
    yield {
      source: SOURCE,
      type: 'code.sarif_run',
      externalId: `${attributes.tool}|${scope}|${attributes.automationId ?? `run ${i}`}`,
      name: `${attributes.tool} on ${scope}${attributes.automationId ? ` (${attributes.automationId})` : ''}`,
      attributes,
    };
  }
}

/** The SARIF 2.1.0 importer. */
export const sarifImporter: FileImporter = {
  id: 'sarif',
  source: SOURCE,
  title: 'SARIF 2.1.0 code scanning log',
  description:
    'A SARIF 2.1.0 log from a static analysis tool, e.g. `semgrep scan --sarif --output results.sarif` or ' +
    '`codeql database analyze … --format=sarif-latest --output=results.sarif`. One resource per run.',
  produces: ['code.sarif_run'],
  // Runs of one repository (or file) per log: another repository's log leaves this one's runs alone.
  partOf: (_type, externalId) => externalId.split('|')[1],
  detect: (head, fileName) =>
    /\.sarif(\.json)?$/i.test(fileName) ||
    (/"runs"\s*:/.test(head) && /sarif/i.test(head)) ||
    /"version"\s*:\s*"2\.1\.0"/.test(head),
  read,
};
