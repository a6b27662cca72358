/** The Drizzle schema: the single source of every stored type in Vigil. */
import {
  type ComponentKind,
  ComponentKindSchema,
  ControlKindSchema,
  FrequencySchema,
  ReportTypeIdSchema,
} from '@vigil/catalog';
import { ControlStatusSchema, EngagementStatusSchema, RoleSchema, TokenScopeSchema } from '@vigil/core';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** An enum's values as the non-empty tuple Drizzle wants, keeping their literal types. */
export function valuesOf<T extends string>(schema: { options: readonly T[] }): [T, ...T[]] {
  return schema.options as [T, ...T[]];
}

export const roleEnum = pgEnum('role', valuesOf(RoleSchema));
export const reportTypeEnum = pgEnum('report_type', valuesOf(ReportTypeIdSchema));
export const engagementStatusEnum = pgEnum('engagement_status', valuesOf(EngagementStatusSchema));
export const controlStatusEnum = pgEnum('control_status', valuesOf(ControlStatusSchema));
export const tokenScopeEnum = pgEnum('token_scope', valuesOf(TokenScopeSchema));

export const organizations = pgTable('organizations', {
  id: id(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  /** Trust Services Criteria categories in scope; security is always present. */
  categories: text('categories').array().notNull().default(sql`ARRAY['security']::text[]`),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** Null for accounts that only sign in through SSO. */
    passwordHash: text('password_hash'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)],
);

/**
 * Failed sign-ins for addresses with no password account, counted exactly as `users.failed_logins`
 * is, so that the lockout answer never tells whether an account exists. Keyed by the SHA-256 of the
 * lower-cased address: guesses and typos are not kept in clear.
 */
export const loginFailures = pgTable('login_failures', {
  emailHash: text('email_hash').primaryKey(),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: ts('locked_until'),
});

export const memberships = pgTable(
  'memberships',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    /** Auditor access ends on its own; null means no expiry. */
    expiresAt: ts('expires_at'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: roleEnum('role').notNull(),
    engagementId: uuid('engagement_id'),
    accessExpiresAt: ts('access_expires_at'),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    revokedAt: ts('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('invitations_org_idx').on(t.orgId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value, so a database leak does not leak live sessions. */
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').references(() => organizations.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The first characters of the token, shown in lists so a user can tell tokens apart. */
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    scope: tokenScopeEnum('scope').notNull(),
    expiresAt: ts('expires_at'),
    revokedAt: ts('revoked_at'),
    lastUsedAt: ts('last_used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('api_tokens_org_idx').on(t.orgId)],
);

export const oidcProviders = pgTable('oidc_providers', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  /** Encrypted with the master key (AES-256-GCM); never returned by the API. */
  clientSecretEnc: text('client_secret_enc').notNull(),
  /** Role given to a person who signs in through SSO for the first time. */
  defaultRole: roleEnum('default_role').notNull().default('member'),
  autoProvision: boolean('auto_provision').notNull().default(true),
  createdAt: createdAt(),
});

export const userIdentities = pgTable(
  'user_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] })],
);

/** In-flight OIDC logins: state, nonce and PKCE verifier between redirect and callback. */
export const oidcLogins = pgTable('oidc_logins', {
  state: text('state').primaryKey(),
  orgId: uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  expiresAt: ts('expires_at').notNull(),
});

export const componentKindEnum = pgEnum(
  'component_kind',
  ComponentKindSchema.options as [ComponentKind, ...ComponentKind[]],
);

export const systems = pgTable(
  'systems',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: componentKindEnum('kind').notNull(),
    description: text('description').notNull().default(''),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    inScope: boolean('in_scope').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('systems_org_idx').on(t.orgId)],
);

export const engagements = pgTable(
  'engagements',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    reportType: reportTypeEnum('report_type').notNull(),
    asOfDate: date('as_of_date', { mode: 'string' }),
    windowStart: date('window_start', { mode: 'string' }),
    windowEnd: date('window_end', { mode: 'string' }),
    /** The categories fixed for this audit, copied from the scope when it was opened. */
    categories: text('categories').array().notNull(),
    status: engagementStatusEnum('status').notNull().default('planning'),
    auditFirm: text('audit_firm').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('engagements_org_idx').on(t.orgId)],
);

export const engagementSystems = pgTable(
  'engagement_systems',
  {
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.engagementId, t.systemId] })],
);

export const engagementAuditors = pgTable(
  'engagement_auditors',
  {
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.engagementId, t.userId] }),
    index('engagement_auditors_user_idx').on(t.userId),
  ],
);

export const controls = pgTable(
  'controls',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    templateId: text('template_id'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    ownerRole: text('owner_role').notNull(),
    frequency: text('frequency', { enum: valuesOf(FrequencySchema) }).notNull(),
    kind: text('kind', { enum: valuesOf(ControlKindSchema) }).notNull(),
    automatable: boolean('automatable').notNull().default(false),
    suggestedEvidence: text('suggested_evidence').array().notNull().default(sql`ARRAY[]::text[]`),
    status: controlStatusEnum('status').notNull().default('not_started'),
    applicable: boolean('applicable').notNull().default(true),
    naJustification: text('na_justification'),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('controls_org_code_idx').on(t.orgId, t.code), index('controls_org_idx').on(t.orgId)],
);

export const controlCriteria = pgTable(
  'control_criteria',
  {
    controlId: uuid('control_id')
      .notNull()
      .references(() => controls.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.controlId, t.criterionId] }),
    index('control_criteria_org_criterion_idx').on(t.orgId, t.criterionId),
  ],
);

/** Every saved state of a control, so its history can be shown and audited. */
export const controlVersions = pgTable(
  'control_versions',
  {
    controlId: uuid('control_id')
      .notNull()
      .references(() => controls.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    orgId: uuid('org_id').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    changedFields: text('changed_fields').array().notNull(),
    changedBy: uuid('changed_by'),
    changedByLabel: text('changed_by_label').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.controlId, t.version] })],
);

/**
 * The append-only, hash-chained audit trail. Each row commits to the previous row's hash,
 * so any edit or deletion after the fact breaks the chain and `vigil verify` names where.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: uuid('org_id').notNull(),
    seq: integer('seq').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string', precision: 3 }).notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull(),
    requestId: text('request_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_org_seq_idx').on(t.orgId, t.seq),
    index('audit_events_org_at_idx').on(t.orgId, t.at),
  ],
);

/** The head of each organization's chain; locked while an event is appended so appends serialize. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  orgId: uuid('org_id').primaryKey(),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
});
