/**
 * Running a connector: an uploaded file, a file the connector reads from the import directory on
 * its schedule, or a live collector (live-collection.ts). Every path ends in one sweep, whose raw
 * input is kept as evidence when an evidence store is at hand.
 */
import { access, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { invalid, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import {
  ColumnMappingSchema,
  type FileImporter,
  ImportError,
  type ImportInput,
  type InputReport,
  type Resource,
} from '@vigil/monitoring';
import { and, eq, isNull } from 'drizzle-orm';
import { type Actor, systemActor } from '../audit/actor.ts';
import { recordEvidence } from '../evidence/index.ts';
import {
  AUTO_DETECT_KIND,
  collectorIn,
  controlsOfCheck,
  importerIn,
  loadControlLinks,
  type MonitoringRegistry,
  runSweep,
  type SweepResult,
} from '../monitoring/index.ts';
import { detectFileImporter, readableFormats } from './importer-detection.ts';
import { runLiveConnector } from './live-collection.ts';
import type { ConnectorRow, RunnerEnv, RunOptions } from './runner-types.ts';

/** The absolute path of a connector's `config.path`, refusing anything outside the import directory. */
export function resolveImportPath(importDir: string | null, path: unknown): string {
  if (!importDir)
    throw invalid('config.path', 'config.path: scheduled file imports are off (set VIGIL_IMPORT_DIR)');
  if (typeof path !== 'string' || !path.trim()) {
    throw invalid('config.path', 'config.path: name the file to read, relative to the import directory');
  }
  const full = resolve(importDir, path);
  const rel = relative(resolve(importDir), full);
  if (!rel || rel.startsWith('..') || isAbsolute(rel) || isAbsolute(path)) {
    throw invalid('config.path', 'config.path: must be a file inside the import directory');
  }
  return full;
}

/** Keeps an input file as `collection` evidence linked to the controls its checks test. */
function evidenceKeeper(
  env: RunnerEnv,
  actor: Actor,
  orgId: string,
  importer: FileImporter,
  file: ImportInput,
) {
  const store = env.evidenceStore;
  if (!store) return undefined;
  return async (tx: Db, runId: string): Promise<string | null> => {
    // Inputs larger than the evidence limit are still evaluated; the run says why none was kept.
    // A folder (a bundle in the import directory) is no single file to keep.
    const info = await stat(file.path);
    if (!info.isFile() || info.size > store.maxBytes) return null;
    const checks = env.registry.checks.filter((c) => importer.produces.includes(c.resourceType.type));
    const links = await loadControlLinks(tx, orgId);
    const controlIds = [...new Set(checks.flatMap((c) => controlsOfCheck(c, links).map((l) => l.id)))];
    const item = await recordEvidence(tx, actor, store, {
      orgId,
      kind: 'collection',
      title: `${importer.title}: ${file.name}`.slice(0, 300),
      description: `Raw input of collection run ${runId}, read by ${importer.id}.`,
      fileName: file.name,
      content: { path: file.path },
      controlIds,
      runId,
    });
    return item.id;
  };
}

/**
 * The account a connector (or the connector-less scope, null) already describes, when it holds exactly
 * one resource of the importer's `accountFrom` type: a file that does not name its account belongs to it.
 */
async function knownAccount(
  db: Db,
  orgId: string,
  importer: FileImporter,
  connectorId: string | null,
): Promise<string | undefined> {
  if (importer.accountFrom === undefined) return undefined;
  const rows = await db
    .select({ externalId: schema.resources.externalId })
    .from(schema.resources)
    .where(
      and(
        eq(schema.resources.orgId, orgId),
        eq(schema.resources.source, importer.source),
        eq(schema.resources.type, importer.accountFrom),
        connectorId === null
          ? isNull(schema.resources.connectorId)
          : eq(schema.resources.connectorId, connectorId),
        isNull(schema.resources.goneAt),
      ),
    )
    .limit(2);
  return rows.length === 1 ? rows[0]!.externalId : undefined;
}

/** Imports one file through an importer as a sweep of its source; rejects with SweepFailed on bad input. */
export async function importFile(
  env: RunnerEnv,
  orgId: string,
  importer: FileImporter,
  file: ImportInput,
  connectorId: string | null,
  opts: RunOptions = {},
): Promise<SweepResult> {
  const actor = opts.actor ?? systemActor('system:monitoring');
  const accountId = file.accountId ?? (await knownAccount(env.db, orgId, importer, connectorId));
  let report: InputReport | undefined;
  const covered = new Set<string>();
  return runSweep(env.db, actor, {
    orgId,
    source: importer.source,
    types: importer.produces,
    resources: importer.read({
      ...file,
      ...(accountId ? { accountId } : {}),
      report: (r) => (report = r),
      covers: (part) => covered.add(part),
    }),
    inputReport: () => report,
    checks: env.registry.checks,
    followers: env.registry.followers,
    connectorId,
    partial: importer.partial,
    ...(importer.partOf ? { parts: { partOf: importer.partOf, described: () => covered } } : {}),
    now: opts.now,
    onProgress: opts.onProgress,
    keepInput: evidenceKeeper(env, actor, orgId, importer, opts.evidenceFile ?? file),
  });
}

/** Yields nothing but fails as bad input: lets a run that cannot start be recorded like any failed run. */
async function* failing(error: ImportError): AsyncGenerator<Resource> {
  yield* [];
  throw error;
}

/** The importer for a connector: its kind, or for auto-detecting connectors the one the file matches. */
export async function importerForConnector(
  registry: MonitoringRegistry,
  connector: Pick<ConnectorRow, 'kind'>,
  file: ImportInput,
): Promise<FileImporter | null> {
  if (connector.kind === AUTO_DETECT_KIND) return detectFileImporter(registry, file);
  return importerIn(registry, connector.kind) ?? null;
}

/** The columns a person chose for this connector's CSV fields, when any (validated when saved). */
function chosenColumns(config: Record<string, unknown>): Record<string, string> | undefined {
  const parsed = ColumnMappingSchema.safeParse(config.columns);
  return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : undefined;
}

/** Loads a connector of any organization (jobs carry only its id), or not_found. */
export async function loadConnector(db: Db, connectorId: string): Promise<ConnectorRow> {
  const [c] = await db.select().from(schema.connectors).where(eq(schema.connectors.id, connectorId));
  if (!c) throw notFound('connector');
  return c;
}

/**
 * Imports a file for a connector: its importer, or for `file.auto` the one the file matches. A file
 * that is missing or in no known format is recorded as a failed run, like any other bad input.
 */
export async function importConnectorFile(
  env: RunnerEnv,
  connector: ConnectorRow,
  file: ImportInput,
  opts: RunOptions = {},
): Promise<SweepResult> {
  const exists = await access(file.path).then(
    () => true,
    () => false,
  );
  const importer = exists ? await importerForConnector(env.registry, connector, file) : null;
  const columns = chosenColumns(connector.config);
  // The account set on the connector, for files that do not name theirs.
  const accountId = typeof connector.config.accountId === 'string' ? connector.config.accountId : undefined;
  if (importer)
    return importFile(
      env,
      connector.orgId,
      importer,
      { ...(columns ? { columns } : {}), ...(accountId ? { accountId } : {}), ...file },
      connector.id,
      opts,
    );
  const detail = exists
    ? `is not a file Vigil can read. Vigil reads: ${readableFormats(env.registry, file.name)}. A folder of exports is uploaded packed as one .zip or .tar.gz.`
    : 'no such file in the import directory';
  return runSweep(env.db, opts.actor ?? systemActor('system:monitoring'), {
    orgId: connector.orgId,
    source: importerIn(env.registry, connector.kind)?.source ?? connector.kind,
    types: [],
    resources: failing(new ImportError(file.name, null, detail)),
    checks: [],
    customChecks: false,
    connectorId: connector.id,
    now: opts.now,
  });
}

/** Runs a connector now from its own settings: a live collector, or a file importer reading `config.path` from the import directory. */
export async function runConnector(
  env: RunnerEnv,
  connectorId: string,
  opts: RunOptions = {},
): Promise<SweepResult> {
  const connector = await loadConnector(env.db, connectorId);
  const collector = collectorIn(env.registry, connector.kind);
  if (collector) return runLiveConnector(env, connector, collector, opts);
  if (connector.kind !== AUTO_DETECT_KIND && !importerIn(env.registry, connector.kind)) {
    throw invalid('kind', `kind: no importer or collector ${connector.kind} in this installation`);
  }
  const path = resolveImportPath(env.importDir, connector.config.path);
  return importConnectorFile(env, connector, { path, name: String(connector.config.path) }, opts);
}
