/** `vigil start`: serves the API and web app until SIGINT or SIGTERM. */
import { schema } from '@vigil/db';
import type { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { action, CliError, EXIT, print, reportError } from '../output.ts';
import { wholeNumber } from '../parse.ts';

interface StartOptions {
  port?: number;
  host?: string;
}

export function registerStartCommand(program: Command) {
  program
    .command('start')
    .description('Start the Vigil server (migrates the database first)')
    .option(
      '-p, --port <port>',
      'port to listen on (env PORT, default 3000; 0 picks a free port)',
      wholeNumber(0),
    )
    .option('--host <host>', 'address to bind (env HOST, default 127.0.0.1)')
    .addHelpText(
      'after',
      '\nThe database is PGlite in --data-dir (env VIGIL_DATA_DIR, default ./.vigil), or PostgreSQL when\n' +
        '--database-url (env DATABASE_URL) is set. Other settings come from the environment (see the README).',
    )
    .action(action(start, { exit: false }));
}

async function start(opts: StartOptions) {
  const env = { ...process.env };
  if (opts.port !== undefined) env.PORT = String(opts.port);
  if (opts.host !== undefined) env.HOST = opts.host;
  // Loaded here so that the other commands do not pay for the HTTP stack at start-up.
  const { startServer } = await import('@vigil/server');
  const server = await startServer(env).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EADDRINUSE') throw err;
    const where = `${env.HOST ?? '127.0.0.1'}:${env.PORT ?? 3000}`;
    throw new CliError(
      `--port: ${where} is already in use (another Vigil?); choose another with --port or PORT`,
    );
  });
  // Handlers go in before the announcement: a signal sent as soon as someone reads it must stop the
  // server cleanly, not find Node's default action (instant death) still in place.
  let stopping = false;
  const shutdown = (signal: string) => {
    // A second signal while stopping means "now": leave without waiting.
    if (stopping) process.exit(EXIT.failure);
    stopping = true;
    print(`Received ${signal}, stopping…`);
    server.stop().then(
      () => process.exit(EXIT.ok),
      (err) => process.exit(reportError(err)),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  const [row] = await server.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.organizations);
  const where =
    server.database.kind === 'pglite'
      ? `PGlite data directory ${server.database.location}`
      : `PostgreSQL at ${server.database.location}`;
  print(`Vigil is running at ${server.url}`, `Database: ${where}`);
  if ((row?.n ?? 0) === 0)
    print(`First run: open ${server.url} to create your organization and owner account.`);
  print('Press Ctrl+C to stop.');

  return EXIT.ok;
}
