/** The person register: everyone who works for the organization, from the HR roster or entered by hand. */
import { PersonSourceSchema, PersonStatusSchema, WorkerTypeSchema } from '@vigil/core';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, users } from './schema.ts';
import { connectors } from './schema-monitoring.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

function valuesOf<T extends string>(schema: { options: readonly T[] }): [T, ...T[]] {
  return schema.options as [T, ...T[]];
}

export const workerTypeEnum = pgEnum('worker_type', valuesOf(WorkerTypeSchema));
export const personStatusEnum = pgEnum('person_status', valuesOf(PersonStatusSchema));
export const personSourceEnum = pgEnum('person_source', valuesOf(PersonSourceSchema));

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
