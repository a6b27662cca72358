/** Which scheduled connectors are due to run: the query both the embedded scheduler and pg-boss ticks use. */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { nextRunAt } from '@vigil/monitoring';
import { and, eq, isNotNull, sql } from 'drizzle-orm';

export type DueConnector = typeof schema.connectors.$inferSelect;

/**
 * Enabled connectors with a schedule whose next run is at or before `now` and that are not running
 * right now (a run in progress has not set `last_run_at` yet; queuing it again would run it twice).
 * `failuresOf` gives the consecutive failures the caller tracks for its own retry backoff (none when a
 * queue retries).
 */
export async function dueConnectors(
  db: Db,
  now: Date,
  failuresOf: (c: DueConnector) => number = () => 0,
  retryBaseMs?: number,
): Promise<DueConnector[]> {
  const rows = await db
    .select()
    .from(schema.connectors)
    .where(
      and(
        eq(schema.connectors.enabled, true),
        isNotNull(schema.connectors.scheduleMinutes),
        sql`not exists (select 1 from runs r where r.connector_id = ${schema.connectors.id} and r.status = 'running')`,
      ),
    );
  return rows.filter((c) => {
    const at = nextRunAt(c, failuresOf(c), retryBaseMs);
    return at !== null && at.getTime() <= now.getTime();
  });
}
