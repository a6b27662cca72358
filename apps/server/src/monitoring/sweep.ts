/**
 * The sweep command: reads a source's resources, evaluates every check, and in ONE transaction
 * stores the resources, writes only the state transitions and completes the run. A failure at any
 * point leaves the earlier state as it was and records only the failed run (see run-recorder).
 */
import type { Db } from '@vigil/db';
import {
  type CheckStatus,
  diffIntervals,
  evaluateForSweep,
  type InputReport,
  intervalKey,
  keptOutsideParts,
  layOver,
  type PartialType,
  type PartOf,
  packedKey,
  type Resource,
  ResourceSchema,
  resourceKey,
  type SharedContext,
} from '@vigil/monitoring';
import { sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import type { SweepFollower } from '../context.ts';
import { loadAccountDirectory, needsAccounts, reevaluateAccountChecks } from './account-lookup.ts';
import { refreshCoverage } from './coverage-store.ts';
import { closeIntervals, loadOpenIntervals, openIntervals } from './interval-store.ts';
import { type AnyCheck, loadCustomChecks } from './registry.ts';
import { ResourceSpool } from './resource-spool.ts';
import { type CompareSet, type ResourceScope, ScopeWriter, storedAttributes } from './resource-store.ts';
import { runLivenessFromEnv, startHeartbeat } from './run-liveness.ts';
import {
  completeRun,
  failRun,
  failureMessage,
  type InputsSummary,
  type SweepProgress,
  saveProgress,
  startRun,
  summarizeInputs,
} from './run-recorder.ts';
import { loadSlaContext, needsSla } from './sla-lookup.ts';
import { AlertQueue, insertOutbox, loadControlLinks } from './sweep-alerts.ts';
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
  /**
   * Types the input describes only in part (an importer's `partial`): laid over the stored resources,
   * and gone only when the input lists every resource of the type.
   */
  partial?: Readonly<Record<string, PartialType>>;
  /**
   * For inputs that describe some parts of the scope (an importer's `partOf`): the part of each
   * resource, and the parts the input described beyond its resources (`ImportInput.covers`, read
   * once the input is). Stored resources of parts it did not describe are not gone.
   */
  parts?: { partOf: PartOf; described: () => Iterable<string> };
  /** What the importer found in a directory or archive, once read (see InputReport). */
  inputReport?: () => InputReport | undefined;
  /** Keeps the raw input as evidence inside the sweep's transaction; returns the evidence id. */
  keepInput?: (tx: Db, runId: string) => Promise<string | null>;
  /** Other domains' work in the sweep's transaction (the registry's `followers`). */
  followers?: readonly SweepFollower[];
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
/** Resources read back from the spool, evaluated, written and compared at a time. */
const BATCH = 2000;

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
  const spool = new ResourceSpool();
  try {
    if (input.customChecks !== false) {
      const custom = await loadCustomChecks(db, input.orgId);
      checks = [...checks, ...custom.flatMap((c) => (c.check ? [c.check] : []))];
    }
    const described = await readResources(input, spool, report);
    const readMs = Date.now() - t0;
    const types = [...new Set([...(input.types ?? []), ...spool.types])];
    const scope: ResourceScope = { orgId: input.orgId, source: input.source, connectorId, types };
    const scoped = checks.filter((c) => types.includes(c.resourceType.type));
    await report({ phase: 'writing', resources: spool.size }, true);

    const result = await db.transaction(async (tx) => {
      await lockScope(tx, scope);
      const written = await writeResources(tx, {
        scope,
        scoped,
        spool,
        runId,
        now,
        partial: input.partial,
        outsideParts: keptOutsideParts(input.parts?.partOf, described),
      });
      const { counts, changes, evaluateMs } = written;
      // Accounts changed: the roster checks that read them are evaluated again, in this transaction.
      await reevaluateAccountChecks(tx, { scope, stored: written.stored, checks, runId, now });
      await refreshCoverage(tx, input.orgId, changes.touched, now);
      for (const follow of input.followers ?? []) {
        await follow(tx, { orgId: input.orgId, source: input.source, connectorId, types, runId, now });
      }
      const alerts = changes.alerts.rows();
      await insertOutbox(tx, alerts);
      await refreshStatistics(tx, written.stored.created + written.stored.changed + changes.opened);
      const evidenceId = input.keepInput ? await input.keepInput(tx, runId) : null;
      const summary: SweepResult = {
        runId,
        resourcesSeen: spool.size,
        ...written.stored,
        results: counts,
        opened: changes.opened,
        closed: changes.closed,
        transitions: changes.opened + changes.closed,
        alerts: alerts.length,
        evidenceId,
      };
      const ms = { read: readMs, evaluate: evaluateMs, write: Date.now() - t0 - readMs - evaluateMs };
      const inputs = summarizeInputs(input.inputReport?.());
      await recordRun(tx, { summary, scope, checks: scoped.length, ms, inputs, finishedAt: clock() });
      await auditRun(tx, actor, summary, scope);
      return summary;
    });
    const results = Object.values(result.results).reduce((a, b) => a + b, 0);
    input.onProgress?.({ phase: 'done', resources: spool.size, results });
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
  } finally {
    spool.close();
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
  /** The alerts of the failures and recoveries opened. */
  alerts: AlertQueue;
}

/**
 * Reads the spooled resources back a batch at a time: evaluates them, writes the ones that differ
 * from the stored scope, then closes and opens the intervals of those whose results may have changed,
 * and finally of the gone ones. Memory is the stored scope plus one batch, whatever the input's size.
 */
async function writeResources(
  tx: Db,
  step: {
    scope: ResourceScope;
    scoped: readonly AnyCheck[];
    spool: ResourceSpool;
    runId: string;
    now: Date;
    partial?: Readonly<Record<string, PartialType>>;
    /** Stored resources of parts the input did not describe (none when it has no parts). */
    outsideParts?: (type: string, externalId: string) => boolean;
  },
): Promise<{
  stored: ScopeWriter['counts'];
  counts: Record<CheckStatus, number>;
  changes: Transitions;
  evaluateMs: number;
}> {
  const { scope, scoped, spool, runId, now } = step;
  const partial = step.partial ?? {};
  const keepTypes = new Set(Object.entries(partial).flatMap(([type, p]) => (p.listsAll ? [] : [type])));
  const outsideParts = step.outsideParts ?? (() => false);
  const writer = await ScopeWriter.open(
    tx,
    scope,
    now,
    (type, externalId) => keepTypes.has(type) || outsideParts(type, externalId),
  );
  const usesFirstSeen = scoped.some((c) => c.usesFirstSeen);
  // The batch's first-seen times, read before its write drops them from the writer's stored state.
  let firstSeen = new Map<string, Date>();
  const firstSeenOf = (r: Resource) => firstSeen.get(resourceKey(r)) ?? now;
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, error: 0, not_applicable: 0 };
  const context = {
    orgId: scope.orgId,
    runId,
    connectorId: scope.connectorId,
    checks: new Map(scoped.map((c) => [c.id, c])),
    links: await loadControlLinks(tx, scope.orgId),
  };
  const changes: Transitions = { opened: 0, closed: 0, touched: new Set(), alerts: new AlertQueue(context) };
  // Read after the scope's lock, so a concurrent account sweep's committed accounts are seen.
  const shared: SharedContext = {
    ...(needsAccounts(scoped) ? { accounts: await loadAccountDirectory(tx, scope.orgId) } : {}),
    ...(needsSla(scoped) ? await loadSlaContext(tx, scope) : {}),
  };
  const compare = { tx, scope, scoped, runId, now, firstSeenOf, changes, shared };
  let evaluateMs = 0;
  for await (const read of spool.batches(BATCH)) {
    const batch = await layOverStored(tx, scope, read, partial);
    firstSeen = new Map();
    if (usesFirstSeen) {
      for (const r of batch) {
        const at = writer.firstSeen(r);
        if (at) firstSeen.set(resourceKey(r), at);
      }
    }
    const t = Date.now();
    // Digests only: results are made below for the resources whose digest changed, so a large sweep
    // with few changes never holds a result object per (check, resource).
    const evaluated = evaluateForSweep(scoped, batch, now, firstSeenOf, () => false, shared);
    evaluateMs += Date.now() - t;
    for (const status of Object.keys(counts) as CheckStatus[]) counts[status] += evaluated.counts[status];
    const set = await writer.write(batch, evaluated.states);
    if (set.toCompare.size > 0) await writeTransitions(compare, batch, set);
  }
  firstSeen = new Map();
  for await (const set of writer.finish(runId, BATCH)) await writeTransitions(compare, [], set);
  return { stored: writer.counts, counts, changes, evaluateMs };
}

