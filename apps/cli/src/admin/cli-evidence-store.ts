/** The evidence store as the server would open it, from the same environment, for commands that read or add evidence. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type BlobStore,
  type EvidenceStore,
  evidenceSettingsFromEnv,
  loadMasterKey,
  masterKeyFromEnv,
  openBlobStore,
  openEvidenceStore,
} from '@vigil/server';
import { commandDatabaseConfig } from '../database.ts';
import { CliError } from '../output.ts';

/** Where the server keeps its key file and default evidence folder: the PGlite data dir, or VIGIL_DATA_DIR. */
export function keyDirectory(command: string): string {
  const config = commandDatabaseConfig(command);
  return config.kind === 'pglite' ? config.dataDir : resolve(process.env.VIGIL_DATA_DIR ?? '.vigil');
}

/**
 * Opens the evidence store for `command`. Reading commands never create a master key: without the
 * server's key nothing stored could be read, and a fresh key would only hide that.
 */
export async function openCliEvidenceStore(
  command: string,
  opts: { createKey: boolean },
): Promise<EvidenceStore> {
  const dir = keyDirectory(command);
  if (!opts.createKey && !hasMasterKey(command)) throw noMasterKey(dir);
  try {
    return await openEvidenceStore(
      evidenceSettingsFromEnv(process.env, dir),
      loadMasterKey(process.env, dir),
    );
  } catch (err) {
    throw new CliError((err as Error).message.replace(/^Invalid configuration: /, ''));
  }
}

/** True when the server's master key can be found (VIGIL_MASTER_KEY, VIGIL_MASTER_KEY_FILE or master.key in the data directory). */
export function hasMasterKey(command: string): boolean {
  return masterKeyFromEnv(process.env) || existsSync(join(keyDirectory(command), 'master.key'));
}

const noMasterKey = (dir: string) =>
  new CliError(
    `No master key: set VIGIL_MASTER_KEY (or VIGIL_MASTER_KEY_FILE) or point --data-dir at the folder holding master.key (looked in ${dir})`,
  );

/** The server's master key; only commands that write (`createKey`) create one, as the server would at start. */
export function cliMasterKey(command: string, opts: { createKey: boolean } = { createKey: false }): Buffer {
  const dir = keyDirectory(command);
  if (!opts.createKey && !hasMasterKey(command)) throw noMasterKey(dir);
  try {
    return loadMasterKey(process.env, dir);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

/** The evidence store's raw storage, for checkpoints; needs no master key. */
export async function openCliBlobStore(command: string): Promise<BlobStore> {
  try {
    return await openBlobStore(evidenceSettingsFromEnv(process.env, keyDirectory(command)));
  } catch (err) {
    throw new CliError((err as Error).message.replace(/^Invalid configuration: /, ''));
  }
}
