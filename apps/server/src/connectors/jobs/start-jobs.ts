/** Chooses the job runner for a process: the embedded scheduler on PGlite, the pg-boss queue on PostgreSQL. */
import type { DatabaseConfig } from '@vigil/db';
import type { JobLog, JobRunner } from '../../jobs/job-runner.ts';
import type { RunnerEnv } from '../runner-types.ts';
import { EmbeddedScheduler } from './embedded-scheduler.ts';
import { SweepQueue } from './sweep-queue.ts';

/**
 * The runner for `mode`: `work` runs connector jobs here, `enqueue` only queues them for
 * `vigil worker` processes (PostgreSQL), `off` runs no jobs. PGlite has one process, so it always
 * runs its jobs itself unless they are off.
 */
export function createJobRunner(
  dbConfig: DatabaseConfig,
  env: RunnerEnv,
  mode: 'work' | 'enqueue' | 'off',
  log: JobLog,
): JobRunner | null {
  if (mode === 'off') return null;
  if (dbConfig.kind === 'pglite') return new EmbeddedScheduler(env, { log });
  return new SweepQueue(env, { connectionString: dbConfig.url, work: mode === 'work', log });
}
