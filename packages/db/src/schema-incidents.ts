/**
 * Incidents (issue 13, CC7.3–CC7.5): the incident with its times, notifications and lessons, its
 * append-only timeline, its follow-up actions, and the attestations that a period had no incident.
 */
import { IncidentSourceSchema, IncidentStatusSchema, SeveritySchema } from '@vigil/core';
import {
  boolean,
  date,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, users, valuesOf } from './schema.ts';
import { risks } from './schema-risks.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const incidentStatusEnum = pgEnum('incident_status', valuesOf(IncidentStatusSchema));
export const incidentSourceEnum = pgEnum('incident_source', valuesOf(IncidentSourceSchema));

/** What the monitoring check showed when it was promoted to an incident. */
export interface PromotedCheck {
  checkId: string;
  title: string;
  failing: { resource: string; source: string; reason: string; since: string }[];
}

export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    severity: text('severity', { enum: valuesOf(SeveritySchema) }).notNull(),
    source: incidentSourceEnum('source').notNull(),
    status: incidentStatusEnum('status').notNull().default('new'),
    occurredAt: ts('occurred_at'),
    detectedAt: ts('detected_at').notNull(),
    reportedAt: ts('reported_at'),
    /** System components of the scope that were affected (ids of `systems`, checked on write). */
    affectedSystemIds: uuid('affected_system_ids').array().notNull().default([]),
    affectedData: text('affected_data').notNull().default(''),
    customersMustBeNotified: boolean('customers_must_be_notified').notNull().default(false),
    customersNotifyBy: ts('customers_notify_by'),
    customersNotifiedAt: ts('customers_notified_at'),
    authoritiesMustBeNotified: boolean('authorities_must_be_notified').notNull().default(false),
    authoritiesNotifyBy: ts('authorities_notify_by'),
    authoritiesNotifiedAt: ts('authorities_notified_at'),
    rootCause: text('root_cause'),
    lessonsLearned: text('lessons_learned'),
    dismissalReason: text('dismissal_reason'),
    /** Feeds the system description and the bridge letter. */
    significant: boolean('significant').notNull().default(false),
    controlIds: uuid('control_ids').array().notNull().default([]),
    evidenceIds: uuid('evidence_ids').array().notNull().default([]),
    /** The failing check it was promoted from, with its failing results at that moment. */
    promotedFrom: jsonb('promoted_from').$type<PromotedCheck>(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
  },
  (t) => [index('incidents_org_detected_idx').on(t.orgId, t.detectedAt)],
);

/** One entry of an incident's timeline; entries are only ever added. */
export const incidentTimeline = pgTable(
  'incident_timeline',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    at: ts('at').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** Kept as written, so the entry still says who when the member leaves. */
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('incident_timeline_incident_idx').on(t.incidentId, t.at)],
);

/** A follow-up action of an incident, owned by a member, due by a date. */
export const incidentFollowUps = pgTable(
  'incident_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dueDate: date('due_date').notNull(),
    doneAt: ts('done_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('incident_follow_ups_owner_idx').on(t.orgId, t.ownerId, t.dueDate)],
);

/** A member's statement that no incident happened between two dates. */
export const incidentEmptyPeriods = pgTable('incident_empty_periods', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  from: date('from').notNull(),
  to: date('to').notNull(),
  note: text('note').notNull().default(''),
  attestedBy: uuid('attested_by').references(() => users.id, { onDelete: 'set null' }),
  attestedByName: text('attested_by_name').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/**
 * The risks an incident bears on (CC7.4, CC3.2): a join table rather than an id array so that both
 * sides can be read with a join, and a risk's incidents show on the risk.
 */
export const incidentRisks = pgTable(
  'incident_risks',
  {
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    riskId: uuid('risk_id')
      .notNull()
      .references(() => risks.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.riskId] }), index('incident_risks_risk_idx').on(t.riskId)],
);
