/**
 * Runs whose process ended mid-run (killed, crashed, the machine lost): while a run is in progress
 * its process refreshes the run's heartbeat; every process that runs jobs looks for running runs
 * whose heartbeat stopped and marks them failed, with the connector showing it and a
 * `connector_error` alert. Their sweep transaction never committed, so no result changed.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import { systemActor } from '../audit/actor.ts';
import type { JobLog } from '../jobs/job-runner.ts';
import { type MonitoringRegistry, typesOfKind } from './registry.ts';
import { recordRunFailed } from './run-recorder.ts';

const { runs } = schema;

/** What an interrupted run and its connector say. */
export const INTERRUPTED_MESSAGE = 'The run stopped without finishing (the process running it ended).';

export interface RunLiveness {
  /** How often a process refreshes the heartbeat of the runs it is running. */
  heartbeatMs: number;
  /** A running run whose heartbeat is older than this lost its process. */
  deadAfterMs: number;
  /** How often job-running processes look for such runs. */
  checkEveryMs: number;
}

/** A dead run is noticed at most deadAfter + checkEvery (one minute) after its last heartbeat. */
export const DEFAULT_RUN_LIVENESS: RunLiveness = {
  heartbeatMs: 15_000,
  deadAfterMs: 45_000,
  checkEveryMs: 15_000,
};

/** Reads VIGIL_RUN_HEARTBEAT_SECONDS, VIGIL_RUN_DEAD_AFTER_SECONDS and VIGIL_RUN_CHECK_SECONDS. */
export function runLivenessFromEnv(env: NodeJS.ProcessEnv = process.env): RunLiveness {
  const seconds = (name: string, fallbackMs: number) => {
    const raw = env[name];
    if (!raw) return fallbackMs;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`Invalid configuration: ${name}: must be a positive number of seconds`);
    return n * 1000;
  };
  const liveness = {
    heartbeatMs: seconds('VIGIL_RUN_HEARTBEAT_SECONDS', DEFAULT_RUN_LIVENESS.heartbeatMs),
    deadAfterMs: seconds('VIGIL_RUN_DEAD_AFTER_SECONDS', DEFAULT_RUN_LIVENESS.deadAfterMs),
    checkEveryMs: seconds('VIGIL_RUN_CHECK_SECONDS', DEFAULT_RUN_LIVENESS.checkEveryMs),
  };
  // A heartbeat delayed by a busy moment must not make a live run look dead.
  if (liveness.deadAfterMs < 2 * liveness.heartbeatMs) {
    throw new Error(
      'Invalid configuration: VIGIL_RUN_DEAD_AFTER_SECONDS: must be at least twice VIGIL_RUN_HEARTBEAT_SECONDS',
    );
  }
  return liveness;
}

/** Refreshes a running run's heartbeat every `everyMs`; the returned stop() waits for a refresh in flight. */
export function startHeartbeat(db: Db, runId: string, everyMs: number): () => Promise<void> {
  let inFlight: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (inFlight) return;
    inFlight = db
      .update(runs)
      .set({ heartbeatAt: sql`now()` })
      .where(and(eq(runs.id, runId), eq(runs.status, 'running')))
      .then(
        () => {},
        // A missed beat is made up by the next; only a long silence marks the run dead.
        () => {},
      )
      .finally(() => {
        inFlight = null;
      });
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await inFlight;
  };
}

/**
 * Marks every running run whose heartbeat (or, for runs from before heartbeats, start) is older
 * than `deadAfterMs` as failed; returns how many. One UPDATE picks the runs, so processes doing
 * this at the same time never mark one run twice.
 */
export async function failDeadRuns(
  db: Db,
  registry: MonitoringRegistry,
  deadAfterMs: number,
): Promise<number> {
  const actor = systemActor('system:monitoring');
  return db.transaction(async (tx) => {
    const dead = await tx
      .update(runs)
      .set({ status: 'failed', error: INTERRUPTED_MESSAGE, finishedAt: sql`now()`, stats: {} })
      .where(
        and(
          eq(runs.status, 'running'),
          sql`coalesce(${runs.heartbeatAt}, ${runs.startedAt}) < now() - ${Math.round(deadAfterMs)}::int * interval '1 millisecond'`,
        ),
      )
      .returning({
        id: runs.id,
        orgId: runs.orgId,
        source: runs.source,
        connectorId: runs.connectorId,
        startedAt: runs.startedAt,
        finishedAt: runs.finishedAt,
      });
    const templatesOf = (kind: string) => {
      const types = typesOfKind(registry, kind);
      return registry.checks.filter((c) => types.includes(c.resourceType.type)).flatMap((c) => c.controls);
    };
    for (const run of dead) {
      await recordRunFailed(
        tx,
        actor,
        { ...run, finishedAt: run.finishedAt! },
        INTERRUPTED_MESSAGE,
        templatesOf,
      );
    }
    return dead.length;
  });
}

/** Looks for dead runs every `checkEveryMs` until stopped; stop() waits for a look in progress. */
export function watchDeadRuns(
  env: { db: Db; registry: MonitoringRegistry },
  liveness: RunLiveness,
  log: JobLog,
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const look = () => {
    if (running) return;
    running = failDeadRuns(env.db, env.registry, liveness.deadAfterMs)
      .then(
        (n) => {
          if (n) log.warn({ interrupted: n }, 'runs whose process ended were marked failed');
        },
        (err) => log.error({ err }, 'looking for interrupted runs failed'),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(look, liveness.checkEveryMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
