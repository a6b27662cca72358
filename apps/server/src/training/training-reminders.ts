/**
 * The daily training reminders: "due soon" to the person 14 days before their due date, "overdue"
 * to the course owner once it has passed. Each is an alert-outbox row (the dispatcher delivers it
 * through the organization's channels) written once per person, course, cycle and kind: the
 * `training_reminders` row inserted in the same transaction is the memory that stops a repeat.
 */
import { addDays, cycleLabel, DUE_SOON_DAYS } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { owedTraining } from './training-tasks.ts';

const { alertOutbox, organizations, trainingReminders } = schema;

/** Writes the reminders due on `today` for one organization; returns how many outbox rows it wrote. */
export async function sendOrgTrainingReminders(db: Db, orgId: string, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    let written = 0;
    for (const o of await owedTraining(tx, orgId, today)) {
      const label = cycleLabel(o.cycle);
      const reminder = o.overdue
        ? {
            kind: 'overdue' as const,
            recipient: o.course.ownerId,
            title: `${o.person.name} has not completed ${o.course.title} for ${label}`,
            reason: `It was due on ${o.dueDate}.`,
            link: '/training',
          }
        : o.dueDate <= addDays(today, DUE_SOON_DAYS) && o.person.userId
          ? {
              kind: 'due_soon' as const,
              recipient: o.person.userId,
              title: `Complete ${o.course.title} for ${label}`,
              reason: `It is due on ${o.dueDate}.`,
              link: '/my-training',
            }
          : null;
      if (!reminder) continue;
      const [fresh] = await tx
        .insert(trainingReminders)
        .values({
          orgId,
          personId: o.person.id,
          courseId: o.course.id,
          cycleStart: o.cycle.start,
          kind: reminder.kind,
        })
        .onConflictDoNothing()
        .returning({ personId: trainingReminders.personId });
      if (!fresh) continue;
      await tx.insert(alertOutbox).values({
        orgId,
        kind: reminder.kind,
        recipientUserId: reminder.recipient,
        payload: {
          title: reminder.title,
          reason: reminder.reason,
          area: 'training',
          link: reminder.link,
          dueDate: o.dueDate,
        },
      });
      written++;
    }
    return written;
  });
}

/** Runs the reminders of every organization for `today`; returns the outbox rows written. */
export async function sendTrainingReminders(db: Db, today: string): Promise<number> {
  const orgs = await db.select({ id: organizations.id }).from(organizations);
  let total = 0;
  for (const o of orgs) total += await sendOrgTrainingReminders(db, o.id, today);
  return total;
}
