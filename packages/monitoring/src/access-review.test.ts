import { describe, expect, it } from 'vitest';
import {
  accountFlags,
  peopleIndex,
  type ReviewAccount,
  type ReviewPerson,
  remediationDone,
  reviewAccountOf,
  reviewAccountsFromCsv,
} from './access-review.ts';

const now = new Date('2026-06-01T00:00:00Z');
const person = (p: Partial<ReviewPerson>): ReviewPerson => ({
  id: 'p1',
  name: 'Ada Lovelace',
  email: 'ada@acme.test',
  aliases: [],
  status: 'active',
  endDate: null,
  managerId: null,
  userId: null,
  ...p,
});
const account = (a: Partial<ReviewAccount>): ReviewAccount => ({
  key: 'k1',
  account: 'ada@acme.test',
  name: null,
  email: 'ada@acme.test',
  roles: ['User'],
  privileged: false,
  mfa: true,
  lastLoginAt: '2026-05-30T00:00:00Z',
  enabled: true,
  ...a,
});
const ctx = { now, previousKeys: null };

describe('access review flags', () => {
  it('flags nothing on an active, recently used account of a current person with MFA', () => {
    expect(accountFlags(account({}), person({}), ctx)).toEqual([]);
  });
  it('flags a terminated person, by status or by an end date that passed', () => {
    expect(accountFlags(account({}), person({ status: 'terminated' }), ctx)).toEqual(['terminated']);
    expect(accountFlags(account({}), person({ endDate: '2026-05-31' }), ctx)).toEqual(['terminated']);
    expect(accountFlags(account({}), person({ endDate: '2026-06-30' }), ctx)).toEqual([]);
  });
  it('flags an orphan when no person matches', () => {
    expect(accountFlags(account({}), null, ctx)).toEqual(['orphan']);
  });
  it('flags an account unused for more than 90 days, or never used, but not an unknown last login', () => {
    expect(accountFlags(account({ lastLoginAt: '2026-02-01T00:00:00Z' }), person({}), ctx)).toEqual([
      'inactive',
    ]);
    expect(accountFlags(account({ lastLoginAt: '2026-03-05T00:00:00Z' }), person({}), ctx)).toEqual([]);
    expect(accountFlags(account({ lastLoginAt: null }), person({}), ctx)).toEqual(['inactive']);
    expect(accountFlags(account({ lastLoginAt: undefined }), person({}), ctx)).toEqual([]);
  });
  it('flags privileged accounts and accounts without MFA', () => {
    expect(accountFlags(account({ privileged: true, mfa: false }), person({}), ctx)).toEqual([
      'privileged',
      'no_mfa',
    ]);
    expect(accountFlags(account({ mfa: null }), person({}), ctx)).toEqual([]);
  });
  it('flags accounts new since the last campaign of the system, and none when there was no campaign', () => {
    expect(accountFlags(account({}), person({}), { now, previousKeys: new Set(['other']) })).toEqual(['new']);
    expect(accountFlags(account({}), person({}), { now, previousKeys: new Set(['k1']) })).toEqual([]);
  });
});

describe('matching accounts to people', () => {
  it('matches email and aliases case-insensitively, and a bare user name by the email before the @', () => {
    const find = peopleIndex([
      person({ aliases: ['A.Lovelace@old.test'] }),
      person({ id: 'p2', email: 'bob@acme.test' }),
    ]);
    expect(find(account({ email: ' ADA@acme.test ' }))?.id).toBe('p1');
    expect(find(account({ email: null, account: 'a.lovelace@old.test' }))?.id).toBe('p1');
    expect(find(account({ email: null, account: 'bob' }))?.id).toBe('p2');
    expect(find(account({ email: null, account: 'carol@acme.test' }))).toBeNull();
  });
});

