/** Completes an occurrence with its evidence and schedules the next period; nothing completed is changed again. */
import type { ActivityComplete } from '@vigil/api';
import { conflict, invalid, isLate, isScheduled, nextDueDate, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';

const { activities, controls, evidence } = schema;

/**
 * Marks the occurrence completed on `today` with an evidence item of the organization (late when
 * after its due date), then creates the occurrence of the next period from the control's current
 * frequency and owner. Returns the ids of the completed occurrence and of the next one.
 */
export async function completeActivity(
  tx: Db,
  actor: OrgActor,
  id: string,
  req: ActivityComplete,
  today: string,
): Promise<{ nextId: string | null }> {
  const [a] = await tx
    .select()
    .from(activities)
    .where(and(eq(activities.orgId, actor.orgId), eq(activities.id, id)))
    .for('update');
  if (!a) throw notFound('activity');
  if (a.status === 'completed')
    throw conflict('status', `status: this activity was already completed on ${a.completedOn}`);
  const [proof] = await tx
    .select({ id: evidence.id, title: evidence.title })
    .from(evidence)
    .where(and(eq(evidence.orgId, actor.orgId), eq(evidence.id, req.evidenceId)));
  if (!proof) throw invalid('evidenceId', 'evidenceId: no such evidence item in this organization');
  const late = isLate(a.dueDate, today);
  await tx
    .update(activities)
    .set({
      status: 'completed',
      completedAt: new Date(),
      completedOn: today,
      completedBy: actor.userId,
      completedByLabel: actor.label,
      evidenceId: proof.id,
      late,
      note: req.note || null,
      updatedAt: new Date(),
    })
    .where(eq(activities.id, a.id));

  const [control] = await tx.select().from(controls).where(eq(controls.id, a.controlId));
  let next: { id: string; dueDate: string } | undefined;
  // A control set to continuous or per event, or marked not applicable, stops recurring.
  if (control?.applicable && isScheduled(control.frequency)) {
    const due = nextDueDate(control.frequency, a.periodEnd);
    [next] = await tx
      .insert(activities)
      .values({
        orgId: a.orgId,
        controlId: a.controlId,
        templateId: a.templateId,
        title: a.title,
        frequency: control.frequency,
        periodEnd: due,
        dueDate: due,
        ownerId: control.ownerId ?? a.ownerId,
      })
      .onConflictDoNothing()
      .returning({ id: activities.id, dueDate: activities.dueDate });
  }
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'activity.completed',
    entityType: 'activity',
    entityId: a.id,
    changes: {
      title: a.title,
      control: control?.code ?? null,
      dueDate: a.dueDate,
      completedOn: today,
      late,
      evidence: proof.title,
      nextDueDate: next?.dueDate ?? null,
    },
  });
  return { nextId: next?.id ?? null };
}
