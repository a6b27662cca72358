/**
 * Recurring activities: one row per occurrence (a control's work for one period), its reminders,
 * and each person's secret calendar feed. Completed occurrences are never changed again; the next
 * period is a new row, so the history of who did what, when and how late is the table itself.
 */
import { ActivityStatusSchema, SCHEDULED_FREQUENCIES } from '@vigil/core';
import {
  boolean,
  date,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { controls, organizations, users, valuesOf } from './schema.ts';
import { evidence } from './schema-monitoring.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const activityStatusEnum = pgEnum('activity_status', valuesOf(ActivityStatusSchema));

/** One occurrence of a recurring activity, due at the end of the period it proves. */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    controlId: uuid('control_id')
      .notNull()
      .references(() => controls.id, { onDelete: 'cascade' }),
    /** The activity template of the catalog it was created from. */
    templateId: text('template_id').notNull(),
    title: text('title').notNull(),
    /** The control's frequency when the occurrence was scheduled; the next one follows it. */
    frequency: text('frequency', { enum: valuesOf({ options: SCHEDULED_FREQUENCIES }) }).notNull(),
    /** The last day of the period this occurrence proves; fixed, so moving the due date shifts no period. */
    periodEnd: date('period_end').notNull(),
    dueDate: date('due_date').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    status: activityStatusEnum('status').notNull().default('open'),
    completedAt: ts('completed_at'),
    completedOn: date('completed_on'),
    completedBy: uuid('completed_by').references(() => users.id, { onDelete: 'set null' }),
    completedByLabel: text('completed_by_label'),
    evidenceId: uuid('evidence_id').references(() => evidence.id, { onDelete: 'restrict' }),
    late: boolean('late'),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // One occurrence per activity and period, even when two processes schedule at once.
    uniqueIndex('activities_period_idx').on(t.controlId, t.templateId, t.periodEnd),
    index('activities_org_due_idx').on(t.orgId, t.dueDate),
    index('activities_owner_idx').on(t.ownerId, t.status),
  ],
);

/** A reminder already sent for an occurrence, so the daily job sends each threshold once. */
export const activityReminders = pgTable(
  'activity_reminders',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    threshold: text('threshold').notNull(),
    sentAt: ts('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.threshold] })],
);

/** A person's calendar feed; only the token's hash is kept, and regenerating replaces the row. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_idx').on(t.tokenHash),
    uniqueIndex('calendar_feeds_user_idx').on(t.orgId, t.userId),
  ],
);