describe('reading accounts', () => {
  it('reads roles, privilege, MFA and last login from an identity user', () => {
    const a = reviewAccountOf('identity.user', '00u1', {
      provider: 'okta',
      user_id: '00u1',
      email: 'ada@acme.test',
      status: 'active',
      provider_status: 'ACTIVE',
      enabled: true,
      mfa_enrolled: false,
      mfa_enforcement: 'policy',
      is_admin: true,
      admin_roles: ['SUPER_ADMIN'],
      last_login_at: null,
    });
    expect(a).toMatchObject({
      key: '00u1',
      roles: ['SUPER_ADMIN'],
      privileged: true,
      mfa: false,
      lastLoginAt: null,
    });
  });
  it('reads an IAM user: groups and policies as roles, AdministratorAccess as privileged, latest credential use', () => {
    const a = reviewAccountOf('aws.iam_user', 'AIDA1', {
      userName: 'ada',
      arn: 'arn:aws:iam::1:user/ada',
      passwordEnabled: true,
      passwordLastUsed: '2026-05-01T00:00:00Z',
      mfaActive: true,
      accessKeys: [{ slot: 1, active: true, lastRotated: null, lastUsed: '2026-05-20T00:00:00Z' }],
      attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      groups: ['developers'],
    });
    expect(a).toMatchObject({ roles: ['developers', 'AdministratorAccess'], privileged: true, mfa: true });
    expect(a?.lastLoginAt).toBe('2026-05-20T00:00:00Z');
  });
  it('reads a CSV user list with its own column names', () => {
    const rows = [
      ['Email', 'Full Name', 'Roles', 'Last Login', 'MFA', 'Status'],
      ['ada@acme.test', 'Ada', 'Admin; Billing', '2026/05/01 10:00:00', 'yes', 'active'],
      ['bob', '', 'Viewer', 'Never logged in', 'no', 'suspended'],
    ];
    const [ada, bob] = reviewAccountsFromCsv(rows, 'users.csv');
    expect(ada).toMatchObject({
      key: 'ada@acme.test',
      roles: ['Admin', 'Billing'],
      privileged: true,
      mfa: true,
      enabled: true,
    });
    expect(bob).toMatchObject({ key: 'bob', lastLoginAt: null, mfa: false, enabled: false, email: null });
  });
  it('refuses a bad CSV naming the file, the row and the field', () => {
    expect(() => reviewAccountsFromCsv([['Name'], ['Ada']], 'users.csv')).toThrow(
      /users\.csv: no user column/,
    );
    expect(() =>
      reviewAccountsFromCsv(
        [
          ['Email', 'MFA'],
          ['a@x.test', 'maybe'],
        ],
        'u.csv',
      ),
    ).toThrow('u.csv: row 2, MFA: "maybe" is not yes or no');
    expect(() =>
      reviewAccountsFromCsv(
        [
          ['Email', 'Last login'],
          ['a@x.test', 'soon'],
        ],
        'u.csv',
      ),
    ).toThrow(/row 2, last login/);
    expect(() => reviewAccountsFromCsv([['Email'], ['a@x.test'], ['A@x.test']], 'u.csv')).toThrow(
      'u.csv: row 3, user: A@x.test is already listed on row 2',
    );
    expect(() => reviewAccountsFromCsv([['Email'], ['a@x.test'], ['', ''], [' ']], 'u.csv')).not.toThrow();
    expect(() =>
      reviewAccountsFromCsv(
        [
          ['Email', 'Name'],
          ['', 'Ada'],
        ],
        'u.csv',
      ),
    ).toThrow(/row 2, user: empty/);
  });
});

describe('verifying a remediation', () => {
  const before = { roles: ['Admin'], privileged: true, enabled: true };
  it('counts a revoke done when the account is gone or disabled', () => {
    expect(remediationDone('revoke', before, null)).toBe(true);
    expect(remediationDone('revoke', before, { roles: ['Admin'], privileged: true, enabled: false })).toBe(
      true,
    );
    expect(remediationDone('revoke', before, { roles: ['User'], privileged: false, enabled: true })).toBe(
      false,
    );
  });
  it('does not count an account that was already disabled when frozen until it is removed', () => {
    const disabled = { ...before, enabled: false };
    expect(remediationDone('revoke', disabled, { roles: ['Admin'], privileged: true, enabled: false })).toBe(
      false,
    );
    expect(remediationDone('revoke', disabled, null)).toBe(true);
  });
  it('counts a modify done when the roles changed', () => {
    expect(remediationDone('modify', before, { roles: ['User'], privileged: false, enabled: true })).toBe(
      true,
    );
    expect(remediationDone('modify', before, { roles: ['Admin'], privileged: true, enabled: true })).toBe(
      false,
    );
  });
});
