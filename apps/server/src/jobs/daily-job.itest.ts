import { describe, expect, it } from 'vitest';
import { startDailyJob } from './daily-job.ts';

const recorder = () => {
  const lines: { level: string; obj: object; msg: string }[] = [];
  const at = (level: string) => (obj: object, msg: string) => lines.push({ level, obj, msg });
  return { lines, log: { info: at('info'), warn: at('warn'), error: at('error') } };
};

describe('daily jobs', () => {
  it('run at start with the day they count as today, log what they wrote, and stop after the run in progress', async () => {
    const { lines, log } = recorder();
    const days: string[] = [];
    let finished = false;
    const job = startDailyJob(
      'test reminders',
      async (today) => {
        days.push(today);
        await new Promise((r) => setTimeout(r, 50));
        finished = true;
        return { asked: 0, sent: 2 };
      },
      log,
      () => new Date('2026-03-02T05:00:00Z'),
    );
    await job.stop();
    expect(finished).toBe(true);
    expect(days).toEqual(['2026-03-02']);
    expect(lines).toEqual([{ level: 'info', obj: { asked: 0, sent: 2 }, msg: 'test reminders written' }]);
  });

  it('log a failure instead of stopping the server, and stay quiet when nothing was written', async () => {
    const { lines, log } = recorder();
    await startDailyJob('quiet job', async () => 0, log).stop();
    expect(lines).toEqual([]);
    await startDailyJob(
      'broken job',
      async () => {
        throw new Error('database went away');
      },
      log,
    ).stop();
    expect(lines.map((l) => [l.level, l.msg])).toEqual([['error', 'broken job failed']]);
  });
});
