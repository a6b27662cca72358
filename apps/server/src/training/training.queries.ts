/** Reads of the training domain: courses, the per-cycle standing of everyone a course addresses, and the presenters. */
import type { TrainingCompletion, TrainingCourse, TrainingCycleView, TrainingMatrix } from '@vigil/api';
import {
  type CompletionState,
  completionState,
  cycleLabel,
  cycleOf,
  cyclesBetween,
  inAudience,
  notFound,
  type TrainingCycle,
  trainingDueDate,
  worksDuring,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, inArray } from 'drizzle-orm';

const { people, trainingCourses, trainingCompletions, users } = schema;

export type CourseRow = typeof trainingCourses.$inferSelect;
export type CompletionRow = typeof trainingCompletions.$inferSelect;
export type PersonRow = typeof people.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cycle with its name in words. */
export const cycleView = (c: TrainingCycle): TrainingCycleView => ({ ...c, label: cycleLabel(c) });

/** The cycle a stored completion was recorded in: its own stored dates, whatever the course says since. */
export function completionCycle(course: Pick<CourseRow, 'cycleStart' | 'cadenceMonths'>, row: CompletionRow) {
  const { number } = cycleOf(course.cycleStart, course.cadenceMonths, row.cycleStart);
  return cycleView({ number, start: row.cycleStart, end: row.cycleEnd });
}

/** A stored completion as the API shows it. */
export function presentCompletion(course: CourseRow, row: CompletionRow): TrainingCompletion {
  return {
    id: row.id,
    personId: row.personId,
    courseId: row.courseId,
    cycle: completionCycle(course, row),
    completedOn: row.completedOn,
    score: row.score,
    source: row.source,
    evidenceId: row.evidenceId,
  };
}

/** The organization's courses, by title, with their owners' names. */
export async function listCourses(db: Db, orgId: string): Promise<TrainingCourse[]> {
  const rows = await db
    .select({ c: trainingCourses, ownerName: users.name })
    .from(trainingCourses)
    .leftJoin(users, eq(users.id, trainingCourses.ownerId))
    .where(eq(trainingCourses.orgId, orgId))
    .orderBy(asc(trainingCourses.title));
  return rows.map(({ c, ownerName }) => ({
    id: c.id,
    key: c.key,
    title: c.title,
    description: c.description,
    audience: c.audience,
    audienceDepartment: c.audienceDepartment,
    cadenceMonths: c.cadenceMonths,
    cycleStart: c.cycleStart,
    ownerId: c.ownerId,
    ownerName,
  }));
}

/** One course of the organization as stored; not found for another tenant's or a malformed id. */
export async function courseRow(db: Db, orgId: string, courseId: string): Promise<CourseRow> {
  if (!UUID.test(courseId)) throw notFound('Course');
  const [row] = await db
    .select()
    .from(trainingCourses)
    .where(and(eq(trainingCourses.orgId, orgId), eq(trainingCourses.id, courseId)));
  if (!row) throw notFound('Course');
  return row;
}

/** One course as the API shows it. */
export async function getCourse(db: Db, orgId: string, courseId: string): Promise<TrainingCourse> {
  const all = await listCourses(db, orgId);
  const found = all.find((c) => c.id === courseId);
  if (!found) throw notFound('Course');
  return found;
}

/** Everyone in the register who works during `cycle` and whom the course addresses. */
export function addressed(course: CourseRow, everyone: readonly PersonRow[], cycle: TrainingCycle) {
  return everyone.filter((p) => inAudience(course, p) && worksDuring(p, cycle));
}

/** One person's standing on one cycle. */
export function standing(
  cycle: TrainingCycle,
  person: PersonRow,
  completion: CompletionRow | undefined,
  today: string,
): { dueDate: string; state: CompletionState } {
  const dueDate = trainingDueDate(cycle, person.startDate);
  return { dueDate, state: completionState(dueDate, completion?.completedOn ?? null, today) };
}

/** Completions of some courses in some cycles, keyed `person|course|cycleStart`. */
export async function completionsOf(db: Db, orgId: string, courseIds: string[]) {
  if (courseIds.length === 0) return new Map<string, CompletionRow>();
  const rows = await db
    .select()
    .from(trainingCompletions)
    .where(and(eq(trainingCompletions.orgId, orgId), inArray(trainingCompletions.courseId, courseIds)));
  return new Map(rows.map((r) => [`${r.personId}|${r.courseId}|${r.cycleStart}`, r]));
}

/** The register of an organization, by name. */
export const registerOf = (db: Db, orgId: string) =>
  db.select().from(people).where(eq(people.orgId, orgId)).orderBy(asc(people.name));

/**
 * Everyone a course addresses in one cycle (the current one unless `cycleStart` names another),
 * with their due date and whether they completed it, on time or late.
 */
export async function trainingMatrix(
  db: Db,
  orgId: string,
  courseId: string,
  cycleStart: string | undefined,
  today: string,
): Promise<TrainingMatrix> {
  const course = await getCourse(db, orgId, courseId);
  const row = await courseRow(db, orgId, courseId);
  const current = cycleOf(row.cycleStart, row.cadenceMonths, today < row.cycleStart ? row.cycleStart : today);
  const cycles = cyclesBetween(row.cycleStart, row.cadenceMonths, row.cycleStart, current.start).reverse();
  const cycle = cycleStart ? cycleOf(row.cycleStart, row.cadenceMonths, cycleStart) : current;
  const [everyone, done] = await Promise.all([registerOf(db, orgId), completionsOf(db, orgId, [courseId])]);
  const rows = addressed(row, everyone, cycle).map((p) => {
    const completion = done.get(`${p.id}|${courseId}|${cycle.start}`);
    return {
      person: {
        id: p.id,
        name: p.name,
        email: p.email,
        department: p.department,
        workerType: p.workerType,
        startDate: p.startDate,
      },
      ...standing(cycle, p, completion, today),
      completion: completion ? presentCompletion(row, completion) : null,
    };
  });
  return { course, cycle: cycleView(cycle), cycles: cycles.map(cycleView), rows };
}

/** The person the signed-in user is in the register, or null. */
export async function personOfUser(db: Db, orgId: string, userId: string): Promise<PersonRow | null> {
  const [p] = await db
    .select()
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.userId, userId)));
  return p ?? null;
}

/** What one person owes, per course that addresses them: their standing on its current cycle. */
export async function trainingOf(db: Db, orgId: string, person: PersonRow, today: string) {
  const courses = await db.select().from(trainingCourses).where(eq(trainingCourses.orgId, orgId));
  const done = await completionsOf(
    db,
    orgId,
    courses.map((c) => c.id),
  );
  const out: {
    course: CourseRow;
    cycle: TrainingCycle;
    dueDate: string;
    state: CompletionState;
    completion: CompletionRow | undefined;
  }[] = [];
  for (const course of courses.sort((a, b) => a.title.localeCompare(b.title))) {
    if (today < course.cycleStart || !inAudience(course, person)) continue;
    const cycle = cycleOf(course.cycleStart, course.cadenceMonths, today);
    if (!worksDuring(person, cycle)) continue;
    const completion = done.get(`${person.id}|${course.id}|${cycle.start}`);
    out.push({ course, cycle, completion, ...standing(cycle, person, completion, today) });
  }
  return out;
}
