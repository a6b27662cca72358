/** `vigil evidence add|list|verify`: manual evidence from the command line, and re-hashing every stored file. */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { VigilError } from '@vigil/core';
import { type Db, schema } from '@vigil/db';
import {
  type EvidenceProblem,
  type EvidenceStore,
  listEvidence,
  recordEvidence,
  verifyEvidenceAgainstChain,
  verifyEvidenceBlobs,
} from '@vigil/server';
import type { Command } from 'commander';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { cliActor } from '../admin/cli-actor.ts';
import { openCliEvidenceStore } from '../admin/cli-evidence-store.ts';
import { findOrg, withDatabase } from '../database.ts';
import { action, CliError, EXIT, print, printJson, printTable } from '../output.ts';

interface AddOptions {
  org: string;
  title: string;
  description?: string;
  control: string[];
  periodStart?: string;
  periodEnd?: string;
  renewBy?: string;
  supersedes?: string;
  mediaType?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, ...value.split(',').filter(Boolean)];

// The recorder names API fields; on the command line they are these options.
const OPTION_OF: Record<string, string> = {
  file: '<file>',
  title: '--title',
  description: '--description',
  periodStart: '--period-start',
  periodEnd: '--period-end',
  renewBy: '--renew-by',
  supersedesId: '--supersedes',
};

function asCliError(err: unknown): unknown {
  if (!(err instanceof VigilError) || !err.field || !OPTION_OF[err.field]) return err;
  const rest = err.message.startsWith(`${err.field}:`)
    ? err.message.slice(err.field.length)
    : `: ${err.message}`;
  return new CliError(
    `${OPTION_OF[err.field]}${rest}`,
    err.code === 'validation_failed' ? EXIT.usage : EXIT.failure,
  );
}

/** The ids of controls given by code, or an error naming the codes that do not exist. */
async function controlIdsByCode(db: Db, org: { id: string; slug: string }, codes: string[]) {
  if (codes.length === 0) return [];
  const wanted = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
  const rows = await db
    .select({ id: schema.controls.id, code: schema.controls.code })
    .from(schema.controls)
    .where(and(eq(schema.controls.orgId, org.id), inArray(schema.controls.code, wanted)));
  const missing = wanted.filter((c) => !rows.some((r) => r.code === c));
  if (missing.length) {
    throw new CliError(
      `--control: no control ${missing.join(', ')} in ${org.slug} (see the controls page for codes)`,
      EXIT.usage,
    );
  }
  return wanted.map((c) => rows.find((r) => r.code === c)!.id);
}

async function addEvidence(file: string, opts: AddOptions) {
  try {
    await access(file, constants.R_OK);
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    throw new CliError(`<file>: cannot read ${file}`, EXIT.usage);
  }
  const store = await openCliEvidenceStore('evidence add', { createKey: true });
  try {
    return await withDatabase('evidence add', { migrate: true }, async ({ db }) => {
      const org = await findOrg(db, opts.org);
      const controlIds = await controlIdsByCode(db, org, opts.control);
      const recorded = await db
        .transaction((tx) =>
          recordEvidence(tx, cliActor(org.id), store, {
            orgId: org.id,
            kind: 'upload',
            title: opts.title,
            description: opts.description,
            fileName: basename(file),
            mediaType: opts.mediaType,
            content: { path: file },
            periodStart: opts.periodStart,
            periodEnd: opts.periodEnd,
            renewBy: opts.renewBy,
            controlIds,
            supersedesId: opts.supersedes,
          }),
        )
        .catch((err) => {
          throw asCliError(err);
        });
      const [row] = await db.select().from(schema.evidence).where(eq(schema.evidence.id, recorded.id));
      return {
        ...recorded,
        org: org.slug,
        title: row!.title,
        fileName: row!.fileName,
        renewBy: row!.renewBy,
        controls: opts.control,
      };
    });
  } finally {
    store.close();
  }
}

export interface EvidenceReport {
  org: string;
  items: number;
  blobs: number;
  checked: number;
  problems: EvidenceProblem[];
}

/** Compares every item with the chain and re-hashes every stored file, one report per organization. */
export async function verifyAllEvidence(
  db: Db,
  store: EvidenceStore,
  slug: string | undefined,
  progress: boolean,
) {
  const orgs = slug
    ? [await findOrg(db, slug)]
    : await db.select().from(schema.organizations).orderBy(asc(schema.organizations.slug));
  const reports: EvidenceReport[] = [];
  for (const org of orgs) {
    const chain = await verifyEvidenceAgainstChain(db, org.id);
    const blobs = await verifyEvidenceBlobs(db, store, org.id, (done, total) => {
      if (progress) process.stderr.write(`\r${org.slug}: re-hashing stored files ${done}/${total}`);
    });
    if (progress && blobs.blobs > 0) process.stderr.write('\n');
    reports.push({
      org: org.slug,
      items: blobs.items,
      blobs: blobs.blobs,
      checked: chain.checked,
      problems: [...chain.problems, ...blobs.problems],
    });
  }
  return reports;
}

