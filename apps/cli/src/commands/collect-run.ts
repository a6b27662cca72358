/**
 * The work of `vigil collect` (loaded only when it runs): imports a file (`<importer> --file F`) or
 * runs a live collector (`<collector> --config S [--credentials C]`) straight into the database (no
 * server), as one sweep with its run record and evidence, showing progress on a terminal.
 */
import { access, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Db, schema } from '@vigil/db';
import { ImportError, type LiveCollector } from '@vigil/monitoring';
import {
  CollectorInputError,
  collectorIn,
  importerIn,
  importFile,
  parseCollectorInput,
  runLiveCollection,
  SweepFailed,
  SweepInputError,
  type SweepProgress,
  type SweepResult,
} from '@vigil/server';
import { SingleBar } from 'cli-progress';
import { and, asc, eq } from 'drizzle-orm';
import { cliActor } from '../admin/cli-actor.ts';
import { commandDatabaseConfig, findOrg, withDatabase } from '../database.ts';
import { CliError, EXIT, print } from '../output.ts';
import { unpackCliArchive } from './archive-input.ts';
import { columnsFor, type MapOptions, readColumnMap } from './column-map.ts';
import { openRunnerEnv } from './monitoring-env.ts';

export interface CollectOptions extends MapOptions {
  file?: string;
  config?: string;
  credentials?: string;
  org?: string;
}

/** The environment variable that may hold a live collector's secrets as JSON, instead of a file. */
export const CREDENTIALS_ENV = 'VIGIL_COLLECT_CREDENTIALS';

/** A JSON object from a file (or the environment), or a usage error naming where it came from. */
async function readJsonObject(where: string, text: Promise<string>): Promise<Record<string, unknown>> {
  let raw: string;
  try {
    raw = await text;
  } catch {
    throw new CliError(`${where}: no such file`, EXIT.usage);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    // The parser's message quotes the text near the error; for secrets only the position is said.
    const at = /position \d+/.exec((err as Error).message)?.[0];
    throw new CliError(`${where}: invalid JSON${at ? ` at ${at}` : ''}`, EXIT.usage);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`${where}: must be a JSON object`, EXIT.usage);
  }
  return value as Record<string, unknown>;
}

const PHASES: SweepProgress['phase'][] = ['reading', 'evaluating', 'writing', 'done'];

/** A phase bar with a live resource count on stderr, only when stderr is a terminal. */
function progressBar(): { update(p: SweepProgress): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: '{phase} [{bar}] {resources} resources{results}',
    hideCursor: true,
    clearOnComplete: false,
  });
  bar.start(PHASES.length - 1, 0, { phase: 'reading'.padEnd(10), resources: 0, results: '' });
  return {
    update: (p) =>
      bar.update(PHASES.indexOf(p.phase), {
        phase: p.phase.padEnd(10),
        resources: p.resources,
        results: p.results ? `, ${p.results} results` : '',
      }),
    stop: () => bar.stop(),
  };
}

/** The organization to collect into: the named one, or the only one there is. */
async function targetOrg(db: Db, slug: string | undefined) {
  if (slug) return findOrg(db, slug);
  const orgs = await db.select().from(schema.organizations).orderBy(asc(schema.organizations.slug)).limit(2);
  if (orgs.length === 1) return orgs[0]!;
  throw new CliError(
    orgs.length
      ? '--org: there are several organizations; name one with --org'
      : 'There are no organizations yet: run `vigil init` first',
    EXIT.usage,
  );
}

/** "42 resources (3 new, 1 changed, 2 gone); 120 results: 110 pass, 8 fail, 2 error; 6 transitions". */
export function describeSweep(r: SweepResult): string {
  return (
    `${r.resourcesSeen} resources (${r.created} new, ${r.changed} changed, ${r.gone} gone); ` +
    `${r.results.pass + r.results.fail + r.results.error + r.results.not_applicable} results: ` +
    `${r.results.pass} pass, ${r.results.fail} fail, ${r.results.error} error; ${r.transitions} transitions`
  );
}

