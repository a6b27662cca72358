/**
 * Connector runs as pg-boss jobs (PostgreSQL): a per-minute `sweep-tick` job queues every due
 * connector on `sweep`, and any number of processes (`vigil worker`, or servers that also work)
 * take jobs from it. Each connector has at most one job waiting and one running (stately queue),
 * and a failed run is retried by pg-boss with exponential backoff.
 */
import { withStartupLock } from '@vigil/db';
import PgBoss from 'pg-boss';
import { type JobLog, type JobRunner, silentLog } from '../../jobs/job-runner.ts';
import { type RunLiveness, runLivenessFromEnv, watchDeadRuns } from '../../monitoring/index.ts';
import { runConnector } from '../connector-runner.ts';
import type { RunnerEnv } from '../runner-types.ts';
import { dueConnectors } from './due-connectors.ts';
import { markStaleConnectors } from './staleness.ts';

export const SWEEP_QUEUE = 'sweep';
export const TICK_QUEUE = 'sweep-tick';

export interface SweepJob {
  connectorId: string;
}

export interface SweepQueueOptions {
  connectionString: string;
  /** Take `sweep` jobs in this process (workers, and servers unless told only to enqueue). */
  work: boolean;
  /** Seconds between polls for new jobs. */
  pollingSeconds?: number;
  retryLimit?: number;
  /** First retry delay in seconds; pg-boss doubles it on each retry. */
  retryDelaySeconds?: number;
  /** Heartbeat and dead-run thresholds; from the environment by default. */
  liveness?: RunLiveness;
  log?: JobLog;
  /** Called after each job this process ran (tests count them). */
  onJobDone?: (job: SweepJob, outcome: 'succeeded' | 'failed') => void;
}

/** The pg-boss side of jobs: queues, the tick, and the sweep worker. */
export class SweepQueue implements JobRunner {
  readonly mode = 'queue' as const;
  private readonly boss: PgBoss;
  private watch: { stop(): Promise<void> } | null = null;

  constructor(
    private readonly env: RunnerEnv,
    private readonly opts: SweepQueueOptions,
  ) {
    this.boss = new PgBoss({
      connectionString: opts.connectionString,
      max: 4,
      application_name: 'vigil-jobs',
    });
  }

  private get log() {
    return this.opts.log ?? silentLog;
  }

  async start(): Promise<void> {
    this.boss.on('error', (err) => this.log.error({ err }, 'job queue error'));
    // pg-boss installing its schema and two processes creating one queue at once can deadlock:
    // processes starting together take turns, and the later ones find the queues there.
    await withStartupLock(this.opts.connectionString, 'jobQueues', async () => {
      await this.boss.start();
      await ensureQueue(this.boss, {
        name: SWEEP_QUEUE,
        policy: 'stately',
        retryLimit: this.opts.retryLimit ?? 3,
        retryDelay: this.opts.retryDelaySeconds ?? 60,
        retryBackoff: true,
        expireInSeconds: 3600,
      });
      await ensureQueue(this.boss, {
        name: TICK_QUEUE,
        policy: 'singleton',
        retryLimit: 0,
        expireInSeconds: 300,
      });
      await this.boss.schedule(TICK_QUEUE, '* * * * *');
    });
    // Every process that takes part looks for runs whose process died (a killed worker's job would
    // otherwise wait an hour to expire); the tick's minute is too coarse for that.
    this.watch = watchDeadRuns(this.env, this.opts.liveness ?? runLivenessFromEnv(), this.log);
    const polling = { pollingIntervalSeconds: this.opts.pollingSeconds ?? 2 };
    await this.boss.work<object>(TICK_QUEUE, { ...polling, batchSize: 1 }, async () => {
      await this.tick();
    });
    if (this.opts.work) {
      await this.boss.work<SweepJob>(SWEEP_QUEUE, { ...polling, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await this.runJob(job.data);
      });
    }
  }

  private async runJob(job: SweepJob): Promise<void> {
    try {
      const result = await runConnector(this.env, job.connectorId);
      this.opts.onJobDone?.(job, 'succeeded');
      this.log.info({ connectorId: job.connectorId, runId: result.runId }, 'connector run done');
    } catch (err) {
      this.opts.onJobDone?.(job, 'failed');
      this.log.warn({ connectorId: job.connectorId, err: (err as Error).message }, 'connector run failed');
      // Throwing hands the job back to pg-boss, which retries it with backoff.
      throw err;
    }
  }

  /** Queues every due connector and raises staleness alerts. */
  async tick(now = new Date()): Promise<number> {
    const due = await dueConnectors(this.env.db, now);
    let queued = 0;
    for (const c of due) if (await this.enqueue(c.id)) queued++;
    await markStaleConnectors(this.env.db, this.env.registry, now);
    return queued;
  }

  async enqueue(connectorId: string): Promise<boolean> {
    const id = await this.boss.send(SWEEP_QUEUE, { connectorId } satisfies SweepJob, {
      singletonKey: connectorId,
    });
    return id !== null;
  }

  /** How many sweep jobs are waiting or running. */
  pending(): Promise<number> {
    return this.boss.getQueueSize(SWEEP_QUEUE, { before: 'completed' });
  }

  async stop(): Promise<void> {
    await this.watch?.stop();
    this.watch = null;
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}

/** Creates or updates a queue; another process creating it at the same moment is not an error. */
async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  if (!(await boss.getQueue(queue.name))) {
    try {
      await boss.createQueue(queue.name, queue);
      return;
    } catch (err) {
      if (!(await boss.getQueue(queue.name))) throw err;
    }
  }
  await boss.updateQueue(queue.name, queue);
}
