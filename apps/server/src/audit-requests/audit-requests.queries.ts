/** Reads of audit requests: an engagement's list with filters, one request in full, the workspace summary. */
import type { AuditRequest, AuditRequestSummary, AuditWorkspace } from '@vigil/api';
import { type AuditRequestStatus, notFound, requestOverdue, waitingOn } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { presentAuditEvents } from '../audit/audit-presenter.ts';
import type { EngagementRow } from '../engagements/index.ts';

const {
  auditRequests: requests,
  auditRequestComments: comments,
  auditRequestEvidence: links,
  auditEvents,
  controls,
  evidence,
  memberships,
  users,
} = schema;

export type RequestRow = typeof requests.$inferSelect;

/** Today as YYYY-MM-DD in UTC, the day overdue is measured against. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** The request when it belongs to this engagement, optionally locked for a write. */
export async function requestRow(db: Db, engagement: EngagementRow, id: string, lock = false) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('request');
  const q = db
    .select()
    .from(requests)
    .where(
      and(
        eq(requests.orgId, engagement.orgId),
        eq(requests.engagementId, engagement.id),
        eq(requests.id, id),
      ),
    );
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('request');
  return row;
}

async function summaries(db: Db, rows: RequestRow[]): Promise<AuditRequestSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const controlIds = [...new Set(rows.flatMap((r) => r.controlIds))];
  const userIds = [...new Set(rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])))];
  const [ctrl, people, ev, cm] = await Promise.all([
    controlIds.length
      ? db
          .select({ id: controls.id, code: controls.code, title: controls.title })
          .from(controls)
          .where(inArray(controls.id, controlIds))
      : [],
    userIds.length
      ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds))
      : [],
    db
      .select({ id: links.requestId, n: sql<number>`count(*)::int` })
      .from(links)
      .where(inArray(links.requestId, ids))
      .groupBy(links.requestId),
    db
      .select({ id: comments.requestId, n: sql<number>`count(*)::int` })
      .from(comments)
      .where(inArray(comments.requestId, ids))
      .groupBy(comments.requestId),
  ]);
  const ctrlById = new Map(ctrl.map((c) => [c.id, c]));
  const nameById = new Map(people.map((p) => [p.id, p.name]));
  const evN = new Map(ev.map((e) => [e.id, e.n]));
  const cmN = new Map(cm.map((c) => [c.id, c.n]));
  const today = todayUtc();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    description: r.description,
    status: r.status,
    source: r.source,
    dueDate: r.dueDate,
    overdue: requestOverdue(r, today),
    assigneeId: r.assigneeId,
    assigneeName: r.assigneeId ? (nameById.get(r.assigneeId) ?? null) : null,
    controls: r.controlIds.flatMap((id) => {
      const c = ctrlById.get(id);
      return c ? [c] : [];
    }),
    criteria: r.criteria,
    sampleId: r.sampleId,
    flagReason: r.flagReason,
    evidenceCount: evN.get(r.id) ?? 0,
    commentCount: cmN.get(r.id) ?? 0,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** Natural order of references, so "PBC-2" comes before "PBC-10". */
const byReference = (a: RequestRow, b: RequestRow) =>
  a.reference.localeCompare(b.reference, 'en', { numeric: true, sensitivity: 'base' });

/** An engagement's requests, by reference, with the filters applied. */
export async function listRequests(
  db: Db,
  engagement: EngagementRow,
  filters: { status?: AuditRequestStatus; assigneeId?: string; overdue?: 'true' | 'false' },
): Promise<AuditRequestSummary[]> {
  const conds = [eq(requests.orgId, engagement.orgId), eq(requests.engagementId, engagement.id)];
  if (filters.status) conds.push(eq(requests.status, filters.status));
  if (filters.assigneeId) conds.push(eq(requests.assigneeId, filters.assigneeId));
  const rows = (
    await db
      .select()
      .from(requests)
      .where(and(...conds))
  ).sort(byReference);
  const out = await summaries(db, rows);
  if (filters.overdue === undefined) return out;
  return out.filter((r) => r.overdue === (filters.overdue === 'true'));
}

/** One request with its thread, evidence and history from the audit trail. */
export async function getRequest(db: Db, engagement: EngagementRow, id: string): Promise<AuditRequest> {
  const row = await requestRow(db, engagement, id);
  const [summary] = await summaries(db, [row]);
  const thread = await db
    .select({
      id: comments.id,
      body: comments.body,
      createdAt: comments.createdAt,
      authorName: users.name,
      role: memberships.role,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .leftJoin(
      memberships,
      and(eq(memberships.userId, comments.authorId), eq(memberships.orgId, comments.orgId)),
    )
    .where(eq(comments.requestId, id))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const given = await db
    .select({ id: evidence.id, title: evidence.title, fileName: evidence.fileName, linkedAt: links.linkedAt })
    .from(links)
    .innerJoin(evidence, eq(evidence.id, links.evidenceId))
    .where(eq(links.requestId, id))
    .orderBy(asc(links.linkedAt));
  const events = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, engagement.orgId),
        eq(auditEvents.entityType, 'audit_request'),
        eq(auditEvents.entityId, id),
      ),
    )
    .orderBy(asc(auditEvents.seq));
  const worded = await presentAuditEvents(db, engagement.orgId, events);
  return {
    ...summary!,
    comments: thread.map((c) => ({
      id: c.id,
      body: c.body,
      authorName: c.authorName,
      fromAuditor: c.role === 'auditor',
      createdAt: c.createdAt.toISOString(),
    })),
    evidence: given.map((e) => ({ ...e, linkedAt: e.linkedAt.toISOString() })),
    history: worded.map((e) => ({ at: new Date(e.at).toISOString(), sentence: e.summary })),
  };
}

/** The engagement's requests counted by status, overdue and who they wait on. */
export async function workspaceSummary(
  db: Db,
  engagement: Pick<EngagementRow, 'id' | 'orgId' | 'name'>,
): Promise<AuditWorkspace> {
  const rows = await db
    .select({ status: requests.status, dueDate: requests.dueDate })
    .from(requests)
    .where(and(eq(requests.orgId, engagement.orgId), eq(requests.engagementId, engagement.id)));
  const byStatus = { open: 0, submitted: 0, flagged: 0, accepted: 0 };
  const today = todayUtc();
  let overdue = 0;
  let waitingOnAuditor = 0;
  let waitingOnCompany = 0;
  for (const r of rows) {
    byStatus[r.status]++;
    if (requestOverdue(r, today)) overdue++;
    const w = waitingOn(r.status);
    if (w === 'auditor') waitingOnAuditor++;
    if (w === 'company') waitingOnCompany++;
  }
  return {
    engagementId: engagement.id,
    name: engagement.name,
    total: rows.length,
    byStatus,
    overdue,
    waitingOnAuditor,
    waitingOnCompany,
  };
}
