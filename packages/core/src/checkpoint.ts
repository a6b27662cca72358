/**
 * Signed checkpoints of the audit hash chain. A chain kept in one database can be cut at its end
 * (delete the last entries, rewind the head) without a broken link; a checkpoint signed with an
 * Ed25519 key and kept elsewhere records how long the chain was and what its head hash was, so a
 * later chain can be shown to extend it. The format is versioned JSON: documented in
 * docs/audit-checkpoints.md and meant to travel in audit packages as it is.
 */
import { createHash, type KeyObject, sign, verify } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from './canonical-json.ts';
import {
  CHECKPOINT_FILE_FORMAT,
  CHECKPOINT_FORMAT,
  type CheckpointBody,
  type SignedCheckpoint,
  SignedCheckpointSchema,
} from './checkpoint-format.ts';
import { invalid } from './errors.ts';

export {
  CHECKPOINT_FILE_FORMAT,
  CHECKPOINT_FORMAT,
  type CheckpointBody,
  CheckpointBodySchema,
  type SignedCheckpoint,
  SignedCheckpointSchema,
} from './checkpoint-format.ts';

export const CheckpointFileSchema = z.object({
  format: z.literal(CHECKPOINT_FILE_FORMAT),
  /** The signer's public key, for information only: a verifier brings the key it trusts. */
  publicKey: z.string().optional(),
  checkpoints: z.array(SignedCheckpointSchema),
});
export type CheckpointFile = z.infer<typeof CheckpointFileSchema>;

/** The bytes a signature covers: the canonical JSON of the body fields only. */
function signedBytes(body: CheckpointBody): Buffer {
  const { format, orgId, length, headHash, at, keyId } = body;
  return Buffer.from(canonicalJson({ format, orgId, length, headHash, at, keyId }), 'utf8');
}

/** The short key id of an Ed25519 public key, as checkpoints name it. */
export function checkpointKeyId(publicKey: KeyObject): string {
  return keyDigest(publicKey).slice(0, 16);
}

/** A fingerprint to compare by eye, in the style of SSH: `SHA256:` and the base64 digest of the public key. */
export function checkpointKeyFingerprint(publicKey: KeyObject): string {
  return `SHA256:${Buffer.from(keyDigest(publicKey), 'hex').toString('base64').replace(/=+$/, '')}`;
}

function keyDigest(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** Signs the state of one chain with the private key. */
export function signCheckpoint(
  chain: { orgId: string; length: number; headHash: string; at: Date },
  privateKey: KeyObject,
  publicKey: KeyObject,
): SignedCheckpoint {
  const body: CheckpointBody = {
    format: CHECKPOINT_FORMAT,
    orgId: chain.orgId,
    length: chain.length,
    headHash: chain.headHash,
    at: chain.at.toISOString(),
    keyId: checkpointKeyId(publicKey),
  };
  return { ...body, signature: sign(null, signedBytes(body), privateKey).toString('base64') };
}

/** Why a checkpoint's signature is refused for this public key, or null when it is valid. */
export function checkpointSignatureProblem(cp: SignedCheckpoint, publicKey: KeyObject): string | null {
  if (cp.keyId !== checkpointKeyId(publicKey)) {
    return `it was signed with another key (key ${cp.keyId}, expected ${checkpointKeyId(publicKey)})`;
  }
  const signature = Buffer.from(cp.signature, 'base64');
  if (signature.length !== 64 || !verify(null, signedBytes(cp), publicKey, signature)) {
    return 'its signature does not match its content (the checkpoint was altered)';
  }
  return null;
}

/**
 * Reads a checkpoint file or a single checkpoint; a wrong shape throws an error naming `source`
 * and the field. Example: `parseCheckpoints(readFileSync(f, 'utf8'), f).checkpoints`.
 */
export function parseCheckpoints(text: string, source: string): CheckpointFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw invalid('checkpoint', `${source}: not JSON (${(err as Error).message})`);
  }
  const single = (json as { format?: unknown } | null)?.format === CHECKPOINT_FORMAT;
  const parsed = single ? SignedCheckpointSchema.safeParse(json) : CheckpointFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.') || 'format';
    const hint =
      path === 'format'
        ? `must be "${CHECKPOINT_FILE_FORMAT}" or "${CHECKPOINT_FORMAT}"`
        : issue.message.toLowerCase();
    throw invalid('checkpoint', `${source}: ${path}: ${hint}`);
  }
  return single
    ? { format: CHECKPOINT_FILE_FORMAT, checkpoints: [parsed.data as SignedCheckpoint] }
    : (parsed.data as CheckpointFile);
}

/** A checkpoint file for the given checkpoints, as `vigil checkpoint export` writes it. */
export function checkpointFile(checkpoints: SignedCheckpoint[], publicKeyPem: string): CheckpointFile {
  return { format: CHECKPOINT_FILE_FORMAT, publicKey: publicKeyPem, checkpoints };
}

/** How a chain fails to extend a checkpoint. */
export type CheckpointMismatch =
  | { reason: 'truncated'; expectedLength: number; actualLength: number }
  | { reason: 'rewritten'; seq: number; expected: string; found: string };

/**
 * Compares a checkpoint with the chain as stored now: it must be at least as long, and its entry at
 * the checkpointed position must carry the checkpointed hash. `hashAt` is that entry's stored hash
 * (null when the entry is missing); the caller also verifies the chain's links up to there.
 */
export function compareWithCheckpoint(
  cp: CheckpointBody,
  chain: { length: number; hashAt: string | null },
): CheckpointMismatch | null {
  if (chain.length < cp.length || chain.hashAt === null) {
    return { reason: 'truncated', expectedLength: cp.length, actualLength: chain.length };
  }
  if (chain.hashAt !== cp.headHash) {
    return { reason: 'rewritten', seq: cp.length, expected: cp.headHash, found: chain.hashAt };
  }
  return null;
}

/** A sentence about the mismatch, for the CLI and alerts. */
export function describeMismatch(m: CheckpointMismatch, cp: CheckpointBody): string {
  if (m.reason === 'truncated') {
    return (
      `the chain was cut: the checkpoint of ${cp.at} recorded ${m.expectedLength} entries, ` +
      `the chain now has ${m.actualLength}`
    );
  }
  return (
    `history was rewritten: entry ${m.seq} no longer has the hash the checkpoint of ${cp.at} recorded ` +
    `(expected ${m.expected.slice(0, 16)}…, found ${m.found.slice(0, 16)}…)`
  );
}
