/**
 * The Ed25519 key that signs audit-chain checkpoints, derived from the master key so that the
 * server, workers and the CLI agree on it without another secret to distribute.
 */
import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';
import { checkpointKeyFingerprint, checkpointKeyId } from '@vigil/core';

export interface CheckpointKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI PEM, for `vigil checkpoint key` and auditors. */
  publicKeyPem: string;
  keyId: string;
  fingerprint: string;
}

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410): node:crypto imports keys, not seeds.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The checkpoint signing key of a master key; a distinct HKDF label keeps it apart from every other derived key. */
export function deriveCheckpointKey(masterKey: Buffer): CheckpointKey {
  const seed = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'vigil audit checkpoints v1', 32));
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  return publicHalf(privateKey, createPublicKey(privateKey));
}

/** A public key alone (PEM), for verifying without the master key; throws naming `source` if it is not Ed25519. */
export function checkpointPublicKey(pem: string, source: string): Omit<CheckpointKey, 'privateKey'> {
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(pem);
  } catch (err) {
    throw new Error(`${source}: not a public key in PEM form (${(err as Error).message})`);
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${source}: an Ed25519 public key is needed, this is ${publicKey.asymmetricKeyType}`);
  }
  const { privateKey: _, ...rest } = publicHalf(null, publicKey);
  return rest;
}

function publicHalf(privateKey: KeyObject | null, publicKey: KeyObject): CheckpointKey {
  return {
    privateKey: privateKey as KeyObject,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: checkpointKeyId(publicKey),
    fingerprint: checkpointKeyFingerprint(publicKey),
  };
}
