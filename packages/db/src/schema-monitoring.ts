/** Tables of continuous monitoring and evidence: connectors, runs, resources, state intervals, evidence, alerts. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { controls, organizations, users } from './schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const orgRef = () =>
  uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });

/** A configured source of resources: a file importer fed by uploads or a live collector on a schedule. */
export const connectors = pgTable(
  'connectors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    /** The importer or collector id, e.g. `aws.credential_report` or `github.live`. */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Minutes between scheduled runs; null for upload-only importers. */
    scheduleMinutes: integer('schedule_minutes'),
    config: jsonb('config').$type<Record<string, unknown>>().notNull().default({}),
    /** Encrypted with the master key; never returned by the API or logged. */
    credentialsEnc: text('credentials_enc'),
    enabled: boolean('enabled').notNull().default(true),
    lastRunAt: ts('last_run_at'),
    lastSuccessAt: ts('last_success_at'),
    lastStatus: text('last_status'),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('connectors_org_idx').on(t.orgId)],
);

/** One collection or sweep: what ran, when, and what it changed. */
export const runs = pgTable(
  'runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    connectorId: uuid('connector_id').references(() => connectors.id, { onDelete: 'set null' }),
    source: text('source').notNull(),
    status: text('status').notNull(),
    error: text('error'),
    startedAt: ts('started_at').notNull(),
    finishedAt: ts('finished_at'),
    /**
     * Refreshed every few seconds by the process running the run; a running run whose heartbeat
     * (or, for rows from before heartbeats, start) is long past lost its process and is marked failed.
     */
    heartbeatAt: ts('heartbeat_at'),
    resourcesSeen: integer('resources_seen').notNull().default(0),
    transitions: integer('transitions').notNull().default(0),
    evidenceId: uuid('evidence_id'),
    stats: jsonb('stats').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('runs_org_started_idx').on(t.orgId, t.startedAt),
    index('runs_running_idx').on(t.startedAt).where(sql`${t.status} = 'running'`),
  ],
);

/**
 * A resource as its connector last reported it. Identity is (org, source, connector, type, external id):
 * two connectors of one kind (two AWS accounts, or an AWS file import beside a live collector) each own
 * their resources, so sweeping one never marks the other's gone. Runs without a connector (the CLI,
 * when the organization has no single connector of that kind) share the connector-less scope.
 */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    source: text('source').notNull(),
    /**
     * No foreign key: deleting a connector keeps what it collected as history, and setting this to
     * null would merge those resources into the connector-less scope (and clash with its identities).
     */
    connectorId: uuid('connector_id'),
    type: text('type').notNull(),
    externalId: text('external_id').notNull(),
    name: text('name').notNull(),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull(),
    /** SHA-256 of the canonical attributes, so a sweep rewrites only resources that changed. */
    attributesHash: text('attributes_hash').notNull(),
    /**
     * Digest of the statuses of the resource's open intervals (as the last sweep wrote them), so a
     * sweep reads open intervals only of resources whose results differ. Null means "unknown: compare".
     */
    statesHash: text('states_hash'),
    firstSeen: ts('first_seen').notNull(),
    /**
     * The last sweep time this row was written at (created, changed or gone). A present resource was
     * seen by its scope's latest sweep (`resource_scopes.last_swept_at`); unchanged sweeps don't
     * rewrite it. For a gone resource it is the last sweep that saw it.
     */
    lastSeen: ts('last_seen').notNull(),
    /** Set when the resource stopped appearing in its source. */
    goneAt: ts('gone_at'),
  },
  (t) => [
    // Nulls not distinct: the connector-less scope is one scope, not one per row.
    unique('resources_identity')
      .on(t.orgId, t.source, t.connectorId, t.type, t.externalId)
      .nullsNotDistinct(),
    index('resources_org_type_idx').on(t.orgId, t.type),
  ],
);

/**
 * The latest successful sweep of each (source, connector, type) an organization has: the "last seen"
 * of every present resource of that scope, written once per sweep instead of once per resource.
 */
export const resourceScopes = pgTable(
  'resource_scopes',
  {
    orgId: orgRef(),
    source: text('source').notNull(),
    connectorId: uuid('connector_id'),
    type: text('type').notNull(),
    lastSweptAt: ts('last_swept_at').notNull(),
    /** The run that swept it; null for scopes carried over from before this table existed. */
    runId: uuid('run_id'),
  },
  (t) => [unique('resource_scopes_identity').on(t.orgId, t.source, t.connectorId, t.type).nullsNotDistinct()],
);

