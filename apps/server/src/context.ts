/** What route handlers and commands share: the database, settings, keys and the mailer. */
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
import type { Mailer } from './mail/mailer.ts';

export interface AppContext {
  database: Database;
  db: Db;
  config: ServerConfig;
  masterKey: Buffer;
  mailer: Mailer | null;
}

/** The Fastify instance with zod types, as every route module receives it. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
