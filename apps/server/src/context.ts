/** What route handlers and commands share: the database, settings, keys, the mailer and the evidence store. */
import type { Database, Db } from '@vigil/db';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerConfig } from './config.ts';
import type { JobRunner } from './connectors/jobs/job-runner.ts';
import type { EvidenceStore } from './evidence/evidence-store.ts';
import type { ChangeFeed } from './http/change-feed.ts';
import type { Mailer } from './mail/mailer.ts';
import type { MonitoringRegistry } from './monitoring/registry.ts';

export interface AppContext {
  database: Database;
  db: Db;
  config: ServerConfig;
  masterKey: Buffer;
  mailer: Mailer | null;
  /** Sealed, content-addressed evidence blobs (filesystem or S3). */
  evidenceStore: EvidenceStore;
  /** Importers and checks; the shipped ones unless a test brings its own. */
  monitoring?: MonitoringRegistry;
  /** Runs or queues connector jobs; absent in tests, where runs happen in the request. */
  jobs?: JobRunner | null;
  /** Committed changes as this process learns of them; `buildApp` starts one when absent. */
  changeFeed?: ChangeFeed;
}

/** The Fastify instance with zod types, as every route module receives it. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
