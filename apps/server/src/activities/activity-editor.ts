/** Changes the owner or due date of an open occurrence, audited with names and dates. */
import type { ActivityUpdate } from '@vigil/api';
import { conflict, invalid, isIsoDate, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { assertMember } from '../users/index.ts';

const { activities, activityReminders, controls, users } = schema;

async function nameOf(tx: Db, userIds: (string | null)[]): Promise<Map<string, string>> {
  const ids = userIds.filter((u): u is string => !!u);
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Applies the change; a completed occurrence is kept as it was and refused. Returns whether anything changed. */
export async function updateActivity(tx: Db, actor: OrgActor, id: string, patch: ActivityUpdate) {
  const [a] = await tx
    .select()
    .from(activities)
    .where(and(eq(activities.orgId, actor.orgId), eq(activities.id, id)))
    .for('update');
  if (!a) throw notFound('activity');
  if (a.status === 'completed')
    throw conflict(
      'status',
      'status: a completed activity is kept as it was completed and cannot be changed',
    );
  if (patch.dueDate !== undefined && !isIsoDate(patch.dueDate))
    throw invalid('dueDate', `dueDate: ${patch.dueDate} is not a date on the calendar`);
  await assertMember(tx, actor.orgId, patch.ownerId, 'ownerId');

  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const set: Partial<typeof activities.$inferInsert> = {};
  if (patch.ownerId !== undefined && patch.ownerId !== a.ownerId) {
    const names = await nameOf(tx, [a.ownerId, patch.ownerId]);
    const label = (u: string | null) => (u ? (names.get(u) ?? 'a former member') : 'Unassigned');
    changes.owner = { from: label(a.ownerId), to: label(patch.ownerId) };
    set.ownerId = patch.ownerId;
  }
  if (patch.dueDate !== undefined && patch.dueDate !== a.dueDate) {
    changes.dueDate = { from: a.dueDate, to: patch.dueDate };
    set.dueDate = patch.dueDate;
  }
  if (Object.keys(changes).length === 0) return { changed: false };
  await tx
    .update(activities)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(activities.id, a.id));
  // A new date or a new owner deserves the reminders afresh.
  await tx.delete(activityReminders).where(eq(activityReminders.activityId, a.id));
  const [control] = await tx
    .select({ code: controls.code })
    .from(controls)
    .where(eq(controls.id, a.controlId));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'activity.updated',
    entityType: 'activity',
    entityId: a.id,
    changes: { title: a.title, control: control?.code ?? null, ...changes },
  });
  return { changed: true };
}
