import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import {
  type ChainEntryContent,
  chainHash,
  GENESIS_HASH,
  type StoredChainEntry,
  verifyChain,
} from './hash-chain.ts';

function build(n: number): StoredChainEntry[] {
  const out: StoredChainEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const content: ChainEntryContent = {
      orgId: 'org-1',
      seq: i,
      at: `2026-01-0${i}T00:00:00.000Z`,
      actorType: 'user',
      actorId: 'u1',
      actorLabel: 'ada@example.com',
      action: 'control.updated',
      entityType: 'control',
      entityId: `c${i}`,
      changes: { status: { from: 'not_started', to: 'implemented' } },
      requestId: null,
      ip: '127.0.0.1',
      userAgent: null,
    };
    const hash = chainHash(prev, content);
    out.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
  it('gives the same bytes whatever the insertion order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});

describe('hash chain', () => {
  it('accepts an untouched chain', () => {
    expect(verifyChain(build(5))).toBeNull();
  });
  it('names the altered entry', () => {
    const chain = build(5);
    chain[2]!.changes = { status: { from: 'not_started', to: 'not_started' } };
    expect(verifyChain(chain)).toMatchObject({ seq: 3, reason: 'hash_mismatch' });
  });
  it('detects a removed entry', () => {
    const chain = build(5);
    chain.splice(1, 1);
    expect(verifyChain(chain)).toMatchObject({ seq: 3, reason: 'sequence_gap', expectedSeq: 2 });
  });
  it('detects an entry rewritten with a fresh hash, at the next link', () => {
    const chain = build(4);
    const e = chain[1]!;
    e.actorLabel = 'mallory@example.com';
    e.hash = chainHash(e.prevHash, e);
    expect(verifyChain(chain)).toMatchObject({ seq: 3, reason: 'prev_hash_mismatch' });
  });
  it('ignores fields that are not content, such as the stored hash itself', () => {
    const [first] = build(1);
    expect(chainHash(GENESIS_HASH, first!)).toBe(first!.hash);
  });
});
