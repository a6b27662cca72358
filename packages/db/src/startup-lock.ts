/**
 * Start-up work that must happen once however many processes start at the same moment (applying
 * migrations, creating the job queues) runs under a PostgreSQL session-level advisory lock, taken
 * on a connection of its own. Other starters wait their turn and then find the work done. If the
 * holder dies, PostgreSQL drops the lock with its connection.
 */
import pg from 'pg';

// The two-key form of advisory locks has a key space of its own, apart from the one-key locks that
// sweeps take (hashtext of their scope), so these can never collide with them.
const NAMESPACE = 0x56494731;
const LOCKS = { migrations: 1, jobQueues: 2 } as const;

export type StartupLock = keyof typeof LOCKS;

/** Runs `fn` while holding the named start-up lock; `fn` gets the connection that holds it. */
export async function withStartupLock<T>(
  source: pg.Pool | string,
  lock: StartupLock,
  fn: (client: pg.ClientBase) => Promise<T>,
): Promise<T> {
  const pooled = typeof source !== 'string';
  const client = pooled ? await source.connect() : new pg.Client({ connectionString: source });
  if (!pooled) await (client as pg.Client).connect();
  let broken: Error | undefined;
  try {
    await client.query('select pg_advisory_lock($1, $2)', [NAMESPACE, LOCKS[lock]]);
    try {
      return await fn(client);
    } finally {
      await client.query('select pg_advisory_unlock($1, $2)', [NAMESPACE, LOCKS[lock]]).catch((err) => {
        // A connection that cannot unlock is closed below, which releases the lock as well.
        broken = err as Error;
      });
    }
  } finally {
    if (pooled) (client as pg.PoolClient).release(broken ?? false);
    else await (client as pg.Client).end().catch(() => {});
  }
}
