/**
 * Policies: each policy's versions through approval to publication, the requests to accept them
 * and the acceptances themselves (never deleted or moved), and the reminders already sent.
 */
import { PolicyAudienceSchema } from '@vigil/catalog';
import { AcceptanceRequestStateSchema, PolicyVersionStatusSchema } from '@vigil/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, users, valuesOf } from './schema.ts';
import { people } from './schema-people.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const policyVersionStatusEnum = pgEnum('policy_version_status', valuesOf(PolicyVersionStatusSchema));
export const acceptanceRequestStateEnum = pgEnum(
  'acceptance_request_state',
  valuesOf(AcceptanceRequestStateSchema),
);

/** A policy: its owner, who it is for, how often it is reviewed and who approves its versions. */
export const policies = pgTable(
  'policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** The catalog template it was written from, or null for a blank policy. */
    templateId: text('template_id'),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    audience: text('audience', { enum: valuesOf(PolicyAudienceSchema) }).notNull(),
    reviewCadenceMonths: integer('review_cadence_months').notNull().default(12),
    /** Members who may approve a version; whoever submitted a version cannot approve it. */
    approverIds: uuid('approver_ids').array().notNull().default(sql`ARRAY[]::uuid[]`),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('policies_org_idx').on(t.orgId)],
);

/** One version of a policy's text. Once published its content and hash never change. */
export const policyVersions = pgTable(
  'policy_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => policies.id, { onDelete: 'cascade' }),
    major: integer('major').notNull(),
    minor: integer('minor').notNull(),
    status: policyVersionStatusEnum('status').notNull().default('draft'),
    /** Markdown. */
    content: text('content').notNull(),
    changelog: text('changelog').notNull().default(''),
    /** "Reviewed, no change": the annual review recorded as a minor version with the same text. */
    reviewOnly: boolean('review_only').notNull().default(false),
    /** SHA-256 (hex) of the content, set when it is published. */
    contentSha256: text('content_sha256'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: ts('submitted_at'),
    /** Who approved (and so published) it. */
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    approvedAt: ts('approved_at'),
    publishedAt: ts('published_at'),
    supersededAt: ts('superseded_at'),
    rejectedBy: uuid('rejected_by').references(() => users.id, { onDelete: 'set null' }),
    rejectedAt: ts('rejected_at'),
    rejectionReason: text('rejection_reason'),
  },
  (t) => [
    index('policy_versions_policy_idx').on(t.policyId),
    index('policy_versions_org_idx').on(t.orgId, t.status),
    // A rejected version's number is used again by the next draft.
    uniqueIndex('policy_versions_number_idx')
      .on(t.policyId, t.major, t.minor)
      .where(sql`${t.status} <> 'rejected'`),
    // One version in the works at a time.
    uniqueIndex('policy_versions_open_idx')
      .on(t.policyId)
      .where(sql`${t.status} in ('draft', 'pending_approval')`),
  ],
);

/**
 * A person asked to accept a policy. It points at the version to accept: a minor publication moves
 * it forward (same due date), a major one closes it and asks again.
 */
export const acceptanceRequests = pgTable(
  'policy_acceptance_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => policies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => policyVersions.id),
    /** The major version the request was made for. */
    major: integer('major').notNull(),
    dueDate: date('due_date').notNull(),
    state: acceptanceRequestStateEnum('state').notNull().default('open'),
    createdAt: ts('created_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
  },
  (t) => [
    uniqueIndex('policy_requests_open_idx').on(t.policyId, t.personId).where(sql`${t.state} = 'open'`),
    index('policy_requests_org_idx').on(t.orgId, t.state, t.dueDate),
    index('policy_requests_person_idx').on(t.personId),
  ],
);

/**
 * A person's acceptance of one exact version: the text's hash, when, and from where. Rows are only
 * ever inserted: no route updates or deletes them, and nothing moves them to another version.
 */
export const policyAcceptances = pgTable(
  'policy_acceptances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => policies.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => policyVersions.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** The Vigil user who clicked accept. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    contentSha256: text('content_sha256').notNull(),
    acceptedAt: ts('accepted_at').notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    uniqueIndex('policy_acceptances_once_idx').on(t.versionId, t.personId),
    index('policy_acceptances_policy_idx').on(t.orgId, t.policyId),
    index('policy_acceptances_person_idx').on(t.personId),
  ],
);

/** Reminders and escalations already written to the alert outbox: one per request and threshold. */
export const policyReminders = pgTable(
  'policy_reminders',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => acceptanceRequests.id, { onDelete: 'cascade' }),
    /** `due_7`, `due_1` or `overdue`. */
    threshold: text('threshold').notNull(),
    sentAt: ts('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.threshold] })],
);
