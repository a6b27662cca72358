/** How the CLI talks back: lines on stdout, one clear error line on stderr, and meaningful exit codes. */
import { VigilError } from '@vigil/core';
import { DataDirLockedError } from '@vigil/db';

/** Exit codes: 0 success, 1 failure (or a broken chain), 2 a usage error or a request this database cannot serve. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** An expected failure: its message is shown as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Prints one line (or several) to stdout. */
export function print(...lines: string[]) {
  for (const line of lines) process.stdout.write(`${line}\n`);
}

/** Prints rows as aligned columns under a header. */
export function printTable(header: string[], rows: (string | number | null)[][]) {
  const cells = [header, ...rows.map((r) => r.map((c) => (c === null ? '-' : String(c))))];
  // A loop, not Math.max(...): spreading a long column into arguments overflows the stack.
  const widths = header.map((_, i) => cells.reduce((w, r) => Math.max(w, r[i]?.length ?? 0), 0));
  for (const r of cells) print(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  '));
}

/** Prints a value as JSON for scripts (`--json`). */
export function printJson(value: unknown) {
  print(JSON.stringify(value, null, 2));
}

// Fields whose option has another name: commands find people by email where the API uses ids.
const OPTION_FOR_FIELD: Record<string, string> = { userId: '--email', expiresInDays: '--expires-days' };

/** Domain errors name a field (`email: …`); on the command line that is the option `--email`. */
function asOption(e: VigilError): string {
  if (!e.field || !e.message.startsWith(`${e.field}:`)) return e.message;
  const last = e.field.split('.').at(-1)!;
  const option = OPTION_FOR_FIELD[e.field] ?? `--${last.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return `${option}${e.message.slice(e.field.length)}`;
}

const debug = () => process.env.VIGIL_DEBUG === '1';

/** Turns any error into one message on stderr and an exit code; the stack only with VIGIL_DEBUG=1. */
export function reportError(err: unknown): number {
  let e = err instanceof Error ? err : new Error(String(err));
  // Drizzle wraps driver errors as "Failed query: <sql>"; the cause says what actually went wrong.
  while (e.message.startsWith('Failed query') && e.cause instanceof Error) e = e.cause;
  let code: number = EXIT.failure;
  let message = e.message;
  if (e instanceof CliError) code = e.exitCode;
  else if (e instanceof VigilError) {
    code = e.code === 'validation_failed' ? EXIT.usage : EXIT.failure;
    message = asOption(e);
  } else if (!(e instanceof DataDirLockedError))
    message = `${e.message}${debug() ? '' : ' (set VIGIL_DEBUG=1 for details)'}`;
  process.stderr.write(`error: ${message}\n`);
  if (debug() && e.stack) process.stderr.write(`${e.stack}\n`);
  return code;
}

/**
 * Wraps a command's action: errors become a message and an exit code. Commands that finish exit
 * explicitly, so an open handle (a pool, a timer in a dependency) cannot keep the process alive.
 */
export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<number | undefined>,
  opts = { exit: true },
) {
  return async (...args: A) => {
    let code: number;
    try {
      code = (await fn(...args)) ?? EXIT.ok;
    } catch (err) {
      code = reportError(err);
    }
    if (opts.exit || code !== EXIT.ok) process.exit(code);
  };
}
