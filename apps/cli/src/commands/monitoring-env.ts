/** What the CLI needs to run connectors against the database directly: master key, evidence store, registry. */
import { dirname, join } from 'node:path';
import type { Database, DatabaseConfig } from '@vigil/db';
import {
  evidenceSettingsFromEnv,
  loadMasterKey,
  openEvidenceStore,
  type RunnerEnv,
  shippedRegistry,
} from '@vigil/server';

/** The folder holding the key file and evidence: the PGlite data directory, or VIGIL_DATA_DIR beside PostgreSQL. */
export function keyDirOf(config: DatabaseConfig, env: NodeJS.ProcessEnv = process.env): string {
  return config.kind === 'pglite' ? config.dataDir : (env.VIGIL_DATA_DIR ?? dirname('.vigil/x'));
}

/** A runner environment like the server's, so CLI runs keep evidence the same way; close() releases it. */
export async function openRunnerEnv(database: Database, config: DatabaseConfig) {
  const keyDir = keyDirOf(config);
  const masterKey = loadMasterKey(process.env, keyDir);
  const evidenceStore = await openEvidenceStore(evidenceSettingsFromEnv(process.env, keyDir), masterKey);
  const env: RunnerEnv = {
    db: database.db,
    // With the sweep followers, so a roster imported from the CLI updates the person register too.
    registry: shippedRegistry(),
    importDir: process.env.VIGIL_IMPORT_DIR || join(keyDir, 'imports'),
    evidenceStore,
    masterKey,
  };
  return { env, close: () => evidenceStore.close() };
}
