/**
 * `vigil restore <file>`: replaces the embedded database and the evidence files with a backup. The
 * backup is unpacked, loaded, migrated and verified in staging folders first and then moved in by
 * renames, so a bad file or a wrong key never touches the current data.
 */
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmdirSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { lockDataDir, openDatabase, removeStaleTempFiles, tempNameFor } from '@vigil/db';
import { masterKeyFromEnv } from '@vigil/server';
import type { Command } from 'commander';
import { commandDatabaseConfig, countRecords, describeCounts, pgliteHasData } from '../database.ts';
import { action, CliError, EXIT, print } from '../output.ts';
import { currentMasterKey, evidenceSettings, postgresBackupAdvice, writeFileAtomically } from './backup.ts';
import {
  BackupManifest,
  DATABASE_ENTRY,
  EVIDENCE_KEY,
  EVIDENCE_PREFIX,
  isGzip,
  KEY_ENTRY,
  keyFingerprint,
  listEvidenceFiles,
  MANIFEST_ENTRY,
  readBackupArchive,
  readEntry,
} from './backup-archive.ts';
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
  const tar = bytes.subarray(257, 262).toString('latin1') === 'ustar';
  return isGzip(bytes) || tar;
}

function readHead(file: string): Buffer {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(512);
      const n = readSync(fd, head, 0, 512, 0);
      return head.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new CliError(`<file>: cannot read ${file} (${(err as NodeJS.ErrnoException).code})`, EXIT.usage);
  }
}

/** The database dump, the evidence and the key, unpacked into staging folders; nothing live touched yet. */
interface Unpacked {
  manifest: BackupManifest | null;
  database: Buffer;
  evidenceFiles: number;
  /** The key from the backup, written to the data directory only if none is there. */
  includedKey: Buffer | null;
}

const MANIFEST_LIMIT = 64 * 1024;

/**
 * Streams the archive into `evidenceStaging`, checking the key against the manifest before any
 * evidence is written. A file whose first entry is not the manifest is a database-only backup from
 * an earlier version: its whole content is the PGlite dump.
 */
async function unpack(file: string, dataDir: string, evidenceStaging: string | null): Promise<Unpacked> {
  let manifest: BackupManifest | null = null;
  let database: Buffer | null = null;
  let includedKey: Buffer | null = null;
  let evidenceFiles = 0;
  let first = true;
  if (!isGzip(readHead(file)))
    return { manifest: null, database: readFileSync(file), evidenceFiles: 0, includedKey: null };
  for await (const entry of readBackupArchive(file)) {
    if (first) {
      first = false;
      if (entry.name !== MANIFEST_ENTRY)
        return { manifest: null, database: readFileSync(file), evidenceFiles: 0, includedKey: null };
      const parsed = BackupManifest.safeParse(parseJson(await readEntry(entry, MANIFEST_LIMIT)));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new CliError(
          `${file}: ${MANIFEST_ENTRY}: ${issue.path.join('.') || 'manifest'}: ${issue.message}`,
        );
      }
      manifest = parsed.data;
      if (manifest.evidence.store === 'fs' && manifest.evidence.files > 0 && !evidenceStaging) {
        throw new CliError(
          `${file} holds ${manifest.evidence.files} evidence files from a filesystem store, but VIGIL_EVIDENCE_STORE=s3 here: restore with the fs store, then copy the files to the bucket`,
        );
      }
      if (!manifest.key?.included) checkKey(manifest, dataDir, null);
      continue;
    }
    if (!manifest) throw new Error('unreachable');
    if (entry.name === KEY_ENTRY && manifest.key?.included && !includedKey && !database) {
      const hex = (await readEntry(entry, 256)).toString('utf8').trim();
      includedKey = Buffer.from(hex, 'hex');
      if (includedKey.length !== 32 || keyFingerprint(includedKey) !== manifest.key.fingerprint)
        throw new CliError(`${file}: ${KEY_ENTRY} does not match the fingerprint in ${MANIFEST_ENTRY}`);
      checkKey(manifest, dataDir, includedKey);
    } else if (entry.name === DATABASE_ENTRY && !database) {
      if (manifest.key?.included && !includedKey) throw new CliError(`${file}: ${KEY_ENTRY} is missing`);
      database = await readEntry(entry, Number.MAX_SAFE_INTEGER);
    } else if (entry.name.startsWith(EVIDENCE_PREFIX) && database && evidenceStaging) {
      const key = entry.name.slice(EVIDENCE_PREFIX.length);
      if (entry.type !== 'file' || !EVIDENCE_KEY.test(key))
        throw new CliError(`${file}: unexpected entry ${JSON.stringify(entry.name)} (not an evidence file)`);
      const target = join(evidenceStaging, ...key.split('/'));
      mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
      await pipeline(entry.stream, createWriteStream(target, { mode: 0o600 }));
      evidenceFiles++;
    } else {
      throw new CliError(`${file}: unexpected entry ${JSON.stringify(entry.name)} in a Vigil backup`);
    }
  }
  if (first) throw new Error('the archive is empty');
  if (!database) throw new CliError(`${file}: ${DATABASE_ENTRY} is missing`);
  if (manifest?.evidence.store === 'fs' && evidenceFiles !== manifest.evidence.files) {
    throw new CliError(
      `${file}: holds ${evidenceFiles} evidence files but its manifest lists ${manifest.evidence.files}`,
    );
  }
  return { manifest, database, evidenceFiles, includedKey };
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new CliError(`${MANIFEST_ENTRY}: not valid JSON (${(err as Error).message})`);
  }
}

