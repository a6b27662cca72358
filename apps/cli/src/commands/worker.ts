/** `vigil worker`: runs connector jobs from the PostgreSQL queue (see worker-run.ts). */
import type { Command } from 'commander';
import { action } from '../output.ts';

export function registerWorkerCommand(program: Command) {
  program
    .command('worker')
    .description('Run connector jobs from the queue (PostgreSQL only); start as many as you need')
    .addHelpText(
      'after',
      '\nThe server keeps queuing due connectors; set VIGIL_JOBS=enqueue on it to leave the work to workers.',
    )
    .action(
      action(async () => {
        const { work } = await import('./worker-run.ts');
        return work();
      }),
    );
}
