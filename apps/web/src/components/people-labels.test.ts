import { describe, expect, it } from 'vitest';
import { leaverExceptionText } from './people-labels.ts';

describe('the leaver alert', () => {
  it('names the offboarding deadline only when every active account is past it', () => {
    const overdue = { state: 'overdue' as const };
    expect(
      leaverExceptionText({ name: 'Andre Young', exceptions: 1, offboarding: { accounts: [overdue] } }),
    ).toBe(
      'Andre Young is terminated but 1 account is still active after the offboarding deadline. This is an exception until the account is disabled.',
    );
    // The second account was linked after the offboarding opened: it has no deadline to be past.
    expect(
      leaverExceptionText({ name: 'Andre Young', exceptions: 2, offboarding: { accounts: [overdue] } }),
    ).toBe(
      'Andre Young is terminated but 2 accounts are still active. This is an exception until the accounts are disabled.',
    );
    expect(leaverExceptionText({ name: 'Bo Chen', exceptions: 1, offboarding: null })).toBe(
      'Bo Chen is terminated but 1 account is still active. This is an exception until the account is disabled.',
    );
  });
});