/** Runs `vigil collect`; resolves with the exit code. */
export async function collect(importerId: string, opts: CollectOptions) {
  const config = commandDatabaseConfig('collect');
  return withDatabase('collect', { migrate: true }, async (database) => {
    const { env, close } = await openRunnerEnv(database, config);
    try {
      const collector = collectorIn(env.registry, importerId);
      if (collector) return await collectLive(database.db, env, collector, opts);
      const importer = importerIn(env.registry, importerId);
      if (!importer) {
        const known = env.registry.importers.map((i) => i.id).join(', ') || 'none installed';
        const live = (env.registry.collectors ?? []).map((c) => c.id).join(', ');
        throw new CliError(
          `<importer>: unknown importer ${importerId}; importers: ${known}; live collectors: ${live}`,
          EXIT.usage,
        );
      }
      if (!opts.file)
        throw new CliError(`--file: ${importer.id} imports a file; name it with --file`, EXIT.usage);
      if (opts.config || opts.credentials) {
        throw new CliError(
          `--config: ${importer.id} is a file importer; --config and --credentials are for live collectors`,
          EXIT.usage,
        );
      }
      await access(opts.file).catch(() => {
        throw new CliError(`--file: ${opts.file}: no such file`, EXIT.usage);
      });
      const columns = columnsFor(importer, await readColumnMap(opts, EXIT.usage), EXIT.usage);
      const org = await targetOrg(database.db, opts.org);
      // Runs attach to the organization's connector of this kind when it has exactly one.
      const connectors = await database.db
        .select({ id: schema.connectors.id })
        .from(schema.connectors)
        .where(and(eq(schema.connectors.orgId, org.id), eq(schema.connectors.kind, importer.id)));
      const connectorId = connectors.length === 1 ? connectors[0]!.id : null;
      const bar = progressBar();
      const name = basename(opts.file);
      // A folder packed as .zip or .tar.gz is imported as the folder; the archive is kept as evidence.
      const unpacked = await unpackCliArchive(opts.file, (m) => new CliError(m, EXIT.usage), name);
      const given = { path: opts.file, name };
      const file = { ...(unpacked?.input ?? given), ...(columns ? { columns } : {}) };
      const result = await importFile(env, org.id, importer, file, connectorId, {
        actor: cliActor(org.id),
        onProgress: (p) => bar.update(p),
        ...(unpacked ? { evidenceFile: given } : {}),
      }).finally(async () => {
        bar.stop();
        await unpacked?.remove();
      });
      print(
        `${importer.id} → ${org.slug}: ${describeSweep(result)}`,
        `Run ${result.runId}${result.evidenceId ? `, evidence ${result.evidenceId}` : ''}.`,
      );
      return EXIT.ok;
    } catch (err) {
      if (
        err instanceof SweepFailed &&
        (err.cause instanceof ImportError || err.cause instanceof SweepInputError)
      ) {
        throw new CliError(
          `${err.message} (recorded as failed run ${err.runId}; nothing else was changed)`,
          EXIT.usage,
        );
      }
      throw err;
    } finally {
      close();
    }
  });
}

/** Runs a live collector with settings from --config and secrets from --credentials or the environment. */
async function collectLive(
  db: Db,
  env: Awaited<ReturnType<typeof openRunnerEnv>>['env'],
  collector: LiveCollector,
  opts: CollectOptions,
) {
  if (opts.file)
    throw new CliError(`--file: ${collector.id} is a live collector; give --config instead`, EXIT.usage);
  const config = opts.config
    ? await readJsonObject(`--config ${opts.config}`, readFile(opts.config, 'utf8'))
    : {};
  const fromEnv = process.env[CREDENTIALS_ENV];
  const credentials = opts.credentials
    ? await readJsonObject(`--credentials ${opts.credentials}`, readFile(opts.credentials, 'utf8'))
    : fromEnv
      ? await readJsonObject(CREDENTIALS_ENV, Promise.resolve(fromEnv))
      : {};
  try {
    parseCollectorInput(collector, config, credentials);
  } catch (err) {
    if (!(err instanceof CollectorInputError)) throw err;
    const from = err.field.startsWith('config')
      ? `--config ${opts.config ?? '(none given)'}`
      : opts.credentials
        ? `--credentials ${opts.credentials}`
        : CREDENTIALS_ENV;
    throw new CliError(`${from}: ${err.message}`, EXIT.usage);
  }
  const org = await targetOrg(db, opts.org);
  const connectors = await db
    .select({ id: schema.connectors.id, name: schema.connectors.name })
    .from(schema.connectors)
    .where(and(eq(schema.connectors.orgId, org.id), eq(schema.connectors.kind, collector.id)));
  const connector = connectors.length === 1 ? connectors[0]! : null;
  const bar = progressBar();
  try {
    const result = await runLiveCollection(
      env,
      {
        orgId: org.id,
        collector,
        config,
        credentials: { clear: credentials },
        connectorId: connector?.id ?? null,
        label: connector?.name ?? 'command line',
      },
      { actor: cliActor(org.id), onProgress: (p) => bar.update(p) },
    ).finally(() => bar.stop());
    print(
      `${collector.id} → ${org.slug}: ${describeSweep(result)}`,
      `Run ${result.runId}${result.evidenceId ? `, evidence ${result.evidenceId}` : ''}.`,
    );
    return EXIT.ok;
  } catch (err) {
    if (err instanceof SweepFailed) {
      throw new CliError(`${err.message} (recorded as failed run ${err.runId}; nothing else was changed)`);
    }
    throw err;
  }
}
