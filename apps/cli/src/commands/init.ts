/** `vigil init`: first run without a browser: the organization and its owner account. */

import { EmailSchema, NameSchema } from '@vigil/api';
import { schema } from '@vigil/db';
import { createOrganization, systemActor } from '@vigil/server';
import type { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { withDatabase } from '../database.ts';
import { action, CliError, EXIT, print } from '../output.ts';
import { parseWith } from '../parse.ts';
import { type PasswordOptions, passwordOptions, readPassword } from '../password-input.ts';

interface InitOptions extends PasswordOptions {
  org: string;
  email: string;
  name: string;
}

export function registerInitCommand(program: Command) {
  const cmd = program
    .command('init')
    .description('Create an organization and its owner account without the browser setup page')
    .requiredOption('--org <name>', 'the organization name, e.g. "Acme Cloud"')
    .requiredOption('--email <email>', "the owner's email address (their sign-in)")
    .requiredOption('--name <name>', "the owner's full name");
  for (const o of passwordOptions()) cmd.addOption(o);
  cmd
    .addHelpText(
      'after',
      '\nThe password comes from --password-file, --password-stdin or the VIGIL_INIT_PASSWORD variable.\n' +
        'Example: printf %s "$PW" | vigil init --org "Acme Cloud" --email cto@acme.test --name "Ada Lovelace" --password-stdin',
    )
    .action(action(init));
}

async function init(opts: InitOptions) {
  const email = parseWith(EmailSchema, opts.email, '--email');
  const name = parseWith(NameSchema, opts.name, '--name');
  const orgName = parseWith(NameSchema, opts.org, '--org');
  const password = await readPassword(opts, { email, name }, 'VIGIL_INIT_PASSWORD');
  if (!password) {
    throw new CliError(
      'a password is required: use --password-file, --password-stdin or VIGIL_INIT_PASSWORD',
      EXIT.usage,
    );
  }
  const { org } = await withDatabase('init', { migrate: true }, ({ db }) =>
    db.transaction(async (tx) => {
      // Same serialization as the setup page: two first runs cannot both pass the checks below.
      await tx.execute(sql`lock table organizations in exclusive mode`);
      const [user] = await tx.select().from(schema.users).where(sql`lower(${schema.users.email}) = ${email}`);
      if (user) {
        throw new CliError(
          `--email: an account with ${email} already exists; add it to an organization with \`vigil user add\``,
        );
      }
      const [same] = await tx
        .select()
        .from(schema.organizations)
        .where(sql`lower(${schema.organizations.name}) = ${orgName.toLowerCase()}`);
      if (same)
        throw new CliError(`--org: an organization named "${same.name}" already exists (slug ${same.slug})`);
      return createOrganization(tx, systemActor('system:cli'), {
        organizationName: orgName,
        owner: { email, name, password },
      });
    }),
  );
  print(`Created organization "${org.name}" (slug ${org.slug}) with owner ${email}.`);
  print('Start the server with `vigil start` and sign in with that email and password.');
  return undefined;
}