/** The batch with each resource of a partly described type laid over its stored attributes. */
async function layOverStored(
  tx: Db,
  scope: ResourceScope,
  batch: Resource[],
  partial: Readonly<Record<string, PartialType>>,
): Promise<Resource[]> {
  const parts = batch.filter((r) => partial[r.type]);
  if (parts.length === 0) return batch;
  const stored = await storedAttributes(tx, scope, parts);
  return batch.map((r) => {
    const part = partial[r.type];
    const attributes = part && stored.get(packedKey(r));
    return part && attributes ? layOver(attributes, r, part) : r;
  });
}

/**
 * Closes and opens the intervals of one compare set: the resources of `batch` in it are evaluated
 * again (checks are pure: the same results) and diffed with their open intervals; the others of the
 * set are gone and have every open interval closed.
 */
async function writeTransitions(
  step: {
    tx: Db;
    scope: ResourceScope;
    scoped: readonly AnyCheck[];
    runId: string;
    now: Date;
    firstSeenOf: (r: Resource) => Date;
    changes: Transitions;
    shared: SharedContext;
  },
  batch: readonly Resource[],
  set: CompareSet,
): Promise<void> {
  const { tx, scope, scoped, runId, now, firstSeenOf, changes, shared } = step;
  const old = new Set([...set.toCompare].filter((k) => !set.fresh.has(k)));
  const checkIds = new Set(scoped.map((c) => c.id));
  const open = await loadOpenIntervals(tx, scope, checkIds, set.keyById, old);
  const toEvaluate = batch.filter((r) => set.toCompare.has(resourceKey(r)));
  const compared = evaluateForSweep(scoped, toEvaluate, now, firstSeenOf, undefined, shared).results;
  const diff = diffIntervals(open.intervals, compared);
  await closeIntervals(
    tx,
    diff.close.map((c) => open.rowIds.get(intervalKey(c.checkId, c.resourceKey))!),
    now,
  );
  await openIntervals(tx, scope.orgId, diff.open, set.idByKey, runId, now);
  const before = new Map(open.intervals.map((i) => [intervalKey(i.checkId, i.resourceKey), i.status]));
  for (const r of diff.open) {
    const key = intervalKey(r.checkId, r.resourceKey);
    changes.alerts.add(r, before.get(key), set.idByKey.get(r.resourceKey) ?? null);
    changes.touched.add(r.checkId);
  }
  for (const c of diff.close) changes.touched.add(c.checkId);
  changes.opened += diff.open.length;
  changes.closed += diff.close.length;
}

