/**
 * The daily jobs (reminders, escalations, expiries) share one schedule: a run when the server
 * starts, so a restart never skips a day, then every morning at 06:00 UTC. Each run is given the
 * day it counts as today; a failure is logged and the next day's run tries again.
 */
import { Cron } from 'croner';
import type { JobLog } from './job-runner.ts';

/** A started daily job; `stop()` waits for a run in progress. */
export interface DailyJob {
  stop(): Promise<void>;
}

/** Starts `work` now and every day at 06:00 UTC; what it returns, when not empty, is logged under `name`. */
export function startDailyJob(
  name: string,
  work: (today: string) => Promise<Record<string, number> | number>,
  log: JobLog,
  now: () => Date = () => new Date(),
): DailyJob {
  const run = async () => {
    try {
      const result = await work(now().toISOString().slice(0, 10));
      const counts = typeof result === 'number' ? { written: result } : result;
      if (Object.values(counts).some((n) => n > 0)) log.info(counts, `${name} written`);
    } catch (err) {
      log.error({ err }, `${name} failed`);
    }
  };
  let running = run();
  const cron = new Cron('0 0 6 * * *', { protect: true, timezone: 'UTC' }, () => {
    running = run();
  });
  return {
    async stop() {
      cron.stop();
      await running;
    },
  };
}
