/** Training courses and completions per cycle, background checks, and the HR access an owner grants. */
import {
  BackgroundCheckResultSchema,
  BackgroundCheckStatusSchema,
  TrainingAudienceSchema,
  TrainingSourceSchema,
} from '@vigil/core';
import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { memberships, organizations, users, valuesOf } from './schema.ts';
import { evidence } from './schema-monitoring.ts';
import { people } from './schema-people.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const trainingAudienceEnum = pgEnum('training_audience', valuesOf(TrainingAudienceSchema));
export const trainingSourceEnum = pgEnum('training_source', valuesOf(TrainingSourceSchema));
export const backgroundCheckStatusEnum = pgEnum(
  'background_check_status',
  valuesOf(BackgroundCheckStatusSchema),
);
export const backgroundCheckResultEnum = pgEnum(
  'background_check_result',
  valuesOf(BackgroundCheckResultSchema),
);

/** A course the organization requires, adopted from the catalog (`key`) or written by hand. */
export const trainingCourses = pgTable(
  'training_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The catalog course it was adopted from; null for a course of the organization's own. */
    key: text('key'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    audience: trainingAudienceEnum('audience').notNull(),
    /** The department (people.department) a `department` audience means. */
    audienceDepartment: text('audience_department'),
    cadenceMonths: integer('cadence_months').notNull(),
    /** The first day of cycle 1; every later cycle follows from it and the cadence. */
    cycleStart: date('cycle_start').notNull(),
    /** Who hears about overdue completions. */
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_courses_org_title_idx').on(t.orgId, sql`lower(${t.title})`),
    uniqueIndex('training_courses_org_key_idx').on(t.orgId, t.key),
  ],
);

/**
 * One person's completion of one cycle of a course. A completion is never replaced: a retraining
 * falls in a later cycle and is a new row; the unique index keeps one per person, course and cycle.
 */
export const trainingCompletions = pgTable(
  'training_completions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id')
      .notNull()
      .references(() => trainingCourses.id, { onDelete: 'cascade' }),
    cycleStart: date('cycle_start').notNull(),
    cycleEnd: date('cycle_end').notNull(),
    completedOn: date('completed_on').notNull(),
    score: real('score'),
    /** The certificate, kept in the evidence library. */
    evidenceId: uuid('evidence_id').references(() => evidence.id, { onDelete: 'set null' }),
    source: trainingSourceEnum('source').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_completions_cycle_idx').on(t.personId, t.courseId, t.cycleStart),
    index('training_completions_org_course_idx').on(t.orgId, t.courseId, t.cycleStart),
  ],
);

/** Reminders already sent, so the daily job sends each once per person, course, cycle and kind. */
export const trainingReminders = pgTable(
  'training_reminders',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id')
      .notNull()
      .references(() => trainingCourses.id, { onDelete: 'cascade' }),
    cycleStart: date('cycle_start').notNull(),
    /** `due_soon` or `overdue`, the alert kind sent. */
    kind: text('kind', { enum: ['due_soon', 'overdue'] }).notNull(),
    sentAt: ts('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.courseId, t.cycleStart, t.kind] })],
);

/** One person's background check; the report is a sealed blob only HR access opens. */
export const backgroundChecks = pgTable(
  'background_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: backgroundCheckStatusEnum('status').notNull().default('not_started'),
    checkedOn: date('checked_on'),
    providerReference: text('provider_reference'),
    result: backgroundCheckResultEnum('result'),
    /** Why the person is exempt; required when `result` is exempt. */
    justification: text('justification'),
    reportFileName: text('report_file_name'),
    reportMediaType: text('report_media_type'),
    reportSha256: text('report_sha256'),
    reportSize: bigint('report_size', { mode: 'number' }),
    reportStorageKey: text('report_storage_key'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('background_checks_person_idx').on(t.personId),
    index('background_checks_org_idx').on(t.orgId),
  ],
);

/**
 * HR access an owner granted to one membership: it opens the background-check routes (`hr.read`,
 * `hr.manage`) to an admin or member. It goes with the membership.
 */
export const hrAccessGrants = pgTable(
  'hr_access_grants',
  {
    orgId: uuid('org_id').notNull(),
    userId: uuid('user_id').notNull(),
    grantedBy: uuid('granted_by').references(() => users.id, { onDelete: 'set null' }),
    grantedAt: ts('granted_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    foreignKey({
      columns: [t.orgId, t.userId],
      foreignColumns: [memberships.orgId, memberships.userId],
      name: 'hr_access_grants_membership_fk',
    }).onDelete('cascade'),
  ],
);
