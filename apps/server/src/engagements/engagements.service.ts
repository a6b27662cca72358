/** Opening, reading and updating engagements; auditors see only the engagements they were invited to. */

import type {
  EngagementCreate as EngagementsCreateReq,
  EngagementUpdate as EngagementsUpdateReq,
  Engagement as EngagementView,
} from '@vigil/api';
import { type CategoryId, CategoryIdSchema } from '@vigil/catalog';
import { engagementStage, invalid, normalizeCategories, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { diffFields, recordAudit } from '../audit/audit-recorder.ts';
import { assertPeriod } from './engagement-period.ts';

const { engagements, engagementSystems, engagementAuditors, systems, users, organizations } = schema;

async function assertSystems(tx: Db, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: systems.id })
    .from(systems)
    .where(and(eq(systems.orgId, orgId), inArray(systems.id, [...ids])));
  const ok = new Set(found.map((f) => f.id));
  const bad = ids.findIndex((id) => !ok.has(id));
  if (bad >= 0) throw invalid(`systemIds.${bad}`, `systemIds.${bad}: no such system in this organization`);
}

/** Opens an engagement over the organization's current scope. */
export async function openEngagement(tx: Db, actor: OrgActor, req: EngagementsCreateReq): Promise<string> {
  const period = {
    reportType: req.reportType,
    asOfDate: req.asOfDate ?? null,
    windowStart: req.windowStart ?? null,
    windowEnd: req.windowEnd ?? null,
  };
  assertPeriod(period);
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, actor.orgId));
  const categories = normalizeCategories(org?.categories ?? []);
  let systemIds = req.systemIds;
  if (systemIds) await assertSystems(tx, actor.orgId, systemIds);
  else {
    const inScope = await tx
      .select({ id: systems.id })
      .from(systems)
      .where(and(eq(systems.orgId, actor.orgId), eq(systems.inScope, true)));
    systemIds = inScope.map((s) => s.id);
  }
  const [row] = await tx
    .insert(engagements)
    .values({ orgId: actor.orgId, name: req.name, auditFirm: req.auditFirm, categories, ...period })
    .returning();
  const unique = [...new Set(systemIds)];
  if (unique.length)
    await tx
      .insert(engagementSystems)
      .values(unique.map((systemId) => ({ engagementId: row!.id, systemId })));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'engagement.opened',
    entityType: 'engagement',
    entityId: row!.id,
    changes: { name: req.name, ...period, categories, systems: unique.length },
  });
  return row!.id;
}

/** Applies changes to an engagement, re-checking the report period as a whole. */
export async function updateEngagement(tx: Db, actor: OrgActor, id: string, req: EngagementsUpdateReq) {
  const [before] = await tx
    .select()
    .from(engagements)
    .where(and(eq(engagements.orgId, actor.orgId), eq(engagements.id, id)))
    .for('update');
  if (!before) throw notFound('engagement');
  const { systemIds, ...fields } = req;
  assertPeriod({
    reportType: before.reportType,
    asOfDate: fields.asOfDate ?? before.asOfDate,
    windowStart: fields.windowStart ?? before.windowStart,
    windowEnd: fields.windowEnd ?? before.windowEnd,
  });
  const changes: Record<string, unknown> = diffFields(before, fields);
  if (systemIds) {
    await assertSystems(tx, actor.orgId, systemIds);
    await tx.delete(engagementSystems).where(eq(engagementSystems.engagementId, id));
    const unique = [...new Set(systemIds)];
    if (unique.length)
      await tx.insert(engagementSystems).values(unique.map((systemId) => ({ engagementId: id, systemId })));
    changes.systemIds = { to: unique };
  }
  if (Object.keys(changes).length === 0) return;
  if (Object.keys(fields).length) await tx.update(engagements).set(fields).where(eq(engagements.id, id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'engagement.updated',
    entityType: 'engagement',
    entityId: id,
    changes,
  });
}

/**
 * The engagements the actor may see: all of them, or for an auditor only those they were invited to.
 * Each one's status is its stage on `now`'s UTC date (`engagementStage`): derived from its dates, so a
 * window that started reads "observation" without anyone editing it.
 */
export async function listEngagements(
  db: Db,
  orgId: string,
  viewer: { role: string; userId: string },
  id?: string,
  now = new Date(),
) {
  const today = now.toISOString().slice(0, 10);
  const visible =
    viewer.role === 'auditor'
      ? db
          .select({ id: engagementAuditors.engagementId })
          .from(engagementAuditors)
          .where(eq(engagementAuditors.userId, viewer.userId))
      : undefined;
  const rows = await db
    .select()
    .from(engagements)
    .where(
      and(
        eq(engagements.orgId, orgId),
        id ? eq(engagements.id, id) : undefined,
        visible ? inArray(engagements.id, visible) : undefined,
      ),
    )
    .orderBy(desc(engagements.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [sys, auditors] = await Promise.all([
    db.select().from(engagementSystems).where(inArray(engagementSystems.engagementId, ids)),
    db
      .select({
        engagementId: engagementAuditors.engagementId,
        id: users.id,
        email: users.email,
        name: users.name,
      })
      .from(engagementAuditors)
      .innerJoin(users, eq(users.id, engagementAuditors.userId))
      .where(inArray(engagementAuditors.engagementId, ids)),
  ]);
  return rows.map(
    (r): EngagementView => ({
      id: r.id,
      name: r.name,
      reportType: r.reportType,
      asOfDate: r.asOfDate,
      windowStart: r.windowStart,
      windowEnd: r.windowEnd,
      categories: r.categories.filter((c): c is CategoryId => CategoryIdSchema.safeParse(c).success),
      status: engagementStage(r, today),
      auditFirm: r.auditFirm,
      systemIds: sys.filter((s) => s.engagementId === r.id).map((s) => s.systemId),
      auditors: auditors
        .filter((a) => a.engagementId === r.id)
        .map(({ id, email, name }) => ({ id, email, name })),
      createdAt: r.createdAt.toISOString(),
    }),
  );
}

/** One engagement the viewer may see, or not_found. */
export async function getEngagement(
  db: Db,
  orgId: string,
  viewer: { role: string; userId: string },
  id: string,
) {
  const [e] = await listEngagements(db, orgId, viewer, id);
  if (!e) throw notFound('engagement');
  return e;
}
