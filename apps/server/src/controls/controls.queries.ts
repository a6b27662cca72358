/** Read queries of the controls domain; every one is scoped to an organization. */

import type { ControlsListQuery, Control as ControlView } from '@vigil/api';
import { criteriaForCategories } from '@vigil/catalog';
import { notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';

const { controls, controlCriteria, users } = schema;

type ControlRow = typeof controls.$inferSelect;
/** A control as stored; the routes add its check health (`checks`). */
export type StoredControl = Omit<ControlView, 'checks'>;

function present(row: ControlRow, criteria: string[], ownerName: string | null): StoredControl {
  return {
    id: row.id,
    code: row.code,
    templateId: row.templateId,
    title: row.title,
    description: row.description,
    ownerId: row.ownerId,
    ownerName,
    ownerRole: row.ownerRole,
    frequency: row.frequency,
    kind: row.kind,
    automatable: row.automatable,
    suggestedEvidence: row.suggestedEvidence,
    status: row.status,
    applicable: row.applicable,
    naJustification: row.naJustification,
    notes: row.notes,
    version: row.version,
    criteria: criteria.sort(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function criteriaOf(db: Db, controlIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (controlIds.length === 0) return map;
  const rows = await db
    .select({ controlId: controlCriteria.controlId, criterionId: controlCriteria.criterionId })
    .from(controlCriteria)
    .where(inArray(controlCriteria.controlId, controlIds));
  for (const r of rows) {
    const list = map.get(r.controlId) ?? [];
    list.push(r.criterionId);
    map.set(r.controlId, list);
  }
  return map;
}

/** Lists an organization's controls with filters; returns the page and the total count. */
export async function listControls(db: Db, orgId: string, q: ControlsListQuery) {
  const where: SQL[] = [eq(controls.orgId, orgId)];
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(ilike(controls.title, like), ilike(controls.code, like), ilike(controls.description, like))!,
    );
  }
  if (q.status) where.push(eq(controls.status, q.status));
  if (q.applicable) where.push(eq(controls.applicable, q.applicable === 'true'));
  const criterionFilter = q.criterion
    ? [q.criterion]
    : q.category
      ? criteriaForCategories([q.category])
          .filter((c) => c.category === q.category)
          .map((c) => c.id)
      : null;
  if (criterionFilter) {
    where.push(
      inArray(
        controls.id,
        db
          .select({ id: controlCriteria.controlId })
          .from(controlCriteria)
          .where(
            and(eq(controlCriteria.orgId, orgId), inArray(controlCriteria.criterionId, criterionFilter)),
          ),
      ),
    );
  }
  const [rows, [count]] = await Promise.all([
    db
      .select({ c: controls, ownerName: users.name })
      .from(controls)
      .leftJoin(users, eq(users.id, controls.ownerId))
      .where(and(...where))
      .orderBy(asc(controls.code))
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(controls)
      .where(and(...where)),
  ]);
  const crit = await criteriaOf(
    db,
    rows.map((r) => r.c.id),
  );
  return {
    items: rows.map((r) => present(r.c, crit.get(r.c.id) ?? [], r.ownerName)),
    total: count?.n ?? 0,
  };
}

/** One control of the organization, or not_found (also when it belongs to another organization). */
export async function getControl(db: Db, orgId: string, id: string): Promise<StoredControl> {
  const [row] = await db
    .select({ c: controls, ownerName: users.name })
    .from(controls)
    .leftJoin(users, eq(users.id, controls.ownerId))
    .where(and(eq(controls.orgId, orgId), eq(controls.id, id)));
  if (!row) throw notFound('control');
  const crit = await criteriaOf(db, [id]);
  return present(row.c, crit.get(id) ?? [], row.ownerName);
}

/** Every control with its criteria, for readiness scoring. */
export async function controlsWithCriteria(db: Db, orgId: string) {
  const rows = await db
    .select({ id: controls.id, status: controls.status, applicable: controls.applicable })
    .from(controls)
    .where(eq(controls.orgId, orgId));
  const links = await db
    .select({ controlId: controlCriteria.controlId, criterionId: controlCriteria.criterionId })
    .from(controlCriteria)
    .where(eq(controlCriteria.orgId, orgId));
  const byControl = new Map<string, string[]>();
  for (const l of links) byControl.set(l.controlId, [...(byControl.get(l.controlId) ?? []), l.criterionId]);
  return rows.map((r) => ({ ...r, criteria: byControl.get(r.id) ?? [] }));
}
