/**
 * Password sign-in with lockout after repeated failures. Addresses without a password account are
 * counted and locked exactly like real accounts (in `login_failures`), so no answer, neither the
 * wrong-password one nor the locked one, tells whether an account exists.
 */
import { VigilError } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, not, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { verifyDummy, verifyPassword } from '../security/passwords.ts';
import { hashToken } from '../security/secrets.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

const LOCK_FOR = sql.raw(`interval '${LOCKOUT_MINUTES} minutes'`);

/** Whose failures an attempt counts against: the account, or the address when it has none. */
type Counter = { kind: 'user'; id: string } | { kind: 'address'; emailHash: string };

function lockedError(until: Date): VigilError {
  return new VigilError(
    'locked',
    `Too many failed sign-ins; the account is locked until ${until.toISOString()}`,
  );
}

const wrongCredentials = () => new VigilError('unauthenticated', 'Wrong email or password');

const { loginFailures, users } = schema;

/** Not locked now, by the database's clock (the one every attempt shares). */
const unlocked = (lockedUntil: PgColumn) => sql`(${lockedUntil} is null or ${lockedUntil} <= now())`;

/** The end of the counter's lock, or null when it is not locked now. */
async function lockedUntil(db: Db, counter: Counter): Promise<Date | null> {
  const [row] =
    counter.kind === 'user'
      ? await db
          .select({ until: users.lockedUntil })
          .from(users)
          .where(and(eq(users.id, counter.id), not(unlocked(users.lockedUntil))))
      : await db
          .select({ until: loginFailures.lockedUntil })
          .from(loginFailures)
          .where(
            and(eq(loginFailures.emailHash, counter.emailHash), not(unlocked(loginFailures.lockedUntil))),
          );
  return row?.until ?? null;
}

/** The new count and lock of one more failure, as SQL over the counter's current values. */
function failureSet(failed: PgColumn) {
  const reachesLimit = sql`${failed} + 1 >= ${MAX_FAILED_LOGINS}`;
  return {
    failedLogins: sql`case when ${reachesLimit} then 0 else ${failed} + 1 end`,
    lockedUntil: sql`case when ${reachesLimit} then now() + ${LOCK_FOR} end`,
  };
}

/**
 * Counts one failure in a single statement, so concurrent attempts each count (no read-modify-write);
 * the failure that reaches the limit sets the lock in the same statement and restarts the count.
 * Returns the lock's end when the counter is locked now, null otherwise.
 */
async function recordFailure(db: Db, counter: Counter): Promise<Date | null> {
  const [row] =
    counter.kind === 'user'
      ? await db
          .update(users)
          .set(failureSet(users.failedLogins))
          .where(and(eq(users.id, counter.id), unlocked(users.lockedUntil)))
          .returning({ until: users.lockedUntil })
      : await db
          .insert(loginFailures)
          .values({ emailHash: counter.emailHash, failedLogins: 1 })
          .onConflictDoUpdate({
            target: loginFailures.emailHash,
            set: failureSet(loginFailures.failedLogins),
            setWhere: unlocked(loginFailures.lockedUntil),
          })
          .returning({ until: loginFailures.lockedUntil });
  // No row: a concurrent attempt locked the counter between our check and this update.
  if (!row) return (await lockedUntil(db, counter)) ?? new Date();
  if (row.until && counter.kind === 'address') {
    // An address whose lock has passed with no failure since is the same as one never seen.
    await db
      .delete(loginFailures)
      .where(and(eq(loginFailures.failedLogins, 0), sql`${loginFailures.lockedUntil} <= now()`));
  }
  return row.until;
}

/** Returns the user id for valid credentials; otherwise throws one message that does not say which part was wrong. */
export async function checkPassword(db: Db, emailRaw: string, password: string): Promise<string> {
  const email = emailRaw.trim().toLowerCase();
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const counter: Counter = user?.passwordHash
    ? { kind: 'user', id: user.id }
    : { kind: 'address', emailHash: hashToken(`login:${email}`) };
  const locked = await lockedUntil(db, counter);
  // While locked, the password is not even tried: a right guess must look exactly like a wrong one.
  if (locked) throw lockedError(locked);
  let valid = false;
  // Without an account the same hashing work is done, so timing does not tell either.
  if (user?.passwordHash) valid = await verifyPassword(user.passwordHash, password);
  else await verifyDummy(password);
  if (!valid || !user) {
    const until = await recordFailure(db, counter);
    throw until ? lockedError(until) : wrongCredentials();
  }
  // Clears the count only if no concurrent failure locked the account since the check above.
  const cleared = await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null })
    .where(and(eq(users.id, user.id), unlocked(users.lockedUntil)))
    .returning({ id: users.id });
  if (cleared.length === 0) throw lockedError((await lockedUntil(db, counter)) ?? new Date());
  return user.id;
}
