/**
 * Populations and samples of an engagement's audit: each population keeps its completeness record
 * (source, query, when it ran, rows, SHA-256) and its canonical file as text in the database, so a
 * sample can be re-verified and exported long after the data it came from has changed.
 */

import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { controls, engagements, organizations, users } from './schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One population as it was produced or uploaded; never changed afterwards. */
export const auditPopulations = pgTable(
  'audit_populations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    /** What it lists: a producer's kind, or `upload`. */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Where the rows came from, in words. */
    source: text('source').notNull(),
    /** The exact query or filter used, or the uploaded file and its columns. */
    query: text('query').notNull(),
    ranAt: ts('ran_at').notNull(),
    rowCount: integer('row_count').notNull(),
    /** SHA-256 of `fileText` as core's `buildPopulation` writes it. */
    sha256: text('sha256').notNull(),
    /** The canonical population file (JSON Lines), what `vigil sample verify --population` reads. */
    fileText: text('file_text').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('audit_populations_engagement_idx').on(t.orgId, t.engagementId, t.ranAt)],
);

/** A sample drawn for one control from one population; one per control and population, never redrawn. */
export const auditSamples = pgTable(
  'audit_samples',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    populationId: uuid('population_id')
      .notNull()
      .references(() => auditPopulations.id, { onDelete: 'cascade' }),
    controlId: uuid('control_id')
      .notNull()
      .references(() => controls.id, { onDelete: 'cascade' }),
    seed: text('seed').notNull(),
    size: integer('size').notNull(),
    /** `frequency`, `events` or `override`. */
    basis: text('basis').notNull(),
    /** Why this size, in words (the table row, the event band, or the override's reason). */
    basisDetail: text('basis_detail').notNull(),
    overrideReason: text('override_reason'),
    /** The drawn item ids in the order they were drawn. */
    itemIds: jsonb('item_ids').$type<string[]>().notNull(),
    /** Each drawn item in words by its id, kept at drawing so a result never re-reads the population. */
    itemNames: jsonb('item_names').$type<Record<string, string>>().notNull().default({}),
    drawnBy: uuid('drawn_by').references(() => users.id, { onDelete: 'set null' }),
    drawnAt: ts('drawn_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('audit_samples_once_idx').on(t.populationId, t.controlId)],
);

/** The auditor's result for one drawn item. */
export const auditSampleResults = pgTable(
  'audit_sample_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    sampleId: uuid('sample_id')
      .notNull()
      .references(() => auditSamples.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    /** `pass` or `exception`. */
    result: text('result').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('audit_sample_results_item_idx').on(t.sampleId, t.itemKey)],
);

/** An organization's own sample size table (core `SampleSizeTable`); absent means core's defaults. */
export const sampleSizeTables = pgTable('sample_size_tables', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  table: jsonb('table').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
