/**
 * Testing inside a SOC 2 engagement: one test per control (the attributes tested, the procedure, the
 * conclusion) and the exceptions register. Exceptions are never deleted: remediation is recorded on
 * the same row, beside the exception, and a trigger refuses DELETE (hand-sql-testing.sql).
 */
import {
  ControlTestConclusionSchema,
  ExceptionConclusionSchema,
  RemediationStatusSchema,
} from '@vigil/core/audit-testing';
import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { controls, engagements, organizations, users, valuesOf } from './schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const controlTestConclusionEnum = pgEnum(
  'control_test_conclusion',
  valuesOf(ControlTestConclusionSchema),
);
export const auditExceptionConclusionEnum = pgEnum(
  'audit_exception_conclusion',
  valuesOf(ExceptionConclusionSchema),
);
export const remediationStatusEnum = pgEnum('audit_remediation_status', valuesOf(RemediationStatusSchema));

/** The auditor's test of one control in one engagement. */
export const controlTests = pgTable(
  'control_tests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    controlId: uuid('control_id')
      .notNull()
      .references(() => controls.id, { onDelete: 'cascade' }),
    /** The attributes tested, in the order the auditor listed them. */
    attributes: text('attributes').array().notNull().default(sql`ARRAY[]::text[]`),
    procedure: text('procedure').notNull().default(''),
    conclusion: controlTestConclusionEnum('conclusion').notNull().default('not_tested'),
    testedBy: uuid('tested_by').references(() => users.id, { onDelete: 'set null' }),
    testedAt: ts('tested_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('control_tests_engagement_control_idx').on(t.engagementId, t.controlId)],
);

/** One exception found while testing; kept for good, its remediation recorded beside it. */
export const auditExceptions = pgTable(
  'audit_exceptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    /** Order of recording within the engagement, for the register's numbering. */
    number: bigint('number', { mode: 'number' }).notNull(),
    controlId: uuid('control_id')
      .notNull()
      .references(() => controls.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull(),
    /** The sample the exception came from; no foreign key, samples live in another domain. */
    sampleId: uuid('sample_id'),
    itemKey: text('item_key'),
    sampleLabel: text('sample_label').notNull().default(''),
    description: text('description').notNull(),
    cause: text('cause').notNull().default(''),
    conclusion: auditExceptionConclusionEnum('conclusion').notNull().default('deviation'),
    managementResponse: text('management_response').notNull().default(''),
    respondedBy: uuid('responded_by').references(() => users.id, { onDelete: 'set null' }),
    respondedAt: ts('responded_at'),
    remediationOwnerId: uuid('remediation_owner_id').references(() => users.id, { onDelete: 'set null' }),
    remediationDate: date('remediation_date', { mode: 'string' }),
    remediationStatus: remediationStatusEnum('remediation_status').notNull().default('open'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('audit_exceptions_engagement_idx').on(t.engagementId, t.controlId),
    uniqueIndex('audit_exceptions_number_idx').on(t.engagementId, t.number),
  ],
);
