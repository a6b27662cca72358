import { describe, expect, it } from 'vitest';
import { accountDirectory, accountOf, accountsOfWorker, type WorkforceAccount } from '../accounts.ts';
import type { CheckDefinition } from '../check.ts';
import { evaluateForSweep } from '../evaluate.ts';
import type { Resource } from '../resource.ts';
import { HR_LEAVER_ACCOUNTS_DISABLED } from './saas-leavers.ts';

const now = new Date('2025-06-01T12:00:00Z');
const check = HR_LEAVER_ACCOUNTS_DISABLED as unknown as CheckDefinition<unknown>;
const worker = (extra: Record<string, unknown> = {}): Resource => ({
  source: 'hr',
  type: 'hr.employee',
  externalId: 'bob@example.com',
  name: 'bob@example.com',
  attributes: {
    email: 'Bob@Example.com',
    name: 'Bob Jones',
    status: 'terminated',
    termination_date: '2025-04-30',
    ...extra,
  },
});
const okta = (email: string, enabled: boolean, providerStatus = enabled ? 'ACTIVE' : 'DEPROVISIONED') =>
  accountOf('identity.user', {
    provider: 'okta',
    user_id: `00u${email}`,
    email,
    status: enabled ? 'active' : 'deprovisioned',
    provider_status: providerStatus,
    enabled,
    mfa_enforcement: 'policy',
  })!;
const iam = (userName: string, extra: Record<string, unknown>) =>
  accountOf('aws.iam_user', { userName, arn: `arn:aws:iam::123456789012:user/${userName}`, ...extra })!;
const evaluate = (r: Resource, accounts?: WorkforceAccount[]) =>
  evaluateForSweep([check], [r], now, undefined, undefined, {
    ...(accounts ? { accounts: accountDirectory(accounts) } : {}),
  }).results[0]!;

