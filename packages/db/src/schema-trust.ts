/**
 * The public trust page: its settings per organization, the NDA versions, the documents with their
 * versions (files in the sealed blob store), access requests, time-limited grants (only the token's
 * hash is kept) and the log of every view and download.
 */
import {
  TrustDocumentKindSchema,
  TrustRequestStatusSchema,
  TrustVisibilitySchema,
} from '@vigil/core/trust-page';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, users, valuesOf } from './schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const orgRef = () =>
  uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });

/** A control shown under "security practices" with the summary its owner wrote for the public. */
export interface TrustPractice {
  controlId: string;
  summary: string;
}

export const trustSettings = pgTable('trust_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull().default(false),
  slug: text('slug').unique(),
  overview: text('overview').notNull().default(''),
  autoApproveDomains: text('auto_approve_domains').array().notNull().default([]),
  practices: jsonb('practices').$type<TrustPractice[]>().notNull().default([]),
  grantDays: integer('grant_days').notNull().default(14),
  soc3Summary: text('soc3_summary'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const trustNdas = pgTable(
  'trust_ndas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique('trust_ndas_org_version').on(t.orgId, t.version)],
);

export const trustDocuments = pgTable(
  'trust_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    title: text('title').notNull(),
    kind: text('kind', { enum: valuesOf(TrustDocumentKindSchema) }).notNull(),
    visibility: text('visibility', { enum: valuesOf(TrustVisibilitySchema) }).notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('trust_documents_org_idx').on(t.orgId)],
);

export const trustDocumentVersions = pgTable(
  'trust_document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => trustDocuments.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique('trust_document_versions_doc_version').on(t.documentId, t.version)],
);

export const trustAccessRequests = pgTable(
  'trust_access_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    name: text('name').notNull(),
    company: text('company').notNull(),
    email: text('email').notNull(),
    ndaVersion: integer('nda_version').notNull(),
    ndaAcceptedAt: ts('nda_accepted_at').notNull(),
    ip: text('ip'),
    status: text('status', { enum: valuesOf(TrustRequestStatusSchema) })
      .notNull()
      .default('pending'),
    autoApproved: boolean('auto_approved').notNull().default(false),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: ts('decided_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('trust_access_requests_org_idx').on(t.orgId, t.createdAt)],
);

export const trustGrants = pgTable(
  'trust_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => trustAccessRequests.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('trust_grants_org_idx').on(t.orgId)],
);

export const trustAccessLog = pgTable(
  'trust_access_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    grantId: uuid('grant_id').references(() => trustGrants.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id').references(() => trustAccessRequests.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => trustDocumentVersions.id, { onDelete: 'cascade' }),
    action: text('action', { enum: ['view', 'download'] }).notNull(),
    ip: text('ip'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('trust_access_log_org_idx').on(t.orgId, t.at)],
);
