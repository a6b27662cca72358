/**
 * Exercises: tabletop exercises, backup-restore and disaster-recovery tests, and the follow-up
 * actions either one produces.
 */
import { ContinuityTestKindSchema, ExerciseActionStatusSchema, TabletopScenarioSchema } from '@vigil/core';
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, users, valuesOf } from './schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const tabletopScenarioEnum = pgEnum('tabletop_scenario', valuesOf(TabletopScenarioSchema));
export const continuityTestKindEnum = pgEnum('continuity_test_kind', valuesOf(ContinuityTestKindSchema));
export const exerciseActionStatusEnum = pgEnum(
  'exercise_action_status',
  valuesOf(ExerciseActionStatusSchema),
);

/** Someone who took part: a member (by account) or a named person from outside the accounts. */
export interface ExerciseParticipant {
  userId: string | null;
  name: string;
  role: string;
}

/** A tabletop exercise: the scenario talked through, who was there and what was learnt. */
export const tabletopExercises = pgTable(
  'tabletop_exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    scenario: tabletopScenarioEnum('scenario').notNull(),
    /** Required for a custom scenario. */
    scenarioDescription: text('scenario_description').notNull().default(''),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    facilitatorId: uuid('facilitator_id').references(() => users.id, { onDelete: 'set null' }),
    attendees: jsonb('attendees').$type<ExerciseParticipant[]>().notNull().default(sql`'[]'::jsonb`),
    notes: text('notes').notNull().default(''),
    findings: text('findings').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('tabletop_exercises_org_idx').on(t.orgId, t.heldOn)],
);

/** A backup restore or failover actually performed, with its recovery objectives and what it achieved. */
export const continuityTests = pgTable(
  'continuity_tests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: continuityTestKindEnum('kind').notNull(),
    performedOn: date('performed_on', { mode: 'string' }).notNull(),
    /** What was restored or failed over. */
    subject: text('subject').notNull(),
    targetRtoMinutes: integer('target_rto_minutes'),
    achievedRtoMinutes: integer('achieved_rto_minutes'),
    targetRpoMinutes: integer('target_rpo_minutes'),
    achievedRpoMinutes: integer('achieved_rpo_minutes'),
    participants: jsonb('participants').$type<ExerciseParticipant[]>().notNull().default(sql`'[]'::jsonb`),
    /** What happened, in the tester's words. */
    result: text('result').notNull().default(''),
    evidenceIds: uuid('evidence_ids').array().notNull().default(sql`ARRAY[]::uuid[]`),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('continuity_tests_org_idx').on(t.orgId, t.performedOn)],
);

/** A follow-up from a tabletop exercise or a continuity test, with an owner and a due date. */
export const exerciseActions = pgTable(
  'exercise_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    tabletopId: uuid('tabletop_id').references(() => tabletopExercises.id, { onDelete: 'cascade' }),
    continuityTestId: uuid('continuity_test_id').references(() => continuityTests.id, {
      onDelete: 'cascade',
    }),
    title: text('title').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dueDate: date('due_date', { mode: 'string' }),
    status: exerciseActionStatusEnum('status').notNull().default('open'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('exercise_actions_org_idx').on(t.orgId, t.status)],
);
