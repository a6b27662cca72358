/**
 * Recomputes an organization's audit hash chain from the stored rows, batch by batch, and compares
 * its end with the chain head, so an edited, inserted or deleted entry (the last one included) is found.
 */
import { type ChainBreak, GENESIS_HASH, type StoredChainEntry, verifyChain } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, gt, sql } from 'drizzle-orm';

export interface ChainVerification {
  /** Entries confirmed intact (all of them, or those before the first break). */
  checked: number;
  /** The first broken link, or null when the whole chain is intact. */
  break: ChainBreak | null;
  /** The last seq the chain head records; 0 when the organization has no events. */
  headSeq: number;
}

const { auditEvents, auditChainHeads } = schema;

// The recorder hashes `at` as an ISO string with milliseconds in UTC; read it back in exactly that form,
// whatever the session time zone, so the recomputed hash matches.
// The recorder hashed `at` as an ISO string with milliseconds in UTC; read it back in that form.
const atIso = sql<string>`to_char(${auditEvents.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The columns of an audit event that its hash commits to, plus the links, as `verifyChain` reads them. */
export const chainEntryColumns = {
  orgId: auditEvents.orgId,
  seq: auditEvents.seq,
  at: atIso,
  actorType: auditEvents.actorType,
  actorId: auditEvents.actorId,
  actorLabel: auditEvents.actorLabel,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  changes: auditEvents.changes,
  requestId: auditEvents.requestId,
  ip: auditEvents.ip,
  userAgent: auditEvents.userAgent,
  prevHash: auditEvents.prevHash,
  hash: auditEvents.hash,
};

/**
 * Verifies one organization's chain. Example:
 * `const r = await verifyOrgChain(db, orgId); if (r.break) console.log(describeBreak(r.break));`
 */
export async function verifyOrgChain(db: Db, orgId: string, batchSize = 5000): Promise<ChainVerification> {
  const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.orgId, orgId));
  const headSeq = head?.seq ?? 0;
  let last = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = await db
      .select(chainEntryColumns)
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), gt(auditEvents.seq, last.seq)))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    const entries: StoredChainEntry[] = rows;
    const found = verifyChain(entries, last);
    if (found) {
      return { checked: checked + entries.findIndex((e) => e.seq === found.seq), break: found, headSeq };
    }
    checked += entries.length;
    const tail = entries.at(-1);
    if (tail) last = { seq: tail.seq, hash: tail.hash };
    if (entries.length < batchSize) break;
  }
  // The rows agree with each other; they must also end where the head says the chain ends.
  if (last.seq < headSeq) {
    return {
      checked,
      break: { seq: last.seq + 1, reason: 'sequence_gap', expectedSeq: last.seq + 1 },
      headSeq,
    };
  }
  if (last.seq > headSeq) {
    return {
      checked: headSeq,
      break: { seq: headSeq + 1, reason: 'sequence_gap', expectedSeq: headSeq + 1 },
      headSeq,
    };
  }
  if (head && head.hash !== last.hash) {
    return {
      checked: checked - 1,
      break: { seq: last.seq, reason: 'hash_mismatch', expected: head.hash, found: last.hash },
      headSeq,
    };
  }
  return { checked, break: null, headSeq };
}
