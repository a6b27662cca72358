/** Commands and queries of exercises: tabletops, continuity tests and their follow-up actions. */
import type {
  ContinuityTestCreateSchema,
  ContinuityTestUpdateSchema,
  TabletopCreateSchema,
  TabletopUpdateSchema,
} from '@vigil/api';
import { invalid, invalidRecoveryFigure, notFound, recoveryOutcome } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';

const { continuityTests, evidence, exerciseActions, memberships, tabletopExercises, users } = schema;

type TabletopCreate = z.output<typeof TabletopCreateSchema>;
type ContinuityTestCreate = z.output<typeof ContinuityTestCreateSchema>;
type TabletopUpdate = z.output<typeof TabletopUpdateSchema>;
type ContinuityTestUpdate = z.output<typeof ContinuityTestUpdateSchema>;
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

async function checkTabletop(tx: Db, orgId: string, input: TabletopUpdate, actions: ActionInput[]) {
  if (input.scenario === 'custom' && input.scenarioDescription === '') {
    throw invalid('scenarioDescription', 'scenarioDescription: describe the custom scenario');
  }
  await checkPeople(tx, orgId, 'attendees', input.attendees, actions, {
    field: 'facilitatorId',
    id: input.facilitatorId,
  });
}

async function checkContinuityTest(
  tx: Db,
  orgId: string,
  input: ContinuityTestUpdate,
  actions: ActionInput[],
) {
  const bad = invalidRecoveryFigure(input);
  if (bad) throw invalid(bad, `${bad}: must be a whole number of minutes, not negative`);
  await checkPeople(tx, orgId, 'participants', input.participants, actions, null);
  if (input.evidenceIds.length > 0) {
    const found = await tx
      .select({ id: evidence.id })
      .from(evidence)
      .where(and(eq(evidence.orgId, orgId), inArray(evidence.id, input.evidenceIds)));
    if (found.length !== new Set(input.evidenceIds).size) {
      throw invalid('evidenceIds', 'evidenceIds: link evidence of this organization');
    }
  }
}

const scenarioWords = (t: { scenario: string; scenarioDescription: string }) =>
  t.scenario === 'custom' ? t.scenarioDescription : t.scenario.replace('_', ' ');

/** Records a tabletop exercise with its actions, audited in the same transaction. */
export async function createTabletop(tx: Db, actor: OrgActor, input: TabletopCreate): Promise<string> {
  await checkTabletop(tx, actor.orgId, input, input.actions);
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
      scenario: scenarioWords(input),
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
  await checkContinuityTest(tx, actor.orgId, input, input.actions);
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

/** Long or structured fields are named in the trail as edited; short ones with their old and new value. */
const LONG = new Set(['attendees', 'participants', 'notes', 'findings', 'result', 'evidenceIds']);

async function nameOfMember(tx: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [u] = await tx.select({ name: users.name }).from(users).where(eq(users.id, id));
  return u?.name ?? null;
}

function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, unknown> = {};
  for (const [k, to] of Object.entries(after)) {
    const from = before[k];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[k] = LONG.has(k) ? true : { from, to };
  }
  return changes;
}

/** Changes a tabletop exercise; the audit event names each field that changed. */
export async function updateTabletop(tx: Db, actor: OrgActor, id: string, input: TabletopUpdate) {
  const [old] = await tx
    .select()
    .from(tabletopExercises)
    .where(and(eq(tabletopExercises.orgId, actor.orgId), eq(tabletopExercises.id, id)))
    .for('update');
  if (!old) throw notFound('tabletop exercise');
  await checkTabletop(tx, actor.orgId, input, []);
  const changes = diff(old, input);
  if (Object.keys(changes).length === 0) return;
  if (changes.facilitatorId) {
    // The trail names people, never their ids.
    delete changes.facilitatorId;
    changes.facilitator = {
      from: await nameOfMember(tx, old.facilitatorId),
      to: await nameOfMember(tx, input.facilitatorId),
    };
  }
  await tx
    .update(tabletopExercises)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(tabletopExercises.id, old.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'exercise.tabletop_updated',
    entityType: 'tabletop_exercise',
    entityId: old.id,
    changes: { tabletop: `${scenarioWords(old)} tabletop exercise of ${old.heldOn}`, ...changes },
  });
}

/** Changes a continuity test; its outcome follows from the new figures. */
export async function updateContinuityTest(tx: Db, actor: OrgActor, id: string, input: ContinuityTestUpdate) {
  const [old] = await tx
    .select()
    .from(continuityTests)
    .where(and(eq(continuityTests.orgId, actor.orgId), eq(continuityTests.id, id)))
    .for('update');
  if (!old) throw notFound('continuity test');
  await checkContinuityTest(tx, actor.orgId, input, []);
  const changes = diff(old, input);
  if (Object.keys(changes).length === 0) return;
  if (changes.subject) {
    // "subject" reads as an identity elsewhere in the trail; here it is the system that was tested.
    changes.testedSystem = changes.subject;
    delete changes.subject;
  }
  await tx
    .update(continuityTests)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(continuityTests.id, old.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'exercise.continuity_test_updated',
    entityType: 'continuity_test',
    entityId: old.id,
    changes: { test: old.subject, outcome: OUTCOME_WORDS[recoveryOutcome(input)], ...changes },
  });
}

/** Marks a follow-up action done or reopens it; setting the status it already has changes nothing. */
export async function setActionStatus(tx: Db, actor: OrgActor, id: string, status: 'open' | 'done') {
  const [old] = await tx
    .select()
    .from(exerciseActions)
    .where(and(eq(exerciseActions.orgId, actor.orgId), eq(exerciseActions.id, id)))
    .for('update');
  if (!old) throw notFound('follow-up action');
  if (old.status === status) return;
  await tx
    .update(exerciseActions)
    .set({ status, updatedAt: new Date() })
    .where(eq(exerciseActions.id, old.id));
  const event = {
    orgId: actor.orgId,
    entityType: 'exercise_action',
    entityId: old.id,
    changes: { title: old.title },
  };
  if (status === 'done') await recordAudit(tx, actor, { action: 'exercise.action_done', ...event });
  else await recordAudit(tx, actor, { action: 'exercise.action_reopened', ...event });
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
