/**
 * What happens to a deleted connector's data: its resources and runs stay as history, but nothing
 * will sweep them again, so they must stop counting as the current state.
 */
import { type Db, rowsOf } from '@vigil/db';
import { sql } from 'drizzle-orm';
import {
  type AnyCheck,
  reevaluateAfterRetirement,
  refreshCoverage,
  sweepLockKey,
} from '../monitoring/index.ts';

/**
 * Marks a connector's present resources gone at `now` (last seen at their scope's latest sweep) and
 * ends their open intervals there; returns how many of each it ended. When they were accounts, the
 * `checks` that read accounts are evaluated again over the rosters that remain.
 */
export async function retireConnectorResources(
  tx: Db,
  orgId: string,
  connectorId: string,
  now: Date,
  checks: readonly AnyCheck[] = [],
): Promise<{ resources: number; intervals: number }> {
  // Wait for a sweep of this connector still writing (sweeps lock their scope the same way).
  const sources = rowsOf<{ source: string }>(
    await tx.execute(
      sql`select distinct source from resources where org_id = ${orgId} and connector_id = ${connectorId}`,
    ),
  );
  for (const { source } of sources) {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${sweepLockKey(orgId, source, connectorId)}))`,
    );
  }
  const closed = rowsOf<{ check_id: string }>(
    await tx.execute(sql`
      update check_intervals set "to" = ${now}
      where org_id = ${orgId} and "to" is null and resource_id in (
        select id from resources where org_id = ${orgId} and connector_id = ${connectorId} and gone_at is null)
      returning check_id`),
  );
  const gone = rowsOf<{ id: string; type: string }>(
    await tx.execute(sql`
      update resources r set gone_at = ${now}, states_hash = null,
        last_seen = greatest(r.last_seen, (
          select s.last_swept_at from resource_scopes s
          where s.org_id = r.org_id and s.source = r.source and s.type = r.type
            and s.connector_id = r.connector_id))
      where r.org_id = ${orgId} and r.connector_id = ${connectorId} and r.gone_at is null
      returning r.id, r.type`),
  );
  await tx.execute(
    sql`delete from resource_scopes where org_id = ${orgId} and connector_id = ${connectorId}`,
  );
  // Before the coverage below: rosters are locked while this transaction holds no coverage lock yet.
  const types = [...new Set(gone.map((r) => r.type))];
  await reevaluateAfterRetirement(tx, { orgId, types, checks, now });
  await refreshCoverage(
    tx,
    orgId,
    closed.map((r) => r.check_id),
    now,
  );
  return { resources: gone.length, intervals: closed.length };
}
