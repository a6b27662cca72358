/** `vigil collect`: imports a file straight into the database as one monitoring run (see collect-run.ts). */
import type { Command } from 'commander';
import { action } from '../output.ts';
import type { CollectOptions } from './collect-run.ts';

export function registerCollectCommand(program: Command) {
  program
    .command('collect')
    .description('Import a file through an importer straight into the database, as one monitoring run')
    .argument('<importer>', 'importer id (see `vigil check --help`; e.g. aws.credential_report)')
    .requiredOption('--file <path>', 'the exported file to import')
    .option('--org <slug>', 'organization (needed when there are several)')
    .addHelpText(
      'after',
      '\nExit codes: 0 imported, 1 failure, 2 usage or input error (the file and line are named).',
    )
    .action(
      action(async (importerId: string, opts: CollectOptions) => {
        const { collect } = await import('./collect-run.ts');
        return collect(importerId, opts);
      }),
    );
}
