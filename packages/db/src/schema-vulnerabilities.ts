/**
 * Vulnerabilities: the remediation SLA policy (versions with an effective time), risk-accepted
 * exceptions for scanner findings (the finding is its monitoring resource), and penetration tests with
 * their findings. Scanner findings themselves stay where monitoring stores them, as intervals.
 */
import { PenTestRetestResultSchema, VulnSlaSeveritySchema } from '@vigil/core';
import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, users, valuesOf } from './schema.ts';
import { evidence, resources } from './schema-monitoring.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const orgRef = () =>
  uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });

export const vulnSlaSeverityEnum = pgEnum('vuln_sla_severity', valuesOf(VulnSlaSeveritySchema));
export const penTestRetestResultEnum = pgEnum('pen_test_retest_result', valuesOf(PenTestRetestResultSchema));

/** One version of the SLA policy; findings detected from `effective_at` on take their due date from it. */
export const vulnSlaPolicies = pgTable(
  'vuln_sla_policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    criticalDays: integer('critical_days').notNull(),
    highDays: integer('high_days').notNull(),
    mediumDays: integer('medium_days').notNull(),
    lowDays: integer('low_days').notNull(),
    effectiveAt: ts('effective_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('vuln_sla_policies_org_idx').on(t.orgId, t.effectiveAt)],
);

/** A risk-accepted exception for one scanner finding, until it expires. */
export const vulnExceptions = pgTable(
  'vuln_exceptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    requesterId: uuid('requester_id').references(() => users.id, { onDelete: 'set null' }),
    approverId: uuid('approver_id').references(() => users.id, { onDelete: 'set null' }),
    /** Null while the exception waits for its approver; the finding counts as accepted only once approved. */
    approvedAt: ts('approved_at'),
    justification: text('justification').notNull(),
    expiresAt: ts('expires_at').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('vuln_exceptions_org_idx').on(t.orgId, t.resourceId)],
);

/** A penetration test: who ran it, when, on what, and its report as evidence. */
export const penTests = pgTable(
  'pen_tests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    vendor: text('vendor').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    scope: text('scope').notNull().default(''),
    reportEvidenceId: uuid('report_evidence_id').references(() => evidence.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('pen_tests_org_idx').on(t.orgId)],
);

/** One finding of a penetration test, tracked to remediation and retest under the same SLA. */
export const penTestFindings = pgTable(
  'pen_test_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    penTestId: uuid('pen_test_id')
      .notNull()
      .references(() => penTests.id, { onDelete: 'cascade' }),
    identifier: text('identifier'),
    title: text('title').notNull(),
    severity: vulnSlaSeverityEnum('severity').notNull(),
    description: text('description').notNull().default(''),
    /** The vendor's own status text, kept as imported. */
    vendorStatus: text('vendor_status'),
    detectedAt: ts('detected_at').notNull(),
    dueAt: ts('due_at').notNull(),
    remediatedOn: date('remediated_on'),
    retestOn: date('retest_on'),
    retestResult: penTestRetestResultEnum('retest_result'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('pen_test_findings_test_idx').on(t.orgId, t.penTestId)],
);
