/** Password hashing with argon2id (OWASP's recommended parameters). */
import argon2 from 'argon2';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password for storage. */
export const hashPassword = (password: string) => argon2.hash(password, OPTIONS);

/** Checks a password against a stored hash; false on any mismatch or malformed hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// A fixed hash to verify against when the account does not exist, so timing does not reveal it.
let dummy: Promise<string> | undefined;
/** Spends the same time as a real verification, for unknown accounts. */
export async function verifyDummy(password: string): Promise<false> {
  dummy ??= hashPassword('vigil-dummy-password-for-timing');
  await verifyPassword(await dummy, password);
  return false;
}
