/** The types every way of running a connector shares, kept apart so the runner and live collection need not import each other. */
import type { Db, schema } from '@vigil/db';
import type { ImportInput } from '@vigil/monitoring';
import type { Actor } from '../audit/actor.ts';
import type { MonitoringRegistry, SweepProgress } from '../monitoring/index.ts';
import type { EvidenceStore } from '../storage/evidence-store.ts';

/** What running a connector needs, wherever it runs: the API, the scheduler, a worker or the CLI. */
export interface RunnerEnv {
  db: Db;
  registry: MonitoringRegistry;
  /** Folder scheduled file imports read from (`config.path` is relative to it); null disables them. */
  importDir: string | null;
  evidenceStore: EvidenceStore | null;
  /** Decrypts live connectors' credentials; without it their runs fail saying so. */
  masterKey?: Buffer;
}

export type ConnectorRow = typeof schema.connectors.$inferSelect;

export interface RunOptions {
  actor?: Actor;
  now?: Date;
  onProgress?: (p: SweepProgress) => void;
  /** What to keep as evidence when the importer reads something unpacked from it (an uploaded archive). */
  evidenceFile?: ImportInput;
}
