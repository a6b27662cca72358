/** `vigil check`: evaluates exported files against the checks with no server or database (see check-run.ts). */

import { VigilError } from '@vigil/core';
import { type Command, Option } from 'commander';
import { action, CliError, reportError } from '../output.ts';
import { CHECK_EXIT, FORMATS } from './check-report.ts';
import type { CheckOptions } from './check-run.ts';

export function registerCheckCommand(program: Command) {
  program
    .command('check')
    .description('Evaluate exported files against the checks, without a server (for CI pipelines)')
    .requiredOption('-i, --input <files...>', 'files to evaluate (the importer is detected from each file)')
    .option('--importer <id>', 'read every input with this importer instead of detecting it')
    .option(
      '--map <column=field>',
      'CSV inputs: the column of your file holding a field, e.g. --map "Mail=email" (repeatable)',
      (v: string, all: string[] = []) => [...all, v],
    )
    .option(
      '--map-file <mapping.json>',
      'CSV inputs: a JSON object of column → field, e.g. {"Mail": "email"}',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .option(
      '--fail-on <severity>',
      'exit 1 when a check of this severity or higher fails (low|medium|high|critical)',
      'low',
    )
    .option(
      '--custom <files...>',
      'custom CEL checks to add (JSON or YAML: one check, a list, or { checks: [...] })',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 no failure at or above --fail-on, 1 such a failure, 2 usage or input error,\n' +
        '3 no such failure but some checks could not be evaluated (missing or invalid input),\n' +
        '4 vigil itself failed (an unexpected error): no verdict. Out of memory ends the process with 134.',
    )
    .action(
      action(async (opts: CheckOptions) => {
        // Loaded on use, so other commands do not pay for the importers and checks at start-up.
        const { runCheck } = await import('./check-run.ts');
        try {
          return await runCheck(opts);
        } catch (err) {
          // 1 means "a check failed": a crash must never read as a verdict.
          if (err instanceof CliError || err instanceof VigilError) throw err;
          reportError(err);
          return CHECK_EXIT.crashed;
        }
      }),
    );
}
