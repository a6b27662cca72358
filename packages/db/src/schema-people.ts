/** The person register: everyone who works for the organization, from the HR roster or entered by hand. */
import { ONBOARDING_ITEMS, PersonSourceSchema, PersonStatusSchema, WorkerTypeSchema } from '@vigil/core';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, users, valuesOf } from './schema.ts';
import { connectors, evidence, resources } from './schema-monitoring.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const workerTypeEnum = pgEnum('worker_type', valuesOf(WorkerTypeSchema));
export const personStatusEnum = pgEnum('person_status', valuesOf(PersonStatusSchema));
export const personSourceEnum = pgEnum('person_source', valuesOf(PersonSourceSchema));
export const onboardingItemEnum = pgEnum('onboarding_item', ONBOARDING_ITEMS);

/**
 * One person who works for the organization. National ids, dates of birth and pay are never kept:
 * the register holds only what access, training and policy evidence needs.
 */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** Other addresses and user names the person's accounts may carry, matched like the email. */
    aliases: text('aliases').array().notNull().default(sql`ARRAY[]::text[]`),
    workerType: workerTypeEnum('worker_type').notNull().default('employee'),
    department: text('department'),
    title: text('title'),
    managerId: uuid('manager_id').references((): AnyPgColumn => people.id, { onDelete: 'set null' }),
    startDate: date('start_date'),
    endDate: date('end_date'),
    status: personStatusEnum('status').notNull().default('active'),
    inScope: boolean('in_scope').notNull().default(true),
    /** Why a person is out of scope; required when `inScope` is false. */
    scopeJustification: text('scope_justification'),
    source: personSourceEnum('source').notNull(),
    /** The roster connector the row was last read from, for roster people. */
    sourceConnectorId: uuid('source_connector_id').references(() => connectors.id, { onDelete: 'set null' }),
    /** The HR system's id for the worker, when the roster has one. */
    employeeId: text('employee_id'),
    /** The person's own Vigil sign-in, once invited or signed in through SSO. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_org_email_idx').on(t.orgId, sql`lower(${t.email})`),
    index('people_org_status_idx').on(t.orgId, t.status),
    // A sign-in belongs to at most one person of an organization.
    uniqueIndex('people_org_user_idx').on(t.orgId, t.userId).where(sql`${t.userId} is not null`),
  ],
);

/**
 * A person's decision about one account: `linked` true ties an account the email match missed to the
 * person, false keeps an account the match found away from them. One decision per account.
 */
export const personAccountLinks = pgTable(
  'person_account_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    linked: boolean('linked').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('person_account_links_resource_idx').on(t.orgId, t.resourceId, t.personId)],
);

/** One item of a person's onboarding checklist, made from the template of their worker type. */
export const onboardingItems = pgTable(
  'onboarding_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    item: onboardingItemEnum('item').notNull(),
    dueDate: date('due_date').notNull(),
    doneAt: ts('done_at'),
    /** Who marked it done; null when Vigil saw it done (a device enrolled, a policy accepted …). */
    doneBy: uuid('done_by').references(() => users.id, { onDelete: 'set null' }),
    evidenceId: uuid('evidence_id').references(() => evidence.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('onboarding_items_person_item_idx').on(t.personId, t.item)],
);

/**
 * A leaver's offboarding, opened when their end date is set. The SLA is copied from the organization's
 * setting when it opens, so changing the setting later applies only to new terminations.
 */
export const offboardings = pgTable(
  'offboardings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    endDate: date('end_date').notNull(),
    slaBusinessDays: integer('sla_business_days').notNull(),
    openedAt: ts('opened_at').notNull(),
  },
  (t) => [uniqueIndex('offboardings_person_idx').on(t.personId)],
);

/**
 * One account a leaver must lose: a watched account (its resource) measured from the sweeps, or an
 * account in a system Vigil does not watch, attested by a person with a reason.
 */
export const offboardingAccounts = pgTable(
  'offboarding_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    offboardingId: uuid('offboarding_id')
      .notNull()
      .references(() => offboardings.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id').references(() => resources.id, { onDelete: 'set null' }),
    system: text('system').notNull(),
    account: text('account').notNull(),
    /** The last sweep that saw the account able to sign in; null when never seen active. */
    lastSeenActiveAt: ts('last_seen_active_at'),
    /** The sweep that first saw it disabled or gone, or the attestation's time. */
    closedAt: ts('closed_at'),
    attestedBy: uuid('attested_by').references(() => users.id, { onDelete: 'set null' }),
    attestedReason: text('attested_reason'),
    /** When the overdue alert went out, so it goes out once. */
    overdueAlertedAt: ts('overdue_alerted_at'),
  },
  (t) => [
    uniqueIndex('offboarding_accounts_resource_idx').on(t.offboardingId, t.resourceId),
    index('offboarding_accounts_org_idx').on(t.orgId),
  ],
);

/** The people settings of an organization; absent means the defaults. */
export const peopleSettings = pgTable('people_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  offboardingSlaBusinessDays: integer('offboarding_sla_business_days').notNull().default(1),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
