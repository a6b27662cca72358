/**
 * The risk register: each organization's matrix, its risks with their controls, the annual
 * assessment snapshots (frozen copies of the whole register with their SHA-256) and the open
 * requests to reassess.
 */
import {
  RiskAssessmentStatusSchema,
  RiskCategorySchema,
  RiskStatusSchema,
  RiskTreatmentSchema,
} from '@vigil/core';
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
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

export const riskCategoryEnum = pgEnum('risk_category', valuesOf(RiskCategorySchema));
export const riskTreatmentEnum = pgEnum('risk_treatment', valuesOf(RiskTreatmentSchema));
export const riskStatusEnum = pgEnum('risk_status', valuesOf(RiskStatusSchema));
export const riskAssessmentStatusEnum = pgEnum(
  'risk_assessment_status',
  valuesOf(RiskAssessmentStatusSchema),
);

/** A level of a matrix scale as stored. */
export interface StoredLevel {
  label: string;
  colour?: string;
}

/** The organization's risk matrix; absent until the owner chooses one (the 5×5 preset is assumed). */
export const riskMatrices = pgTable('risk_matrices', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  likelihood: jsonb('likelihood').$type<StoredLevel[]>().notNull(),
  impact: jsonb('impact').$type<StoredLevel[]>().notNull(),
  levels: jsonb('levels').$type<StoredLevel[]>().notNull(),
  grid: jsonb('grid').$type<number[][]>().notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** One risk of the register. Likelihood and impact are levels (from 1) of the organization's matrix. */
export const risks = pgTable(
  'risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    category: riskCategoryEnum('category').notNull(),
    /** The library risk it was created from, if any. */
    templateId: text('template_id'),
    /** Names of the system components it affects (kinds or named components of the scope). */
    components: jsonb('components').$type<string[]>().notNull().default([]),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    inherentLikelihood: integer('inherent_likelihood').notNull(),
    inherentImpact: integer('inherent_impact').notNull(),
    currentLikelihood: integer('current_likelihood').notNull(),
    currentImpact: integer('current_impact').notNull(),
    targetLikelihood: integer('target_likelihood').notNull(),
    targetImpact: integer('target_impact').notNull(),
    treatment: riskTreatmentEnum('treatment').notNull().default('mitigate'),
    status: riskStatusEnum('status').notNull().default('open'),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    acceptedAt: ts('accepted_at'),
    acceptanceJustification: text('acceptance_justification'),
    acceptanceExpiresOn: date('acceptance_expires_on'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('risks_org_idx').on(t.orgId),
    index('risks_acceptance_idx').on(t.status, t.acceptanceExpiresOn),
  ],
);

/** A control of the organization that mitigates a risk. */
export const riskControls = pgTable(
  'risk_controls',
  {
    riskId: uuid('risk_id')
      .notNull()
      .references(() => risks.id, { onDelete: 'cascade' }),
    controlId: uuid('control_id')
      .notNull()
      .references(() => controls.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.riskId, t.controlId] })],
);

/** Evidence that supports a risk's assessment or treatment. */
export const riskEvidence = pgTable(
  'risk_evidence',
  {
    riskId: uuid('risk_id')
      .notNull()
      .references(() => risks.id, { onDelete: 'cascade' }),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidence.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.riskId, t.evidenceId] })],
);

/** An annual assessment: a frozen copy of the register, approved by someone other than who took it. */
export const riskAssessments = pgTable(
  'risk_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    assessedOn: date('assessed_on').notNull(),
    /** The matrix and every risk as they stood, in canonical JSON. */
    content: text('content').notNull(),
    contentSha256: text('content_sha256').notNull(),
    status: riskAssessmentStatusEnum('status').notNull().default('pending'),
    takenBy: uuid('taken_by').references(() => users.id, { onDelete: 'set null' }),
    takenByLabel: text('taken_by_label').notNull(),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    approvedByLabel: text('approved_by_label'),
    approvedAt: ts('approved_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('risk_assessments_org_idx').on(t.orgId, t.assessedOn)],
);

/** A request to reassess the register (scope, vendor or incident changes); the next approved assessment closes it. */
export const riskReassessmentRequests = pgTable(
  'risk_reassessment_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    requestedByLabel: text('requested_by_label').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
    closedByAssessmentId: uuid('closed_by_assessment_id').references(() => riskAssessments.id, {
      onDelete: 'set null',
    }),
  },
  // One open request per reason: asking again while it is open adds nothing.
  (t) => [uniqueIndex('risk_reassessment_open_idx').on(t.orgId, t.reason).where(sql`closed_at is null`)],
);
