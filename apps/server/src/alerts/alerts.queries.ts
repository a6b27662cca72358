/** Reads of alerting: the outbox with its delivery state. */
import type { OutboxQuerySchema } from '@vigil/api';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { z } from 'zod';

const { alertOutbox } = schema;

/** Alert events of an organization, newest first, filtered by whether they were delivered. */
export async function listOutbox(
  db: Db,
  orgId: string,
  { status, limit }: z.output<typeof OutboxQuerySchema>,
) {
  const rows = await db
    .select()
    .from(alertOutbox)
    .where(
      and(
        eq(alertOutbox.orgId, orgId),
        status === 'pending'
          ? isNull(alertOutbox.sentAt)
          : status === 'sent'
            ? isNotNull(alertOutbox.sentAt)
            : undefined,
      ),
    )
    .orderBy(desc(alertOutbox.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    payload: r.payload,
    recipientUserId: r.recipientUserId,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    attempts: r.attempts,
    lastError: r.lastError,
    nextAttemptAt: r.nextAttemptAt?.toISOString() ?? null,
  }));
}
