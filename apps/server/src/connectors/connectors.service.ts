/**
 * Connectors: what is connected, on which schedule, with which (encrypted) credentials. Every
 * change is audited; credentials never leave this module in clear and never reach the audit log.
 */
import type { ConnectorKind, ConnectorsCreateReq, ConnectorsUpdateReq, ConnectorView } from '@vigil/api';
import { invalid, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import {
  ColumnMappingSchema,
  collectorFields,
  type FileImporter,
  isStale,
  resourceType,
} from '@vigil/monitoring';
import { and, desc, eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { diffFields, recordAudit } from '../audit/audit-recorder.ts';
import {
  AUTO_DETECT_KIND,
  collectorIn,
  importerIn,
  type MonitoringRegistry,
  typesOfKind,
} from '../monitoring/index.ts';
import { retireConnectorResources } from './connector-retirement.ts';
import { resolveImportPath } from './connector-runner.ts';
import { assertCollectorInput, sealCredentials } from './live-collection.ts';
import type { ConnectorRow } from './runner-types.ts';

const { connectors } = schema;

export interface IntegrationsEnv {
  registry: MonitoringRegistry;
  masterKey: Buffer;
  importDir: string | null;
}

/**
 * What the accounts of a source are called, when one of its importers reads files that may not name
 * theirs (see `FileImporter.accountFrom`): every file kind of that source can be told its account.
 */
function accountOfSource(registry: MonitoringRegistry, source: string): string | null {
  const from = registry.importers.find((i) => i.source === source && i.accountFrom)?.accountFrom;
  return from ? (resourceType(from)?.title ?? from) : null;
}

/** Every kind a connector can be: auto-detection, the registry's file importers and its live collectors with their form fields. */
export function connectorKinds(registry: MonitoringRegistry): ConnectorKind[] {
  return [
    {
      id: AUTO_DETECT_KIND,
      title: 'Any supported file (detected)',
      description:
        'Upload any export Vigil reads: one file, or a folder of exports packed as one .zip or .tar.gz. ' +
        'Vigil recognises what it is from its content; one it cannot read is refused with the list of what it reads.',
      source: null,
      produces: typesOfKind(registry, AUTO_DETECT_KIND),
      mode: 'file' as const,
      account: null,
      columns: [],
      fields: [],
    },
    ...registry.importers.map((i) => ({
      id: i.id,
      title: i.title,
      description: i.description,
      source: i.source,
      produces: i.produces,
      mode: 'file' as const,
      account: accountOfSource(registry, i.source),
      columns: (i.columns ?? []).map((c) => ({ ...c, headers: [...c.headers] })),
      fields: [],
    })),
    ...(registry.collectors ?? []).map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description,
      source: c.source,
      produces: c.produces,
      mode: 'live' as const,
      account: null,
      columns: [],
      fields: collectorFields(c),
    })),
  ];
}

