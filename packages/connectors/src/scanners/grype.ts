/**
 * Grype JSON reports (`grype IMAGE -o json`): one `vuln.finding` per `matches[]` entry and one
 * `vuln.target` for the scanned source. Grype writes `matches` before `source`, so the source is
 * read first in a cheap pass that skips the matches, then the matches are streamed.
 */
import {
  type FileImporter,
  ImportError,
  type ImportInput,
  partBefore,
  type Resource,
} from '@vigil/monitoring';
import { z } from 'zod';
import { parseShape } from './import-helpers.ts';
import { type JsonNode, type Plan, streamJson } from './json-stream.ts';
import { compact, findingResource, normalizeSeverity, TargetSummary } from './vuln-summary.ts';

const SOURCE = 'grype';

const MatchSchema = z.object({
  vulnerability: z.object({
    id: z.string().min(1),
    severity: z.string().optional(),
    dataSource: z.string().optional(),
    fix: z
      .object({
        versions: z.array(z.string()).nullable().optional(),
        state: z.string().optional(),
        /** Grype 0.9x and later: when each fix was first observed or advised (`YYYY-MM-DD`). */
        available: z
          .array(z.object({ version: z.string().optional(), date: z.string().optional() }))
          .nullable()
          .optional(),
      })
      .optional(),
  }),
  artifact: z.object({
    name: z.string().min(1),
    version: z.string().optional(),
    type: z.string().optional(),
    locations: z
      .array(z.object({ path: z.string().optional() }))
      .nullable()
      .optional(),
  }),
});

const SourceSchema = z.object({
  type: z.string().optional(),
  target: z.union([
    z.string(),
    z.object({
      userInput: z.string().optional(),
      name: z.string().optional(),
      imageID: z.string().optional(),
      manifestDigest: z.string().optional(),
      path: z.string().optional(),
    }),
  ]),
});

const DescriptorSchema = z.object({ name: z.string().optional(), timestamp: z.string().optional() });

const contextPlan: Plan = (path, kind) => {
  if (path.length === 0)
    return kind === 'object' ? 'enter' : { reject: 'expected a Grype JSON report object' };
  return path.length === 1 && (path[0] === 'source' || path[0] === 'descriptor') ? 'take' : 'skip';
};

const matchPlan: Plan = (path, kind) => {
  if (path.length === 0)
    return kind === 'object' ? 'enter' : { reject: 'expected a Grype JSON report object' };
  if (path[0] !== 'matches') return 'skip';
  if (path.length === 1) return kind === 'array' ? 'enter' : { reject: 'matches must be an array' };
  return path.length === 2 ? 'take' : 'skip';
};

/**
 * The earliest date a fix was available, the only per-finding date Grype reports (it has no
 * advisory publication date or first detection); blank or malformed dates are ignored.
 */
function fixAvailableSince(
  available: { date?: string | undefined }[] | null | undefined,
): string | undefined {
  const dates = (available ?? [])
    .map((f) => f.date)
    .filter((d): d is string => !!d && !Number.isNaN(Date.parse(d)) && !d.startsWith('0001-'));
  return dates.sort()[0];
}

/** `fix.state` (or listed fixed versions) → whether a fix exists; unknown or empty states stay unknown. */
function fixAvailable(state: string | undefined, versions: string[] | null | undefined): boolean | undefined {
  if (state === 'fixed' || (versions?.length ?? 0) > 0) return true;
  if (state === 'not-fixed' || state === 'wont-fix') return false;
  return undefined;
}

interface Context {
  target: string;
  targetType?: string;
  scannedAt?: string;
  imageDigest?: string;
}

async function readContext(input: ImportInput): Promise<Context> {
  let source: JsonNode | undefined;
  let descriptor: JsonNode | undefined;
  for await (const node of streamJson(input, contextPlan)) {
    if (node.path[0] === 'source') source = node;
    else descriptor = node;
  }
  const d = descriptor ? parseShape(DescriptorSchema, descriptor, input, 'unexpected descriptor') : undefined;
  if (!source) {
    const detail =
      d?.name === 'grype'
        ? 'missing: the report does not name the scanned source'
        : 'missing: this is not a Grype JSON report';
    throw new ImportError(input.name, '$.source', detail);
  }
  const s = parseShape(SourceSchema, source, input, 'unexpected source');
  const t = s.target;
  const target = typeof t === 'string' ? t : (t.userInput ?? t.name ?? t.path);
  if (!target)
    throw new ImportError(
      input.name,
      '$.source.target',
      'missing: the report does not name the scanned source',
    );
  return compact({
    target,
    targetType: s.type,
    // Grype's golden files blank the timestamp; an empty string is "not recorded".
    scannedAt: d?.timestamp || undefined,
    imageDigest: typeof t === 'string' ? undefined : (t.manifestDigest ?? t.imageID),
  });
}

async function* read(input: ImportInput): AsyncIterable<Resource> {
  const ctx = await readContext(input);
  const summary = new TargetSummary();
  for await (const node of streamJson(input, matchPlan)) {
    const m = parseShape(MatchSchema, node, input, 'not a Grype match');
    const { vulnerability: v, artifact: a } = m;
    const finding = compact({
      scanner: 'grype',
      target: ctx.target,
      targetType: ctx.targetType,
      location: a.locations?.[0]?.path,
      package: a.name,
      packageType: a.type,
      installedVersion: a.version,
      fixedVersions: v.fix?.versions ?? [],
      fixAvailable: fixAvailable(v.fix?.state, v.fix?.versions),
      fixAvailableSince: fixAvailableSince(v.fix?.available),
      vulnerabilityId: v.id,
      severity: normalizeSeverity(v.severity),
      url: v.dataSource || undefined,
    });
    summary.add(finding);
    yield findingResource(SOURCE, finding);
  }
  yield summary.resource(SOURCE, { scanner: 'grype', ...ctx });
}

/** The Grype JSON importer. */
export const grypeImporter: FileImporter = {
  id: 'grype.json',
  source: SOURCE,
  title: 'Grype vulnerability report (JSON)',
  description:
    'The JSON report of `grype IMAGE -o json --file report.json` (or `grype dir:PATH`). Produces one finding ' +
    'per match and a summary per scanned source.',
  produces: ['vuln.finding', 'vuln.target'],
  // One scanned image or folder per report: scanning another leaves this one's findings as they are.
  partOf: partBefore('|', ['vuln.target']),
  detect: (head) =>
    /^\uFEFF?\s*\{\s*"matches"\s*:/.test(head) || (/"matches"\s*:/.test(head) && /"artifact"\s*:/.test(head)),
  read,
};
