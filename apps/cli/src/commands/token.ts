/** `vigil token create|list|revoke`: API tokens for scripts and integrations. */

import { EmailSchema, TokensCreateSchema } from '@vigil/api';
import { can } from '@vigil/core';
import { issueToken, revokeToken } from '@vigil/server';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { cliActor } from '../admin/cli-actor.ts';
import { findToken, listOrgTokens } from '../admin/org-tokens.ts';
import { findMember, findOrg, withDatabase } from '../database.ts';
import { action, CliError, print, printJson, printTable } from '../output.ts';
import { parseWith } from '../parse.ts';

interface CreateOptions {
  org: string;
  email: string;
  name: string;
  scope: 'read' | 'write';
  expiresDays?: string;
  neverExpires?: boolean;
}

const isoDate = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 10) : null);

/** The API's own request schema checks name, scope and lifetime, so both paths share one rule. */
function tokenRequest(opts: CreateOptions) {
  const expiresInDays = opts.neverExpires
    ? null
    : opts.expiresDays === undefined
      ? undefined
      : Number(opts.expiresDays);
  const parsed = TokensCreateSchema.safeParse({ name: opts.name, scope: opts.scope, expiresInDays });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const option =
    { name: '--name', scope: '--scope', expiresInDays: '--expires-days' }[String(issue.path[0])] ?? '--name';
  throw new CliError(`${option}: ${issue.message}`, 2);
}

export function registerTokenCommands(program: Command) {
  const token = program
    .command('token')
    .description('Manage API tokens (opens the database directly; changes are audited)');

  token
    .command('create')
    .description('Create an API token that acts as a member; it is printed once and cannot be shown again')
    .requiredOption('--org <slug>', 'the organization (its slug)')
    .requiredOption('--email <email>', 'the member the token acts as')
    .requiredOption('--name <name>', 'what the token is for, e.g. "CI evidence upload"')
    .addOption(
      new Option('--scope <scope>', 'read: read-only; write: may also change data')
        .choices(['read', 'write'])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--expires-days <days>', 'days until the token expires, 1 to 365 (default 90)').conflicts(
        'neverExpires',
      ),
    )
    .option('--never-expires', 'a token that does not expire (revoke it when no longer needed)')
    .action(
      action(async (opts: CreateOptions) => {
        const email = parseWith(EmailSchema, opts.email, '--email');
        const req = tokenRequest(opts);
        const created = await withDatabase('token create', { migrate: true }, async ({ db }) => {
          const org = await findOrg(db, opts.org);
          const member = await findMember(db, org, email);
          // The same rule as the API, where only these roles may hold tokens at all.
          if (!can(member.role, 'tokens.manage_own')) {
            throw new CliError(
              `--email: ${email} is ${member.role} in ${org.slug}, and that role cannot hold API tokens`,
            );
          }
          const actor = { ...cliActor(org.id), userId: member.userId, role: member.role };
          return db.transaction((tx) => issueToken(tx, actor, req));
        });
        print(created.token);
        const expiry = created.expiresAt ? `, expires ${isoDate(created.expiresAt)}` : ', never expires';
        process.stderr.write(
          `Created ${created.scope} token "${created.name}" (id ${created.id}) for ${email}${expiry}. ` +
            'Store it now: it is not shown again.\n',
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
          listOrgTokens(db, (await findOrg(db, opts.org)).id),
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
        const result = await withDatabase('token revoke', { migrate: true }, async ({ db }) => {
          const found = await findToken(db, id);
          if (!found) throw new CliError(`<id>: no API token with id ${id}`);
          if (found.revokedAt) return { token: found, alreadyRevoked: true };
          const actor = { ...cliActor(found.orgId), userId: found.userId };
          await db.transaction((tx) => revokeToken(tx, actor, id));
          return { token: found, alreadyRevoked: false };
        });
        const { name, prefix, revokedAt } = result.token;
        print(
          result.alreadyRevoked
            ? `Token "${name}" was already revoked on ${revokedAt?.toISOString()}.`
            : `Revoked token "${name}" (${prefix}…).`,
        );
        return undefined;
      }),
    );
}
