import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CHECKPOINT_FILE_FORMAT,
  checkpointFile,
  checkpointSignatureProblem,
  compareWithCheckpoint,
  describeMismatch,
  parseCheckpoints,
  signCheckpoint,
} from './checkpoint.ts';

const keys = generateKeyPairSync('ed25519');
const head = 'ab'.repeat(32);
const cp = signCheckpoint(
  { orgId: 'org-1', length: 5, headHash: head, at: new Date('2026-06-01T00:00:00Z') },
  keys.privateKey,
  keys.publicKey,
);

describe('checkpoints', () => {
  it('verify with the signing key and survive a trip through a file', () => {
    expect(checkpointSignatureProblem(cp, keys.publicKey)).toBeNull();
    const text = JSON.stringify(checkpointFile([cp], 'pem'));
    const parsed = parseCheckpoints(text, 'cp.json');
    expect(parsed.format).toBe(CHECKPOINT_FILE_FORMAT);
    expect(checkpointSignatureProblem(parsed.checkpoints[0]!, keys.publicKey)).toBeNull();
    // A single checkpoint, as the store and the digests hold it, reads the same.
    expect(parseCheckpoints(JSON.stringify(cp), 'x').checkpoints).toEqual([cp]);
  });

  it('refuse any changed field and any other key', () => {
    for (const change of [
      { length: 4 },
      { headHash: 'cd'.repeat(32) },
      { orgId: 'org-2' },
      { at: '2027-01-01T00:00:00.000Z' },
    ]) {
      expect(checkpointSignatureProblem({ ...cp, ...change }, keys.publicKey)).toMatch(
        /signature does not match/,
      );
    }
    const other = generateKeyPairSync('ed25519');
    expect(checkpointSignatureProblem(cp, other.publicKey)).toMatch(/signed with another key/);
  });

  it('name the file and field of a malformed checkpoint', () => {
    expect(() => parseCheckpoints('nope', 'a.json')).toThrow(/^a\.json: not JSON/);
    expect(() => parseCheckpoints('{"format":"x"}', 'a.json')).toThrow(
      'a.json: format: must be "vigil.audit-checkpoints/v1" or "vigil.audit-checkpoint/v1"',
    );
    expect(() => parseCheckpoints(JSON.stringify({ ...cp, headHash: 'zz' }), 'a.json')).toThrow(
      /^a\.json: headHash: must be 64 lowercase hex/,
    );
  });

  it('tell a cut chain from a rewritten one', () => {
    expect(compareWithCheckpoint(cp, { length: 7, hashAt: head })).toBeNull();
    expect(compareWithCheckpoint(cp, { length: 5, hashAt: head })).toBeNull();
    const cut = compareWithCheckpoint(cp, { length: 3, hashAt: null });
    expect(cut).toEqual({ reason: 'truncated', expectedLength: 5, actualLength: 3 });
    expect(describeMismatch(cut!, cp)).toBe(
      'the chain was cut: the checkpoint of 2026-06-01T00:00:00.000Z recorded 5 entries, the chain now has 3',
    );
    const rewritten = compareWithCheckpoint(cp, { length: 9, hashAt: 'cd'.repeat(32) });
    expect(rewritten).toMatchObject({ reason: 'rewritten', seq: 5 });
    expect(describeMismatch(rewritten!, cp)).toMatch(
      /^history was rewritten: entry 5 no longer has the hash/,
    );
  });
});
