/**
 * Readiness snapshots: a taken readiness assessment, frozen in canonical JSON with its SHA-256, so
 * "we were ready on 1 March" is evidence. A snapshot is never changed: a trigger refuses updates.
 */
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, users } from './schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const readinessSnapshots = pgTable(
  'readiness_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    takenOn: date('taken_on').notNull(),
    /** The assessment as it stood, in canonical JSON. */
    content: text('content').notNull(),
    contentSha256: text('content_sha256').notNull(),
    takenBy: uuid('taken_by').references(() => users.id, { onDelete: 'set null' }),
    takenByLabel: text('taken_by_label').notNull(),
    takenAt: ts('taken_at').notNull().defaultNow(),
  },
  (t) => [index('readiness_snapshots_org_idx').on(t.orgId, t.takenAt)],
);
