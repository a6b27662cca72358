/** Validates option values with the same zod schemas the API uses, naming the option at fault. */
import { InvalidArgumentError } from 'commander';
import type { z } from 'zod';
import { CliError, EXIT } from './output.ts';

/** Parses `value` with `schema`; on failure throws "<option>: <what is wrong>". */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, option: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CliError(`${option}: ${parsed.error.issues[0]?.message ?? 'invalid value'}`, EXIT.usage);
}

/** A commander argument parser for a whole number of at least `min`. */
export function wholeNumber(min: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`must be a whole number of at least ${min}`);
    return n;
  };
}
