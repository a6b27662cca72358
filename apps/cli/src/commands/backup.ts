/** `vigil backup <file>`: a consistent copy of the embedded database in one gzip file. */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { commandDatabaseConfig, countRecords, describeCounts, withDatabase } from '../database.ts';
import { action, CliError, EXIT, print } from '../output.ts';

export function registerBackupCommand(program: Command) {
  program
    .command('backup')
    .description('Write a backup of the embedded (PGlite) database to a file')
    .argument('<file>', 'where to write the backup, e.g. vigil-2025-01-31.tar.gz')
    .addHelpText(
      'after',
      '\nThe data directory must not be in use: stop `vigil start` first. For PostgreSQL, use pg_dump.\n' +
        'The master key (master.key in the data directory) is not part of the backup: keep a copy of it.',
    )
    .action(action(backup));
}

/** The commands a PostgreSQL user runs instead; printed rather than run, so their own tools and options apply. */
export function postgresBackupAdvice(file: string): string[] {
  return [
    "Vigil on PostgreSQL is backed up with PostgreSQL's own tools (DATABASE_URL is set, so this is not PGlite):",
    `  backup:  pg_dump --format=custom --file='${file}' "$DATABASE_URL"`,
    `  restore: pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" '${file}'`,
    'then run `vigil migrate` and `vigil verify` against the restored database.',
  ];
}

/** Writes bytes to a temporary file next to `file`, flushes it and renames it into place. */
export function writeFileAtomically(file: string, bytes: Uint8Array) {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new CliError(`cannot write ${file}: ${(err as Error).message}`);
  }
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function backup(fileArg: string) {
  const config = commandDatabaseConfig('backup');
  if (config.kind === 'postgres') {
    print(...postgresBackupAdvice(fileArg));
    return EXIT.usage;
  }
  const file = resolve(fileArg);
  if (!existsSync(dirname(file)))
    throw new CliError(`<file>: the folder ${dirname(file)} does not exist`, EXIT.usage);
  const { bytes, counts } = await withDatabase('backup', { migrate: false }, async (database) => {
    const counts = await countRecords(database.db);
    const dump = await database.pglite!.dumpDataDir('gzip');
    return { bytes: new Uint8Array(await dump.arrayBuffer()), counts };
  });
  writeFileAtomically(file, bytes);
  print(`Backed up ${config.dataDir} to ${file} (${megabytes(bytes.length)})`);
  print(`Contains ${describeCounts(counts)}.`);
  if (!process.env.VIGIL_MASTER_KEY && existsSync(join(config.dataDir, 'master.key'))) {
    print(
      `Keep a copy of ${join(config.dataDir, 'master.key')} too: encrypted settings need it after a restore.`,
    );
  }
  return EXIT.ok;
}
