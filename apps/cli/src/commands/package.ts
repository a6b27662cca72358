/**
 * `vigil package <engagement> <file>` builds an engagement's audit package from the database and
 * the evidence store; `vigil package verify <file>` checks one with nothing but the file, so an
 * auditor needs neither our server nor our word.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { VigilError } from '@vigil/core';
import { schema } from '@vigil/db';
import { buildAuditPackage, shippedRegistry, verifyAuditPackage } from '@vigil/server';
import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { openCliEvidenceStore } from '../admin/cli-evidence-store.ts';
import { withDatabase } from '../database.ts';
import { action, CliError, EXIT, print } from '../output.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function buildPackage(idOrName: string, file: string) {
  const store = await openCliEvidenceStore('package', { createKey: false });
  const partial = `${file}.partial`;
  try {
    return await withDatabase('package', { migrate: false }, async ({ db }) => {
      // An engagement is named as people know it; its id settles a name that several share.
      const found = await db
        .select({ id: schema.engagements.id, orgId: schema.engagements.orgId, name: schema.engagements.name })
        .from(schema.engagements)
        .where(
          UUID.test(idOrName) ? eq(schema.engagements.id, idOrName) : eq(schema.engagements.name, idOrName),
        );
      if (found.length === 0) throw new CliError(`<engagement>: no engagement "${idOrName}"`, EXIT.usage);
      if (found.length > 1)
        throw new CliError(
          `<engagement>: ${found.length} engagements are named "${idOrName}"; give its id (${found.map((f) => f.id).join(', ')})`,
          EXIT.usage,
        );
      const engagement = found[0]!;
      const engagementId = engagement.id;
      try {
        const result = await buildAuditPackage(
          { db, store, registry: shippedRegistry(), orgId: engagement.orgId, engagementId },
          createWriteStream(partial, { mode: 0o600 }),
        );
        // Written beside the target and renamed, so a failed build never leaves a file that looks whole.
        await rename(partial, file);
        return { ...result, name: engagement.name, archiveBytes: (await stat(file)).size };
      } catch (err) {
        if (err instanceof VigilError) throw new CliError(err.message);
        throw err;
      }
    });
  } finally {
    await rm(partial, { force: true });
    store.close();
  }
}

export function registerPackageCommands(program: Command) {
  const cmd = program
    .command('package')
    .description(
      "Build an engagement's audit package (tar.gz with manifest, SHA256SUMS and the audit chain), " +
        'or verify one offline: `vigil package verify <file>`',
    )
    .argument('<engagement>', "the engagement's name or id")
    .argument('<file>', 'where to write the package (.tar.gz)')
    .action(
      action(async (engagementId: string, file: string) => {
        const r = await buildPackage(engagementId, file);
        print(
          `Wrote the audit package of "${r.name}" to ${file}: ${plural(r.files, 'file')}, ` +
            `${(r.archiveBytes / 1024 / 1024).toFixed(1)} MiB, audit chain up to entry ${r.chainHead.seq}`,
        );
        return EXIT.ok;
      }),
    );

  cmd
    .command('verify')
    .description(
      'Check an audit package without a server or database: every SHA-256, no file added or missing, ' +
        'every audit-chain link, every sample; exit 1 naming each difference, 2 if the file cannot be read',
    )
    .argument('<file>', 'the package (.tar.gz)')
    .action(
      action(async (file: string) => {
        try {
          await stat(file);
        } catch (err) {
          throw new CliError(`<file>: cannot read ${file}: ${(err as Error).message}`, EXIT.usage);
        }
        let result: Awaited<ReturnType<typeof verifyAuditPackage>>;
        try {
          result = await verifyAuditPackage(file);
        } catch (err) {
          throw new CliError(`${file}: ${(err as Error).message}`, EXIT.usage);
        }
        if (result.problems.length > 0) {
          print(`Audit package does NOT verify: ${plural(result.problems.length, 'problem')}`);
          for (const p of result.problems) print(`  ${p}`);
          return EXIT.failure;
        }
        print(
          `Audit package verified: ${plural(result.files, 'file')} match their SHA-256s, ` +
            `${result.chainEntries} audit-chain ${result.chainEntries === 1 ? 'entry' : 'entries'} link up to the head, ` +
            `${plural(result.samples, 'sample')} recomputed`,
        );
        return EXIT.ok;
      }),
    );
}
