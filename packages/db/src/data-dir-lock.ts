/**
 * One process owns a PGlite data directory at a time. Two processes writing the same directory
 * silently lose rows, so a second owner is refused with a message that says who holds it.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
}

/** Raised when another live process already holds the data directory. */
export class DataDirLockedError extends Error {
  readonly code = 'data_dir_locked';
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data directory ${dir} is in use by process ${holder.pid} on ${holder.host} ` +
        `("${holder.command}", since ${holder.startedAt}). Only one process may open it at a time: ` +
        'use the running server through its web app or API (with an API token), or stop that process first.',
    );
  }
}

/** True when a process with this id runs on this machine (including one of another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/** Takes the directory's lock file or throws DataDirLockedError; returns the release function. */
export function lockDataDir(dir: string, command: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'vigil.lock');
  const me: LockHolder = { pid: process.pid, host: hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // O_EXCL: creation fails if the file exists, so two racing processes cannot both win.
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        // A process that opens and closes many databases (a test run, a restore) keeps no listener per lock.
        process.off('exit', release);
        const holder = readHolder(path);
        if (holder?.pid === me.pid && holder.host === me.host) rmSync(path, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(path);
      if (holder && holder.host === me.host && holder.pid === process.pid) {
        throw new DataDirLockedError(dir, holder);
      }
      if (holder && (holder.host !== me.host || isProcessAlive(holder.pid)))
        throw new DataDirLockedError(dir, holder);
      // A lock left by a process that died (kill -9, power loss): remove it and try again.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dir}; remove ${path} if no Vigil process is running.`);
}
