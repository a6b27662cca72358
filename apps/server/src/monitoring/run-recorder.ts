/**
 * The one `runs` row of a sweep: created when it starts (so its progress can be shown), completed
 * inside the sweep's transaction, or marked failed in a transaction of its own together with the
 * connector's status and a `connector_error` alert.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { ImportError, type InputReport } from '@vigil/monitoring';
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { insertOutbox, loadControlLinks, rowsForControls } from './sweep-alerts.ts';

const { runs, connectors } = schema;

export interface SweepProgress {
  phase: 'reading' | 'evaluating' | 'writing' | 'done';
  resources: number;
  /** Results evaluated so far, and how many there will be, once known. */
  results?: number;
  total?: number;
}

/** Creates the run row in state `running`; it is committed at once so others can watch it. */
export async function startRun(
  db: Db,
  input: { orgId: string; source: string; connectorId: string | null; startedAt: Date },
): Promise<string> {
  const [row] = await db
    .insert(runs)
    .values({
      ...input,
      status: 'running',
      heartbeatAt: sql`now()`,
      stats: { progress: { phase: 'reading', resources: 0 } },
    })
    .returning({ id: runs.id });
  return row!.id;
}

/** Saves the progress of a running sweep (outside its transaction, so readers see it). */
export async function saveProgress(db: Db, runId: string, progress: SweepProgress): Promise<void> {
  await db
    .update(runs)
    .set({ stats: { progress }, heartbeatAt: sql`now()` })
    .where(and(eq(runs.id, runId), eq(runs.status, 'running')));
}

/** File names kept per list in a run's record; the counts say how many there were. */
const INPUT_NAMES_KEPT = 50;

export type InputsSummary = {
  recognised: number;
  ignored: { count: number; names: string[] };
  missing: { count: number; names: string[] };
};

/** The importer's report as the run keeps it: counts, and the first names of what it ignored or lacked. */
export function summarizeInputs(report: InputReport | undefined): InputsSummary | null {
  if (!report) return null;
  const list = (names: string[]) => ({ count: names.length, names: names.slice(0, INPUT_NAMES_KEPT) });
  return {
    recognised: report.recognised.length,
    ignored: list(report.ignored),
    missing: list(report.missing),
  };
}

export interface RunSummary {
  resourcesSeen: number;
  transitions: number;
  evidenceId: string | null;
  stats: Record<string, unknown>;
}

/**
 * Marks the run succeeded and the connector healthy, inside the sweep's transaction. A run another
 * process took for dead (its heartbeat held up too long) but that did finish is succeeded after all:
 * its results are committed with this, so the run must say so.
 */
export async function completeRun(
  tx: Db,
  run: { id: string; connectorId: string | null; finishedAt: Date },
  summary: RunSummary,
): Promise<void> {
  await tx
    .update(runs)
    .set({ status: 'succeeded', finishedAt: run.finishedAt, error: null, ...summary })
    .where(eq(runs.id, run.id));
  if (run.connectorId) {
    await tx
      .update(connectors)
      .set({ lastRunAt: run.finishedAt, lastSuccessAt: run.finishedAt, lastStatus: 'ok', lastError: null })
      .where(eq(connectors.id, run.connectorId));
  }
}

/** The message recorded for a failed run: ImportErrors name the file and line; drivers' wrappers are peeled off. */
export function failureMessage(err: unknown): string {
  let e: unknown = err;
  while (e instanceof Error && e.message.startsWith('Failed query') && e.cause instanceof Error) e = e.cause;
  const message = e instanceof ImportError || e instanceof Error ? e.message : String(e);
  return message.slice(0, 2000);
}

/**
 * Records a failed sweep in its own transaction: the run, the connector's status, a
 * `connector_error` alert to the owners of the controls its checks test, and an audit event.
 */
export async function failRun(
  db: Db,
  actor: Actor,
  run: { id: string; orgId: string; source: string; connectorId: string | null; finishedAt: Date },
  message: string,
  controlTemplates: readonly string[],
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(runs)
      .set({ status: 'failed', error: message, finishedAt: run.finishedAt, stats: {} })
      .where(eq(runs.id, run.id));
    await recordRunFailed(tx, actor, run, message, () => controlTemplates);
  });
}

/**
 * What every failed run leaves besides its own row: the `monitoring.run_failed` audit event and,
 * for a connector's run, the connector's failure (recordConnectorFailure). Used by failRun and by
 * run-liveness.ts for runs that died; `tx` is the caller's transaction.
 */
export async function recordRunFailed(
  tx: Db,
  actor: Actor,
  run: {
    id: string;
    orgId: string;
    source: string;
    connectorId: string | null;
    finishedAt: Date;
    startedAt?: Date;
  },
  message: string,
  templatesOf: (kind: string) => readonly string[],
): Promise<void> {
  await recordAudit(tx, actor, {
    orgId: run.orgId,
    action: 'monitoring.run_failed',
    entityType: 'run',
    entityId: run.id,
    changes: { source: run.source, connectorId: run.connectorId, error: message },
  });
  if (run.connectorId) {
    await recordConnectorFailure(tx, { ...run, connectorId: run.connectorId }, message, templatesOf);
  }
}

/**
 * Shows a failed run on its connector (last status `error` with the message) and raises a
 * `connector_error` alert to the owners of the controls `templatesOf(kind)` names, once per error
 * episode. With `startedAt`, a connector that has recorded a later run keeps that run's status.
 */
export async function recordConnectorFailure(
  tx: Db,
  run: { id: string; orgId: string; connectorId: string; finishedAt: Date; startedAt?: Date },
  message: string,
  templatesOf: (kind: string) => readonly string[],
): Promise<void> {
  const [before] = await tx
    .select({ lastStatus: connectors.lastStatus })
    .from(connectors)
    .where(eq(connectors.id, run.connectorId))
    .for('update');
  const [connector] = await tx
    .update(connectors)
    .set({ lastRunAt: run.finishedAt, lastStatus: 'error', lastError: message })
    .where(
      and(
        eq(connectors.id, run.connectorId),
        run.startedAt
          ? or(isNull(connectors.lastRunAt), lte(connectors.lastRunAt, run.startedAt))
          : undefined,
      ),
    )
    .returning({ name: connectors.name, kind: connectors.kind });
  // One alert per error episode: retries of a connector that is already failing stay quiet.
  if (!connector || before?.lastStatus === 'error') return;
  const templates = templatesOf(connector.kind);
  const links = (await loadControlLinks(tx, run.orgId)).filter((l) => templates.includes(l.templateId));
  const payload = {
    connectorId: run.connectorId,
    connectorName: connector.name,
    kind: connector.kind,
    runId: run.id,
    error: message,
  };
  await insertOutbox(tx, rowsForControls(run.orgId, 'connector_error', payload, links));
}
