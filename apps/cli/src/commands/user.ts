/** `vigil user list|add|set-role|remove`: organization members, straight in the database. */

import { EmailSchema, NameSchema } from '@vigil/api';
import { RoleSchema } from '@vigil/core';
import { listMembers, removeMembership, updateMembership } from '@vigil/server';
import { type Command, Option } from 'commander';
import { cliActor } from '../admin/cli-actor.ts';
import { addMember } from '../admin/member-adder.ts';
import { findMember, findOrg, withDatabase } from '../database.ts';
import { action, print, printJson, printTable } from '../output.ts';
import { parseWith } from '../parse.ts';
import { type PasswordOptions, passwordOptions, readPassword } from '../password-input.ts';

type Role = (typeof RoleSchema.options)[number];

const orgOption = () => new Option('--org <slug>', 'the organization (its slug)').makeOptionMandatory();
const emailOption = () => new Option('--email <email>', "the person's email address").makeOptionMandatory();
const roleOption = () =>
  new Option('--role <role>', 'their role').choices(RoleSchema.options).makeOptionMandatory();

interface AddOptions extends PasswordOptions {
  org: string;
  email: string;
  name?: string;
  role: Role;
}

export function registerUserCommands(program: Command) {
  const user = program
    .command('user')
    .description('Manage the members of an organization (opens the database directly; changes are audited)');

  user
    .command('list')
    .description('List the members of an organization')
    .addOption(orgOption())
    .option('--json', 'print the list as JSON')
    .action(
      action(async (opts: { org: string; json?: boolean }) => {
        const members = await withDatabase('user list', { migrate: false }, async ({ db }) =>
          listMembers(db, (await findOrg(db, opts.org)).id),
        );
        if (opts.json) printJson(members);
        else
          printTable(
            ['EMAIL', 'NAME', 'ROLE', 'ACCESS ENDS'],
            members.map((m) => [m.email, m.name, m.role, m.expiresAt]),
          );
        return undefined;
      }),
    );

  const add = user
    .command('add')
    .description('Add a person to an organization, creating their account if the email is new')
    .addOption(orgOption())
    .addOption(emailOption())
    .option('--name <name>', 'their full name (required for a new account)')
    .addOption(roleOption());
  for (const o of passwordOptions()) add.addOption(o);
  add.addHelpText(
    'after',
    '\nA new account needs a password: pipe it to --password-stdin or use --password-file.',
  );
  add.action(
    action(async (opts: AddOptions) => {
      const email = parseWith(EmailSchema, opts.email, '--email');
      const name = opts.name === undefined ? undefined : parseWith(NameSchema, opts.name, '--name');
      const password = await readPassword(opts, { email, name: name ?? '' });
      const result = await withDatabase('user add', { migrate: true }, async ({ db }) => {
        const org = await findOrg(db, opts.org);
        return db.transaction((tx) =>
          addMember(tx, cliActor(org.id), {
            email,
            role: opts.role,
            ...(name ? { name } : {}),
            ...(password ? { password } : {}),
          }),
        );
      });
      print(
        `${result.created ? 'Created the account for' : 'Added'} ${email} as ${opts.role} of ${opts.org}.`,
      );
      return undefined;
    }),
  );

  user
    .command('set-role')
    .description("Change a member's role (an organization always keeps at least one owner)")
    .addOption(orgOption())
    .addOption(emailOption())
    .addOption(roleOption())
    .action(
      action(async (opts: { org: string; email: string; role: Role }) => {
        const email = parseWith(EmailSchema, opts.email, '--email');
        const { changed, from } = await withDatabase('user set-role', { migrate: true }, async ({ db }) => {
          const org = await findOrg(db, opts.org);
          const member = await findMember(db, org, email);
          const result = await db.transaction((tx) =>
            updateMembership(tx, cliActor(org.id), member.userId, { role: opts.role }),
          );
          return { changed: result.changed, from: member.role };
        });
        print(changed ? `${email} is now ${opts.role} (was ${from}).` : `${email} is already ${opts.role}.`);
        return undefined;
      }),
    );

  user
    .command('remove')
    .description(
      'Remove a member from an organization, ending their sessions and API tokens there (the account stays)',
    )
    .addOption(orgOption())
    .addOption(emailOption())
    .action(
      action(async (opts: { org: string; email: string }) => {
        const email = parseWith(EmailSchema, opts.email, '--email');
        const role = await withDatabase('user remove', { migrate: true }, async ({ db }) => {
          const org = await findOrg(db, opts.org);
          const member = await findMember(db, org, email);
          await db.transaction((tx) => removeMembership(tx, cliActor(org.id), member.userId));
          return member.role;
        });
        print(`Removed ${email} (${role}) from ${opts.org}; their sessions and API tokens there have ended.`);
        return undefined;
      }),
    );
}
