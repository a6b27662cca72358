/** The job runner contract shared by the embedded scheduler (PGlite) and the pg-boss queue (PostgreSQL). */

/** Where job runners write what happened; Fastify's logger fits. */
export interface JobLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLog: JobLog = { info() {}, warn() {}, error() {} };

export interface JobRunner {
  /** `embedded` runs in this process; `queue` hands runs to whichever worker takes them. */
  readonly mode: 'embedded' | 'queue';
  /** Asks for a connector run as soon as possible; false when one is already waiting. */
  enqueue(connectorId: string): Promise<boolean>;
  start(): Promise<void>;
  /** Stops taking work and waits for the run in progress. */
  stop(): Promise<void>;
}
