/**
 * The system description and bridge letter of an engagement, versioned like policies: a draft is
 * edited section by section; an approved version never changes and its SHA-256 joins the audit chain.
 */
import type { DocumentSection } from '@vigil/core';
import { ReportDocumentKindSchema, ReportDocumentStatusSchema } from '@vigil/core';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { engagements, organizations, users, valuesOf } from './schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One version of one document of an engagement. */
export const reportDocuments = pgTable(
  'report_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: valuesOf(ReportDocumentKindSchema) }).notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: valuesOf(ReportDocumentStatusSchema) })
      .notNull()
      .default('draft'),
    sections: jsonb('sections').$type<DocumentSection[]>().notNull(),
    /** The bridge letter's gap: from the day after the report's period to this day. */
    gapEnd: date('gap_end', { mode: 'string' }),
    contentSha256: text('content_sha256'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    approvedAt: ts('approved_at'),
  },
  (t) => [
    uniqueIndex('report_documents_version_idx').on(t.engagementId, t.kind, t.version),
    index('report_documents_org_idx').on(t.orgId),
  ],
);
