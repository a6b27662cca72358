/**
 * Adding and changing people by hand. The HR roster stays the source of truth for the people it
 * lists: its fields are read-only here, except scope (and title and aliases, which no roster carries).
 */

import type { PersonCreateRequest, PersonUpdate } from '@vigil/api';
import { conflict, invalid, needsOnboarding, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { linkPeopleToMembers } from '../accounts/index.ts';
import type { OrgActor } from '../audit/actor.ts';
import { diffFields, recordAudit } from '../audit/audit-recorder.ts';
import { openOffboarding } from './offboarding.ts';
import { createChecklist } from './onboarding.ts';
import { ROSTER_FIELDS } from './roster-sync.ts';

const { people } = schema;
type PersonRow = typeof people.$inferSelect;

/** The rules a person's fields must meet together, whatever the source. */
async function assertPerson(
  tx: Db,
  orgId: string,
  p: Pick<
    PersonRow,
    'email' | 'managerId' | 'startDate' | 'endDate' | 'status' | 'inScope' | 'scopeJustification'
  >,
  selfId: string | null,
) {
  if (p.startDate && p.endDate && p.endDate < p.startDate) {
    throw invalid('endDate', `endDate: ${p.endDate} is before the start date ${p.startDate}`);
  }
  if (p.status === 'terminated' && !p.endDate) {
    throw invalid('endDate', 'endDate: a terminated person needs an end date');
  }
  if (!p.inScope && !p.scopeJustification?.trim()) {
    throw invalid('scopeJustification', 'scopeJustification: explain why this person is out of scope');
  }
  if (p.managerId) {
    if (p.managerId === selfId) throw invalid('managerId', 'managerId: a person cannot be their own manager');
    const [m] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.id, p.managerId)));
    if (!m) throw invalid('managerId', 'managerId: no such person in the register');
  }
  const [same] = await tx
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        sql`lower(${people.email}) = ${p.email.toLowerCase()}`,
        selfId ? ne(people.id, selfId) : undefined,
      ),
    );
  if (same) throw conflict('email', `email: ${p.email} is already in the register`);
}

/** Adds a person by hand; a new hire gets their onboarding checklist, an end date opens offboarding. */
export async function createPerson(tx: Db, actor: OrgActor, req: PersonCreateRequest, now = new Date()) {
  const today = now.toISOString().slice(0, 10);
  const values = { ...req, scopeJustification: req.inScope ? null : req.scopeJustification };
  await assertPerson(tx, actor.orgId, values, null);
  const [row] = await tx
    .insert(people)
    .values({ ...values, orgId: actor.orgId, source: 'manual' })
    .returning();
  const p = row!;
  await linkPeopleToMembers(tx, actor.orgId);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'person.created',
    entityType: 'person',
    entityId: p.id,
    changes: { name: p.name, email: p.email, workerType: p.workerType, status: p.status },
  });
  if (needsOnboarding(p, today)) {
    await createChecklist(tx, {
      orgId: actor.orgId,
      personId: p.id,
      workerType: p.workerType,
      startDate: p.startDate,
      today,
      now,
    });
  }
  if (p.endDate) {
    await openOffboarding(tx, actor, {
      orgId: actor.orgId,
      personId: p.id,
      name: p.name,
      endDate: p.endDate,
      now,
    });
  }
  return p.id;
}

/** Changes a person; the roster's fields are refused for roster people, naming the field. */
export async function updatePerson(
  tx: Db,
  actor: OrgActor,
  id: string,
  patch: PersonUpdate,
  now = new Date(),
) {
  const [before] = await tx
    .select()
    .from(people)
    .where(and(eq(people.orgId, actor.orgId), eq(people.id, id)))
    .for('update');
  if (!before) throw notFound('person');
  const changes: Record<string, unknown> = diffFields(before, patch);
  if (before.source === 'roster') {
    const locked = ROSTER_FIELDS.find((f) => f in changes);
    if (locked) {
      throw invalid(locked, `${locked}: comes from the HR roster; change it in the HR system`);
    }
  }
  const after = { ...before, ...patch };
  if (after.inScope) after.scopeJustification = null;
  await assertPerson(tx, actor.orgId, after, id);
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(people)
    .set({ ...patch, scopeJustification: after.scopeJustification, updatedAt: now })
    .where(eq(people.id, id));
  // A new alias may be the address someone already signs in with.
  if (changes.aliases) await linkPeopleToMembers(tx, actor.orgId);
  if (changes.managerId) {
    // The trail names people, never their ids.
    const names = await managerNames(tx, actor.orgId, [before.managerId, after.managerId]);
    delete changes.managerId;
    changes.manager = { from: names(before.managerId), to: names(after.managerId) };
  }
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'person.updated',
    entityType: 'person',
    entityId: id,
    changes: { name: before.name, ...changes },
  });
  if (after.endDate) {
    await openOffboarding(tx, actor, {
      orgId: actor.orgId,
      personId: id,
      name: after.name,
      endDate: after.endDate,
      now,
    });
  }
}

async function managerNames(tx: Db, orgId: string, ids: (string | null)[]) {
  const wanted = ids.filter((i): i is string => i !== null);
  const rows = wanted.length
    ? await tx
        .select({ id: people.id, name: people.name })
        .from(people)
        .where(and(eq(people.orgId, orgId), inArray(people.id, wanted)))
    : [];
  return (id: string | null) => rows.find((r) => r.id === id)?.name ?? null;
}

/** Sets the offboarding SLA; offboardings already open keep the SLA they opened with. */
export async function setOffboardingSla(tx: Db, actor: OrgActor, days: number, before: number) {
  await tx
    .insert(schema.peopleSettings)
    .values({ orgId: actor.orgId, offboardingSlaBusinessDays: days })
    .onConflictDoUpdate({
      target: schema.peopleSettings.orgId,
      set: { offboardingSlaBusinessDays: days, updatedAt: new Date() },
    });
  if (days === before) return;
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'people.settings_changed',
    entityType: 'organization',
    entityId: actor.orgId,
    changes: { offboardingSlaBusinessDays: { from: before, to: days } },
  });
}
