/**
 * Training as tasks: what each person still owes (their "My tasks") and how many completions are
 * overdue across the organization (the dashboard's count), from the same rules as the matrix.
 */
import type { MyTask, OverdueArea } from '@vigil/api';
import { addDays, cycleLabel, cycleOf, type TrainingCycle } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import {
  addressed,
  type CourseRow,
  completionsOf,
  type PersonRow,
  personOfUser,
  registerOf,
  standing,
} from './training.queries.ts';

const { trainingCourses } = schema;

/** One completion someone still owes. */
export interface OwedTraining {
  course: CourseRow;
  person: PersonRow;
  cycle: TrainingCycle;
  dueDate: string;
  overdue: boolean;
}

/**
 * Every completion not yet recorded, for the current cycle of each course and the one before it
 * (a person who missed the last cycle stays overdue there after the new one starts).
 */
export async function owedTraining(
  db: Db,
  orgId: string,
  today: string,
  only?: PersonRow,
): Promise<OwedTraining[]> {
  const courses = await db.select().from(trainingCourses).where(eq(trainingCourses.orgId, orgId));
  if (courses.length === 0) return [];
  const everyone = only ? [only] : await registerOf(db, orgId);
  const done = await completionsOf(
    db,
    orgId,
    courses.map((c) => c.id),
  );
  const out: OwedTraining[] = [];
  for (const course of courses) {
    if (today < course.cycleStart) continue;
    const current = cycleOf(course.cycleStart, course.cadenceMonths, today);
    const cycles = [current];
    if (current.start > course.cycleStart) {
      cycles.unshift(cycleOf(course.cycleStart, course.cadenceMonths, addDays(current.start, -1)));
    }
    for (const cycle of cycles) {
      for (const person of addressed(course, everyone, cycle)) {
        if (done.has(`${person.id}|${course.id}|${cycle.start}`)) continue;
        const { dueDate, state } = standing(cycle, person, undefined, today);
        out.push({ course, person, cycle, dueDate, overdue: state === 'missing' });
      }
    }
  }
  return out;
}

/** The signed-in person's training tasks: "Complete Security awareness for 2026". */
export async function myTasks(
  db: Db,
  who: { orgId: string; userId: string; today: string },
): Promise<MyTask[]> {
  const person = await personOfUser(db, who.orgId, who.userId);
  if (!person) return [];
  const owed = await owedTraining(db, who.orgId, who.today, person);
  return owed
    .map((o) => ({
      area: 'training' as const,
      itemId: `${o.course.id}:${o.cycle.start}`,
      title: `Complete ${o.course.title} for ${cycleLabel(o.cycle)}`,
      dueDate: o.dueDate,
      overdue: o.overdue,
      link: '/my-training',
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
}

/** How many training completions are overdue in the organization. */
export async function overdueSummary(db: Db, orgId: string, today: string): Promise<OverdueArea[]> {
  const owed = await owedTraining(db, orgId, today);
  return [{ area: 'training', overdue: owed.filter((o) => o.overdue).length, link: '/training' }];
}
