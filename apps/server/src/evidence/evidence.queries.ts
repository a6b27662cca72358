/** Read queries of the evidence library; every one is scoped to an organization. */

import type { EvidenceListQuery, EvidenceView } from '@vigil/api';
import { notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { rowsOf, schema } from '@vigil/db';
import {
  and,
  asc,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';

const { evidence, evidenceControls, controls, users } = schema;

/** Today as YYYY-MM-DD in UTC: renewal dates are calendar dates. */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);

// An item is current while no later item names it in supersedes_id.
const supersededBy = sql<
  string | null
>`(select later.id from evidence later where later.supersedes_id = ${evidence.id})`.as('superseded_by');
const isCurrent = sql`not exists (select 1 from evidence later where later.supersedes_id = ${evidence.id})`;
// The one "expired" rule (`present` computes the same for a fetched row): a current item whose
// renew-by date is before today.
const isExpired = (today: string) => and(isNotNull(evidence.renewBy), lt(evidence.renewBy, today), isCurrent);
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const columns = {
  e: evidence,
  supersededBy,
  createdByName: users.name,
};

type Row = { e: typeof evidence.$inferSelect; supersededBy: string | null; createdByName: string | null };

async function controlsOf(db: Db, ids: string[]) {
  const map = new Map<string, { id: string; code: string; title: string }[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({
      evidenceId: evidenceControls.evidenceId,
      id: controls.id,
      code: controls.code,
      title: controls.title,
    })
    .from(evidenceControls)
    .innerJoin(controls, eq(controls.id, evidenceControls.controlId))
    .where(inArray(evidenceControls.evidenceId, ids))
    .orderBy(asc(controls.code));
  for (const { evidenceId, ...c } of rows) map.set(evidenceId, [...(map.get(evidenceId) ?? []), c]);
  return map;
}

async function present(db: Db, rows: Row[], today: string): Promise<EvidenceView[]> {
  const linked = await controlsOf(
    db,
    rows.map((r) => r.e.id),
  );
  return rows.map(({ e, supersededBy: laterId, createdByName }) => ({
    id: e.id,
    kind: e.kind,
    title: e.title,
    description: e.description,
    sha256: e.sha256,
    size: e.size,
    mediaType: e.mediaType,
    fileName: e.fileName,
    periodStart: e.periodStart,
    periodEnd: e.periodEnd,
    renewBy: e.renewBy,
    expired: laterId === null && e.renewBy !== null && e.renewBy < today,
    current: laterId === null,
    supersedesId: e.supersedesId,
    supersededById: laterId,
    runId: e.runId,
    createdAt: e.createdAt.toISOString(),
    createdBy: createdByName,
    chainSeq: e.chainSeq,
    controls: linked.get(e.id) ?? [],
  }));
}

/** One page of the library, newest first; current items only unless `includeSuperseded=true`. */
export async function listEvidence(db: Db, orgId: string, q: EvidenceListQuery, today = todayUtc()) {
  const where: (SQL | undefined)[] = [eq(evidence.orgId, orgId)];
  if (q.includeSuperseded !== 'true') where.push(isCurrent);
  if (q.kind) where.push(eq(evidence.kind, q.kind));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(
      or(
        ilike(evidence.title, like),
        ilike(evidence.description, like),
        ilike(evidence.fileName, like),
        /^[0-9a-f]{6,64}$/i.test(q.q) ? sql`${evidence.sha256} like ${`${q.q.toLowerCase()}%`}` : undefined,
      ),
    );
  }
  if (q.controlId) {
    where.push(
      inArray(
        evidence.id,
        db
          .select({ id: evidenceControls.evidenceId })
          .from(evidenceControls)
          .where(and(eq(evidenceControls.orgId, orgId), eq(evidenceControls.controlId, q.controlId))),
      ),
    );
  }
  if (q.expired === 'true') where.push(isExpired(today));
  if (q.expired === 'false')
    where.push(sql`(${evidence.renewBy} is null or ${evidence.renewBy} >= ${today})`);
  const filter = and(...where);
  const rows = await db
    .select(columns)
    .from(evidence)
    .leftJoin(users, eq(users.id, evidence.createdBy))
    .where(filter)
    .orderBy(desc(evidence.createdAt), desc(evidence.id))
    .limit(q.limit)
    .offset(q.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(evidence).where(filter);
  return { items: await present(db, rows, today), total: count?.n ?? 0 };
}

/** One item with its linked controls; not found when it belongs to another organization. */
export async function getEvidence(
  db: Db,
  orgId: string,
  id: string,
  today = todayUtc(),
): Promise<EvidenceView> {
  const rows = await db
    .select(columns)
    .from(evidence)
    .leftJoin(users, eq(users.id, evidence.createdBy))
    .where(and(eq(evidence.orgId, orgId), eq(evidence.id, id)));
  if (rows.length === 0) throw notFound('evidence');
  return (await present(db, rows, today))[0]!;
}

/** The stored row, for downloads and verification. */
export async function evidenceRow(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.orgId, orgId), eq(evidence.id, id)));
  if (!row) throw notFound('evidence');
  return row;
}