function printEvidenceReports(reports: EvidenceReport[]) {
  for (const r of reports) {
    if (r.problems.length === 0) {
      print(
        `${r.org}: OK, ${r.items} evidence item${r.items === 1 ? '' : 's'} (${r.blobs} stored file${r.blobs === 1 ? '' : 's'}) match their hashes and the audit chain`,
      );
      continue;
    }
    print(`${r.org}: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}`);
    for (const p of r.problems)
      print(`  evidence ${p.evidenceId}${p.chainSeq ? ` (chain entry ${p.chainSeq})` : ''}: ${p.message}`);
  }
}

export function registerEvidenceCommands(program: Command) {
  const evidence = program
    .command('evidence')
    .description(
      'Add and verify evidence (opens the database and the evidence store directly; additions are audited)',
    );

  evidence
    .command('add')
    .description(
      'Add a file as evidence, encrypted in the evidence store, its hash committed to the audit chain',
    )
    .argument('<file>', 'the file to add (any document, export or image; executables are refused)')
    .requiredOption('--org <slug>', 'the organization (its slug)')
    .requiredOption('--title <title>', 'what the file shows, e.g. "Q2 access review"')
    .option('--description <text>', 'more detail for the auditor')
    .option(
      '--control <code>',
      'a control it supports, by code (repeat or separate with commas)',
      collect,
      [],
    )
    .option('--period-start <date>', 'first day the evidence covers (YYYY-MM-DD)')
    .option('--period-end <date>', 'last day the evidence covers (YYYY-MM-DD)')
    .option('--renew-by <date>', 'when it must be renewed (YYYY-MM-DD; default one year from today)')
    .option('--supersedes <id>', 'the id of the evidence this corrects or renews')
    .option('--media-type <type>', 'the media type, when the content itself does not tell')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (file: string, opts: AddOptions) => {
        const added = await addEvidence(file, opts);
        if (opts.json) {
          printJson(added);
          return undefined;
        }
        print(`Added evidence ${added.id} "${added.title}" to ${added.org}`);
        print(
          `  ${added.fileName}: ${added.size} bytes, ${added.mediaType}, sha256 ${added.sha256}${added.deduped ? ' (same content already stored)' : ''}`,
        );
        if (added.controls.length) print(`  controls: ${added.controls.join(', ')}`);
        print(`  audit chain entry ${added.chainSeq}${added.renewBy ? `; renew by ${added.renewBy}` : ''}`);
        return undefined;
      }),
    );

  evidence
    .command('list')
    .description("List an organization's current evidence")
    .requiredOption('--org <slug>', 'the organization (its slug)')
    .option('--json', 'print the list as JSON')
    .action(
      action(async (opts: { org: string; json?: boolean }) => {
        const { items } = await withDatabase('evidence list', { migrate: false }, async ({ db }) =>
          listEvidence(db, (await findOrg(db, opts.org)).id, { limit: 500, offset: 0 }),
        );
        if (opts.json) printJson(items);
        else
          printTable(
            ['ID', 'TITLE', 'KIND', 'SIZE', 'RENEW BY', 'CONTROLS', 'SHA256'],
            items.map((i) => [
              i.id,
              i.title,
              i.kind,
              i.size,
              i.expired ? `${i.renewBy} (expired)` : i.renewBy,
              i.controls.map((c) => c.code).join(',') || null,
              i.sha256.slice(0, 16),
            ]),
          );
        return undefined;
      }),
    );

  evidence
    .command('verify')
    .description(
      'Re-hash every stored evidence file and compare it with its record and the audit chain; exit code 1 on any mismatch',
    )
    .option('--org <slug>', 'verify only this organization')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (opts: { org?: string; json?: boolean }) => {
        const store = await openCliEvidenceStore('evidence verify', { createKey: false });
        try {
          const reports = await withDatabase('evidence verify', { migrate: false }, ({ db }) =>
            verifyAllEvidence(db, store, opts.org, !opts.json && process.stderr.isTTY === true),
          );
          if (opts.json) printJson(reports);
          else if (reports.length === 0) print('No organizations yet: nothing to verify.');
          else printEvidenceReports(reports);
          return reports.every((r) => r.problems.length === 0) ? EXIT.ok : EXIT.failure;
        } finally {
          store.close();
        }
      }),
    );
}
