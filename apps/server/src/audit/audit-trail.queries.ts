/** Reading the audit trail with filters, page by page (newest first) or all of it for export. */
import type { AuditFilter } from '@vigil/api';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, desc, eq, gt, gte, ilike, like, lt, lte, type SQL } from 'drizzle-orm';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The WHERE clause of a filter, always scoped to the organization. */
export function auditWhere(
  orgId: string,
  f: AuditFilter,
  page: { beforeSeq?: number; afterSeq?: number } = {},
): SQL {
  const e = schema.auditEvents;
  return and(
    eq(e.orgId, orgId),
    f.action ? like(e.action, `${escapeLike(f.action)}%`) : undefined,
    f.entityType ? eq(e.entityType, f.entityType) : undefined,
    f.entityId ? eq(e.entityId, f.entityId) : undefined,
    f.actor ? ilike(e.actorLabel, `%${escapeLike(f.actor)}%`) : undefined,
    f.from ? gte(e.at, new Date(f.from).toISOString()) : undefined,
    f.to ? lte(e.at, new Date(f.to).toISOString()) : undefined,
    page.beforeSeq ? lt(e.seq, page.beforeSeq) : undefined,
    page.afterSeq ? gt(e.seq, page.afterSeq) : undefined,
  )!;
}

/** One page of events, newest first; `nextBefore` continues the listing. */
export async function listAuditEvents(db: Db, orgId: string, f: AuditFilter, limit: number, before?: number) {
  const rows = await db
    .select()
    .from(schema.auditEvents)
    .where(auditWhere(orgId, f, { beforeSeq: before }))
    .orderBy(desc(schema.auditEvents.seq))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => ({
      seq: r.seq,
      at: new Date(r.at).toISOString(),
      actorType: r.actorType,
      actorLabel: r.actorLabel,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      changes: r.changes,
      requestId: r.requestId,
      ip: r.ip,
      hash: r.hash,
    })),
    nextBefore: rows.length > limit ? (page.at(-1)?.seq ?? null) : null,
  };
}

/** Up to `limit` events after `afterSeq`, oldest first: the export reads the trail in these batches. */
export function auditEventsAfter(db: Db, orgId: string, f: AuditFilter, afterSeq: number, limit: number) {
  return db
    .select()
    .from(schema.auditEvents)
    .where(auditWhere(orgId, f, { afterSeq }))
    .orderBy(asc(schema.auditEvents.seq))
    .limit(limit);
}
