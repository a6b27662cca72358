/**
 * Several reads for one answer, together where the connection allows it. On a pool each read takes a
 * connection of its own and they run at once; a transaction has a single connection, where node-postgres
 * would queue them inside the client (deprecated, and gone in its next major version) and PGlite runs one
 * statement at a time anyway. Services that take a `Db` are called with both, so they read through this.
 */
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';

type Results<T extends readonly (() => PromiseLike<unknown>)[]> = {
  -readonly [K in keyof T]: Awaited<ReturnType<T[K]>>;
};

/** Runs `reads` at once on a pool, one after another in a transaction; answers in their order. */
export async function readTogether<const T extends readonly (() => PromiseLike<unknown>)[]>(
  db: Db,
  reads: T,
): Promise<Results<T>> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as Results<T>;
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as Results<T>;
}