describe('leavers have no active accounts', () => {
  it('fails a leaver still active in Okta, naming the person, date, days, system and account', () => {
    const r = evaluate(worker(), [okta('bob@example.com', true), okta('alice@example.com', true)]);
    expect(r).toMatchObject({
      status: 'fail',
      reason:
        'Bob Jones (Bob@Example.com) terminated on 2025-04-30, 32 days ago, still has an active account ' +
        'after the offboarding deadline (the end of 2025-05-01): Okta bob@example.com (active)',
      attribute: 'accounts',
      actual: ['Okta bob@example.com'],
    });
  });

  it('fails on an AWS user named by the part of the email before the @, with a working access key', () => {
    const r = evaluate(worker(), [
      okta('bob@example.com', false),
      iam('bob', {
        passwordEnabled: false,
        accessKeys: [{ slot: 1, active: true, lastRotated: null, lastUsed: null }],
      }),
    ]);
    expect(r.status).toBe('fail');
    expect(r.reason).toContain(
      'still has an active account after the offboarding deadline (the end of 2025-05-01): AWS bob',
    );
    expect(r.reason).not.toContain('Okta');
  });

  it('passes when every matched account is deactivated or without credentials, listing them', () => {
    const r = evaluate(worker(), [
      okta('bob@example.com', false),
      iam('bob@example.com', {
        passwordEnabled: false,
        accessKeys: [{ slot: 1, active: false, lastRotated: null, lastUsed: null }],
      }),
    ]);
    expect(r).toMatchObject({
      status: 'pass',
      reason:
        'accounts disabled: Okta bob@example.com (deprovisioned); AWS bob@example.com (no password or active access key)',
    });
  });

  it('passes a leaver with no account anywhere, listing the systems searched', () => {
    const google = accountOf('identity.user', {
      provider: 'google',
      user_id: '1',
      email: 'carol@example.com',
      status: 'active',
      provider_status: 'active',
      enabled: true,
      mfa_enforcement: 'per_user',
    })!;
    const r = evaluate(worker(), [okta('alice@example.com', true), google, iam('deploy', {})]);
    expect(r).toMatchObject({
      status: 'pass',
      reason: 'no active account found in: AWS, Google Workspace, Okta',
    });
  });

  it('is an error, not a pass, when no account data exists for the organization', () => {
    expect(evaluate(worker())).toMatchObject({ status: 'error', reason: 'no identity provider connected' });
    expect(evaluate(worker(), [])).toMatchObject({
      status: 'error',
      reason: 'no identity provider connected',
    });
  });

  it('is an error when a matched account’s state cannot be told', () => {
    const r = evaluate(worker(), [iam('bob', { passwordEnabled: false })]);
    expect(r).toMatchObject({ status: 'error', attribute: 'accounts' });
    expect(r.reason).toBe(
      'cannot tell whether these accounts of Bob Jones (Bob@Example.com) are active: AWS bob',
    );
  });

  it('is an error when the leaver has no email to match by, or no status', () => {
    expect(evaluate(worker({ email: undefined }), [okta('a@example.com', true)])).toMatchObject({
      status: 'error',
      attribute: 'email',
    });
    expect(evaluate(worker({ status: undefined }), [okta('a@example.com', true)])).toMatchObject({
      status: 'error',
      attribute: 'status',
    });
  });

  it('does not apply to current workers or to a termination still ahead', () => {
    const accounts = [okta('bob@example.com', true)];
    expect(evaluate(worker({ status: 'active' }), accounts)).toMatchObject({
      status: 'not_applicable',
      reason: 'worker is active',
    });
    expect(evaluate(worker({ termination_date: '2025-06-02' }), accounts)).toMatchObject({
      status: 'not_applicable',
      reason: 'leaves on 2025-06-02',
    });
  });

  it('waits for the offboarding deadline before failing an active account', () => {
    const accounts = [okta('bob@example.com', true)];
    // Left on Friday 30 May; one business day (the default) runs to the end of Monday 2 June.
    expect(evaluate(worker({ termination_date: '2025-05-30' }), accounts)).toMatchObject({
      status: 'not_applicable',
      reason:
        'not due yet: Bob Jones (Bob@Example.com) left on 2025-05-30, and the offboarding deadline is the ' +
        'end of 2025-06-02; still active: Okta bob@example.com (active)',
    });
    // The organization's own deadline applies: with none after the last day, the next day fails.
    const strict = (term: string) =>
      evaluateForSweep([check], [worker({ termination_date: term })], now, undefined, undefined, {
        accounts: accountDirectory(accounts, 0),
      }).results[0]!;
    expect(strict('2025-05-31')).toMatchObject({
      status: 'fail',
      reason: expect.stringContaining('after the offboarding deadline (the end of 2025-05-31)'),
    });
    // The last day itself is not over at noon.
    expect(strict('2025-06-01').status).toBe('not_applicable');
  });

  it('says when the termination date is missing', () => {
    const r = evaluate(worker({ termination_date: undefined }), [okta('bob@example.com', true)]);
    expect(r.reason).toContain('terminated (no termination date recorded), still has an active account');
  });
});

describe('account directory', () => {
  it('keys identity users by email only and IAM users by user name', () => {
    const dir = accountDirectory([okta('bob@example.com', true), iam('Bob', { passwordEnabled: true })]);
    expect(accountsOfWorker(dir, ' BOB@example.com').map((a) => a.system)).toEqual(['Okta', 'AWS']);
    // An identity user whose email happens to be a bare name is not matched by the local part.
    const bare = accountDirectory([{ ...okta('x@example.com', true), keys: ['bob'] }]);
    expect(accountsOfWorker(bare, 'bob@example.com')).toEqual([]);
  });

  it('ignores other resource types and attributes that do not parse', () => {
    expect(accountOf('hr.employee', { email: 'a@example.com' })).toBeNull();
    expect(accountOf('identity.user', { provider: 'okta' })).toBeNull();
    expect(accountOf('aws.iam_user', { arn: 'x' })).toBeNull();
  });
});
