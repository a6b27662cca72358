/**
 * The staleness sweep: a scheduled connector whose data is older than twice its schedule raises
 * one `stale` alert per episode. An episode starts at the last success (or creation); a stale alert
 * written after that start means this episode was already announced.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { isStale } from '@vigil/monitoring';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import {
  controlsOfCheck,
  insertOutbox,
  loadControlLinks,
  type MonitoringRegistry,
  type OutboxRow,
  rowsForControls,
  typesOfKind,
} from '../../monitoring/index.ts';

const { connectors, alertOutbox } = schema;

/** Raises `stale` alerts for connectors that went stale since their last success; returns how many. */
export async function markStaleConnectors(
  db: Db,
  registry: MonitoringRegistry,
  now = new Date(),
): Promise<number> {
  return db.transaction(async (tx) => {
    // Two schedulers (or workers) ticking at once must not announce one episode twice.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('vigil.staleness'))`);
    const candidates = await tx
      .select()
      .from(connectors)
      .where(
        and(
          eq(connectors.enabled, true),
          isNotNull(connectors.scheduleMinutes),
          sql`not exists (
            select 1 from ${alertOutbox} o
            where o.org_id = ${connectors.orgId} and o.kind = 'stale'
              and o.payload->>'connectorId' = ${connectors.id}::text
              and o.created_at >= coalesce(${connectors.lastSuccessAt}, ${connectors.createdAt}))`,
        ),
      );
    const stale = candidates.filter((c) => isStale(c, now));
    const rows: OutboxRow[] = [];
    const linksByOrg = new Map<string, Awaited<ReturnType<typeof loadControlLinks>>>();
    for (const c of stale) {
      const links = linksByOrg.get(c.orgId) ?? (await loadControlLinks(tx, c.orgId));
      linksByOrg.set(c.orgId, links);
      const checks = registry.checks.filter((k) =>
        typesOfKind(registry, c.kind).includes(k.resourceType.type),
      );
      const controls = [
        ...new Map(checks.flatMap((k) => controlsOfCheck(k, links)).map((l) => [l.id, l])).values(),
      ];
      const payload = {
        connectorId: c.id,
        connectorName: c.name,
        kind: c.kind,
        scheduleMinutes: c.scheduleMinutes,
        lastSuccessAt: c.lastSuccessAt?.toISOString() ?? null,
      };
      rows.push(
        ...rowsForControls(c.orgId, 'stale', payload, controls).map((r) => ({ ...r, createdAt: now })),
      );
    }
    await insertOutbox(tx, rows);
    return stale.length;
  });
}
