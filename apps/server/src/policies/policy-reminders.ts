/**
 * The daily policy job: asks people who joined an audience since its version was published, writes
 * `due_soon` reminders to the person (7 days and 1 day before the due date) and `overdue`
 * escalations to the policy owner after it, each once per request and threshold. What was sent is
 * kept in `policy_reminders`; the row and its outbox row are written together, so two processes
 * running the job at once (PostgreSQL) still send each one once.
 */
import { remindersDue, versionLabel } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, isNotNull } from 'drizzle-orm';
import { systemActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { askNewcomers } from './policy-requests.ts';

const { people, policies, policyVersions, acceptanceRequests, policyReminders, alertOutbox } = schema;

/** Asks newcomers of every published policy; one audited event per policy that asked anyone. */
async function askAllNewcomers(db: Db, today: string) {
  const live = await db
    .select({ p: policies, v: policyVersions })
    .from(policyVersions)
    .innerJoin(policies, eq(policies.id, policyVersions.policyId))
    .where(eq(policyVersions.status, 'published'));
  let asked = 0;
  for (const { p, v } of live) {
    await db.transaction(async (tx) => {
      const n = await askNewcomers(tx, p, v, today);
      if (n === 0) return;
      asked += n;
      await recordAudit(
        tx,
        { ...systemActor('system:policy-reminders') },
        {
          orgId: p.orgId,
          action: 'policy.acceptance_requested',
          entityType: 'policy',
          entityId: p.id,
          changes: { title: p.title, version: versionLabel(v), asked: n },
        },
      );
    });
  }
  return asked;
}

/** Writes the reminders and escalations due on `today`; returns how many outbox rows it wrote. */
export async function sendPolicyReminders(db: Db, today: string): Promise<{ asked: number; sent: number }> {
  const asked = await askAllNewcomers(db, today);
  const open = await db
    .select({
      id: acceptanceRequests.id,
      orgId: acceptanceRequests.orgId,
      dueDate: acceptanceRequests.dueDate,
      versionId: acceptanceRequests.versionId,
      policyId: acceptanceRequests.policyId,
      title: policies.title,
      ownerId: policies.ownerId,
      personName: people.name,
      personUserId: people.userId,
      major: policyVersions.major,
      minor: policyVersions.minor,
    })
    .from(acceptanceRequests)
    .innerJoin(policies, eq(policies.id, acceptanceRequests.policyId))
    .innerJoin(people, eq(people.id, acceptanceRequests.personId))
    .innerJoin(policyVersions, eq(policyVersions.id, acceptanceRequests.versionId))
    .where(and(eq(acceptanceRequests.state, 'open'), isNotNull(acceptanceRequests.dueDate)));
  let sent = 0;
  for (const r of open) {
    for (const threshold of remindersDue(r.dueDate, today)) {
      const overdue = threshold === 'overdue';
      const recipient = overdue ? r.ownerId : r.personUserId;
      // Nobody to tell (no Vigil sign-in yet, no owner): nothing is recorded, so it goes out once there is.
      if (!recipient) continue;
      const label = versionLabel(r);
      await db.transaction(async (tx) => {
        const [fresh] = await tx
          .insert(policyReminders)
          .values({ requestId: r.id, threshold })
          .onConflictDoNothing()
          .returning();
        if (!fresh) return;
        await tx.insert(alertOutbox).values({
          orgId: r.orgId,
          kind: overdue ? 'overdue' : 'due_soon',
          recipientUserId: recipient,
          payload: {
            title: overdue
              ? `${r.personName} has not accepted the ${r.title}, version ${label}`
              : `Read and accept the ${r.title}, version ${label}`,
            reason: overdue ? `was due ${r.dueDate}` : `due ${r.dueDate}`,
            area: 'policy',
            link: overdue ? `/policies/${r.policyId}` : `/my/policies/${r.versionId}`,
            policyId: r.policyId,
            versionId: r.versionId,
          },
        });
        sent++;
      });
    }
  }
  return { asked, sent };
}