/** Every version of an item, oldest first: walks supersedes_id back and superseded-by forward. */
export async function supersedeHistory(db: Db, orgId: string, id: string) {
  const chain = await db.execute<{
    id: string;
    title: string;
    sha256: string;
    created_at: string | Date;
  }>(sql`
    with recursive back(id, supersedes_id, depth) as (
      select id, supersedes_id, 0 from evidence where org_id = ${orgId} and id = ${id}
      union all
      select e.id, e.supersedes_id, back.depth - 1 from evidence e join back on e.id = back.supersedes_id
    ), fwd(id, depth) as (
      select id, 0 from evidence where org_id = ${orgId} and id = ${id}
      union all
      select e.id, fwd.depth + 1 from evidence e join fwd on e.supersedes_id = fwd.id
    ), versions as (select id, depth from back union select id, depth from fwd)
    select e.id, e.title, e.sha256, e.created_at from versions v join evidence e on e.id = v.id
    where e.org_id = ${orgId} order by v.depth`);
  return rowsOf<{ id: string; title: string; sha256: string; created_at: string | Date }>(chain).map(
    (r, i, all) => ({
      id: r.id,
      title: r.title,
      sha256: r.sha256,
      createdAt: new Date(r.created_at).toISOString(),
      current: i === all.length - 1,
    }),
  );
}

/**
 * How many current items past their renewal date each control has: a control with any is flagged
 * (the monitoring status counts them). Example: `(await expiredEvidenceByControl(db, orgId)).get(controlId) ?? 0`.
 */
export async function expiredEvidenceByControl(db: Db, orgId: string, today = todayUtc()) {
  const rows = await db
    .select({ controlId: evidenceControls.controlId, n: sql<number>`count(*)::int` })
    .from(evidenceControls)
    .innerJoin(evidence, eq(evidence.id, evidenceControls.evidenceId))
    .where(and(eq(evidenceControls.orgId, orgId), isExpired(today)))
    .groupBy(evidenceControls.controlId);
  return new Map(rows.map((r) => [r.controlId, r.n]));
}

/**
 * Linked evidence per control that still counts: current (not superseded) and not past its renew-by
 * date. A control with any is evidenced for readiness.
 */
export async function validEvidenceByControl(db: Db, orgId: string, today = todayUtc()) {
  const rows = await db
    .select({ controlId: evidenceControls.controlId, n: sql<number>`count(*)::int` })
    .from(evidenceControls)
    .innerJoin(evidence, eq(evidence.id, evidenceControls.evidenceId))
    .where(
      and(
        eq(evidenceControls.orgId, orgId),
        isCurrent,
        or(isNull(evidence.renewBy), gte(evidence.renewBy, today)),
      ),
    )
    .groupBy(evidenceControls.controlId);
  return new Map(rows.map((r) => [r.controlId, r.n]));
}

/** Current items of an organization past their renew-by date, and those due within `days` days. */
export async function evidenceExpiry(db: Db, orgId: string, today = todayUtc(), days = 30) {
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const [row] = await db
    .select({
      expired: sql<number>`count(*) filter (where ${evidence.renewBy} < ${today})::int`,
      expiringSoon: sql<number>`count(*) filter (where ${evidence.renewBy} >= ${today} and ${evidence.renewBy} <= ${until})::int`,
    })
    .from(evidence)
    .where(and(eq(evidence.orgId, orgId), isNotNull(evidence.renewBy), isCurrent));
  return { expired: row?.expired ?? 0, expiringSoon: row?.expiringSoon ?? 0, days };
}

/** A control's evidence (current items, newest first) with its expired count; not found for another org's control. */
export async function controlEvidence(db: Db, orgId: string, controlId: string, today = todayUtc()) {
  const [control] = await db
    .select({ id: controls.id, code: controls.code })
    .from(controls)
    .where(and(eq(controls.orgId, orgId), eq(controls.id, controlId)));
  if (!control) throw notFound('control');
  const { items } = await listEvidence(db, orgId, { controlId, limit: 500, offset: 0 }, today);
  return { controlId, code: control.code, evidenceExpired: items.filter((i) => i.expired).length, items };
}
