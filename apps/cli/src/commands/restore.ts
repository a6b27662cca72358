/**
 * `vigil restore <file>`: replaces the embedded database with a backup. The backup is loaded,
 * migrated and verified in a staging folder first, so a bad file never touches the current data.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lockDataDir, openDatabase } from '@vigil/db';
import type { Command } from 'commander';
import { commandDatabaseConfig, countRecords, describeCounts, pgliteHasData } from '../database.ts';
import { action, CliError, EXIT, print } from '../output.ts';
import { postgresBackupAdvice } from './backup.ts';
import { printReports, verifyChains } from './verify.ts';

interface RestoreOptions {
  force?: boolean;
}

export function registerRestoreCommand(program: Command) {
  program
    .command('restore')
    .description('Replace the embedded (PGlite) database with a backup made by `vigil backup`')
    .argument('<file>', 'the backup file')
    .option(
      '--force',
      'replace existing data (it is moved aside to pgdata.before-restore-<time>, not deleted)',
    )
    .action(action(restore));
}

/** True for a gzip file or a plain tar archive: what `vigil backup` (PGlite's dumpDataDir) writes. */
function looksLikeDump(bytes: Buffer): boolean {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const tar = bytes.subarray(257, 262).toString('latin1') === 'ustar';
  return gzip || tar;
}

function readBackup(file: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new CliError(`<file>: cannot read ${file} (${(err as NodeJS.ErrnoException).code})`, EXIT.usage);
  }
  if (!looksLikeDump(bytes))
    throw new CliError(`${file} is not a Vigil backup (expected the .tar.gz that \`vigil backup\` writes)`);
  return bytes;
}

async function restore(fileArg: string, opts: RestoreOptions) {
  const config = commandDatabaseConfig('restore');
  if (config.kind === 'postgres') {
    print(...postgresBackupAdvice(fileArg));
    return EXIT.usage;
  }
  const file = resolve(fileArg);
  const bytes = readBackup(file);
  const dataDir = config.dataDir;
  // Hold the data directory for the whole restore, so a server cannot start on half-swapped data.
  const release = lockDataDir(dataDir, 'vigil restore');
  try {
    const hadData = pgliteHasData(dataDir);
    if (hadData && !opts.force) {
      throw new CliError(
        `${dataDir} already holds a Vigil database; pass --force to replace it (it is kept as pgdata.before-restore-<time>)`,
      );
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const staging = join(dataDir, `restore-${stamp}.tmp`);
    let result: Awaited<ReturnType<typeof loadAndCheck>>;
    try {
      result = await loadAndCheck(staging, bytes);
    } catch (err) {
      rmSync(staging, { recursive: true, force: true });
      if (err instanceof CliError) throw err;
      throw new CliError(
        `${file} could not be loaded as a Vigil backup (${(err as Error).message}); the data in ${dataDir} was not changed`,
      );
    }
    const current = join(dataDir, 'pgdata');
    const aside = join(dataDir, `pgdata.before-restore-${stamp}`);
    if (hadData) renameSync(current, aside);
    else if (existsSync(current) && readdirSync(current).length === 0) rmdirSync(current);
    else if (existsSync(current)) renameSync(current, aside);
    renameSync(join(staging, 'pgdata'), current);
    rmSync(staging, { recursive: true, force: true });

    print(`Restored ${file} into ${dataDir}`);
    print(`Contains ${describeCounts(result.counts)}.`);
    if (existsSync(aside)) print(`The previous data was kept in ${aside}`);
    printReports(result.reports);
    if (!process.env.VIGIL_MASTER_KEY && !existsSync(join(dataDir, 'master.key'))) {
      print(
        'Put the original master.key back in the data directory (or set VIGIL_MASTER_KEY) before `vigil start`.',
      );
    }
    return result.reports.every((r) => r.ok) ? EXIT.ok : EXIT.failure;
  } finally {
    release();
  }
}

/** Loads the dump into `staging`, applies migrations, counts the records and verifies every chain. */
async function loadAndCheck(staging: string, bytes: Buffer) {
  const database = await openDatabase({
    kind: 'pglite',
    dataDir: staging,
    command: 'vigil restore',
    loadFrom: new Blob([new Uint8Array(bytes)]),
  });
  try {
    await database.migrate();
    return { counts: await countRecords(database.db), reports: await verifyChains(database.db) };
  } finally {
    await database.close();
  }
}
