/**
 * Appends events to an organization's hash-chained audit trail. Always called with the
 * transaction that makes the change, so the trail can never disagree with the data.
 */
import { chainHash, GENESIS_HASH } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import { noteChange } from '../http/change-feed.ts';
import type { Actor } from './actor.ts';

export interface AuditInput {
  orgId: string;
  action: string;
  entityType: string;
  entityId?: string | null;
  changes?: Record<string, unknown>;
}

/** Records one audit event inside `tx`; appends for one organization serialize on its chain head. */
export async function recordAudit(
  tx: Db,
  actor: Actor,
  input: AuditInput,
): Promise<{ seq: number; hash: string }> {
  const { auditChainHeads, auditEvents } = schema;
  await tx
    .insert(auditChainHeads)
    .values({ orgId: input.orgId, seq: 0, hash: GENESIS_HASH })
    .onConflictDoNothing();
  const [head] = await tx
    .select()
    .from(auditChainHeads)
    .where(eq(auditChainHeads.orgId, input.orgId))
    .for('update');
  if (!head) throw new Error('audit chain head missing');
  const content = {
    orgId: input.orgId,
    seq: head.seq + 1,
    at: new Date().toISOString(),
    actorType: actor.type,
    actorId: actor.userId,
    actorLabel: actor.label,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    changes: input.changes ?? {},
    requestId: actor.requestId,
    ip: actor.ip,
    userAgent: actor.userAgent,
  };
  const hash = chainHash(head.hash, content);
  await tx.insert(auditEvents).values({ ...content, prevHash: head.hash, hash });
  await tx
    .update(auditChainHeads)
    .set({ seq: content.seq, hash })
    .where(eq(auditChainHeads.orgId, input.orgId));
  // Cached sign-ins and responses of the organization are dropped when this commits, in every process.
  await noteChange(tx, { orgId: input.orgId });
  return { seq: content.seq, hash };
}

/** The fields that differ between two records, as `{ field: { from, to } }`. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, v] of Object.entries(after)) {
    if (v === undefined) continue;
    if (JSON.stringify(before[k]) !== JSON.stringify(v)) out[k] = { from: before[k] ?? null, to: v };
  }
  return out;
}
