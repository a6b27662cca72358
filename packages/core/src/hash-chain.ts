/** The audit hash chain: how an entry's hash is computed and how a chain is checked. */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

/** The hash a chain starts from, before its first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit entry that its hash commits to. */
export interface ChainEntryContent {
  orgId: string;
  seq: number;
  at: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, unknown>;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** SHA-256 over the previous hash and the canonical serialization of the entry's content fields. */
export function chainHash(prevHash: string, c: ChainEntryContent): string {
  // Pick the fields explicitly so that extra properties on a stored row never enter the hash.
  const content: ChainEntryContent = {
    orgId: c.orgId,
    seq: c.seq,
    at: c.at,
    actorType: c.actorType,
    actorId: c.actorId,
    actorLabel: c.actorLabel,
    action: c.action,
    entityType: c.entityType,
    entityId: c.entityId,
    changes: c.changes,
    requestId: c.requestId,
    ip: c.ip,
    userAgent: c.userAgent,
  };
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

export interface StoredChainEntry extends ChainEntryContent {
  prevHash: string;
  hash: string;
}

export type ChainBreak =
  | { seq: number; reason: 'sequence_gap'; expectedSeq: number }
  | { seq: number; reason: 'prev_hash_mismatch'; expected: string; found: string }
  | { seq: number; reason: 'hash_mismatch'; expected: string; found: string };

/**
 * Walks entries in seq order from `start` and returns the first broken link, or null if intact.
 * Example: verifyChain(rows) === null for an untouched chain.
 */
export function verifyChain(
  entries: Iterable<StoredChainEntry>,
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainBreak | null {
  let expectedSeq = start.seq + 1;
  let prev = start.hash;
  for (const e of entries) {
    if (e.seq !== expectedSeq) return { seq: e.seq, reason: 'sequence_gap', expectedSeq };
    if (e.prevHash !== prev)
      return { seq: e.seq, reason: 'prev_hash_mismatch', expected: prev, found: e.prevHash };
    const recomputed = chainHash(prev, e);
    if (recomputed !== e.hash)
      return { seq: e.seq, reason: 'hash_mismatch', expected: recomputed, found: e.hash };
    prev = e.hash;
    expectedSeq++;
  }
  return null;
}

/** A sentence naming the broken link, for the CLI and the UI. */
export function describeBreak(b: ChainBreak): string {
  switch (b.reason) {
    case 'sequence_gap':
      return `entry ${b.seq}: expected entry ${b.expectedSeq} here; an entry was removed or inserted`;
    case 'prev_hash_mismatch':
      return `entry ${b.seq}: does not link to the entry before it (an earlier entry was altered or removed)`;
    case 'hash_mismatch':
      return `entry ${b.seq}: its content does not match its hash (the entry was altered)`;
  }
}
