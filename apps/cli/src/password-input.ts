/** Reads a password without putting it on the command line (where `ps` and shell history would show it). */
import { readFileSync } from 'node:fs';
import { passwordProblem } from '@vigil/core';
import { Option } from 'commander';
import { CliError, EXIT } from './output.ts';

export interface PasswordOptions {
  passwordFile?: string;
  passwordStdin?: boolean;
}

/** The --password-file and --password-stdin options, which exclude each other. */
export function passwordOptions(): Option[] {
  return [
    new Option('--password-file <file>', 'read the password from the first line of this file').conflicts(
      'passwordStdin',
    ),
    new Option('--password-stdin', 'read the password from standard input'),
  ];
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new CliError('--password-stdin: pipe the password in, e.g. `cat pw.txt | vigil …`', EXIT.usage);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const firstLine = (text: string) => text.split(/\r?\n/)[0] ?? '';

/**
 * The password from the file, stdin or `envVar` (in that order), or undefined when none was given.
 * A password that breaks the rules is refused here, naming the option it came from.
 */
export async function readPassword(
  opts: PasswordOptions,
  context: { email: string; name: string },
  envVar?: string,
): Promise<string | undefined> {
  let source: string;
  let password: string;
  if (opts.passwordFile) {
    source = '--password-file';
    try {
      password = firstLine(readFileSync(opts.passwordFile, 'utf8'));
    } catch (err) {
      throw new CliError(
        `--password-file: cannot read ${opts.passwordFile} (${(err as NodeJS.ErrnoException).code})`,
        EXIT.usage,
      );
    }
  } else if (opts.passwordStdin) {
    source = '--password-stdin';
    password = firstLine(await readStdin());
  } else if (envVar && process.env[envVar]) {
    source = envVar;
    password = process.env[envVar]!;
  } else {
    return undefined;
  }
  const problem = passwordProblem(password, context);
  if (problem) throw new CliError(`${source}: the password ${problem}`, EXIT.usage);
  return password;
}
