/** Access reviews: campaigns, the accounts each one froze with their flags and decisions, and uploaded user lists. */
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, users } from './schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const orgRef = () =>
  uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });

/** One system a campaign reviews: a connector's accounts, or a user list uploaded as CSV. */
export interface CampaignSystem {
  /** `connector:<id>` or `csv:<normalised name>`: the same system across campaigns. */
  key: string;
  name: string;
  connectorId: string | null;
  uploadId: string | null;
  /** Who owns the system: reviews every account when the mode is system owner, and the rest otherwise. */
  ownerUserId: string;
}

/**
 * A user list of a system Vigil does not collect, uploaded as CSV. Parsed and checked when it
 * arrives (nothing is stored from a bad file); a campaign snapshots it, and a later upload of the
 * same system is what verifies its revocations.
 */
export const accessReviewUploads = pgTable(
  'access_review_uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    systemName: text('system_name').notNull(),
    /** The normalised system name: uploads of one system share it. */
    systemKey: text('system_key').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    accounts: jsonb('accounts').$type<Record<string, unknown>[]>().notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('access_review_uploads_system_idx').on(t.orgId, t.systemKey, t.createdAt)],
);

/** A review campaign: what it covers, who reviews, when it is due, and (once started) its frozen snapshot's hash. */
export const accessReviewCampaigns = pgTable(
  'access_review_campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    name: text('name').notNull(),
    status: text('status').notNull(),
    reviewerMode: text('reviewer_mode').notNull(),
    systems: jsonb('systems').$type<CampaignSystem[]>().notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    recurrence: text('recurrence').notNull(),
    /** Days a revoke or modify has to show in a sweep before its remediation item is overdue. */
    remediationDays: integer('remediation_days').notNull(),
    /** SHA-256 of the snapshot's canonical JSON, set when the campaign starts. */
    snapshotHash: text('snapshot_hash'),
    accountCount: integer('account_count').notNull().default(0),
    startedAt: ts('started_at'),
    startedBy: uuid('started_by').references(() => users.id, { onDelete: 'set null' }),
    closedAt: ts('closed_at'),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    /** The report kept as evidence at close: CSV and PDF. */
    reportCsvEvidenceId: uuid('report_csv_evidence_id'),
    reportPdfEvidenceId: uuid('report_pdf_evidence_id'),
    /** The campaign a recurring one scheduled when it closed, and the one it follows. */
    previousId: uuid('previous_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('access_review_campaigns_org_idx').on(t.orgId, t.status)],
);

/**
 * One account as the campaign froze it, with its flags, the reviewer it is assigned to, the
 * decision, and (for revoke and modify) the remediation item's verification.
 */
export const accessReviewAccounts = pgTable(
  'access_review_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => accessReviewCampaigns.id, { onDelete: 'cascade' }),
    systemKey: text('system_key').notNull(),
    systemName: text('system_name').notNull(),
    /** The stored resource it was read from; null for CSV systems. */
    resourceId: uuid('resource_id'),
    accountKey: text('account_key').notNull(),
    account: text('account').notNull(),
    displayName: text('display_name'),
    email: text('email'),
    roles: text('roles').array().notNull(),
    privileged: boolean('privileged').notNull(),
    mfa: boolean('mfa'),
    lastLoginAt: ts('last_login_at'),
    /** True when the system never saw a sign-in (as opposed to null: unknown). */
    neverLoggedIn: boolean('never_logged_in').notNull().default(false),
    enabled: boolean('enabled'),
    personId: uuid('person_id'),
    personName: text('person_name'),
    /** The Vigil user the account belongs to, through the person register: they may not review it. */
    ownerUserId: uuid('owner_user_id'),
    flags: text('flags').array().notNull(),
    /** Who decides; null when the only candidate was the account's own holder (a manager of reviews decides). */
    reviewerUserId: uuid('reviewer_user_id'),
    decision: text('decision'),
    reason: text('reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: ts('decided_at'),
    /** The sweep (or later upload) that showed the revoke or modify carried out. */
    verifiedAt: ts('verified_at'),
    verifiedNote: text('verified_note'),
    overdueAlertedAt: ts('overdue_alerted_at'),
  },
  (t) => [
    index('access_review_accounts_campaign_idx').on(t.campaignId, t.systemKey),
    index('access_review_accounts_reviewer_idx')
      .on(t.orgId, t.reviewerUserId)
      .where(sql`${t.decision} is null`),
    index('access_review_accounts_open_remediation_idx')
      .on(t.orgId)
      .where(sql`${t.decision} in ('revoke', 'modify') and ${t.verifiedAt} is null`),
  ],
);
