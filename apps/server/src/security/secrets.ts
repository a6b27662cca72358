/** Random tokens, their hashes, and the master key that encrypts secrets at rest. */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A URL-safe random token with the given prefix, e.g. `vgl_…` for API tokens. */
export function randomToken(prefix = '', bytes = 32): string {
  return prefix + randomBytes(bytes).toString('base64url');
}

/** SHA-256 of a high-entropy token; what is stored instead of the token itself. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The 32-byte master key: VIGIL_MASTER_KEY (64 hex chars or base64), or the file named by
 * VIGIL_MASTER_KEY_FILE (same format, e.g. a container secret), or a key file created in the data
 * directory with mode 0600 on first start.
 */
export function loadMasterKey(env: NodeJS.ProcessEnv, dataDir: string): Buffer {
  const raw = env.VIGIL_MASTER_KEY;
  const file = env.VIGIL_MASTER_KEY_FILE;
  if (raw && file) {
    throw new Error('VIGIL_MASTER_KEY_FILE: set either VIGIL_MASTER_KEY or VIGIL_MASTER_KEY_FILE, not both');
  }
  if (raw) return parseKey(raw, 'VIGIL_MASTER_KEY');
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new Error(`VIGIL_MASTER_KEY_FILE: cannot read ${file} (${(err as NodeJS.ErrnoException).code})`);
    }
    return parseKey(text.trim(), `VIGIL_MASTER_KEY_FILE (${file})`);
  }
  const path = join(dataDir, 'master.key');
  if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, key.toString('hex'), { mode: 0o600, flag: 'wx' });
  return key;
}

/** True when the master key comes from the environment (the variable or the file it names), not the data directory. */
export function masterKeyFromEnv(env: NodeJS.ProcessEnv): boolean {
  return !!env.VIGIL_MASTER_KEY || !!env.VIGIL_MASTER_KEY_FILE;
}

function parseKey(raw: string, source: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new Error(`${source}: must be 32 bytes, as 64 hex characters or base64`);
  return key;
}

/** AES-256-GCM encryption of a small secret; output is `v1.iv.tag.ciphertext` in base64url. */
export function encryptSecret(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    body.toString('base64url'),
  ].join('.');
}

/** Reverses encryptSecret; throws if the value was altered or the key is wrong. */
export function decryptSecret(key: Buffer, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('unrecognised encrypted value');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
