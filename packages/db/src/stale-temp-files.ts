/**
 * Vigil writes files and staging folders under a temporary name that carries the writer's process
 * id, `.NAME.PID.tmp`, and renames them into place when complete. A process killed meanwhile leaves
 * one behind; the next start removes those whose process is gone.
 */
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from './data-dir-lock.ts';

const TEMP_NAME = /^\..+\.(\d+)\.tmp$/;

/** The temporary name for `name` written by this process, in the form removeStaleTempFiles recognises. */
export function tempNameFor(name: string): string {
  return `.${name}.${process.pid}.tmp`;
}

export interface StaleTempOptions {
  /** Only names starting with this (in folders Vigil shares with other things). */
  prefix?: string;
  /** Staging folders too, not only files. */
  directories?: boolean;
}

/**
 * Removes `.NAME.PID.tmp` entries of `dir` whose process no longer runs and that belong to this
 * user; returns their paths. A missing folder has none.
 */
export function removeStaleTempFiles(dir: string, opts: StaleTempOptions = {}): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid || (opts.prefix && !name.startsWith(opts.prefix))) continue;
    if (isProcessAlive(pid)) continue;
    const path = join(dir, name);
    try {
      const info = lstatSync(path);
      if (process.getuid && info.uid !== process.getuid()) continue;
      if (!(info.isFile() || (opts.directories && info.isDirectory()))) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Gone already (another start cleaning at the same moment): nothing to do.
    }
  }
  return removed;
}
