/** Puts the recurring activities of adopted controls on the calendar: one open occurrence each. */
import { activitiesForControlTemplate } from '@vigil/catalog';
import { firstDueDate, isScheduled } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, isNull, or } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';

const { activities, controls } = schema;

/**
 * Creates the first occurrence of every library activity whose control is adopted, applicable and
 * recurs on a schedule, for controls that have none yet, due at the end of the period that holds
 * `today`. Owner: the control's owner, or nobody. Running it again adds nothing. Returns how many.
 */
export async function scheduleActivities(tx: Db, actor: OrgActor, today: string): Promise<{ added: number }> {
  const adopted = await tx
    .select({
      id: controls.id,
      templateId: controls.templateId,
      frequency: controls.frequency,
      ownerId: controls.ownerId,
    })
    .from(controls)
    .where(and(eq(controls.orgId, actor.orgId), eq(controls.applicable, true)));
  const existing = await tx
    .select({ controlId: activities.controlId, templateId: activities.templateId })
    .from(activities)
    .where(eq(activities.orgId, actor.orgId));
  const have = new Set(existing.map((e) => `${e.controlId}|${e.templateId}`));
  const rows: (typeof activities.$inferInsert)[] = [];
  for (const c of adopted) {
    const frequency = c.frequency;
    if (!c.templateId || !isScheduled(frequency)) continue;
    for (const t of activitiesForControlTemplate(c.templateId)) {
      if (have.has(`${c.id}|${t.id}`)) continue;
      const due = firstDueDate(frequency, today);
      rows.push({
        orgId: actor.orgId,
        controlId: c.id,
        templateId: t.id,
        title: t.title,
        frequency,
        periodEnd: due,
        dueDate: due,
        ownerId: c.ownerId,
      });
    }
  }
  if (rows.length === 0) return { added: 0 };
  // Another process scheduling the same period at the same moment is absorbed by the unique index.
  const inserted = await tx
    .insert(activities)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: activities.id, title: activities.title });
  if (inserted.length === 0) return { added: 0 };
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'activities.scheduled',
    entityType: 'activity',
    changes: { added: inserted.length, titles: inserted.map((a) => a.title) },
  });
  return { added: inserted.length };
}

/**
 * Hands a control's open occurrences to its new owner: those the previous owner held and the
 * unassigned ones, so the calendar follows the control. Completed ones keep who owned them.
 * Called inside the control change, whose audit event records the owner change.
 */
export async function followControlOwner(
  tx: Db,
  orgId: string,
  controlId: string,
  previousOwnerId: string | null,
  ownerId: string | null,
): Promise<void> {
  await tx
    .update(activities)
    .set({ ownerId, updatedAt: new Date() })
    .where(
      and(
        eq(activities.orgId, orgId),
        eq(activities.controlId, controlId),
        eq(activities.status, 'open'),
        previousOwnerId
          ? or(isNull(activities.ownerId), eq(activities.ownerId, previousOwnerId))
          : isNull(activities.ownerId),
      ),
    );
}
