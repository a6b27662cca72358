/**
 * Recording completions: by an editor for anyone, by a person for themself with a certificate, or a
 * whole LMS export at once. A completion lands in the cycle its date falls in and never replaces
 * another; an import stores every row or none.
 */
import type { TrainingImportSchema } from '@vigil/api';
import {
  conflict,
  cycleLabel,
  cycleOf,
  type ImportCourse,
  invalid,
  notFound,
  readLmsExport,
  resolveLmsRows,
  type TrainingSource,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { securityTrainingCompleted } from './onboarding-link.ts';
import { type CompletionRow, type CourseRow, courseRow, type PersonRow } from './training.queries.ts';

const { people, trainingCompletions, trainingCourses } = schema;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The person of the register, refused as not found outside the organization. */
export async function personRow(tx: Db, orgId: string, personId: string): Promise<PersonRow> {
  if (!UUID.test(personId)) throw notFound('Person');
  const [p] = await tx
    .select()
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  if (!p) throw notFound('Person');
  return p;
}

/** What one completion records. */
export interface CompletionInput {
  personId: string;
  courseId: string;
  completedOn: string;
  score: number | null;
  source: TrainingSource;
  evidenceId?: string | null;
}

async function afterCompletion(tx: Db, actor: OrgActor, course: CourseRow, row: CompletionRow) {
  if (course.key === 'security_awareness') {
    await securityTrainingCompleted(tx, actor, {
      orgId: actor.orgId,
      personId: row.personId,
      on: row.completedOn,
      completionId: row.id,
    });
  }
}

/**
 * Records one completion in the cycle its date falls in. Refuses a date in the future or before the
 * course's first cycle, and a second completion of a cycle (the first one stays as it is).
 */
export async function recordCompletion(
  tx: Db,
  actor: OrgActor,
  input: CompletionInput,
  today: string,
): Promise<CompletionRow> {
  const person = await personRow(tx, actor.orgId, input.personId);
  const course = await courseRow(tx, actor.orgId, input.courseId).catch(() => {
    throw invalid('courseId', 'courseId: no such course in this organization');
  });
  if (input.completedOn > today)
    throw invalid('completedOn', `completedOn: ${input.completedOn} is in the future`);
  if (input.completedOn < course.cycleStart) {
    throw invalid(
      'completedOn',
      `completedOn: ${input.completedOn} is before the first cycle of "${course.title}" (which starts ${course.cycleStart})`,
    );
  }
  const cycle = cycleOf(course.cycleStart, course.cadenceMonths, input.completedOn);
  const [earlier] = await tx
    .select()
    .from(trainingCompletions)
    .where(
      and(
        eq(trainingCompletions.personId, person.id),
        eq(trainingCompletions.courseId, course.id),
        eq(trainingCompletions.cycleStart, cycle.start),
      ),
    );
  if (earlier) {
    throw conflict(
      'completedOn',
      `completedOn: ${person.name} already completed "${course.title}" on ${earlier.completedOn} in the cycle ${cycleLabel(cycle)}; that completion is kept`,
    );
  }
  const [row] = await tx
    .insert(trainingCompletions)
    .values({
      orgId: actor.orgId,
      personId: person.id,
      courseId: course.id,
      cycleStart: cycle.start,
      cycleEnd: cycle.end,
      completedOn: input.completedOn,
      score: input.score,
      source: input.source,
      evidenceId: input.evidenceId ?? null,
      recordedBy: actor.userId,
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'training.completion_recorded',
    entityType: 'training_completion',
    entityId: row!.id,
    changes: {
      person: person.name,
      personId: person.id,
      course: course.title,
      courseId: course.id,
      cycle: cycleLabel(cycle),
      completedOn: input.completedOn,
      score: input.score,
      source: input.source,
      ...(input.evidenceId ? { evidenceId: input.evidenceId } : {}),
    },
  });
  await afterCompletion(tx, actor, course, row!);
  return row!;
}

type ImportBody = z.output<typeof TrainingImportSchema>;

/**
 * Imports an LMS completion export: every row is checked (columns, dates, people, courses,
 * duplicates) before anything is written. A row whose person already completed that cycle is left
 * as stored and counted, so importing the same export again changes nothing.
 */
export async function importLmsCompletions(tx: Db, actor: OrgActor, body: ImportBody, today: string) {
  const rows = readLmsExport(body.fileName, body.content, {
    columns: body.columns,
    dateOrder: body.dateOrder,
    today,
  });
  const register = await tx
    .select({ id: people.id, email: people.email, aliases: people.aliases })
    .from(people)
    .where(eq(people.orgId, actor.orgId));
  const byEmail = new Map<string, string>();
  for (const p of register) {
    byEmail.set(p.email.toLowerCase(), p.id);
    for (const a of p.aliases) if (!byEmail.has(a.toLowerCase())) byEmail.set(a.toLowerCase(), p.id);
  }
  const courses = await tx.select().from(trainingCourses).where(eq(trainingCourses.orgId, actor.orgId));
  const importCourses: ImportCourse[] = courses.map((c) => ({
    id: c.id,
    title: c.title,
    cadenceMonths: c.cadenceMonths,
    cycleStart: c.cycleStart,
  }));
  const resolved = resolveLmsRows(body.fileName, rows, byEmail, importCourses, body.columns);
  const stored = await tx
    .select({
      personId: trainingCompletions.personId,
      courseId: trainingCompletions.courseId,
      cycleStart: trainingCompletions.cycleStart,
    })
    .from(trainingCompletions)
    .where(
      and(
        eq(trainingCompletions.orgId, actor.orgId),
        inArray(trainingCompletions.personId, [...new Set(resolved.map((r) => r.personId))]),
      ),
    );
  const have = new Set(stored.map((s) => `${s.personId}|${s.courseId}|${s.cycleStart}`));
  const fresh = resolved.filter((r) => !have.has(`${r.personId}|${r.courseId}|${r.cycle.start}`));
  const inserted =
    fresh.length === 0
      ? []
      : await tx
          .insert(trainingCompletions)
          .values(
            fresh.map((r) => ({
              orgId: actor.orgId,
              personId: r.personId,
              courseId: r.courseId,
              cycleStart: r.cycle.start,
              cycleEnd: r.cycle.end,
              completedOn: r.completedOn,
              score: r.score,
              source: 'lms_import' as const,
              recordedBy: actor.userId,
            })),
          )
          .returning();
  const titleOf = new Map(courses.map((c) => [c.id, c.title]));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'training.completions_imported',
    entityType: 'training_completion',
    changes: {
      fileName: body.fileName,
      imported: inserted.length,
      alreadyRecorded: resolved.length - fresh.length,
      completions: fresh.map((r) => ({
        email: r.email,
        course: titleOf.get(r.courseId),
        completedOn: r.completedOn,
        score: r.score,
        cycle: cycleLabel(r.cycle),
      })),
    },
  });
  const courseById = new Map(courses.map((c) => [c.id, c]));
  for (const row of inserted) await afterCompletion(tx, actor, courseById.get(row.courseId)!, row);
  return { imported: inserted.length, alreadyRecorded: resolved.length - fresh.length };
}
