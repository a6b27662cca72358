/**
 * The format of a signed checkpoint, apart from the signing itself so the API contract (which runs
 * in the browser too) can describe checkpoints without pulling in node:crypto.
 */
import { z } from 'zod';

/** The `format` of one signed checkpoint. */
export const CHECKPOINT_FORMAT = 'vigil.audit-checkpoint/v1';
/** The `format` of a file holding several checkpoints (`vigil checkpoint export`). */
export const CHECKPOINT_FILE_FORMAT = 'vigil.audit-checkpoints/v1';

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters');

/** The fields a checkpoint's signature covers. */
export const CheckpointBodySchema = z.object({
  format: z.literal(CHECKPOINT_FORMAT),
  orgId: z.string().min(1),
  /** The number of entries in the chain: the seq of its last entry. */
  length: z.number().int().min(0),
  /** The hash of entry `length` (the genesis hash for an empty chain). */
  headHash: Hex64,
  /** When the checkpoint was made, ISO 8601 in UTC. */
  at: z.string().datetime(),
  /** Which signing key: the first 16 hex characters of the SHA-256 of its public key (SPKI DER). */
  keyId: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 lowercase hex characters'),
});
export type CheckpointBody = z.infer<typeof CheckpointBodySchema>;

export const SignedCheckpointSchema = CheckpointBodySchema.extend({
  /** Ed25519 signature over the canonical JSON of the other fields, base64. */
  signature: z.string().min(1),
});
export type SignedCheckpoint = z.infer<typeof SignedCheckpointSchema>;
