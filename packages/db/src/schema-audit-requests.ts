/**
 * Audit requests: what the auditor asks the company to provide during an engagement, the
 * conversation about each, and the evidence given in answer. Each status change is in the audit
 * trail (the request's history), so no separate history table is kept.
 */
import { AuditRequestSourceSchema, AuditRequestStatusSchema } from '@vigil/core/audit-requests';
import { sql } from 'drizzle-orm';
import {
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
import { engagements, organizations, users, valuesOf } from './schema.ts';
import { evidence } from './schema-monitoring.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const auditRequestStatusEnum = pgEnum('audit_request_status', valuesOf(AuditRequestStatusSchema));
export const auditRequestSourceEnum = pgEnum('audit_request_source', valuesOf(AuditRequestSourceSchema));

/** One request of an engagement's list; its reference is unique within the engagement. */
export const auditRequests = pgTable(
  'audit_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull(),
    description: text('description').notNull(),
    controlIds: uuid('control_ids').array().notNull().default(sql`ARRAY[]::uuid[]`),
    criteria: text('criteria').array().notNull().default(sql`ARRAY[]::text[]`),
    dueDate: date('due_date', { mode: 'string' }),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    status: auditRequestStatusEnum('status').notNull().default('open'),
    source: auditRequestSourceEnum('source').notNull(),
    /** The test sample this request asks about; no foreign key, samples live in their own domain. */
    sampleId: uuid('sample_id'),
    /** The auditor's reason the last time the request was flagged. */
    flagReason: text('flag_reason'),
    submittedAt: ts('submitted_at'),
    acceptedAt: ts('accepted_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('audit_requests_reference_unique').on(t.engagementId, t.reference),
    index('audit_requests_org_idx').on(t.orgId, t.engagementId, t.status),
  ],
);

/** The thread between the auditor and the company about one request; never edited. */
export const auditRequestComments = pgTable(
  'audit_request_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => auditRequests.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('audit_request_comments_request_idx').on(t.requestId, t.createdAt)],
);

/** Evidence given in answer to a request. */
export const auditRequestEvidence = pgTable(
  'audit_request_evidence',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => auditRequests.id, { onDelete: 'cascade' }),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidence.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    linkedBy: uuid('linked_by').references(() => users.id, { onDelete: 'set null' }),
    linkedAt: ts('linked_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.evidenceId] })],
);
