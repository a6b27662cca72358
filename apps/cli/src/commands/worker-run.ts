/** The work of `vigil worker` (loaded only when it runs): takes connector jobs from the pg-boss queue on PostgreSQL until SIGINT or SIGTERM. */
import { SweepQueue } from '@vigil/server';
import { commandDatabaseConfig, withDatabase } from '../database.ts';
import { CliError, EXIT, print } from '../output.ts';
import { openRunnerEnv } from './monitoring-env.ts';

const line = (level: string) => (obj: object, msg: string) =>
  process.stderr.write(`${new Date().toISOString()} ${level} ${msg} ${JSON.stringify(obj, errorFields)}\n`);
const errorFields = (_key: string, value: unknown) => (value instanceof Error ? value.message : value);

/** Runs `vigil worker` until a signal; resolves with the exit code. */
export async function work() {
  const config = commandDatabaseConfig('worker');
  if (config.kind !== 'postgres') {
    throw new CliError(
      'vigil worker needs PostgreSQL (--database-url or DATABASE_URL); with PGlite the server runs its jobs itself',
      EXIT.usage,
    );
  }
  return withDatabase('worker', { migrate: false }, async (database) => {
    const { env, close } = await openRunnerEnv(database, config);
    const queue = new SweepQueue(env, {
      connectionString: config.url,
      work: true,
      log: { info: line('info'), warn: line('warn'), error: line('error') },
    });
    try {
      await queue.start();
      print(`vigil worker: taking sweep jobs from PostgreSQL at ${database.location}; Ctrl+C to stop.`);
      const signal = await new Promise<string>((done) => {
        process.once('SIGINT', () => done('SIGINT'));
        process.once('SIGTERM', () => done('SIGTERM'));
      });
      print(`Received ${signal}, finishing the job in progress…`);
      return EXIT.ok;
    } finally {
      await queue.stop();
      close();
    }
  });
}
