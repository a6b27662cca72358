/** `vigil token create|list|revoke`: API tokens for scripts and integrations. */
import { systemActor } from '@vigil/server/audit/actor';
import { EmailSchema, NameSchema } from '@vigil/server/http/schemas';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../admin/api-token-admin.ts';
import { findOrg, withDatabase } from '../database.ts';
import { action, print, printJson, printTable } from '../output.ts';
import { parseWith, wholeNumber } from '../parse.ts';

const DAY_MS = 86_400_000;

interface CreateOptions {
  org: string;
  email: string;
  name: string;
  scope: 'read' | 'write';
  expiresDays?: number;
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function registerTokenCommands(program: Command) {
  const token = program
    .command('token')
    .description('Manage API tokens (opens the database directly; changes are audited)');

  token
    .command('create')
    .description('Create an API token for a member; it is printed once and cannot be shown again')
    .requiredOption('--org <slug>', 'the organization (its slug)')
    .requiredOption('--email <email>', 'the member the token acts as')
    .requiredOption('--name <name>', 'what the token is for, e.g. "CI evidence upload"')
    .addOption(
      new Option('--scope <scope>', 'read: read-only; write: may also change data')
        .choices(['read', 'write'])
        .makeOptionMandatory(),
    )
    .option('--expires-days <days>', 'days until the token expires (default: never)', wholeNumber(1))
    .action(
      action(async (opts: CreateOptions) => {
        const email = parseWith(EmailSchema, opts.email, '--email');
        const name = parseWith(NameSchema, opts.name, '--name');
        const expiresAt = opts.expiresDays ? new Date(Date.now() + opts.expiresDays * DAY_MS) : null;
        const { token: secret, row } = await withDatabase(
          'token create',
          { migrate: true },
          async ({ db }) => {
            const org = await findOrg(db, opts.org);
            return db.transaction((tx) =>
              createApiToken(tx, systemActor('system:cli'), {
                orgId: org.id,
                email,
                name,
                scope: opts.scope,
                expiresAt,
              }),
            );
          },
        );
        print(secret);
        process.stderr.write(
          `Created ${opts.scope} token "${name}" (id ${row.id}) for ${email}` +
            `${expiresAt ? `, expires ${isoDate(expiresAt)}` : ''}. Store it now: it is not shown again.\n`,
        );
        return undefined;
      }),
    );

  token
    .command('list')
    .description("List an organization's API tokens (never the tokens themselves)")
    .requiredOption('--org <slug>', 'the organization (its slug)')
    .option('--json', 'print the list as JSON')
    .action(
      action(async (opts: { org: string; json?: boolean }) => {
        const rows = await withDatabase('token list', { migrate: false }, async ({ db }) =>
          listApiTokens(db, (await findOrg(db, opts.org)).id),
        );
        if (opts.json) {
          printJson(rows);
          return undefined;
        }
        const now = Date.now();
        const status = (r: (typeof rows)[number]) =>
          r.revokedAt ? 'revoked' : r.expiresAt && r.expiresAt.getTime() <= now ? 'expired' : 'active';
        printTable(
          ['ID', 'NAME', 'PREFIX', 'USER', 'SCOPE', 'STATUS', 'EXPIRES', 'LAST USED'],
          rows.map((r) => [
            r.id,
            r.name,
            `${r.prefix}…`,
            r.user,
            r.scope,
            status(r),
            isoDate(r.expiresAt),
            isoDate(r.lastUsedAt),
          ]),
        );
        return undefined;
      }),
    );

  token
    .command('revoke')
    .description('Revoke an API token by its id (see `vigil token list`)')
    .argument('<id>', 'the token id')
    .action(
      action(async (idArg: string) => {
        const id = parseWith(
          z.string().uuid('must be a token id as shown by `vigil token list`'),
          idArg,
          '<id>',
        );
        const result = await withDatabase('token revoke', { migrate: true }, ({ db }) =>
          db.transaction((tx) => revokeApiToken(tx, systemActor('system:cli'), id)),
        );
        print(
          result.alreadyRevoked
            ? `Token "${result.token.name}" was already revoked on ${result.token.revokedAt?.toISOString()}.`
            : `Revoked token "${result.token.name}" (${result.token.prefix}…).`,
        );
        return undefined;
      }),
    );
}
