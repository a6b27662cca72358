/**
 * `vigil backup <file>`: a consistent copy of the embedded database and the evidence files in one
 * archive (see backup-archive.ts), optionally with the master key.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { removeStaleTempFiles, tempNameFor } from '@vigil/db';
import {
  type EvidenceStoreSettings,
  evidenceSettingsFromEnv,
  loadMasterKey,
  masterKeyFromEnv,
} from '@vigil/server';
import type { Command } from 'commander';
import { commandDatabaseConfig, countRecords, describeCounts, withDatabase } from '../database.ts';
import { action, CliError, EXIT, print } from '../output.ts';
import {
  type BackupManifest,
  keyFingerprint,
  listEvidenceFiles,
  writeBackupArchive,
} from './backup-archive.ts';

interface BackupOptions {
  includeKey?: boolean;
}

export function registerBackupCommand(program: Command) {
  program
    .command('backup')
    .description('Write a backup of the embedded (PGlite) database to a file')
    .argument('<file>', 'where to write the backup, e.g. vigil-2025-01-31.tar.gz')
    .option(
      '--include-key',
      'put the master key in the backup too (a security trade-off: whoever holds the file can then decrypt evidence and credentials)',
    )
    .addHelpText(
      'after',
      '\nThe backup holds the database and, with the filesystem evidence store, the encrypted evidence files.\n' +
        'The data directory must not be in use: stop `vigil start` first. For PostgreSQL, use pg_dump.\n' +
        'Without --include-key the master key is not in the backup, and `vigil restore` refuses to run\n' +
        'until the same key is available (VIGIL_MASTER_KEY or master.key in the data directory).',
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
  const tmp = join(dirname(file), tempNameFor(basename(file)));
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

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** Where the master key comes from, if there is one yet; never creates a key. */
export function currentMasterKey(dataDir: string): { key: Buffer; source: string } | null {
  const file = join(dataDir, 'master.key');
  if (!masterKeyFromEnv(process.env) && !existsSync(file)) return null;
  try {
    return {
      key: loadMasterKey(process.env, dataDir),
      source: process.env.VIGIL_MASTER_KEY
        ? 'VIGIL_MASTER_KEY'
        : process.env.VIGIL_MASTER_KEY_FILE
          ? `VIGIL_MASTER_KEY_FILE (${process.env.VIGIL_MASTER_KEY_FILE})`
          : file,
    };
  } catch (err) {
    throw new CliError((err as Error).message, EXIT.usage);
  }
}

export function evidenceSettings(dataDir: string): EvidenceStoreSettings {
  try {
    return evidenceSettingsFromEnv(process.env, dataDir);
  } catch (err) {
    throw new CliError((err as Error).message.replace(/^Invalid configuration: /, ''), EXIT.usage);
  }
}

async function backup(fileArg: string, opts: BackupOptions) {
  const config = commandDatabaseConfig('backup');
  if (config.kind === 'postgres') {
    print(...postgresBackupAdvice(fileArg));
    return EXIT.usage;
  }
  const file = resolve(fileArg);
  if (!existsSync(dirname(file)))
    throw new CliError(`<file>: the folder ${dirname(file)} does not exist`, EXIT.usage);
  const master = currentMasterKey(config.dataDir);
  if (opts.includeKey && !master)
    throw new CliError(
      '--include-key: there is no master key yet (no VIGIL_MASTER_KEY, no master.key)',
      EXIT.usage,
    );
  const settings = evidenceSettings(config.dataDir);

  // What a killed backup left behind in this folder (never a running one's file).
  removeStaleTempFiles(dirname(file));
  const tmp = join(dirname(file), tempNameFor(basename(file)));
  try {
    // The evidence is listed and copied while the database lock is held, so no server can add
    // an item whose blob the backup would miss.
    const result = await withDatabase('backup', { migrate: false }, async (database) => {
      const counts = await countRecords(database.db);
      const dump = await database.pglite!.dumpDataDir('none');
      const evidence = settings.kind === 'fs' ? listEvidenceFiles(settings.dir) : [];
      const manifest: BackupManifest = {
        format: 'vigil-backup',
        version: 2,
        createdAt: new Date().toISOString(),
        counts,
        evidence:
          settings.kind === 'fs'
            ? { store: 'fs', files: evidence.length, bytes: evidence.reduce((n, f) => n + f.size, 0) }
            : { store: 's3', location: `s3://${settings.s3.bucket}/evidence/` },
        key: master ? { fingerprint: keyFingerprint(master.key), included: !!opts.includeKey } : null,
      };
      await writeBackupArchive(tmp, {
        manifest,
        key: opts.includeKey && master ? master.key : null,
        database: new Uint8Array(await dump.arrayBuffer()),
        evidence,
      });
      return { counts, manifest };
    });
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    const { counts, manifest } = result;
    print(`Backed up ${config.dataDir} to ${file} (${megabytes(statSync(file).size)})`);
    print(`Contains ${describeCounts(counts)}.`);
    if (manifest.evidence.store === 'fs') {
      print(
        `Evidence: ${manifest.evidence.files} file${manifest.evidence.files === 1 ? '' : 's'} (${megabytes(manifest.evidence.bytes)}, still encrypted) from ${settings.kind === 'fs' ? settings.dir : ''}.`,
      );
    } else {
      print(
        `Evidence: the files stay in ${manifest.evidence.location} and are not in this backup; back up the bucket with its own tools (versioning or replication).`,
      );
    }
    if (master && opts.includeKey) {
      print(
        'The master key is INSIDE this backup: anyone who has the file can read the evidence and stored credentials. Keep it as safe as the key itself.',
      );
    } else if (master) {
      print(
        `Master key: not included. A restore needs the key from ${master.source} (fingerprint ${manifest.key!.fingerprint.slice(0, 16)}…): keep a copy of it apart from this file.`,
      );
    }
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot write ${file}: ${(err as Error).message}`);
  }
  return EXIT.ok;
}