/** One row per (check, resource) per continuous span of the same status: [from, to). */
export const checkIntervals = pgTable(
  'check_intervals',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: uuid('org_id').notNull(),
    checkId: text('check_id').notNull(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    reason: text('reason').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    from: ts('from').notNull(),
    to: ts('to'),
    runId: uuid('run_id'),
  },
  (t) => [
    index('check_intervals_open_idx').on(t.orgId, t.checkId).where(sql`${t.to} is null`),
    index('check_intervals_check_time_idx').on(t.orgId, t.checkId, t.from),
    index('check_intervals_resource_idx').on(t.resourceId),
    // Exceptions are read by check and time, and are a small share of all intervals.
    index('check_intervals_fail_idx').on(t.orgId, t.checkId, t.from).where(sql`${t.status} = 'fail'`),
  ],
);

/**
 * When each check was evaluated at all: spans in which at least one resource had a passing or
 * failing interval of it. Written beside the intervals by whatever changes them, so effectiveness
 * reads a few rows per check instead of every resource's passing intervals.
 */
export const checkCoverage = pgTable(
  'check_coverage',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: orgRef(),
    checkId: text('check_id').notNull(),
    from: ts('from').notNull(),
    /** Null while the check is still evaluated. */
    to: ts('to'),
  },
  (t) => [
    index('check_coverage_check_idx').on(t.orgId, t.checkId, t.from),
    uniqueIndex('check_coverage_open_idx').on(t.orgId, t.checkId).where(sql`${t.to} is null`),
  ],
);

/** Checks an organization wrote in CEL. */
export const customChecks = pgTable(
  'custom_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    checkId: text('check_id').notNull(),
    spec: jsonb('spec').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('custom_checks_org_check_idx').on(t.orgId, t.checkId)],
);

/**
 * Evidence items are immutable: a correction is a new item whose `supersedesId` names the old one.
 * The blob is content-addressed (SHA-256 of the plaintext), compressed and encrypted at rest.
 */
export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    fileName: text('file_name').notNull(),
    storageKey: text('storage_key').notNull(),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    renewBy: date('renew_by', { mode: 'string' }),
    supersedesId: uuid('supersedes_id'),
    runId: uuid('run_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    /** The audit-chain entry that committed this item's hash. */
    chainSeq: integer('chain_seq'),
  },
  (t) => [
    index('evidence_org_created_idx').on(t.orgId, t.createdAt),
    index('evidence_org_sha_idx').on(t.orgId, t.sha256),
    // A correction supersedes one item, and an item is superseded at most once: the history is a line.
    uniqueIndex('evidence_supersedes_idx').on(t.supersedesId),
  ],
);

export const evidenceControls = pgTable(
  'evidence_controls',
  {
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidence.id, { onDelete: 'cascade' }),
    controlId: uuid('control_id')
      .notNull()
      .references(() => controls.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.evidenceId, t.controlId] }),
    index('evidence_controls_control_idx').on(t.controlId),
  ],
);

/** Where alerts go: email, an HMAC-signed webhook, or a Slack-compatible webhook. */
export const alertChannels = pgTable('alert_channels', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: orgRef(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  /** Email addresses (comma-separated) or the webhook URL. */
  target: text('target').notNull(),
  /** HMAC key for signed webhooks, encrypted with the master key. */
  secretEnc: text('secret_enc'),
  /** Event kinds routed here: `fail`, `recovered`, `connector_error`, `stale`. */
  events: text('events').array().notNull(),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** Alert events waiting to be delivered; a dispatcher batches them into digests. */
export const alertOutbox = pgTable(
  'alert_outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: uuid('org_id').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** The person it is routed to (the control owner), when there is one. */
    recipientUserId: uuid('recipient_user_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Not before this time: a lease while a dispatcher delivers it, then the retry backoff. */
    nextAttemptAt: ts('next_attempt_at'),
    /** Channels that already received it, so a retry resends only to the ones that failed. */
    deliveredChannelIds: uuid('delivered_channel_ids').array().notNull().default(sql`ARRAY[]::uuid[]`),
  },
  (t) => [index('alert_outbox_pending_idx').on(t.orgId, t.createdAt).where(sql`${t.sentAt} is null`)],
);