/**
 * PGlite runs no autovacuum, and on PostgreSQL it comes later: after a bulk write the planner would
 * keep planning for the old table sizes (e.g. scanning every open interval of the organization
 * instead of looking up the few resources that changed).
 */
async function refreshStatistics(tx: Db, rowsWritten: number): Promise<void> {
  if (rowsWritten < ANALYZE_AFTER_ROWS) return;
  // Only the columns the sweep's and readers' queries select by: sampling the attributes, reasons and
  // details as well (large, often stored apart) doubled the time, and no plan depends on them.
  await tx.execute(sql`analyze resources (id, org_id, source, connector_id, type, external_id, gone_at)`);
  await tx.execute(sql`analyze check_intervals (org_id, check_id, resource_id, status, "from", "to")`);
}

/** Completes the run row with the sweep's figures and the phases' durations. */
async function recordRun(
  tx: Db,
  step: {
    summary: SweepResult;
    scope: ResourceScope;
    checks: number;
    ms: { read: number; evaluate: number; write: number };
    inputs: InputsSummary | null;
    finishedAt: Date;
  },
): Promise<void> {
  const { summary, scope, checks, ms, inputs, finishedAt } = step;
  const { runId, resourcesSeen, transitions, evidenceId, ...stats } = summary;
  await completeRun(
    tx,
    { id: runId, connectorId: scope.connectorId, finishedAt },
    {
      resourcesSeen,
      transitions,
      evidenceId,
      stats: { ...stats, checks, types: scope.types, ms, ...(inputs ? { inputs } : {}) },
    },
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

/** Reads every resource into the spool (the last of a repeated id wins), checking each against the resource model. */
async function readResources(
  input: SweepInput,
  spool: ResourceSpool,
  report: (p: SweepProgress) => Promise<void>,
): Promise<Set<string>> {
  const partOf = input.parts?.partOf;
  const described = new Set<string>();
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
    spool.append(r);
    const part = partOf?.(r.type, r.externalId);
    if (part !== undefined) described.add(part);
    if (n % 1000 === 0) await report({ phase: 'reading', resources: n });
  }
  for (const part of input.parts?.described() ?? []) described.add(part);
  return described;
}
