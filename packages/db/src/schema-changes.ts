/**
 * Change management (issue 13, CC8.1): the merged changes themselves are monitoring resources
 * (`github.merged_change`); what a person adds to them is here, the after-the-fact justification of
 * an emergency change that skipped approval.
 */
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations, users } from './schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One justification per merged change (repository and number): it explains, it never replaces the facts. */
export const changeJustifications = pgTable(
  'change_justifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    repository: text('repository').notNull(),
    number: integer('number').notNull(),
    reason: text('reason').notNull(),
    /** Who approved the change after the fact, as they are known in the repository or by name. */
    approver: text('approver').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('change_justifications_change_idx').on(t.orgId, t.repository, t.number),
    index('change_justifications_org_idx').on(t.orgId),
  ],
);
