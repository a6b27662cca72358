/** Starts Vigil: opens and migrates the database, builds the app and listens. */
import { dirname } from 'node:path';
import { type Database, databaseConfigFromEnv, openDatabase } from '@vigil/db';
import { buildApp } from './app.ts';
import { serverConfigFromEnv } from './config.ts';
import type { App } from './context.ts';
import { createMailer } from './mail/mailer.ts';
import { loadMasterKey } from './security/secrets.ts';

export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database named by the environment, migrates it, and serves the API and web app. */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const config = serverConfigFromEnv(env);
  const dbConfig = databaseConfigFromEnv(env, 'vigil start');
  const database = await openDatabase(dbConfig);
  try {
    await database.migrate();
    const keyDir =
      dbConfig.kind === 'pglite' ? dbConfig.dataDir : (env.VIGIL_DATA_DIR ?? dirname('.vigil/x'));
    const masterKey = loadMasterKey(env, keyDir);
    const app = await buildApp({
      database,
      db: database.db,
      config,
      masterKey,
      mailer: createMailer(config.smtpUrl, config.mailFrom),
    });
    const address = await app.listen({ host: config.host, port: config.port });
    const url = config.publicUrl ?? address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
    return {
      app,
      database,
      url,
      async stop() {
        await app.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
