/**
 * Internal audits: the plan (scope, period, auditor, date), one result per control in scope, and
 * the findings raised from exceptions with their owners and due dates.
 */
import { AuditControlResultSchema, AuditFindingStatusSchema, InternalAuditStatusSchema } from '@vigil/core';
import { sql } from 'drizzle-orm';
import { date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { controls, organizations, users, valuesOf } from './schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const internalAuditStatusEnum = pgEnum('internal_audit_status', valuesOf(InternalAuditStatusSchema));
export const auditControlResultEnum = pgEnum('audit_control_result', valuesOf(AuditControlResultSchema));
export const auditFindingStatusEnum = pgEnum('audit_finding_status', valuesOf(AuditFindingStatusSchema));

/** One planned internal audit; once completed nothing about it changes. */
export const internalAudits = pgTable(
  'internal_audits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    auditorId: uuid('auditor_id').references(() => users.id, { onDelete: 'set null' }),
    status: internalAuditStatusEnum('status').notNull().default('planned'),
    summary: text('summary').notNull().default(''),
    /** The audit this plan was proposed from when that one completed. */
    previousAuditId: uuid('previous_audit_id'),
    completedAt: ts('completed_at'),
    completedBy: uuid('completed_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('internal_audits_org_idx').on(t.orgId, t.plannedDate)],
);

/** The auditor's conclusion about one control in an audit's scope, with the evidence looked at. */
export const internalAuditControls = pgTable(
  'internal_audit_controls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    auditId: uuid('audit_id')
      .notNull()
      .references(() => internalAudits.id, { onDelete: 'cascade' }),
    controlId: uuid('control_id')
      .notNull()
      .references(() => controls.id, { onDelete: 'cascade' }),
    result: auditControlResultEnum('result').notNull().default('not_tested'),
    notes: text('notes').notNull().default(''),
    evidenceIds: uuid('evidence_ids').array().notNull().default(sql`ARRAY[]::uuid[]`),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('internal_audit_controls_unique').on(t.auditId, t.controlId)],
);

/** A finding of an audit, usually from an exception, followed until it is closed. */
export const internalAuditFindings = pgTable(
  'internal_audit_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    auditId: uuid('audit_id')
      .notNull()
      .references(() => internalAudits.id, { onDelete: 'cascade' }),
    /** The control the finding is about, when it is about one. */
    controlId: uuid('control_id').references(() => controls.id, { onDelete: 'set null' }),
    description: text('description').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dueDate: date('due_date', { mode: 'string' }),
    remediation: text('remediation').notNull().default(''),
    status: auditFindingStatusEnum('status').notNull().default('open'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('internal_audit_findings_org_idx').on(t.orgId, t.status)],
);
