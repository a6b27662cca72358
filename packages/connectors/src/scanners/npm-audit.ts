/**
 * `npm audit --json`: the npm 7+ report (`auditReportVersion: 2`, a `vulnerabilities` object keyed
 * by package) and the legacy npm 6 report (`advisories` keyed by advisory id). One
 * `deps.package_audit` per vulnerable package. npm does not record the project, so the file name does.
 */
import {
  type FileImporter,
  ImportError,
  type ImportInput,
  partBefore,
  type Resource,
} from '@vigil/monitoring';
import type { PackageAuditAttrs } from '@vigil/monitoring/resource-types/scanners';
import { z } from 'zod';
import { exportLabel, parseShape } from './import-helpers.ts';
import { type JsonNode, type Plan, streamJson } from './json-stream.ts';

const SOURCE = 'npm';
const Severity = z.enum(['critical', 'high', 'moderate', 'low', 'info']);
const RANK = { info: 0, low: 1, moderate: 2, high: 3, critical: 4 } as const;

const V2EntrySchema = z.object({
  name: z.string().optional(),
  severity: Severity,
  isDirect: z.boolean().optional(),
  via: z.array(
    z.union([
      z.string(),
      z.object({
        source: z.union([z.number(), z.string()]).optional(),
        title: z.string().optional(),
        url: z.string().optional(),
        severity: z.string().optional(),
        range: z.string().optional(),
      }),
    ]),
  ),
  effects: z.array(z.string()).optional(),
  range: z.string().optional(),
  fixAvailable: z
    .union([z.boolean(), z.object({ name: z.string(), version: z.string(), isSemVerMajor: z.boolean() })])
    .optional(),
});

const V1AdvisorySchema = z.object({
  id: z.union([z.number(), z.string()]),
  module_name: z.string().min(1),
  severity: Severity,
  title: z.string().optional(),
  url: z.string().optional(),
  vulnerable_versions: z.string().optional(),
  patched_versions: z.string().optional(),
});

const ErrorSchema = z.object({
  code: z.string().optional(),
  summary: z.string().optional(),
  detail: z.string().optional(),
});

const plan: Plan = (path, kind) => {
  if (path.length === 0)
    return kind === 'object' ? 'enter' : { reject: 'expected an npm audit --json report object' };
  const [top] = path;
  if (path.length === 1) {
    if (top === 'auditReportVersion' || top === 'error') return 'take';
    if (top === 'vulnerabilities' || top === 'advisories')
      return kind === 'object' ? 'enter' : { reject: `${top} must be an object` };
    return 'skip';
  }
  return path.length === 2 && (top === 'vulnerabilities' || top === 'advisories') ? 'take' : 'skip';
};

function fromV2(project: string, pkg: string, node: JsonNode, input: ImportInput): Resource {
  const e = parseShape(V2EntrySchema, node, input, 'not an npm audit vulnerability');
  const attributes: PackageAuditAttrs = {
    project,
    package: e.name ?? pkg,
    severity: e.severity,
    advisories: e.via.flatMap((v) =>
      typeof v === 'string'
        ? []
        : [
            {
              id: String(v.source ?? v.url ?? v.title ?? '?'),
              title: v.title,
              url: v.url,
              severity: v.severity,
              range: v.range,
            },
          ],
    ),
    viaPackages: e.via.filter((v): v is string => typeof v === 'string'),
    effects: e.effects ?? [],
    reportVersion: 2,
  };
  if (e.isDirect !== undefined) attributes.isDirect = e.isDirect;
  if (e.range !== undefined) attributes.range = e.range;
  if (e.fixAvailable !== undefined) attributes.fixAvailable = e.fixAvailable;
  return resource(project, attributes);
}

const resource = (project: string, attributes: PackageAuditAttrs): Resource => ({
  source: SOURCE,
  type: 'deps.package_audit',
  externalId: `${project}|${attributes.package}`,
  name: `${attributes.package} in ${project}`,
  attributes,
});

async function* read(input: ImportInput): AsyncIterable<Resource> {
  const project = exportLabel(input.name, ['.npm-audit', '-npm-audit', '.audit', '-audit', 'npm-audit']);
  // A clean audit yields nothing, yet it still says this project has no vulnerabilities left.
  input.covers?.(project);
  let version: unknown;
  let sawReport = false;
  // Legacy reports list advisories, not packages: fold them per module (a few hundred at most).
  const legacy = new Map<string, PackageAuditAttrs & { allPatched: boolean }>();
  for await (const node of streamJson(input, plan)) {
    const [top, key] = node.path;
    if (top === 'error') {
      const e = parseShape(ErrorSchema, node, input, 'unexpected error object');
      throw new ImportError(
        input.name,
        '$.error',
        `npm audit failed${e.code ? ` (${e.code})` : ''}: ` +
          [e.summary, e.detail?.split('\n')[0]].filter(Boolean).join(' ') || 'no message',
      );
    }
    if (top === 'auditReportVersion') {
      version = node.value;
      if (version !== 2) {
        throw new ImportError(
          input.name,
          '$.auditReportVersion',
          `unsupported auditReportVersion ${JSON.stringify(version)}`,
        );
      }
      continue;
    }
    sawReport = true;
    if (top === 'vulnerabilities') {
      yield fromV2(project, String(key), node, input);
      continue;
    }
    const a = parseShape(V1AdvisorySchema, node, input, 'not an npm audit advisory');
    const entry = legacy.get(a.module_name) ?? {
      project,
      package: a.module_name,
      severity: a.severity,
      advisories: [],
      viaPackages: [],
      effects: [],
      reportVersion: 1 as const,
      allPatched: true,
    };
    if (RANK[a.severity] > RANK[entry.severity]) entry.severity = a.severity;
    entry.advisories.push({
      id: String(a.id),
      title: a.title,
      url: a.url,
      severity: a.severity,
      range: a.vulnerable_versions,
    });
    // npm 6 writes `<0.0.0` when no version is patched.
    if (!a.patched_versions || a.patched_versions === '<0.0.0') entry.allPatched = false;
    legacy.set(a.module_name, entry);
  }
  if (!sawReport && version === undefined) {
    throw new ImportError(input.name, '$.vulnerabilities', 'missing: this is not an npm audit --json report');
  }
  for (const { allPatched, ...entry } of legacy.values())
    yield resource(project, { ...entry, fixAvailable: allPatched });
}

/** The npm audit importer. */
export const npmAuditImporter: FileImporter = {
  id: 'npm.audit',
  source: SOURCE,
  title: 'npm audit report (JSON)',
  description:
    'The output of `npm audit --json > <project>.npm-audit.json` run in the project (npm 7+ or the npm 6 ' +
    'format). The file name before `.npm-audit.json` names the project.',
  produces: ['deps.package_audit'],
  // One project per report, named by the file: another project's audit leaves this one's alone.
  partOf: partBefore('|'),
  // npm's own error document (`{"error": {"code": "ENOLOCK", "summary": …}}`) is recognised too, so a
  // failed audit is reported as such instead of as a file of unknown format.
  detect: (head) =>
    /"auditReportVersion"\s*:/.test(head) ||
    /^\uFEFF?\s*\{\s*"error"\s*:\s*\{\s*"code"\s*:\s*"E[A-Z0-9]+"\s*,\s*"summary"/.test(head) ||
    (/"advisories"\s*:/.test(head) && /"(actions|muted)"\s*:/.test(head)),
  read,
};