/**
 * Refuses a restore whose data could not be read afterwards: the key this machine has (or, failing
 * that, the one in the backup) must be the one the backup was made with.
 */
function checkKey(manifest: BackupManifest, dataDir: string, included: Buffer | null) {
  if (!manifest.key) return;
  const expected = manifest.key.fingerprint;
  const current = currentMasterKey(dataDir);
  if (current) {
    if (keyFingerprint(current.key) !== expected) {
      throw new CliError(
        `the master key from ${current.source} is not the key this backup was made with (fingerprint ${expected.slice(0, 16)}…): ` +
          'set VIGIL_MASTER_KEY to the original key or remove the other key file',
      );
    }
    return;
  }
  if (!included) {
    throw new CliError(
      `this backup needs its master key (fingerprint ${expected.slice(0, 16)}…), which it does not contain: ` +
        `set VIGIL_MASTER_KEY or put the original master.key in ${dataDir}`,
    );
  }
}

async function restore(fileArg: string, opts: RestoreOptions) {
  const config = commandDatabaseConfig('restore');
  if (config.kind === 'postgres') {
    print(...postgresBackupAdvice(fileArg));
    return EXIT.usage;
  }
  const file = resolve(fileArg);
  if (!looksLikeDump(readHead(file)))
    throw new CliError(`${file} is not a Vigil backup (expected the .tar.gz that \`vigil backup\` writes)`);
  const dataDir = config.dataDir;
  const settings = evidenceSettings(dataDir);
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
    const staging = join(dataDir, tempNameFor(`restore-${stamp}`));
    // Staged beside the evidence folder, so the final move is a rename on the same disk.
    const evidenceDir = settings.kind === 'fs' ? resolve(settings.dir) : null;
    const evidenceStaging = evidenceDir
      ? join(dirname(evidenceDir), tempNameFor(`${basename(evidenceDir)}.restore-${stamp}`))
      : null;
    // What a killed restore left behind: staging folders and a half-written key file.
    removeStaleTempFiles(dataDir, { directories: true });
    if (evidenceDir)
      removeStaleTempFiles(dirname(evidenceDir), { prefix: `.${basename(evidenceDir)}.`, directories: true });
    const cleanUp = () => {
      rmSync(staging, { recursive: true, force: true });
      if (evidenceStaging) rmSync(evidenceStaging, { recursive: true, force: true });
    };
    let unpacked: Unpacked;
    let result: Awaited<ReturnType<typeof loadAndCheck>>;
    try {
      if (evidenceStaging) mkdirSync(evidenceStaging, { recursive: true, mode: 0o700 });
      unpacked = await unpack(file, dataDir, evidenceStaging);
      result = await loadAndCheck(staging, unpacked.database);
    } catch (err) {
      cleanUp();
      if (err instanceof CliError)
        throw new CliError(`${err.message}; the data in ${dataDir} was not changed`, err.exitCode);
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
    let evidenceAside: string | null = null;
    if (evidenceDir && evidenceStaging && unpacked.manifest) {
      if (listEvidenceFiles(evidenceDir).length > 0) {
        evidenceAside = `${evidenceDir}.before-restore-${stamp}`;
        renameSync(evidenceDir, evidenceAside);
      } else {
        rmSync(evidenceDir, { recursive: true, force: true });
      }
      renameSync(evidenceStaging, evidenceDir);
    }
    if (unpacked.includedKey && !currentMasterKey(dataDir)) {
      writeFileAtomically(join(dataDir, 'master.key'), Buffer.from(unpacked.includedKey.toString('hex')));
    }
    cleanUp();

    print(`Restored ${file} into ${dataDir}`);
    print(`Contains ${describeCounts(result.counts)}.`);
    if (existsSync(aside)) print(`The previous data was kept in ${aside}`);
    if (evidenceAside) print(`The previous evidence files were kept in ${evidenceAside}`);
    const evidence = unpacked.manifest?.evidence;
    if (!unpacked.manifest) {
      print('This backup was made by an earlier version and holds the database only, no evidence files.');
    } else if (evidence?.store === 'fs') {
      print(
        `Evidence: ${unpacked.evidenceFiles} file${unpacked.evidenceFiles === 1 ? '' : 's'} restored to ${evidenceDir}.`,
      );
    } else if (evidence?.store === 's3') {
      print(`Evidence: the files were not in the backup; they stay in ${evidence.location}.`);
    }
    if (unpacked.includedKey)
      print(
        `Master key: restored from the backup to ${join(dataDir, 'master.key')} (unless one was already set).`,
      );
    printReports(result.reports);
    if (!unpacked.manifest && !masterKeyFromEnv(process.env) && !existsSync(join(dataDir, 'master.key'))) {
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
