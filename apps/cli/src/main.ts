/** The `vigil` command: global options, every subcommand, and how usage errors exit. */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { registerBackupCommand } from './commands/backup.ts';
import { registerCheckCommand } from './commands/check.ts';
import { registerCheckpointCommands } from './commands/checkpoint.ts';
import { registerChecksCommands } from './commands/checks.ts';
import { registerCollectCommand } from './commands/collect.ts';
import { registerEvidenceCommands } from './commands/evidence.ts';
import { registerInitCommand } from './commands/init.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerOscalCommands } from './commands/oscal.ts';
import { registerPackageCommands } from './commands/package.ts';
import { registerRestoreCommand } from './commands/restore.ts';
import { registerSampleCommands } from './commands/sample.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerTokenCommands } from './commands/token.ts';
import { registerUserCommands } from './commands/user.ts';
import { registerVerifyCommand } from './commands/verify.ts';
import { registerWorkerCommand } from './commands/worker.ts';
import { EXIT, reportError } from './output.ts';

const program = new Command('vigil')
  .description('Vigil: self-hosted SOC 2 compliance automation')
  .version('0.1.0')
  .option('--data-dir <dir>', 'PGlite data directory (env VIGIL_DATA_DIR, default ./.vigil)')
  .option('--database-url <url>', 'use PostgreSQL at this URL instead of PGlite (env DATABASE_URL)')
  .showHelpAfterError('(add --help for usage)')
  // Usage mistakes exit 2, so scripts can tell them from a command that ran and failed.
  .exitOverride((err) => process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage))
  .hook('preAction', (cmd) => {
    const opts = cmd.opts<{ dataDir?: string; databaseUrl?: string }>();
    if (opts.dataDir) process.env.VIGIL_DATA_DIR = resolve(opts.dataDir);
    if (opts.databaseUrl) process.env.DATABASE_URL = opts.databaseUrl;
  })
  .addHelpText(
    'after',
    '\nExit codes: 0 success, 1 failure (or a broken audit chain; for `check`, a failing check), 2 usage or\n' +
      'input error, 3 (`check` only) some checks could not be evaluated.\n' +
      'Set VIGIL_DEBUG=1 to see stack traces.',
  );

registerStartCommand(program);
registerMigrateCommand(program);
registerInitCommand(program);
registerVerifyCommand(program);
registerCheckpointCommands(program);
registerBackupCommand(program);
registerRestoreCommand(program);
registerUserCommands(program);
registerTokenCommands(program);
registerCollectCommand(program);
registerCheckCommand(program);
registerChecksCommands(program);
registerWorkerCommand(program);
registerEvidenceCommands(program);
registerSampleCommands(program);
registerPackageCommands(program);
registerOscalCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exit(reportError(err));
}
