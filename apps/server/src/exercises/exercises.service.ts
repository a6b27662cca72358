/** Commands and queries of exercises: tabletops, continuity tests and their follow-up actions. */
import type { ContinuityTestCreateSchema, TabletopCreateSchema } from '@vigil/api';
import { invalid, invalidRecoveryFigure, recoveryOutcome } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';

const { continuityTests, evidence, exerciseActions, memberships, tabletopExercises, users } = schema;

type TabletopCreate = z.output<typeof TabletopCreateSchema>;
type ContinuityTestCreate = z.output<typeof ContinuityTestCreateSchema>;
type Participant = { userId: string | null; name: string; role: string };
type ActionInput = { title: string; ownerId: string | null; dueDate: string | null };

/** The words used for a test's kind and outcome in the audit trail and the CSV. */
export const KIND_WORDS = {
  backup_restore: 'backup restore',
  dr_failover: 'disaster-recovery failover',
} as const;
export const OUTCOME_WORDS = { met: 'met', not_met: 'not met', unknown: 'not measured' } as const;

async function memberIds(tx: Db, orgId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, ids)));
  return new Set(rows.map((r) => r.id));
}

/** Refuses members of other organizations and participants with neither an account nor a name. */
async function checkPeople(
  tx: Db,
  orgId: string,
  field: string,
  participants: Participant[],
  actions: ActionInput[],
  lead: { field: string; id: string | null } | null,
) {
  const wanted = [
    ...participants.map((p) => p.userId),
    ...actions.map((a) => a.ownerId),
    lead?.id ?? null,
  ].filter((id): id is string => id !== null);
  const members = await memberIds(tx, orgId, [...new Set(wanted)]);
  if (lead?.id && !members.has(lead.id)) {
    throw invalid(lead.field, `${lead.field}: must be a member of this organization`);
  }
  participants.forEach((p, i) => {
    if (p.userId ? !members.has(p.userId) : p.name === '') {
      throw invalid(field, `${field} ${i + 1}: choose a member or write the person's name`);
    }
  });
  actions.forEach((a, i) => {
    if (a.ownerId && !members.has(a.ownerId)) {
      throw invalid('actions', `actions ${i + 1}: the owner must be a member of this organization`);
    }
  });
}

async function insertActions(
  tx: Db,
  orgId: string,
  link: { tabletopId: string } | { continuityTestId: string },
  actions: ActionInput[],
) {
  if (actions.length === 0) return;
  await tx.insert(exerciseActions).values(actions.map((a) => ({ orgId, ...link, ...a })));
}

/** Records a tabletop exercise with its actions, audited in the same transaction. */
export async function createTabletop(tx: Db, actor: OrgActor, input: TabletopCreate): Promise<string> {
  if (input.scenario === 'custom' && input.scenarioDescription === '') {
    throw invalid('scenarioDescription', 'scenarioDescription: describe the custom scenario');
  }
  await checkPeople(tx, actor.orgId, 'attendees', input.attendees, input.actions, {
    field: 'facilitatorId',
    id: input.facilitatorId,
  });
  const { actions, ...fields } = input;
  const [row] = await tx
    .insert(tabletopExercises)
    .values({ orgId: actor.orgId, ...fields })
    .returning({ id: tabletopExercises.id });
  await insertActions(tx, actor.orgId, { tabletopId: row!.id }, actions);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'exercise.tabletop_recorded',
    entityType: 'tabletop_exercise',
    entityId: row!.id,
    changes: {
      scenario: input.scenario === 'custom' ? input.scenarioDescription : input.scenario.replace('_', ' '),
      heldOn: input.heldOn,
      actions: actions.length,
    },
  });
  return row!.id;
}

