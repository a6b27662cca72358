/**
 * Signed checkpoints of the organizations' audit chains: made from the chain heads, published as
 * write-once records in the evidence store, and compared with the chain as it is stored now.
 * The database alone cannot prove its chain was not cut at the end; a checkpoint kept elsewhere can.
 */
import {
  type CheckpointMismatch,
  checkpointSignatureProblem,
  compareWithCheckpoint,
  GENESIS_HASH,
  parseCheckpoints,
  type SignedCheckpoint,
  signCheckpoint,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CheckpointKey } from '../security/checkpoint-key.ts';
import type { BlobStore } from '../storage/blob-store.ts';

const { auditChainHeads, auditEvents } = schema;

/** Where the checkpoint of a chain of `length` entries is kept: one record per length, never replaced. */
export function checkpointRecordKey(orgId: string, length: number): string {
  return `checkpoints/${orgId}/${String(length).padStart(12, '0')}.json`;
}

export interface CurrentCheckpoints {
  checkpoints: SignedCheckpoint[];
  /** Chains whose head disagrees with their last entry: signing those would bless damage. */
  refused: { orgId: string; reason: string }[];
}

/**
 * Signs the current head of every chain (or of one organization's). Example:
 * `const { checkpoints } = await currentCheckpoints(db, deriveCheckpointKey(masterKey), { orgId });`
 */
export async function currentCheckpoints(
  db: Db,
  key: CheckpointKey,
  opts: { orgId?: string; now?: Date } = {},
): Promise<CurrentCheckpoints> {
  const heads = await db
    .select({ orgId: auditChainHeads.orgId, seq: auditChainHeads.seq, hash: auditChainHeads.hash })
    .from(auditChainHeads)
    .where(opts.orgId ? eq(auditChainHeads.orgId, opts.orgId) : undefined)
    .orderBy(auditChainHeads.orgId);
  const at = opts.now ?? new Date();
  const out: CurrentCheckpoints = { checkpoints: [], refused: [] };
  for (const head of heads) {
    const stored = head.seq === 0 ? GENESIS_HASH : await hashAt(db, head.orgId, head.seq);
    if (stored !== head.hash) {
      out.refused.push({
        orgId: head.orgId,
        reason: `the chain head records ${head.seq} entries but entry ${head.seq} ${stored === null ? 'is missing' : 'has another hash'}`,
      });
      continue;
    }
    out.checkpoints.push(
      signCheckpoint(
        { orgId: head.orgId, length: head.seq, headHash: head.hash, at },
        key.privateKey,
        key.publicKey,
      ),
    );
  }
  return out;
}

async function hashAt(db: Db, orgId: string, seq: number): Promise<string | null> {
  const [row] = await db
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.seq, seq)));
  return row?.hash ?? null;
}

export interface PublishReport {
  written: number;
  /** A record for that length was already there with the same head: nothing new to say. */
  existing: number;
  /** A record for that length names another head: the chain was rewritten since it was made. */
  conflicts: { orgId: string; length: number }[];
}

/** Writes each checkpoint to the store unless its chain length is already recorded there. */
export async function publishCheckpoints(store: BlobStore, checkpoints: SignedCheckpoint[]) {
  const report: PublishReport = { written: 0, existing: 0, conflicts: [] };
  for (const cp of checkpoints) {
    const key = checkpointRecordKey(cp.orgId, cp.length);
    if (await store.putRecordOnce(key, Buffer.from(`${JSON.stringify(cp, null, 2)}\n`))) {
      report.written++;
      continue;
    }
    report.existing++;
    const [earlier] = parseCheckpoints((await store.readRecord(key)).toString('utf8'), key).checkpoints;
    if (earlier && earlier.headHash !== cp.headHash) {
      report.conflicts.push({ orgId: cp.orgId, length: cp.length });
    }
  }
  return report;
}

export interface StoredCheckpoints {
  checkpoints: SignedCheckpoint[];
  /** Records that could not be read as checkpoints, with why. */
  unreadable: { key: string; reason: string }[];
}

/** Every checkpoint kept in the store, or those of one organization, oldest first per organization. */
export async function storedCheckpoints(store: BlobStore, orgId?: string): Promise<StoredCheckpoints> {
  const keys = await store.listRecords(orgId ? `checkpoints/${orgId}/` : 'checkpoints/');
  const out: StoredCheckpoints = { checkpoints: [], unreadable: [] };
  for (const key of keys) {
    try {
      out.checkpoints.push(
        ...parseCheckpoints((await store.readRecord(key)).toString('utf8'), key).checkpoints,
      );
    } catch (err) {
      out.unreadable.push({ key, reason: (err as Error).message });
    }
  }
  return out;
}

export interface CheckpointCheck {
  checkpoint: SignedCheckpoint;
  /** Why the checkpoint itself is refused (bad signature, another key); null when it is genuine. */
  refused: string | null;
  /** How the chain fails to extend a genuine checkpoint; null when it does. */
  mismatch: CheckpointMismatch | null;
  /** The chain's length now, by its stored entries. */
  actualLength: number;
}

/**
 * Compares one organization's stored chain with checkpoints of it: each must be genuine for the
 * public key, and the chain must be at least as long and carry the checkpointed hash at that position.
 * The links before that position are what verifyOrgChain checks.
 */
export async function checkAgainstCheckpoints(
  db: Db,
  orgId: string,
  checkpoints: SignedCheckpoint[],
  publicKey: CheckpointKey['publicKey'],
): Promise<CheckpointCheck[]> {
  const [last] = await db
    .select({ length: sql<number>`coalesce(max(${auditEvents.seq}), 0)::int` })
    .from(auditEvents)
    .where(eq(auditEvents.orgId, orgId));
  const actualLength = last?.length ?? 0;
  const positions = [...new Set(checkpoints.map((c) => c.length).filter((n) => n > 0))];
  const rows = positions.length
    ? await db
        .select({ seq: auditEvents.seq, hash: auditEvents.hash })
        .from(auditEvents)
        .where(and(eq(auditEvents.orgId, orgId), inArray(auditEvents.seq, positions)))
    : [];
  const hashes = new Map(rows.map((r) => [r.seq, r.hash]));
  return checkpoints.map((checkpoint) => {
    const refused = checkpointSignatureProblem(checkpoint, publicKey);
    const hash = checkpoint.length === 0 ? GENESIS_HASH : (hashes.get(checkpoint.length) ?? null);
    const mismatch = refused
      ? null
      : compareWithCheckpoint(checkpoint, { length: actualLength, hashAt: hash });
    return { checkpoint, refused, mismatch, actualLength };
  });
}
