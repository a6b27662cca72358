/**
 * Reminders of recurring activities: `due_soon` to the owner 7 days and 1 day before the due date,
 * `overdue` to the owner and the organization's owners and admins once it is past. Each threshold
 * of each occurrence is sent once: the row in `activity_reminders` is what remembers it, and its
 * primary key keeps two processes (or two runs on one day) from sending it twice.
 */
import { addDays, daysUntil, dueDateInWords, type ReminderThreshold, reminderFor } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';

const { activities, activityReminders, alertOutbox, controls, memberships } = schema;

/** Why the person hears of it, in words: how many days are left, or since when it is overdue. */
function reasonFor(dueDate: string, today: string): string {
  const left = daysUntil(today, dueDate);
  const on = dueDateInWords(dueDate);
  if (left < 0) return `overdue since ${on}`;
  if (left === 0) return `due today, ${on}`;
  if (left === 1) return `due tomorrow, ${on}`;
  return `due in ${left} days, on ${on}`;
}

async function overseers(tx: Db, orgIds: string[]): Promise<Map<string, string[]>> {
  if (orgIds.length === 0) return new Map();
  const rows = await tx
    .select({ orgId: memberships.orgId, userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        inArray(memberships.orgId, orgIds),
        inArray(memberships.role, ['owner', 'admin']),
        or(isNull(memberships.expiresAt), gt(memberships.expiresAt, new Date())),
      ),
    );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.orgId, [...(out.get(r.orgId) ?? []), r.userId]);
  return out;
}

/**
 * Sends what is due on `today` for every organization's open occurrences, in one transaction.
 * Unassigned work goes to the organization's owners and admins, since nobody else would hear of it.
 * Returns the number of outbox rows written.
 */
export async function sendActivityReminders(db: Db, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    const open = await tx
      .select({ a: activities, code: controls.code })
      .from(activities)
      .innerJoin(controls, eq(controls.id, activities.controlId))
      .where(and(eq(activities.status, 'open'), lte(activities.dueDate, addDays(today, 7))));
    const due = open
      .map((r) => ({ ...r, threshold: reminderFor(r.a.dueDate, today) }))
      .filter((r): r is typeof r & { threshold: ReminderThreshold } => r.threshold !== null);
    if (due.length === 0) return 0;
    const claimed = await tx
      .insert(activityReminders)
      .values(due.map((r) => ({ activityId: r.a.id, threshold: r.threshold })))
      .onConflictDoNothing()
      .returning({ activityId: activityReminders.activityId, threshold: activityReminders.threshold });
    const isNew = new Set(claimed.map((c) => `${c.activityId}|${c.threshold}`));
    const fresh = due.filter((r) => isNew.has(`${r.a.id}|${r.threshold}`));
    const admins = await overseers(tx, [...new Set(fresh.map((r) => r.a.orgId))]);
    const rows: (typeof alertOutbox.$inferInsert)[] = [];
    for (const { a, code, threshold } of fresh) {
      const overdue = threshold === 'overdue';
      const oversee = admins.get(a.orgId) ?? [];
      const to = new Set<string>(a.ownerId ? [a.ownerId] : oversee);
      if (overdue) for (const u of oversee) to.add(u);
      const payload = {
        title: `${a.title} for ${code}`,
        code,
        reason: reasonFor(a.dueDate, today),
        area: 'activity',
        link: `/calendar?activity=${a.id}`,
        dueDate: a.dueDate,
      };
      for (const recipientUserId of to)
        rows.push({ orgId: a.orgId, kind: overdue ? 'overdue' : 'due_soon', payload, recipientUserId });
    }
    if (rows.length > 0) await tx.insert(alertOutbox).values(rows);
    return rows.length;
  });
}