/** Records a backup restore or failover test with its actions, audited in the same transaction. */
export async function createContinuityTest(
  tx: Db,
  actor: OrgActor,
  input: ContinuityTestCreate,
): Promise<string> {
  const bad = invalidRecoveryFigure(input);
  if (bad) throw invalid(bad, `${bad}: must be a whole number of minutes, not negative`);
  await checkPeople(tx, actor.orgId, 'participants', input.participants, input.actions, null);
  if (input.evidenceIds.length > 0) {
    const found = await tx
      .select({ id: evidence.id })
      .from(evidence)
      .where(and(eq(evidence.orgId, actor.orgId), inArray(evidence.id, input.evidenceIds)));
    if (found.length !== new Set(input.evidenceIds).size) {
      throw invalid('evidenceIds', 'evidenceIds: link evidence of this organization');
    }
  }
  const { actions, ...fields } = input;
  const [row] = await tx
    .insert(continuityTests)
    .values({ orgId: actor.orgId, ...fields })
    .returning({ id: continuityTests.id });
  await insertActions(tx, actor.orgId, { continuityTestId: row!.id }, actions);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'exercise.continuity_test_recorded',
    entityType: 'continuity_test',
    entityId: row!.id,
    changes: {
      kind: KIND_WORDS[input.kind],
      subject: input.subject,
      performedOn: input.performedOn,
      outcome: OUTCOME_WORDS[recoveryOutcome(input)],
      actions: actions.length,
    },
  });
  return row!.id;
}

async function actionsOf(db: Db, orgId: string) {
  return db
    .select({ a: exerciseActions, ownerName: users.name })
    .from(exerciseActions)
    .leftJoin(users, eq(users.id, exerciseActions.ownerId))
    .where(eq(exerciseActions.orgId, orgId))
    .orderBy(exerciseActions.createdAt);
}

function presentAction(r: Awaited<ReturnType<typeof actionsOf>>[number]) {
  return {
    id: r.a.id,
    title: r.a.title,
    ownerId: r.a.ownerId,
    ownerName: r.ownerName,
    dueDate: r.a.dueDate,
    status: r.a.status,
  };
}

/** The organization's tabletop exercises, newest first, with facilitator names and actions. */
export async function listTabletops(db: Db, orgId: string) {
  const rows = await db
    .select({ t: tabletopExercises, facilitatorName: users.name })
    .from(tabletopExercises)
    .leftJoin(users, eq(users.id, tabletopExercises.facilitatorId))
    .where(eq(tabletopExercises.orgId, orgId))
    .orderBy(desc(tabletopExercises.heldOn), desc(tabletopExercises.createdAt));
  const actions = await actionsOf(db, orgId);
  return rows.map(({ t, facilitatorName }) => ({
    id: t.id,
    scenario: t.scenario,
    scenarioDescription: t.scenarioDescription,
    heldOn: t.heldOn,
    facilitatorId: t.facilitatorId,
    facilitatorName,
    attendees: t.attendees,
    notes: t.notes,
    findings: t.findings,
    actions: actions.filter((r) => r.a.tabletopId === t.id).map(presentAction),
  }));
}

/** The organization's continuity tests, newest first, each with its computed outcome. */
export async function listContinuityTests(db: Db, orgId: string) {
  const rows = await db
    .select()
    .from(continuityTests)
    .where(eq(continuityTests.orgId, orgId))
    .orderBy(desc(continuityTests.performedOn), desc(continuityTests.createdAt));
  const actions = await actionsOf(db, orgId);
  return rows.map((t) => ({
    id: t.id,
    kind: t.kind,
    performedOn: t.performedOn,
    subject: t.subject,
    targetRtoMinutes: t.targetRtoMinutes,
    achievedRtoMinutes: t.achievedRtoMinutes,
    targetRpoMinutes: t.targetRpoMinutes,
    achievedRpoMinutes: t.achievedRpoMinutes,
    outcome: recoveryOutcome(t),
    participants: t.participants,
    result: t.result,
    evidenceIds: t.evidenceIds,
    actions: actions.filter((r) => r.a.continuityTestId === t.id).map(presentAction),
  }));
}
