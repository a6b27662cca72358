/** Runs the real `vigil` binary as a child process against a temporary PGlite data directory. */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, openDatabase } from '@vigil/db';
import { inject } from 'vitest';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const VIGIL_BIN = join(REPO_ROOT, 'apps/cli/bin/vigil.js');
export const OWNER = {
  org: 'Acme Cloud',
  slug: 'acme-cloud',
  email: 'owner@acme.test',
  name: 'Olivia Owner',
};
export const PASSWORD = 'correct horse battery staple';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a child gets: this process's, minus anything that would point it at another database. */
export function cliEnv(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    VIGIL_DATA_DIR: dataDir,
    VIGIL_LOG_LEVEL: 'silent',
    ...extra,
  };
  for (const key of ['DATABASE_URL', 'VIGIL_DEBUG', 'VIGIL_MASTER_KEY', 'VIGIL_INIT_PASSWORD']) {
    if (!(key in extra)) delete env[key];
  }
  return env;
}

/** Spawns `vigil <args>` and resolves when it exits. */
export function spawnCli(
  args: string[],
  dataDir: string,
  opts: { env?: NodeJS.ProcessEnv; input?: string } = {},
) {
  const child = spawn(process.execPath, [VIGIL_BIN, ...args], {
    cwd: REPO_ROOT,
    env: cliEnv(dataDir, opts.env),
  });
  child.stdin.end(opts.input ?? '');
  return child;
}

/** Runs `vigil <args>` to completion and collects its output. */
export function runCli(
  args: string[],
  dataDir: string,
  opts: { env?: NodeJS.ProcessEnv; input?: string } = {},
) {
  return collect(spawnCli(args, dataDir, opts));
}

/** Waits for a child to exit, returning its exit code and everything it printed. */
export function collect(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A temporary folder with a data directory inside, pre-loaded from the test run's migrated template. */
export async function createWorkspace(): Promise<{ root: string; dataDir: string; remove(): void }> {
  const root = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
  const dataDir = join(root, 'data');
  const template = inject('pgliteTemplate');
  if (template) {
    const blob = new Blob([readFileSync(template)]);
    const database = await openDatabase({ kind: 'pglite', dataDir, command: 'vitest', loadFrom: blob });
    await database.close();
  }
  return { root, dataDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export type Workspace = Awaited<ReturnType<typeof createWorkspace>>;

/** A copy of a closed workspace's data directory, so a test can damage it without affecting others. */
export function copyWorkspace(from: Workspace): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
  const dataDir = join(root, 'data');
  cpSync(from.dataDir, dataDir, { recursive: true });
  return { root, dataDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** `vigil init` for the standard test organization; throws if it fails. */
export async function initOrganization(dataDir: string): Promise<CliResult> {
  const args = ['init', '--org', OWNER.org, '--email', OWNER.email, '--name', OWNER.name, '--password-stdin'];
  const result = await runCli(args, dataDir, { input: `${PASSWORD}\n` });
  if (result.code !== 0) throw new Error(`vigil init failed: ${result.stderr}`);
  return result;
}

/** Opens the data directory in this process (no CLI may hold it meanwhile), runs `fn` and closes it. */
export async function withDataDir<T>(dataDir: string, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ kind: 'pglite', dataDir, command: 'vitest' });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Resolves with the URL once the server prints it; rejects with its output if it exits first. */
export function runningUrl(child: ChildProcess): Promise<string> {
  let out = '';
  let err = '';
  return new Promise((done, fail) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/Vigil is running at (\S+)/);
      if (m) done(m[1]!);
    });
    child.stderr!.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) => fail(new Error(`vigil start exited with ${code}: ${err}`)));
  });
}
