/**
 * The work of `vigil collect <importer> --file F` (loaded only when it runs): imports a file straight into the database (no server), as
 * one sweep with its run record and evidence, showing progress on a terminal.
 */
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Db, schema } from '@vigil/db';
import { ImportError } from '@vigil/monitoring';
import { importFile } from '@vigil/server/monitoring/connector-runner';
import { importerIn } from '@vigil/server/monitoring/registry';
import type { SweepProgress } from '@vigil/server/monitoring/run-recorder';
import { SweepFailed, SweepInputError, type SweepResult } from '@vigil/server/monitoring/sweep';
import { SingleBar } from 'cli-progress';
import { and, asc, eq } from 'drizzle-orm';
import { cliActor } from '../admin/cli-actor.ts';
import { commandDatabaseConfig, findOrg, withDatabase } from '../database.ts';
import { CliError, EXIT, print } from '../output.ts';
import { openRunnerEnv } from './monitoring-env.ts';

export interface CollectOptions {
  file: string;
  org?: string;
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
      const importer = importerIn(env.registry, importerId);
      if (!importer) {
        const known = env.registry.importers.map((i) => i.id).join(', ') || 'none installed';
        throw new CliError(`<importer>: unknown importer ${importerId}; importers: ${known}`, EXIT.usage);
      }
      await access(opts.file).catch(() => {
        throw new CliError(`--file: ${opts.file}: no such file`, EXIT.usage);
      });
      const org = await targetOrg(database.db, opts.org);
      // Runs attach to the organization's connector of this kind when it has exactly one.
      const connectors = await database.db
        .select({ id: schema.connectors.id })
        .from(schema.connectors)
        .where(and(eq(schema.connectors.orgId, org.id), eq(schema.connectors.kind, importer.id)));
      const connectorId = connectors.length === 1 ? connectors[0]!.id : null;
      const bar = progressBar();
      const file = { path: opts.file, name: basename(opts.file) };
      const result = await importFile(env, org.id, importer, file, connectorId, {
        actor: cliActor(org.id),
        onProgress: (p) => bar.update(p),
      }).finally(() => bar.stop());
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
