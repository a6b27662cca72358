/** Commands on courses: adopting the catalog, adding one, editing one; each audited in its transaction. */
import type { TrainingCourseCreateSchema, TrainingCourseUpdateSchema } from '@vigil/api';
import { COURSE_CATALOG, conflict, invalid } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { courseRow } from './training.queries.ts';

const { memberships, organizations, trainingCourses } = schema;

type CourseCreate = z.output<typeof TrainingCourseCreateSchema>;
type CourseUpdate = z.output<typeof TrainingCourseUpdateSchema>;

/** The first day of the year of `today`: where an adopted course's cycles start. */
const yearStart = (today: string) => `${today.slice(0, 4)}-01-01`;

async function checkOwner(tx: Db, orgId: string, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const [m] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, ownerId)));
  if (!m || m.role === 'auditor' || m.role === 'employee') {
    throw invalid('ownerId', 'ownerId: must be a member of this organization who manages its compliance');
  }
}

async function checkTitle(tx: Db, orgId: string, title: string, except?: string) {
  const [clash] = await tx
    .select({ id: trainingCourses.id })
    .from(trainingCourses)
    .where(
      and(
        eq(trainingCourses.orgId, orgId),
        sql`lower(${trainingCourses.title}) = lower(${title})`,
        except ? ne(trainingCourses.id, except) : undefined,
      ),
    );
  if (clash) throw conflict('title', `title: a course called "${title}" already exists`);
}

function checkAudience(audience: string, department: string | null | undefined) {
  if (audience === 'department' && !department) {
    throw invalid('audienceDepartment', 'audienceDepartment: name the department this course is for');
  }
}

/** Adds the catalog courses the organization has not adopted yet; privacy only when Privacy is in scope. */
export async function adoptCourseCatalog(tx: Db, actor: OrgActor, today: string) {
  const [org] = await tx
    .select({ categories: organizations.categories })
    .from(organizations)
    .where(eq(organizations.id, actor.orgId));
  const have = new Set(
    (
      await tx
        .select({ key: trainingCourses.key })
        .from(trainingCourses)
        .where(eq(trainingCourses.orgId, actor.orgId))
    ).map((r) => r.key),
  );
  const wanted = COURSE_CATALOG.filter(
    (c) => !have.has(c.key) && (!c.requiresCategory || org?.categories.includes(c.requiresCategory)),
  );
  const added = [];
  for (const c of wanted) {
    // A course of the organization's own may already carry the catalog title: keep it, skip the template.
    const [clash] = await tx
      .select({ id: trainingCourses.id })
      .from(trainingCourses)
      .where(
        and(eq(trainingCourses.orgId, actor.orgId), sql`lower(${trainingCourses.title}) = lower(${c.title})`),
      );
    if (clash) continue;
    const [row] = await tx
      .insert(trainingCourses)
      .values({
        orgId: actor.orgId,
        key: c.key,
        title: c.title,
        description: c.description,
        audience: c.audience,
        audienceDepartment: c.audienceDepartment,
        cadenceMonths: c.cadenceMonths,
        cycleStart: yearStart(today),
        ownerId: actor.userId,
      })
      .returning();
    added.push(row!);
  }
  if (added.length > 0) {
    await recordAudit(tx, actor, {
      orgId: actor.orgId,
      action: 'training.courses_adopted',
      entityType: 'training_course',
      changes: { added: added.length, titles: added.map((c) => c.title) },
    });
  }
  return added.length;
}

/** Adds a course of the organization's own; returns its id. */
export async function createCourse(tx: Db, actor: OrgActor, input: CourseCreate): Promise<string> {
  checkAudience(input.audience, input.audienceDepartment);
  await checkTitle(tx, actor.orgId, input.title);
  await checkOwner(tx, actor.orgId, input.ownerId);
  const [row] = await tx
    .insert(trainingCourses)
    .values({ orgId: actor.orgId, ...input })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'training.course_created',
    entityType: 'training_course',
    entityId: row!.id,
    changes: {
      title: input.title,
      audience: input.audience,
      audienceDepartment: input.audienceDepartment,
      cadenceMonths: input.cadenceMonths,
      cycleStart: input.cycleStart,
    },
  });
  return row!.id;
}

/**
 * Edits a course. Stored completions keep the cycle dates they were recorded with, so a change of
 * cadence or cycle start never moves or removes a completion.
 */
export async function updateCourse(tx: Db, actor: OrgActor, courseId: string, input: CourseUpdate) {
  const old = await courseRow(tx, actor.orgId, courseId);
  const next = { ...old, ...input };
  checkAudience(next.audience, next.audienceDepartment);
  if (input.title !== undefined) await checkTitle(tx, actor.orgId, input.title, courseId);
  await checkOwner(tx, actor.orgId, input.ownerId);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, v] of Object.entries(input)) {
    const before = old[k as keyof typeof old];
    if (v !== undefined && v !== before) changes[k] = { from: before, to: v };
  }
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(trainingCourses)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(trainingCourses.id, courseId));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'training.course_updated',
    entityType: 'training_course',
    entityId: courseId,
    changes: { course: old.title, ...changes },
  });
}
