/**
 * Trivy JSON reports (`trivy image|fs|repo -f json`, SchemaVersion 2): one `vuln.finding` per
 * `Results[].Vulnerabilities[]` and one `vuln.target` for the scanned artifact. Streams the file,
 * skipping the package inventory, so reports of hundreds of megabytes import in flat memory.
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
import { type Plan, streamJson } from './json-stream.ts';
import { compact, findingResource, normalizeSeverity, TargetSummary } from './vuln-summary.ts';

const SOURCE = 'trivy';
const HEADER_KEYS = new Set(['SchemaVersion', 'ArtifactName', 'ArtifactType', 'CreatedAt']);
const RESULT_KEYS = new Set(['Target', 'Class', 'Type']);

const TrivyVulnSchema = z.object({
  VulnerabilityID: z.string().min(1),
  PkgName: z.string().min(1),
  InstalledVersion: z.string().optional(),
  FixedVersion: z.string().optional(),
  Status: z.string().optional(),
  Severity: z.string().optional(),
  Title: z.string().optional(),
  PrimaryURL: z.string().optional(),
  PublishedDate: z.string().optional(),
});

const MetadataSchema = z.object({
  ImageID: z.string().optional(),
  RepoDigests: z.array(z.string()).nullable().optional(),
});

const plan: Plan = (path, kind) => {
  const [top, i, key, j] = path;
  if (path.length === 0) {
    if (kind === 'array')
      return { reject: "this is Trivy's legacy JSON format; use Trivy 0.20 or later (SchemaVersion 2)" };
    return kind === 'object' ? 'enter' : { reject: 'expected a Trivy JSON report object' };
  }
  if (path.length === 1) {
    if (HEADER_KEYS.has(String(top))) return 'take';
    if (top === 'Metadata') return kind === 'object' ? 'take' : 'skip';
    if (top === 'Results')
      return kind === 'array' ? 'enter' : kind === 'scalar' ? 'skip' : { reject: 'Results must be an array' };
    return 'skip';
  }
  if (top !== 'Results') return 'skip';
  if (path.length === 2)
    return kind === 'object' ? 'enter' : { reject: `result ${String(i)} must be an object` };
  if (path.length === 3) {
    if (RESULT_KEYS.has(String(key))) return 'take';
    if (key === 'Vulnerabilities')
      return kind === 'array'
        ? 'enter'
        : kind === 'scalar'
          ? 'skip'
          : { reject: 'Vulnerabilities must be an array' };
    return 'skip';
  }
  return key === 'Vulnerabilities' && typeof j === 'number' && path.length === 4 ? 'take' : 'skip';
};

interface Header {
  SchemaVersion?: unknown;
  ArtifactName?: unknown;
  ArtifactType?: unknown;
  CreatedAt?: unknown;
}

/** Reads only the top-level scalars, for reports whose keys were sorted (ArtifactName after Results). */
async function readHeader(input: ImportInput): Promise<Header> {
  const header: Record<string, unknown> = {};
  const headerPlan: Plan = (path) =>
    path.length === 0 ? 'enter' : HEADER_KEYS.has(String(path[0])) && path.length === 1 ? 'take' : 'skip';
  for await (const node of streamJson(input, headerPlan)) header[String(node.path[0])] = node.value;
  return header;
}

function checkHeader(
  input: ImportInput,
  h: Header,
): { target: string; targetType?: string; scannedAt?: string } {
  if (h.SchemaVersion === undefined) {
    throw new ImportError(
      input.name,
      '$.SchemaVersion',
      'missing: this is not a Trivy JSON report (SchemaVersion 2)',
    );
  }
  if (h.SchemaVersion !== 2) {
    throw new ImportError(
      input.name,
      '$.SchemaVersion',
      `unsupported SchemaVersion ${JSON.stringify(h.SchemaVersion)}; Vigil reads version 2`,
    );
  }
  if (typeof h.ArtifactName !== 'string' || h.ArtifactName === '') {
    throw new ImportError(
      input.name,
      '$.ArtifactName',
      'missing: the report does not name the scanned artifact',
    );
  }
  return compact({
    target: h.ArtifactName,
    targetType: typeof h.ArtifactType === 'string' ? h.ArtifactType : undefined,
    scannedAt: typeof h.CreatedAt === 'string' ? h.CreatedAt : undefined,
  });
}

async function* read(input: ImportInput): AsyncIterable<Resource> {
  const header: Header = {};
  let head: ReturnType<typeof checkHeader> | undefined;
  let digest: string | undefined;
  const results = new Map<number, { Target?: string; Type?: string }>();
  const summary = new TargetSummary();
  for await (const node of streamJson(input, plan)) {
    const [top, i, key] = node.path;
    if (node.path.length === 1 && top !== 'Metadata') {
      (header as Record<string, unknown>)[String(top)] = node.value;
      continue;
    }
    if (top === 'Metadata') {
      const m = parseShape(MetadataSchema, node, input, 'unexpected Metadata');
      digest = m.RepoDigests?.[0] ?? m.ImageID;
      continue;
    }
    const result = results.get(i as number) ?? {};
    results.set(i as number, result);
    if (key !== 'Vulnerabilities') {
      if (typeof node.value === 'string') result[key as 'Target' | 'Type'] = node.value;
      continue;
    }
    // `jq -S` puts SchemaVersion after Results; other tools may move ArtifactName too.
    const complete = header.ArtifactName !== undefined && header.SchemaVersion !== undefined;
    head ??= checkHeader(input, complete ? header : await readHeader(input));
    const v = parseShape(TrivyVulnSchema, node, input, 'not a Trivy vulnerability');
    const fixed = (v.FixedVersion ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const finding = compact({
      scanner: 'trivy',
      target: head.target,
      targetType: head.targetType,
      location: result.Target,
      package: v.PkgName,
      packageType: result.Type,
      installedVersion: v.InstalledVersion,
      fixedVersions: fixed,
      fixAvailable: fixed.length > 0,
      vulnerabilityId: v.VulnerabilityID,
      severity: normalizeSeverity(v.Severity),
      title: v.Title,
      status: v.Status,
      publishedAt: v.PublishedDate,
      url: v.PrimaryURL,
    });
    summary.add(finding);
    yield findingResource(SOURCE, finding);
  }
  head ??= checkHeader(input, header);
  yield summary.resource(SOURCE, compact({ scanner: 'trivy', ...head, imageDigest: digest }));
}

/** The Trivy JSON importer. */
export const trivyImporter: FileImporter = {
  id: 'trivy.json',
  source: SOURCE,
  title: 'Trivy vulnerability report (JSON)',
  description:
    'The JSON report of `trivy image --format json --output report.json IMAGE` (or `trivy fs` / `trivy repo`), ' +
    'SchemaVersion 2. Produces one finding per vulnerability and a summary per scanned artifact.',
  produces: ['vuln.finding', 'vuln.target'],
  // One scanned image or folder per report: scanning another leaves this one's findings as they are.
  partOf: partBefore('|', ['vuln.target']),
  // Sorted-key reports start with ArtifactName/ArtifactType and put SchemaVersion last.
  detect: (head) =>
    (/"SchemaVersion"\s*:/.test(head) && /"(ArtifactName|Results)"\s*:/.test(head)) ||
    (/"ArtifactName"\s*:/.test(head) && /"ArtifactType"\s*:/.test(head)),
  read,
};
