/**
 * Account lockout through the real app: concurrent wrong passwords each count, and an address with
 * no account is answered exactly as a real one, so the answers never reveal who has an account.
 */
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../security/passwords.ts';
import { createTestApp, OWNER_PASSWORD, setupOrganization, type TestApp } from '../test/test-app.ts';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from './password-login.ts';

let t: TestApp;
let nextIp = 1;

beforeAll(async () => {
  t = await createTestApp();
  await setupOrganization(t.app);
});
afterAll(() => t?.close());

/** A fresh account with the usual password. */
async function account(email: string) {
  await t.database.db.insert(schema.users).values({
    email,
    name: 'Probe',
    passwordHash: await hashPassword(OWNER_PASSWORD),
  });
}

/** Each scenario signs in from its own address, so the per-address throttle stays out of the way. */
function signInFrom() {
  const ip = `10.0.0.${nextIp++}`;
  return (email: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: ip,
      payload: { email, password },
    });
}

/** What a caller sees, with the lock's end time made comparable between two accounts. */
function answer(res: LightMyRequestResponse) {
  const body = res.json();
  return {
    status: res.statusCode,
    code: body.error?.code,
    message: String(body.error?.message).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/, '<time>'),
  };
}

describe('account lockout', () => {
  it('counts every one of many concurrent wrong passwords and locks the account', async () => {
    await account('parallel@acme.test');
    const signIn = signInFrom();
    const answers = await Promise.all(
      Array.from({ length: 9 }, () => signIn('parallel@acme.test', 'wrong password here')),
    );
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 423, 423, 423, 423, 423]);
    const [row] = await t.database.db
      .select({
        failedLogins: schema.users.failedLogins,
        minutes: sql<number>`ceil(extract(epoch from ${schema.users.lockedUntil} - now()) / 60)::int`,
      })
      .from(schema.users)
      .where(eq(schema.users.email, 'parallel@acme.test'));
    expect(row).toEqual({ failedLogins: 0, minutes: LOCKOUT_MINUTES });
    const right = await signIn('parallel@acme.test', OWNER_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toMatch(/locked until/);
  });

  it('answers an unknown address exactly as a real account, attempt by attempt', async () => {
    await account('real@acme.test');
    const real = signInFrom();
    const unknown = signInFrom();
    for (let i = 0; i < MAX_FAILED_LOGINS + 2; i++) {
      const a = answer(await real('real@acme.test', 'wrong password here'));
      const b = answer(await unknown('nobody@acme.test', 'wrong password here'));
      expect(b, `attempt ${i + 1}`).toEqual(a);
      expect(a.status, `attempt ${i + 1}`).toBe(i < MAX_FAILED_LOGINS - 1 ? 401 : 423);
    }
    // The right password changes nothing while locked, so it cannot be told from a guess.
    expect(answer(await real('real@acme.test', OWNER_PASSWORD))).toEqual(
      answer(await unknown('nobody@acme.test', OWNER_PASSWORD)),
    );
  });

  it('locks an unknown address under concurrent attempts just as it locks an account', async () => {
    const signIn = signInFrom();
    const answers = await Promise.all(
      Array.from({ length: 9 }, () => signIn('ghost@acme.test', 'wrong password here')),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([401, 401, 401, 401, 423, 423, 423, 423, 423]);
  });

  it('lets the lock pass after its time and restarts the count; a right password clears it', async () => {
    await account('patient@acme.test');
    const signIn = signInFrom();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await signIn('patient@acme.test', 'wrong password here');
    expect((await signIn('patient@acme.test', OWNER_PASSWORD)).statusCode).toBe(423);
    // Move the lock into the past rather than waiting LOCKOUT_MINUTES.
    await t.database.db.execute(
      sql`update users set locked_until = now() - interval '1 second' where email = 'patient@acme.test'`,
    );
    expect((await signIn('patient@acme.test', OWNER_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++)
      expect((await signIn('patient@acme.test', 'wrong password here')).statusCode).toBe(401);
    expect((await signIn('patient@acme.test', OWNER_PASSWORD)).statusCode).toBe(200);
    expect((await signIn('patient@acme.test', 'wrong password here')).statusCode).toBe(401);
  });
});
