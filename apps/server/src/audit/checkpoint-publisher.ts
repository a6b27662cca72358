/**
 * Publishes signed checkpoints of every audit chain to the evidence store on a timer (hourly by
 * default), so a witness of each chain's length exists outside the database without anyone asking.
 * A chain that has not grown since is skipped by the store itself: one record per length.
 */
import type { Db } from '@vigil/db';
import type { JobLog } from '../jobs/job-runner.ts';
import type { CheckpointKey } from '../security/checkpoint-key.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { currentCheckpoints, type PublishReport, publishCheckpoints } from './checkpoints.ts';

export interface CheckpointPublisherDeps {
  db: Db;
  store: BlobStore;
  key: CheckpointKey;
  log: JobLog;
}

/** Signs and publishes every chain's current head once; logs chains it refused to sign and rewritten ones. */
export async function publishAllCheckpoints(
  deps: CheckpointPublisherDeps,
  now = new Date(),
): Promise<PublishReport> {
  const { checkpoints, refused } = await currentCheckpoints(deps.db, deps.key, { now });
  if (refused.length)
    deps.log.error({ refused }, 'audit chain heads disagree with their entries; not signed');
  const report = await publishCheckpoints(deps.store, checkpoints);
  if (report.conflicts.length) {
    deps.log.error({ conflicts: report.conflicts }, 'audit chain rewritten since an earlier checkpoint');
  }
  if (report.written) deps.log.info({ written: report.written }, 'audit checkpoints published');
  return report;
}

/** VIGIL_CHECKPOINT_INTERVAL_MINUTES (default 60) in milliseconds; 0 publishes none on a timer in this process. */
export function checkpointIntervalMsFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.VIGIL_CHECKPOINT_INTERVAL_MINUTES || '60';
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new Error(
      'Invalid configuration: VIGIL_CHECKPOINT_INTERVAL_MINUTES: must be a number of minutes, 0 for off',
    );
  }
  return minutes * 60_000;
}

/** Publishes now and then every `intervalMs`; stop() waits for a round in progress. */
export function startCheckpointPublisher(deps: CheckpointPublisherDeps, intervalMs: number) {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const round = () => {
    running = publishAllCheckpoints(deps)
      .catch((err) => deps.log.error({ err }, 'publishing audit checkpoints failed'))
      .finally(() => {
        if (stopped) return;
        timer = setTimeout(round, intervalMs);
        timer.unref();
      });
  };
  round();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
