/** Password sign-in with per-account lockout after repeated failures. */
import { VigilError } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import { verifyDummy, verifyPassword } from '../security/passwords.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

/** Returns the user id for valid credentials; otherwise throws one message that does not say which part was wrong. */
export async function checkPassword(db: Db, emailRaw: string, password: string): Promise<string> {
  const email = emailRaw.trim().toLowerCase();
  const [user] = await db.select().from(schema.users).where(sql`lower(${schema.users.email}) = ${email}`);
  if (!user?.passwordHash) {
    await verifyDummy(password);
    throw new VigilError('unauthenticated', 'Wrong email or password');
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    throw new VigilError(
      'locked',
      `Too many failed sign-ins; the account is locked until ${user.lockedUntil.toISOString()}`,
    );
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await db
      .update(schema.users)
      .set({
        failedLogins: lock ? 0 : failed,
        lockedUntil: lock ? new Date(Date.now() + LOCKOUT_MINUTES * 60_000) : user.lockedUntil,
      })
      .where(eq(schema.users.id, user.id));
    throw new VigilError(
      lock ? 'locked' : 'unauthenticated',
      lock
        ? `Too many failed sign-ins; the account is locked for ${LOCKOUT_MINUTES} minutes`
        : 'Wrong email or password',
    );
  }
  if (user.failedLogins > 0 || user.lockedUntil) {
    await db
      .update(schema.users)
      .set({ failedLogins: 0, lockedUntil: null })
      .where(eq(schema.users.id, user.id));
  }
  return user.id;
}