/** The API view of a connector: credentials only as `hasCredentials`. */
export function presentConnector(
  row: ConnectorRow,
  registry: MonitoringRegistry,
  now = new Date(),
): ConnectorView {
  return {
    id: row.id,
    kind: row.kind,
    kindTitle: connectorKinds(registry).find((k) => k.id === row.kind)?.title ?? row.kind,
    mode: collectorIn(registry, row.kind) ? 'live' : 'file',
    name: row.name,
    produces: typesOfKind(registry, row.kind),
    producesTitles: typesOfKind(registry, row.kind).map((t) => resourceType(t)?.title ?? t),
    scheduleMinutes: row.scheduleMinutes,
    config: row.config,
    hasCredentials: row.credentialsEnc !== null,
    enabled: row.enabled,
    lastRunAt: row.lastRunAt?.toISOString() ?? null,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    stale: isStale(row, now),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The organization's connectors, newest first. */
export async function listConnectors(db: Db, orgId: string): Promise<ConnectorRow[]> {
  return db.select().from(connectors).where(eq(connectors.orgId, orgId)).orderBy(desc(connectors.createdAt));
}

/** One connector of the organization, or not_found (also for another organization's). */
export async function findConnector(db: Db, orgId: string, id: string, lock = false): Promise<ConnectorRow> {
  const query = db
    .select()
    .from(connectors)
    .where(and(eq(connectors.orgId, orgId), eq(connectors.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('connector');
  return row;
}

/**
 * A live connector's settings (and secrets, when given) must satisfy its collector; a scheduled file
 * importer needs a file to read; a given `config.path` must stay inside the import directory.
 */
function assertRunnable(
  env: IntegrationsEnv,
  kind: string,
  scheduleMinutes: number | null,
  config: Record<string, unknown>,
  credentials?: Record<string, string> | null,
) {
  const collector = collectorIn(env.registry, kind);
  if (collector) {
    // Stored secrets are not reopened to check a settings change; they were checked when given.
    if (credentials === undefined) assertCollectorInput(collector, config, undefined, false);
    else assertCollectorInput(collector, config, credentials ?? {});
    return;
  }
  if (config.path !== undefined) resolveImportPath(env.importDir, config.path);
  if (scheduleMinutes !== null && config.path === undefined) {
    throw invalid(
      'scheduleMinutes',
      'scheduleMinutes: a file importer runs on a schedule only when config.path names a file in the import directory',
    );
  }
  const importer = importerIn(env.registry, kind);
  if (kind !== AUTO_DETECT_KIND && !importer) {
    throw invalid('kind', `kind: unknown connector kind ${kind}; GET /api/integrations/kinds lists them`);
  }
  if (config.columns !== undefined) assertColumns(importer, config.columns);
  if (config.accountId !== undefined) assertAccount(env.registry, importer, config.accountId);
}

/** `config.accountId` only for kinds whose source has accounts, as that source writes their ids. */
function assertAccount(registry: MonitoringRegistry, importer: FileImporter | undefined, accountId: unknown) {
  const account = importer ? accountOfSource(registry, importer.source) : null;
  if (!account) {
    throw invalid(
      'config.accountId',
      'config.accountId: only connectors of a cloud account take an account id',
    );
  }
  if (typeof accountId !== 'string' || !ACCOUNT_ID.test(accountId)) {
    throw invalid(
      'config.accountId',
      `config.accountId: an ${account} id is 12 digits, such as 123456789012`,
    );
  }
}

/** AWS account ids, the one source with accounts today: twelve digits. */
const ACCOUNT_ID = /^\d{12}$/;

/** `config.columns` must choose columns for fields the connector's CSV importer reads. */
function assertColumns(importer: FileImporter | undefined, columns: unknown) {
  const fields = importer?.columns ?? [];
  if (fields.length === 0) {
    throw invalid(
      'config.columns',
      'config.columns: only CSV connectors of a known kind take chosen columns',
    );
  }
  const parsed = ColumnMappingSchema.safeParse(columns);
  if (!parsed.success) {
    throw invalid('config.columns', 'config.columns: give each field the name of a column (text)');
  }
  const unknown = Object.keys(parsed.data).filter((f) => !fields.some((c) => c.field === f));
  if (unknown.length > 0) {
    throw invalid(
      'config.columns',
      `config.columns: no field ${unknown.join(', ')}; the fields are ${fields.map((c) => c.field).join(', ')}`,
    );
  }
}

const sealed = (env: IntegrationsEnv, credentials: Record<string, string>) =>
  sealCredentials(env.masterKey, credentials);

/** Adds a connector. */
export async function createConnector(
  tx: Db,
  actor: OrgActor,
  env: IntegrationsEnv,
  req: ConnectorsCreateReq,
): Promise<string> {
  const config = req.config ?? {};
  const scheduleMinutes = req.scheduleMinutes ?? null;
  assertRunnable(
    env,
    req.kind,
    scheduleMinutes,
    config,
    collectorIn(env.registry, req.kind) ? (req.credentials ?? {}) : undefined,
  );
  const [row] = await tx
    .insert(connectors)
    .values({
      orgId: actor.orgId,
      kind: req.kind,
      name: req.name,
      scheduleMinutes,
      config,
      credentialsEnc: req.credentials ? sealed(env, req.credentials) : null,
      enabled: req.enabled ?? true,
    })
    .returning({ id: connectors.id });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'connector.created',
    entityType: 'connector',
    entityId: row!.id,
    changes: {
      kind: req.kind,
      name: req.name,
      scheduleMinutes,
      config,
      credentials: req.credentials ? 'set' : 'none',
    },
  });
  return row!.id;
}

/** Changes a connector's name, settings, credentials or enabled flag. */
export async function updateConnector(
  tx: Db,
  actor: OrgActor,
  env: IntegrationsEnv,
  id: string,
  req: ConnectorsUpdateReq,
): Promise<void> {
  const before = await findConnector(tx, actor.orgId, id, true);
  const { credentials, ...fields } = req;
  assertRunnable(env, before.kind, before.scheduleMinutes, fields.config ?? before.config, credentials);
  const changes: Record<string, unknown> = diffFields(before, fields);
  const set: Partial<typeof connectors.$inferInsert> = { ...fields };
  if (credentials !== undefined) {
    set.credentialsEnc = credentials === null ? null : sealed(env, credentials);
    changes.credentials = credentials === null ? 'removed' : 'replaced';
  }
  if (Object.keys(changes).length === 0) return;
  await tx.update(connectors).set(set).where(eq(connectors.id, id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'connector.updated',
    entityType: 'connector',
    entityId: id,
    changes: { name: before.name, ...changes },
  });
}

/** Sets how often a connector runs (null: only on upload or on demand). */
export async function setConnectorSchedule(
  tx: Db,
  actor: OrgActor,
  env: IntegrationsEnv,
  id: string,
  scheduleMinutes: number | null,
): Promise<void> {
  const before = await findConnector(tx, actor.orgId, id, true);
  assertRunnable(env, before.kind, scheduleMinutes, before.config);
  if (before.scheduleMinutes === scheduleMinutes) return;
  await tx.update(connectors).set({ scheduleMinutes }).where(eq(connectors.id, id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'connector.schedule_changed',
    entityType: 'connector',
    entityId: id,
    changes: { name: before.name, scheduleMinutes: { from: before.scheduleMinutes, to: scheduleMinutes } },
  });
}

/**
 * Removes a connector; its runs and the resources it collected stay, as history: the resources are
 * gone from now on and their results stop counting.
 */
export async function deleteConnector(
  tx: Db,
  actor: OrgActor,
  env: Pick<IntegrationsEnv, 'registry'>,
  id: string,
  now = new Date(),
): Promise<void> {
  const before = await findConnector(tx, actor.orgId, id, true);
  await tx.delete(connectors).where(eq(connectors.id, id));
  const retired = await retireConnectorResources(tx, actor.orgId, id, now, env.registry.checks);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'connector.deleted',
    entityType: 'connector',
    entityId: id,
    changes: {
      kind: before.kind,
      name: before.name,
      resourcesRetired: retired.resources,
      intervalsClosed: retired.intervals,
    },
  });
}
