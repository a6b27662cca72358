/** Reading the audit trail with filters, page by page (newest first) or all of it for export. */
import type { AuditFilter } from '@vigil/api';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, desc, eq, gt, gte, ilike, like, lt, lte, type SQL, sql } from 'drizzle-orm';
import { presentAuditEvents } from './audit-presenter.ts';

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
  const page = await presentAuditEvents(db, orgId, rows.slice(0, limit));
  return {
    items: page.map((r) => ({
      seq: r.seq,
      at: new Date(r.at).toISOString(),
      actorType: r.actorType,
      actorLabel: r.actorLabel,
      actorName: r.actorName,
      action: r.action,
      actionLabel: r.actionLabel,
      summary: r.summary,
      entityType: r.entityType,
      entityId: r.entityId,
      objectType: r.objectType,
      objectName: r.objectName,
      changes: r.changes,
      details: r.details,
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

/** Everyone who appears in the trail, by the label events record and the name people know them by. */
export async function listAuditActors(db: Db, orgId: string) {
  const e = schema.auditEvents;
  const rows = await db
    .selectDistinct({ label: e.actorLabel, actorType: e.actorType, name: schema.users.name })
    .from(e)
    .leftJoin(schema.users, sql`${schema.users.id}::text = ${e.actorId}`)
    .where(eq(e.orgId, orgId));
  const byLabel = new Map<string, string>();
  for (const r of rows) {
    if (r.actorType === 'system') {
      byLabel.set(r.label, r.label === 'system:monitoring' ? 'Vigil (monitoring)' : 'Vigil');
      continue;
    }
    // A token's events carry its owner's email first, so filtering by the email finds them too.
    const email = r.label.replace(/ \(token .*\)$/, '');
    if (!byLabel.has(email) || r.name) byLabel.set(email, r.name ? `${r.name} (${email})` : email);
  }
  return [...byLabel].map(([label, name]) => ({ label, name })).sort((a, b) => a.name.localeCompare(b.name));
}
