/** Read queries of monitoring: trends, a check's failing resources and history, and runs. */
import type { RunInputs } from '@vigil/api';
import { notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { sourceTitle } from '@vigil/monitoring';
import { and, desc, eq, gte, isNull, type SQL, sql } from 'drizzle-orm';

const { checkIntervals, resources, runs, connectors } = schema;

/** Transitions (intervals opened) per check since `since`, and how many of them were new failures. */
export async function trends(db: Db, orgId: string, since: Date) {
  const rows = await db
    .select({
      checkId: checkIntervals.checkId,
      transitions: sql<number>`count(*)::int`,
      failures: sql<number>`(count(*) filter (where ${checkIntervals.status} = 'fail'))::int`,
    })
    .from(checkIntervals)
    .where(and(eq(checkIntervals.orgId, orgId), gte(checkIntervals.from, since)))
    .groupBy(checkIntervals.checkId);
  return new Map(rows.map((r) => [r.checkId, { transitions: r.transitions, failures: r.failures }]));
}

const resourceColumns = {
  resourceId: resources.id,
  source: resources.source,
  type: resources.type,
  externalId: resources.externalId,
  name: resources.name,
};

/**
 * The resources failing a check now, with why, oldest failure first; paged. A thing several connectors
 * supply is listed once, with its oldest open failure.
 */
export async function failingResources(
  db: Db,
  orgId: string,
  checkId: string,
  limit: number,
  offset: number,
) {
  const where = and(
    eq(checkIntervals.orgId, orgId),
    eq(checkIntervals.checkId, checkId),
    isNull(checkIntervals.to),
    eq(checkIntervals.status, 'fail'),
  );
  const once = db
    .selectDistinctOn([resources.source, resources.type, resources.externalId], {
      ...resourceColumns,
      reason: checkIntervals.reason,
      detail: checkIntervals.detail,
      since: checkIntervals.from,
      intervalId: sql<number>`${checkIntervals.id}`.as('interval_id'),
    })
    .from(checkIntervals)
    .innerJoin(resources, eq(resources.id, checkIntervals.resourceId))
    .where(where)
    .orderBy(resources.source, resources.type, resources.externalId, checkIntervals.from)
    .as('once');
  const [items, [total]] = await Promise.all([
    db.select().from(once).orderBy(once.since, once.intervalId).limit(limit).offset(offset),
    db
      .select({
        n: sql<number>`count(distinct (${resources.source}, ${resources.type}, ${resources.externalId}))::int`,
      })
      .from(checkIntervals)
      .innerJoin(resources, eq(resources.id, checkIntervals.resourceId))
      .where(where),
  ]);
  return {
    total: total?.n ?? 0,
    items: items.map(({ detail, since, intervalId: _, ...r }) => ({
      ...r,
      sourceTitle: sourceTitle(r.source),
      attribute: typeof detail.attribute === 'string' ? detail.attribute : null,
      expected: detail.expected ?? null,
      actual: detail.actual ?? null,
      since: since.toISOString(),
    })),
  };
}

/** Every interval of a check, newest first; paged. */
export async function checkHistory(db: Db, orgId: string, checkId: string, limit: number, offset: number) {
  const where = and(eq(checkIntervals.orgId, orgId), eq(checkIntervals.checkId, checkId));
  const [items, [total]] = await Promise.all([
    db
      .select({
        ...resourceColumns,
        status: checkIntervals.status,
        reason: checkIntervals.reason,
        from: checkIntervals.from,
        to: checkIntervals.to,
      })
      .from(checkIntervals)
      .innerJoin(resources, eq(resources.id, checkIntervals.resourceId))
      .where(where)
      .orderBy(desc(checkIntervals.from), desc(checkIntervals.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(checkIntervals).where(where),
  ]);
  return {
    total: total?.n ?? 0,
    items: items.map((r) => ({
      ...r,
      sourceTitle: sourceTitle(r.source),
      from: r.from.toISOString(),
      to: r.to?.toISOString() ?? null,
    })),
  };
}

type RunRow = typeof runs.$inferSelect & { connectorName: string | null };

function presentRun(r: RunRow) {
  const { progress, inputs, ...stats } = r.stats as {
    progress?: Record<string, unknown>;
    inputs?: RunInputs;
  };
  return {
    id: r.id,
    source: r.source,
    sourceTitle: sourceTitle(r.source),
    connectorId: r.connectorId,
    connectorName: r.connectorName,
    status: r.status as 'running' | 'succeeded' | 'failed',
    error: r.error,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    resourcesSeen: r.resourcesSeen,
    transitions: r.transitions,
    evidenceId: r.evidenceId,
    progress: r.status === 'running' ? (progress ?? null) : null,
    inputs: inputs ?? null,
    stats,
  };
}

export type RunView = ReturnType<typeof presentRun>;

/** Recent runs of an organization, newest first, optionally of one connector or status. */
export async function listRuns(
  db: Db,
  orgId: string,
  q: { connectorId?: string; status?: string; limit: number; runId?: string },
): Promise<RunView[]> {
  const where: SQL[] = [eq(runs.orgId, orgId)];
  if (q.connectorId) where.push(eq(runs.connectorId, q.connectorId));
  if (q.status) where.push(eq(runs.status, q.status));
  if (q.runId) where.push(eq(runs.id, q.runId));
  const rows = await db
    .select({ run: runs, connectorName: connectors.name })
    .from(runs)
    .leftJoin(connectors, eq(connectors.id, runs.connectorId))
    .where(and(...where))
    .orderBy(desc(runs.startedAt), desc(runs.id))
    .limit(q.limit);
  return rows.map((r) => presentRun({ ...r.run, connectorName: r.connectorName }));
}

/** One run of the organization, or not_found. */
export async function getRun(db: Db, orgId: string, runId: string): Promise<RunView> {
  const [run] = await listRuns(db, orgId, { runId, limit: 1 });
  if (!run) throw notFound('run');
  return run;
}
