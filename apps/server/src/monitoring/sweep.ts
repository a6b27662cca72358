/**
 * The sweep command: reads a source's resources, evaluates every check, and in ONE transaction
 * stores the resources, writes only the state transitions and completes the run. A failure at any
 * point leaves the earlier state as it was and records only the failed run (see run-recorder).
 */
import type { Db } from '@vigil/db';
import {
  type CheckResult,
  type CheckStatus,
  diffIntervals,
  evaluateForSweep,
  intervalKey,
  type Resource,
  ResourceSchema,
  resourceKey,
} from '@vigil/monitoring';
import { sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { chunks } from './batches.ts';
import { refreshCoverage } from './coverage-store.ts';
import { closeIntervals, loadOpenIntervals, openIntervals } from './interval-store.ts';
import { type AnyCheck, loadCustomChecks } from './registry.ts';
import { loadFirstSeen, type ResourceScope, type StoredResources, storeResources } from './resource-store.ts';
import { runLivenessFromEnv, startHeartbeat } from './run-liveness.ts';
import {
  completeRun,
  failRun,
  failureMessage,
  type SweepProgress,
  saveProgress,
  startRun,
} from './run-recorder.ts';
import { insertOutbox, loadControlLinks, transitionAlerts } from './sweep-alerts.ts';
import { sweepLockKey } from './sweep-lock.ts';

export interface SweepInput {
  orgId: string;
  /** The source the resources come from (`aws`, `github` …); the sweep replaces that source's state. */
  source: string;
  /** Types the source reports (an importer's `produces`): stored ones of these types not seen are gone. */
  types?: readonly string[];
  resources: AsyncIterable<Resource> | Iterable<Resource>;
  /** The checks to run; the organization's custom checks are added unless `customChecks` is false. */
  checks: readonly AnyCheck[];
  customChecks?: boolean;
  /** The sweep time: intervals open and close at it, age-based checks measure from it. */
  now?: Date;
  connectorId?: string | null;
  onProgress?: (progress: SweepProgress) => void;
  /** Milliseconds between heartbeats of the run (VIGIL_RUN_HEARTBEAT_SECONDS by default). */
  heartbeatMs?: number;
  /** Keeps the raw input as evidence inside the sweep's transaction; returns the evidence id. */
  keepInput?: (tx: Db, runId: string) => Promise<string | null>;
}

export interface SweepResult {
  runId: string;
  resourcesSeen: number;
  created: number;
  changed: number;
  unchanged: number;
  gone: number;
  results: Record<CheckStatus, number>;
  opened: number;
  closed: number;
  transitions: number;
  alerts: number;
  evidenceId: string | null;
}

/** A sweep that failed and was recorded as a failed run; `cause` is the original error. */
export class SweepFailed extends Error {
  constructor(
    readonly runId: string,
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'SweepFailed';
  }
}

/** A resource that breaks the resource model: bad input, like an ImportError, but found after the importer. */
export class SweepInputError extends Error {
  override name = 'SweepInputError';
}

const PROGRESS_EVERY_MS = 1000;
/** Rows written by one sweep past which the table statistics are refreshed. */
const ANALYZE_AFTER_ROWS = 10_000;
/** Resources compared with their stored intervals at a time. */
const COMPARE_BATCH = 5000;

/** Runs one sweep; resolves with what it changed or rejects with SweepFailed after recording the failure. */
export async function runSweep(db: Db, actor: Actor, input: SweepInput): Promise<SweepResult> {
  const now = input.now ?? new Date();
  const t0 = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - t0));
  const connectorId = input.connectorId ?? null;
  const heartbeatMs = input.heartbeatMs ?? runLivenessFromEnv().heartbeatMs;
  const runId = await startRun(db, { orgId: input.orgId, source: input.source, connectorId, startedAt: now });
  // Tells other processes this run is alive; when it stops, they mark the run interrupted.
  const stopHeartbeat = startHeartbeat(db, runId, heartbeatMs);
  try {
    return await sweepRun(db, actor, input, { runId, now, t0, clock, connectorId });
  } finally {
    await stopHeartbeat();
  }
}

