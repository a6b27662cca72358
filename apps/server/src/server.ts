/** Starts Vigil: opens and migrates the database, builds the app and listens. */
import { basename, dirname, join, resolve } from 'node:path';
import { type Database, databaseConfigFromEnv, openDatabase, removeStaleTempFiles } from '@vigil/db';
import { sendActivityReminders } from './activities/index.ts';
import { alertIntervalMsFromEnv, startAlertDispatcher } from './alerts/dispatcher.ts';
import { buildApp } from './app.ts';
import { checkpointIntervalMsFromEnv, startCheckpointPublisher } from './audit/checkpoint-publisher.ts';
import { serverConfigFromEnv } from './config.ts';
import { createJobRunner } from './connectors/jobs/start-jobs.ts';
import type { App, AppContext } from './context.ts';
import { startDailyJob } from './jobs/daily-job.ts';
import { createMailer } from './mail/mailer.ts';
import { reevaluateLeavers } from './monitoring/index.ts';
import { escalateOverdueOffboarding } from './people/index.ts';
import { sendPolicyReminders } from './policies/index.ts';
import { reopenExpiredAcceptances } from './risks/index.ts';
import { deriveCheckpointKey } from './security/checkpoint-key.ts';
import { loadMasterKey } from './security/secrets.ts';
import { shippedRegistry } from './shipped-registry.ts';
import { evidenceSettingsFromEnv, openEvidenceStore } from './storage/store-config.ts';
import { sendTrainingReminders } from './training/index.ts';

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
    // The data directory also holds the master key file and evidence, on PostgreSQL too.
    const keyDir = dbConfig.kind === 'pglite' ? dbConfig.dataDir : resolve(env.VIGIL_DATA_DIR ?? '.vigil');
    removeLeftovers(keyDir, env);
    const masterKey = loadMasterKey(env, keyDir);
    const alertIntervalMs = alertIntervalMsFromEnv(env);
    const checkpointIntervalMs = checkpointIntervalMsFromEnv(env);
    const evidenceStore = await openEvidenceStore(evidenceSettingsFromEnv(env, keyDir), masterKey);
    const mailer = createMailer(config.smtpUrl, config.mailFrom);
    config.importDir ??= join(keyDir, 'imports');
    const ctx: AppContext = { database, db: database.db, config, masterKey, mailer, evidenceStore };
    const app = await buildApp(ctx);
    const registry = ctx.monitoring ?? shippedRegistry();
    const runnerEnv = { db: database.db, registry, importDir: config.importDir, evidenceStore, masterKey };
    ctx.jobs = createJobRunner(dbConfig, runnerEnv, config.jobs ?? 'work', app.log);
    const address = await app.listen({ host: config.host, port: config.port });
    await ctx.jobs?.start();
    const checkpointStore = evidenceStore.blobs;
    const deps = {
      db: database.db,
      mailer,
      masterKey,
      publicUrl: config.publicUrl,
      log: app.log,
      checkpointStore,
    };
    const dispatcher = alertIntervalMs > 0 ? startAlertDispatcher(deps, alertIntervalMs) : null;
    // Reminders ride on the alert dispatcher: without it nobody would hear them.
    const reminders =
      alertIntervalMs > 0 && config.jobs !== 'off'
        ? [
            startDailyJob('policy reminders', (today) => sendPolicyReminders(database.db, today), app.log),
            startDailyJob(
              'training reminders',
              (today) => sendTrainingReminders(database.db, today),
              app.log,
            ),
            startDailyJob(
              'activity reminders',
              (today) => sendActivityReminders(database.db, today),
              app.log,
            ),
            // Sweeps escalate too; this catches the leaver whose systems nobody sweeps that day.
            startDailyJob(
              'offboarding escalations',
              () => escalateOverdueOffboarding(database.db, new Date()),
              app.log,
            ),
            // A leaver's result turns at the offboarding deadline, whether or not a file arrives then.
            startDailyJob(
              'leaver checks',
              () => reevaluateLeavers(database.db, registry.checks, new Date()),
              app.log,
            ),
            startDailyJob(
              'risk acceptance expiry',
              (today) => reopenExpiredAcceptances(database.db, today),
              app.log,
            ),
          ]
        : [];
    const checkpointKey = deriveCheckpointKey(masterKey);
    const publisher =
      checkpointIntervalMs > 0
        ? startCheckpointPublisher(
            { db: database.db, store: checkpointStore, key: checkpointKey, log: app.log },
            checkpointIntervalMs,
          )
        : null;
    const url = config.publicUrl ?? address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
    return {
      app,
      database,
      url,
      async stop() {
        await dispatcher?.stop();
        await Promise.all(reminders.map((r) => r.stop()));
        await publisher?.stop();
        await ctx.jobs?.stop();
        await app.close();
        evidenceStore.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** Removes what a killed `vigil restore` or first start left in the data directory and beside the evidence folder. */
function removeLeftovers(dataDir: string, env: NodeJS.ProcessEnv) {
  removeStaleTempFiles(dataDir, { directories: true });
  const evidence = evidenceSettingsFromEnv(env, dataDir);
  if (evidence.kind === 'fs') {
    const dir = resolve(evidence.dir);
    removeStaleTempFiles(dirname(dir), { prefix: `.${basename(dir)}.`, directories: true });
  }
}
