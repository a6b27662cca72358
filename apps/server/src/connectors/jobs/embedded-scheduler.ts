/**
 * The embedded scheduler (PGlite, one process): a croner tick runs every due connector in turn,
 * retries failed ones with exponential backoff (1, 2, 4 … minutes, never later than the schedule)
 * and raises staleness alerts; runs cut short by a stop are marked failed (monitoring/run-liveness.ts).
 */
import { Cron } from 'croner';
import { type JobLog, type JobRunner, silentLog } from '../../jobs/job-runner.ts';
import { failDeadRuns, type RunLiveness, runLivenessFromEnv, watchDeadRuns } from '../../monitoring/index.ts';
import { runConnector } from '../connector-runner.ts';
import type { RunnerEnv } from '../runner-types.ts';
import { dueConnectors } from './due-connectors.ts';
import { markStaleConnectors } from './staleness.ts';

export interface EmbeddedSchedulerOptions {
  /** Croner pattern of the tick; every 30 seconds by default. */
  pattern?: string;
  retryBaseMs?: number;
  /** Heartbeat and dead-run thresholds; from the environment by default. */
  liveness?: RunLiveness;
  log?: JobLog;
}

/** Runs scheduled connectors inside the server process. */
export class EmbeddedScheduler implements JobRunner {
  readonly mode = 'embedded' as const;
  private cron: Cron | null = null;
  private watch: { stop(): Promise<void> } | null = null;
  /** Consecutive failures per connector, for the backoff; a restart starts again from the last status. */
  private readonly failures = new Map<string, number>();
  private readonly waiting = new Set<string>();
  private busy: Promise<void> = Promise.resolve();

  constructor(
    private readonly env: RunnerEnv,
    private readonly opts: EmbeddedSchedulerOptions = {},
  ) {}

  private get log() {
    return this.opts.log ?? silentLog;
  }

  async start(): Promise<void> {
    // PGlite has one process: a run still marked running was cut short when it last stopped.
    const interrupted = await failDeadRuns(this.env.db, this.env.registry, 0);
    if (interrupted) this.log.warn({ interrupted }, 'runs interrupted by the last stop marked failed');
    // On PostgreSQL (tests, or a scheduler beside workers) another process may die mid-run.
    this.watch = watchDeadRuns(this.env, this.opts.liveness ?? runLivenessFromEnv(), this.log);
    this.cron = new Cron(this.opts.pattern ?? '*/30 * * * * *', { protect: true }, () => this.tick());
  }

  async stop(): Promise<void> {
    this.cron?.stop();
    this.cron = null;
    await this.watch?.stop();
    this.watch = null;
    await this.busy;
  }

  /** Runs one connector after whatever is running now; false if it is already waiting its turn. */
  async enqueue(connectorId: string): Promise<boolean> {
    if (this.waiting.has(connectorId)) return false;
    this.waiting.add(connectorId);
    this.busy = this.busy.then(() => this.runOne(connectorId, new Date()));
    return true;
  }

  /** One tick: runs every due connector, then raises staleness alerts. Resolves when done. */
  tick(now = new Date()): Promise<void> {
    this.busy = this.busy.then(async () => {
      try {
        const due = await dueConnectors(
          this.env.db,
          now,
          (c) => this.failures.get(c.id) ?? (c.lastStatus === 'error' ? 1 : 0),
          this.opts.retryBaseMs,
        );
        for (const c of due) await this.runOne(c.id, now);
        const stale = await markStaleConnectors(this.env.db, this.env.registry, now);
        if (stale) this.log.warn({ stale }, 'connectors went stale');
      } catch (err) {
        this.log.error({ err }, 'scheduler tick failed');
      }
    });
    return this.busy;
  }

  private async runOne(connectorId: string, now: Date): Promise<void> {
    this.waiting.delete(connectorId);
    try {
      const result = await runConnector(this.env, connectorId, { now });
      this.failures.delete(connectorId);
      this.log.info(
        { connectorId, runId: result.runId, transitions: result.transitions },
        'connector run done',
      );
    } catch (err) {
      const n = (this.failures.get(connectorId) ?? 0) + 1;
      this.failures.set(connectorId, n);
      this.log.warn(
        { connectorId, failures: n, err: (err as Error).message },
        'connector run failed; will retry',
      );
    }
  }
}