async function sweepRun(
  db: Db,
  actor: Actor,
  input: SweepInput,
  run: { runId: string; now: Date; t0: number; clock: () => Date; connectorId: string | null },
): Promise<SweepResult> {
  const { runId, now, t0, clock, connectorId } = run;
  let checks: AnyCheck[] = [...input.checks];
  let savedAt = Date.now();
  const report = async (p: SweepProgress, force = false) => {
    input.onProgress?.(p);
    if (!force && Date.now() - savedAt < PROGRESS_EVERY_MS) return;
    savedAt = Date.now();
    await saveProgress(db, runId, p);
  };
  try {
    if (input.customChecks !== false) {
      const custom = await loadCustomChecks(db, input.orgId);
      checks = [...checks, ...custom.flatMap((c) => (c.check ? [c.check] : []))];
    }
    const seen = await readResources(input, report);
    const readMs = Date.now() - t0;
    const types = [...new Set([...(input.types ?? []), ...[...seen.values()].map((r) => r.type)])];
    const scope: ResourceScope = { orgId: input.orgId, source: input.source, connectorId, types };
    const scoped = checks.filter((c) => types.includes(c.resourceType.type));
    await report({ phase: 'evaluating', resources: seen.size }, true);
    const firstSeen = scoped.some((c) => c.usesFirstSeen) ? await loadFirstSeen(db, scope) : new Map();
    const firstSeenOf = (r: Resource) => firstSeen.get(resourceKey(r)) ?? now;
    // Digests only: the results are kept below for the resources whose digest changed, so a large
    // sweep with few changes never holds a result object per (check, resource).
    const { counts, states } = evaluateForSweep(scoped, seen.values(), now, firstSeenOf, () => false);
    const resultCount = counts.pass + counts.fail + counts.error + counts.not_applicable;
    const evaluateMs = Date.now() - t0 - readMs;
    await report({ phase: 'writing', resources: seen.size, results: resultCount }, true);

    const result = await db.transaction(async (tx) => {
      await lockScope(tx, scope);
      const stored = await storeResources(tx, scope, seen, states, runId, now);
      const changes = await writeTransitions(tx, { scope, scoped, seen, stored, runId, now, firstSeenOf });
      await refreshCoverage(tx, input.orgId, changes.touched, now);
      const alerts = await queueAlerts(tx, { scope, scoped, stored, changes, runId });
      await refreshStatistics(tx, stored.created + stored.changed + changes.opened);
      const evidenceId = input.keepInput ? await input.keepInput(tx, runId) : null;
      const summary: SweepResult = {
        runId,
        resourcesSeen: seen.size,
        created: stored.created,
        changed: stored.changed,
        unchanged: stored.unchanged,
        gone: stored.gone,
        results: counts,
        opened: changes.opened,
        closed: changes.closed,
        transitions: changes.opened + changes.closed,
        alerts,
        evidenceId,
      };
      const ms = { read: readMs, evaluate: evaluateMs, write: Date.now() - t0 - readMs - evaluateMs };
      await recordRun(tx, { summary, scope, checks: scoped.length, ms, finishedAt: clock() });
      await auditRun(tx, actor, summary, scope);
      return summary;
    });
    input.onProgress?.({ phase: 'done', resources: seen.size, results: resultCount });
    return result;
  } catch (err) {
    const message = failureMessage(err);
    const templates = [...new Set(checks.flatMap((c) => c.controls))];
    await failRun(
      db,
      actor,
      { id: runId, orgId: input.orgId, source: input.source, connectorId, finishedAt: clock() },
      message,
      templates,
    );
    throw new SweepFailed(runId, message, err);
  }
}

