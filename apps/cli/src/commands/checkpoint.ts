/**
 * `vigil checkpoint`: the signed checkpoints of the audit chains. `key` prints the public signing
 * key for auditors, `publish` writes the current checkpoints to the evidence store now, and
 * `export <file>` writes them to a file the customer keeps somewhere the database cannot reach.
 */
import { writeFileSync } from 'node:fs';
import { checkpointFile, type SignedCheckpoint } from '@vigil/core';
import { type Db, schema } from '@vigil/db';
import {
  type CheckpointKey,
  currentCheckpoints,
  deriveCheckpointKey,
  type PublishReport,
  publishCheckpoints,
} from '@vigil/server';
import type { Command } from 'commander';
import { inArray } from 'drizzle-orm';
import { cliMasterKey, openCliBlobStore } from '../admin/cli-evidence-store.ts';
import { findOrg, withDatabase } from '../database.ts';
import { action, CliError, EXIT, print, printJson } from '../output.ts';

interface Scope {
  org?: string;
}

export function registerCheckpointCommands(program: Command) {
  const cmd = program
    .command('checkpoint')
    .description(
      'Signed checkpoints of the audit chains, to prove later that no entry was removed from the end',
    );

  cmd
    .command('key')
    .description('Print the public key that signs checkpoints (PEM) and its fingerprint, for auditors')
    .option('--json', 'print the key as JSON')
    .action(
      action(async (opts: { json?: boolean }) => {
        const key = deriveCheckpointKey(cliMasterKey('checkpoint key'));
        if (opts.json) {
          printJson({ publicKey: key.publicKeyPem, keyId: key.keyId, fingerprint: key.fingerprint });
        } else {
          process.stdout.write(key.publicKeyPem);
          print(`Key id: ${key.keyId}`, `Fingerprint: ${key.fingerprint}`);
        }
        return EXIT.ok;
      }),
    );

  cmd
    .command('publish')
    .description(
      'Sign the current chain heads and write them to the evidence store now (the server does this hourly)',
    )
    .option('--org <slug>', 'only this organization')
    .action(
      action(async (opts: Scope) => {
        const key = deriveCheckpointKey(cliMasterKey('checkpoint publish', { createKey: true }));
        const { checkpoints, names } = await signNow(key, opts.org, 'checkpoint publish');
        if (checkpoints.length === 0) print('No audit chains yet: nothing to checkpoint.');
        for (const cp of checkpoints) print(`${names.get(cp.orgId)}: ${describe(cp)}`);
        const report = await publish('checkpoint publish', checkpoints);
        return report.conflicts.length ? EXIT.failure : EXIT.ok;
      }),
    );

  cmd
    .command('export <file>')
    .description(
      'Sign the current chain heads and write them to a new file (never replaced) to keep outside Vigil; ' +
        'they are published to the evidence store too',
    )
    .option('--org <slug>', 'only this organization')
    .action(
      action(async (file: string, opts: Scope) => {
        const key = deriveCheckpointKey(cliMasterKey('checkpoint export', { createKey: true }));
        const { checkpoints, names } = await signNow(key, opts.org, 'checkpoint export');
        if (checkpoints.length === 0) throw new CliError('No audit chains yet: nothing to checkpoint.');
        const body = `${JSON.stringify(checkpointFile(checkpoints, key.publicKeyPem), null, 2)}\n`;
        try {
          writeFileSync(file, body, { flag: 'wx' });
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          throw new CliError(
            code === 'EEXIST'
              ? `${file} already exists: choose a new name (an earlier checkpoint file is never overwritten)`
              : `cannot write ${file}: ${(err as Error).message}`,
          );
        }
        for (const cp of checkpoints) print(`${names.get(cp.orgId)}: ${describe(cp)}`);
        print(
          `Wrote ${checkpoints.length} signed checkpoint${checkpoints.length === 1 ? '' : 's'} to ${file}.`,
        );
        print(`Signing key ${key.fingerprint}; keep the file where the Vigil database cannot change it.`);
        const report = await publish('checkpoint export', checkpoints);
        return report.conflicts.length ? EXIT.failure : EXIT.ok;
      }),
    );
}

const describe = (cp: SignedCheckpoint) =>
  `${cp.length} ${cp.length === 1 ? 'entry' : 'entries'}, head ${cp.headHash.slice(0, 16)}…, at ${cp.at}`;

/** Signs the current heads; a chain whose head disagrees with its entries is refused and reported. */
async function signNow(key: CheckpointKey, slug: string | undefined, command: string) {
  return withDatabase(command, { migrate: false }, async ({ db }) => {
    const orgId = slug ? (await findOrg(db, slug)).id : undefined;
    const { checkpoints, refused } = await currentCheckpoints(db, key, { orgId });
    const names = await orgNames(
      db,
      [...checkpoints, ...refused].map((c) => c.orgId),
    );
    if (refused.length) {
      const lines = refused.map((r) => `${names.get(r.orgId)}: ${r.reason}`);
      throw new CliError(`Not signing a damaged chain (run \`vigil verify\`):\n${lines.join('\n')}`);
    }
    return { checkpoints, names };
  });
}

async function orgNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const { organizations } = schema;
  const rows = ids.length
    ? await db
        .select({ id: organizations.id, slug: organizations.slug })
        .from(organizations)
        .where(inArray(organizations.id, ids))
    : [];
  const names = new Map(rows.map((r) => [r.id, r.slug]));
  for (const id of ids) if (!names.has(id)) names.set(id, `(deleted organization ${id})`);
  return names;
}

async function publish(command: string, checkpoints: SignedCheckpoint[]): Promise<PublishReport> {
  const store = await openCliBlobStore(command);
  try {
    const report = await publishCheckpoints(store, checkpoints);
    print(
      `Evidence store (${store.description}): ${report.written} new checkpoint${report.written === 1 ? '' : 's'}, ${report.existing} already there.`,
    );
    for (const c of report.conflicts) {
      print(
        `WARNING: the store already holds a checkpoint of ${c.length} entries with another head: the chain was rewritten since (run \`vigil verify\`).`,
      );
    }
    return report;
  } finally {
    store.close?.();
  }
}
