/**
 * `vigil oscal export <model>`: one OSCAL JSON document of an organization (or of one of its
 * engagements) read straight from the database, for GRC tools that import OSCAL. docs/oscal.md.
 */
import { writeFileSync } from 'node:fs';
import { OSCAL_MODELS, oscalJson } from '@vigil/core/oscal';
import { type Db, schema } from '@vigil/db';
import { defaultRegistry, exportEngagementOscal, exportOrgOscal } from '@vigil/server';
import type { Command } from 'commander';
import { and, asc, eq } from 'drizzle-orm';
import { findOrg, withDatabase } from '../database.ts';
import { action, CliError, EXIT, print } from '../output.ts';

const ORG_MODELS = ['catalog', 'profile', 'component-definition', 'ssp', 'poam'] as const;
const ENGAGEMENT_MODELS = ['assessment-results', 'poam'] as const;
const MODELS: readonly string[] = OSCAL_MODELS;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ExportOptions {
  org: string;
  engagement?: string;
  out?: string;
  at?: string;
}

/** The engagement of the organization with this id or name, or an error naming --engagement. */
async function findEngagement(db: Db, orgId: string, idOrName: string) {
  const { engagements } = schema;
  const rows = await db
    .select({ id: engagements.id, name: engagements.name })
    .from(engagements)
    .where(
      and(
        eq(engagements.orgId, orgId),
        UUID.test(idOrName) ? eq(engagements.id, idOrName) : eq(engagements.name, idOrName),
      ),
    )
    .orderBy(asc(engagements.id));
  if (rows.length === 0)
    throw new CliError(`--engagement: no engagement "${idOrName}" in this organization`, EXIT.usage);
  if (rows.length > 1)
    throw new CliError(
      `--engagement: ${rows.length} engagements are named "${idOrName}"; give its id (${rows.map((r) => r.id).join(', ')})`,
      EXIT.usage,
    );
  return rows[0]!;
}

function parseAt(at: string | undefined): Date {
  if (at === undefined) return new Date();
  const d = new Date(at);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(at) || Number.isNaN(d.getTime()))
    throw new CliError(`--at: "${at}" is not a date and time such as 2026-06-30T00:00:00Z`, EXIT.usage);
  return d;
}

export function registerOscalCommands(program: Command) {
  const cmd = program.command('oscal').description('OSCAL JSON export for GRC tools (see docs/oscal.md)');
  cmd
    .command('export')
    .description(
      `Write one OSCAL model as JSON: ${MODELS.join(', ')}. assessment-results needs --engagement; ` +
        "poam with --engagement also carries that audit's exceptions",
    )
    .argument('<model>', MODELS.join(' | '))
    .requiredOption('--org <slug>', 'the organization (its slug)')
    .option('--engagement <id or name>', 'the engagement (assessment-results, poam)')
    .option('--out <file>', 'write the document to this file instead of printing it')
    .option('--at <time>', 'pin the document time (ISO 8601), so the same data gives the same bytes')
    .action(
      action(async (model: string, opts: ExportOptions) => {
        if (!MODELS.includes(model))
          throw new CliError(`<model>: "${model}" is not one of ${MODELS.join(', ')}`, EXIT.usage);
        if (model === 'assessment-results' && !opts.engagement)
          throw new CliError('--engagement: assessment-results are of one engagement; name it', EXIT.usage);
        if (opts.engagement && !(ENGAGEMENT_MODELS as readonly string[]).includes(model))
          throw new CliError(
            `--engagement: ${model} is of the whole organization; leave --engagement out`,
            EXIT.usage,
          );
        const at = parseAt(opts.at);
        const doc = await withDatabase('oscal export', { migrate: false }, async ({ db }) => {
          const org = await findOrg(db, opts.org);
          const env = { db, registry: defaultRegistry() };
          if (!opts.engagement) return exportOrgOscal(env, org.id, model as (typeof ORG_MODELS)[number], at);
          const engagement = await findEngagement(db, org.id, opts.engagement);
          // The command line reads the database directly, as the organization's owner would see it.
          const viewer = { orgId: org.id, role: 'owner', userId: null };
          return exportEngagementOscal(
            env,
            viewer,
            engagement.id,
            model as (typeof ENGAGEMENT_MODELS)[number],
            at,
          );
        });
        const body = oscalJson(doc);
        if (!opts.out) {
          process.stdout.write(body);
          return EXIT.ok;
        }
        try {
          writeFileSync(opts.out, body);
        } catch (err) {
          throw new CliError(`--out: cannot write ${opts.out}: ${(err as Error).message}`);
        }
        print(`Wrote the OSCAL ${model} to ${opts.out}`);
        return EXIT.ok;
      }),
    );
}
