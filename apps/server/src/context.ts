/** What route handlers and commands share: the database, settings, keys, the mailer and the evidence store. */
import type { Database, Db } from '@vigil/db';
import type { CheckDefinition, FileImporter, LiveCollector } from '@vigil/monitoring';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerConfig } from './config.ts';
import type { ChangeFeed } from './http/change-feed.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import type { Mailer } from './mail/mailer.ts';
import type { EvidenceStore } from './storage/evidence-store.ts';

/** A check of any resource type, as the sweep and the queries handle them. */
export type AnyCheck = CheckDefinition<unknown>;

/** What a completed sweep tells the domains that follow it. */
export interface SweepFacts {
  orgId: string;
  source: string;
  connectorId: string | null;
  /** The resource types the sweep described (stored ones of these types not seen are gone). */
  types: readonly string[];
  runId: string;
  now: Date;
}

/**
 * Work another domain does inside a completed sweep's transaction (the person register follows the HR
 * roster, offboarding follows the accounts). Declared here so monitoring calls it without knowing who
 * fills it; a throw fails the sweep and nothing it wrote stays.
 */
export type SweepFollower = (tx: Db, sweep: SweepFacts) => Promise<void>;

/**
 * What monitoring can run: importers, live collectors and checks. Declared here so the context needs
 * nothing from the domains; `monitoring/registry.ts` builds the shipped one (`defaultRegistry`).
 */
export interface MonitoringRegistry {
  importers: readonly FileImporter[];
  /** Live collectors; none when absent (test registries of file importers only). */
  collectors?: readonly LiveCollector[];
  checks: readonly AnyCheck[];
  /** Called in every completed sweep's transaction; filled at composition (`shipped-registry.ts`). */
  followers?: readonly SweepFollower[];
}

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
