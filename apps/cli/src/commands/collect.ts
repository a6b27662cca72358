/** `vigil collect`: imports a file or runs a live collector straight into the database as one monitoring run (see collect-run.ts). */
import type { Command } from 'commander';
import { action } from '../output.ts';
import type { CollectOptions } from './collect-run.ts';

export function registerCollectCommand(program: Command) {
  program
    .command('collect')
    .description(
      'Import a file through an importer, or run a live collector, straight into the database as one monitoring run',
    )
    .argument(
      '<importer-or-collector>',
      'importer id (e.g. aws.credential_report) or live collector id (aws.live, github.live, okta.live, tls.probe)',
    )
    .option('--file <path>', 'importers: the exported file to import')
    .option(
      '--map <column=field>',
      'CSV importers: the column of your file holding a field, e.g. --map "Mail=email" (repeatable)',
      (v: string, all: string[] = []) => [...all, v],
    )
    .option(
      '--map-file <mapping.json>',
      'CSV importers: a JSON object of column → field, e.g. {"Mail": "email"}',
    )
    .option(
      '--config <settings.json>',
      'live collectors: a JSON object of settings (org, regions, endpoints …)',
    )
    .option(
      '--credentials <secrets.json>',
      'live collectors: a JSON object of secrets (token, keys); or set VIGIL_COLLECT_CREDENTIALS to that JSON',
    )
    .option('--org <slug>', 'organization (needed when there are several)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  vigil collect aws.bundle --file aws-bundle',
        '  vigil collect hr.roster.bamboohr --file people.csv --map "Mail=email" --map "Joined=start_date"',
        '  echo \'{"org":"acme"}\' > gh.json',
        '  VIGIL_COLLECT_CREDENTIALS=\'{"token":"ghp_…"}\' vigil collect github.live --config gh.json',
        '  vigil collect tls.probe --config endpoints.json    # {"endpoints":["https://acme.example/"]}',
        '',
        'Secrets are read from the file or variable for this run only and never stored or printed; the run',
        "attaches to the organization's connector of that kind when it has exactly one.",
        '',
        'Exit codes: 0 collected, 1 failure (a collector error, recorded as a failed run), 2 usage or input',
        'error (the file and line, or the setting, are named).',
      ].join('\n'),
    )
    .action(
      action(async (importerId: string, opts: CollectOptions) => {
        const { collect } = await import('./collect-run.ts');
        return collect(importerId, opts);
      }),
    );
}
