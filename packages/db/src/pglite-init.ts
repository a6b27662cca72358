/**
 * Creates a new PGlite data directory in a short-lived child process.
 *
 * PGlite runs initdb inside the calling process; afterwards the process keeps roughly 450 MB of the
 * initdb engine and a copy of the server's memory it never releases (a fresh PGlite process sits at
 * ~710 MB RSS, one that opened an existing directory at ~270 MB). A server or CLI that lives on
 * after its first start should not carry that, so the child pays for initdb and exits.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempNameFor } from './stale-temp-files.ts';

// Runs in the child, started in this module's folder so that the bare import resolves to the same
// PGlite package as ours; argv[1] is the directory to create.
const CHILD_SCRIPT = `
const { PGlite } = await import('@electric-sql/pglite');
const pg = await PGlite.create({ dataDir: process.argv[1] });
await pg.close();
`;

/** True when dir holds no PostgreSQL cluster yet (missing or empty). */
function isUninitialized(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * Runs initdb for pgDir in a child process when the directory is new; no-op for an existing one.
 * The cluster is built beside pgDir and renamed into place, so a failure leaves nothing behind.
 */
export async function initializePgliteDataDir(pgDir: string): Promise<void> {
  if (!isUninitialized(pgDir)) return;
  const staging = join(dirname(pgDir), tempNameFor('pgdata-init'));
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(pgDir), { recursive: true });
  try {
    await runChild(staging);
    if (!existsSync(join(staging, 'PG_VERSION'))) {
      throw new Error(`initdb finished but ${staging} holds no PG_VERSION`);
    }
    // rename(2) replaces an empty directory, which older versions of Vigil created up front.
    renameSync(staging, pgDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function runChild(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD_SCRIPT, dir], {
      cwd: dirname(fileURLToPath(import.meta.url)),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 8_000) stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `Creating the embedded database in ${dir} failed (${signal ?? `exit code ${code}`}): ${stderr.trim() || 'no output'}`,
          ),
        );
    });
  });
}