/** Sweeps of one scope (organization, source, connector) take turns: each diffs against the other's result. */
async function lockScope(tx: Db, scope: ResourceScope): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${sweepLockKey(scope.orgId, scope.source, scope.connectorId)}))`,
  );
}

/** What the transitions of a sweep changed, and what the alerts need of them. */
interface Transitions {
  opened: number;
  closed: number;
  /** Checks with an interval opened or closed: their coverage is refreshed. */
  touched: Set<string>;
  /** Opened intervals that raise an alert: failures, and recoveries of a failure. */
  alertable: CheckResult[];
  /** Interval key → the status before, for the failing intervals this sweep compared. */
  previous: Map<string, CheckStatus>;
}

/**
 * Closes and opens the intervals of the resources whose results may have changed. A resource whose
 * results digest matches the stored one has no transition: only the others are evaluated again
 * (checks are pure: the same results) and diffed, a batch of resources at a time, so a first sweep
 * never holds a result object for every (check, resource).
 */
async function writeTransitions(
  tx: Db,
  step: {
    scope: ResourceScope;
    scoped: readonly AnyCheck[];
    seen: ReadonlyMap<string, Resource>;
    stored: StoredResources;
    runId: string;
    now: Date;
    firstSeenOf: (r: Resource) => Date;
  },
): Promise<Transitions> {
  const { scope, scoped, seen, stored, runId, now, firstSeenOf } = step;
  const checkIds = new Set(scoped.map((c) => c.id));
  const out: Transitions = { opened: 0, closed: 0, touched: new Set(), alertable: [], previous: new Map() };
  for (const batch of chunks([...stored.toCompare], COMPARE_BATCH)) {
    const keys = new Set(batch);
    const old = new Set(batch.filter((k) => !stored.fresh.has(k)));
    const open = await loadOpenIntervals(tx, scope, checkIds, stored.keyById, old);
    const compared = evaluateForSweep(scoped, seenOf(seen, keys), now, firstSeenOf).results;
    const diff = diffIntervals(open.intervals, compared);
    await closeIntervals(
      tx,
      diff.close.map((c) => open.rowIds.get(intervalKey(c.checkId, c.resourceKey))!),
      now,
    );
    await openIntervals(tx, scope.orgId, diff.open, stored.idByKey, runId, now);
    for (const i of open.intervals)
      if (i.status === 'fail') out.previous.set(intervalKey(i.checkId, i.resourceKey), 'fail');
    // Only failures and recoveries raise alerts: the rest of this batch's results can go.
    for (const r of diff.open) {
      if (r.status === 'fail' || out.previous.has(intervalKey(r.checkId, r.resourceKey)))
        out.alertable.push(r);
    }
    for (const t of diff.open) out.touched.add(t.checkId);
    for (const t of diff.close) out.touched.add(t.checkId);
    out.opened += diff.open.length;
    out.closed += diff.close.length;
  }
  return out;
}

/** Puts the alerts of the sweep's failures and recoveries in the outbox; returns how many. */
async function queueAlerts(
  tx: Db,
  step: {
    scope: ResourceScope;
    scoped: readonly AnyCheck[];
    stored: StoredResources;
    changes: Transitions;
    runId: string;
  },
): Promise<number> {
  const { scope, scoped, stored, changes, runId } = step;
  const alerts = transitionAlerts({
    orgId: scope.orgId,
    runId,
    connectorId: scope.connectorId,
    opened: changes.alertable,
    previous: changes.previous,
    checks: new Map(scoped.map((c) => [c.id, c])),
    links: await loadControlLinks(tx, scope.orgId),
    idByKey: stored.idByKey,
  });
  await insertOutbox(tx, alerts);
  return alerts.length;
}

/**
 * PGlite runs no autovacuum, and on PostgreSQL it comes later: after a bulk write the planner would
 * keep planning for the old table sizes (e.g. scanning every open interval of the organization
 * instead of looking up the few resources that changed).
 */
async function refreshStatistics(tx: Db, rowsWritten: number): Promise<void> {
  if (rowsWritten < ANALYZE_AFTER_ROWS) return;
  await tx.execute(sql`analyze resources`);
  await tx.execute(sql`analyze check_intervals`);
}

/** Completes the run row with the sweep's figures and the phases' durations. */
async function recordRun(
  tx: Db,
  step: {
    summary: SweepResult;
    scope: ResourceScope;
    checks: number;
    ms: { read: number; evaluate: number; write: number };
    finishedAt: Date;
  },
): Promise<void> {
  const { summary, scope, checks, ms, finishedAt } = step;
  const { runId, resourcesSeen, transitions, evidenceId, ...stats } = summary;
  await completeRun(
    tx,
    { id: runId, connectorId: scope.connectorId, finishedAt },
    { resourcesSeen, transitions, evidenceId, stats: { ...stats, checks, types: scope.types, ms } },
  );
}

/** The audit entry of a completed sweep. */
async function auditRun(tx: Db, actor: Actor, summary: SweepResult, scope: ResourceScope): Promise<void> {
  const { runId, resourcesSeen, transitions, evidenceId } = summary;
  await recordAudit(tx, actor, {
    orgId: scope.orgId,
    action: 'monitoring.run_completed',
    entityType: 'run',
    entityId: runId,
    changes: { source: scope.source, connectorId: scope.connectorId, resourcesSeen, transitions, evidenceId },
  });
}

/** Reads every resource once (the last of a repeated id wins), checking each against the resource model. */
async function readResources(
  input: SweepInput,
  report: (p: SweepProgress) => Promise<void>,
): Promise<Map<string, Resource>> {
  const seen = new Map<string, Resource>();
  let n = 0;
  for await (const raw of input.resources) {
    n++;
    const parsed = ResourceSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new SweepInputError(
        `resource ${n} from ${input.source}: ${issue.path.join('.') || 'resource'}: ${issue.message}`,
      );
    }
    const r = parsed.data;
    if (r.source !== input.source) {
      throw new SweepInputError(
        `resource ${n}: source "${r.source}" does not match the sweep's source "${input.source}"`,
      );
    }
    seen.set(resourceKey(r), r);
    if (n % 1000 === 0) await report({ phase: 'reading', resources: n });
  }
  return seen;
}

/** The seen resources of the given keys (gone ones have none). */
function* seenOf(seen: ReadonlyMap<string, Resource>, keys: Iterable<string>): Generator<Resource> {
  for (const key of keys) {
    const r = seen.get(key);
    if (r) yield r;
  }
}
