import { describe, expect, it } from 'vitest';
import {
  assertMayDecide,
  closeBlocker,
  type DecisionFacts,
  isOwnAccount,
  lagWords,
  nextCampaignDueDate,
  reasonRequired,
  remediationDue,
  remediationState,
  type SnapshotEntry,
  snapshotJson,
} from './access-reviews.ts';
import { canonicalJson } from './canonical-json.ts';

const facts: DecisionFacts = {
  campaignStatus: 'open',
  flags: [],
  reviewerUserId: 'rev',
  ownerUserId: 'holder',
  accountKeys: ['holder@acme.test'],
};
const reviewer = { userId: 'rev', email: 'rev@acme.test', manager: false };
const fieldOf = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    return (err as { field?: string; message: string }).field ?? 'none';
  }
  return null;
};

describe('access review decisions', () => {
  it('needs a reason for revoke, modify, and keeping a flagged account', () => {
    expect(reasonRequired('keep', [])).toBe(false);
    expect(reasonRequired('keep', ['privileged'])).toBe(true);
    expect(reasonRequired('revoke', [])).toBe(true);
    expect(reasonRequired('modify', [])).toBe(true);
    expect(fieldOf(() => assertMayDecide({ ...facts, flags: ['no_mfa'] }, reviewer, 'keep', '  '))).toBe(
      'reason',
    );
    expect(fieldOf(() => assertMayDecide(facts, reviewer, 'keep', null))).toBeNull();
  });

  it('lets only the assigned reviewer or a manager of reviews decide', () => {
    const other = { userId: 'other', email: 'other@acme.test', manager: false };
    expect(fieldOf(() => assertMayDecide(facts, other, 'keep', null))).toBe('accountId');
    expect(fieldOf(() => assertMayDecide(facts, { ...other, manager: true }, 'keep', null))).toBeNull();
  });

  it('refuses anyone deciding their own account, matched by user or by email', () => {
    const holder = { userId: 'holder', email: 'x@acme.test', manager: true };
    expect(fieldOf(() => assertMayDecide(facts, holder, 'keep', null))).toBe('accountId');
    const byEmail = { userId: 'u9', email: 'Holder@Acme.test', manager: true };
    expect(isOwnAccount(facts, byEmail)).toBe(true);
  });

  it('refuses decisions in a closed or not yet started campaign', () => {
    expect(
      fieldOf(() => assertMayDecide({ ...facts, campaignStatus: 'closed' }, reviewer, 'keep', null)),
    ).toBe('campaign');
    expect(
      fieldOf(() => assertMayDecide({ ...facts, campaignStatus: 'scheduled' }, reviewer, 'keep', null)),
    ).toBe('campaign');
  });

  it('closes only an open campaign with every account decided', () => {
    expect(closeBlocker('open', 0)).toBeNull();
    expect(closeBlocker('open', 1)).toBe('1 account is not decided yet');
    expect(closeBlocker('open', 1200)).toBe('1,200 accounts are not decided yet');
    expect(closeBlocker('closed', 0)).toMatch(/already closed/);
  });
});

describe('recurrence', () => {
  it('schedules the next campaign a period later, clamped to the end of the month', () => {
    expect(nextCampaignDueDate('2026-03-31', 'quarterly')).toBe('2026-06-30');
    expect(nextCampaignDueDate('2026-11-30', 'quarterly')).toBe('2027-02-28');
    expect(nextCampaignDueDate('2026-01-15', 'annual')).toBe('2027-01-15');
    expect(nextCampaignDueDate('2026-01-15', 'none')).toBeNull();
  });
});

describe('remediation items', () => {
  const decided = new Date('2026-01-01T00:00:00Z');
  it('are pending until their due date, overdue after it, verified once a sweep shows them', () => {
    expect(remediationState(decided, null, 14, new Date('2026-01-10T00:00:00Z'))).toBe('pending');
    expect(remediationState(decided, null, 14, new Date('2026-01-16T00:00:00Z'))).toBe('overdue');
    expect(remediationState(decided, new Date('2026-01-20T00:00:00Z'), 14, new Date('2026-02-01'))).toBe(
      'verified',
    );
    expect(remediationDue(decided, 14)).toBe('2026-01-15');
  });
  it('word the lag between decision and verification', () => {
    expect(lagWords(30_000)).toBe('under a minute');
    expect(lagWords(45 * 60_000)).toBe('45 minutes');
    expect(lagWords((3 * 24 + 4) * 3_600_000)).toBe('3 days 4 hours');
  });
});

describe('the snapshot hash input', () => {
  it('is exactly the canonical JSON of the snapshot, sorted by system and account', () => {
    const entry = (systemKey: string, key: string, extra: Partial<SnapshotEntry> = {}): SnapshotEntry => ({
      account: `${key}@acme.test`,
      enabled: true,
      flags: ['inactive', 'no_mfa'],
      key,
      lastLoginAt: null,
      mfa: null,
      name: 'Zoë "Z" Ünal\n',
      person: null,
      privileged: false,
      roles: ['Admin', 'Billing'],
      system: 'Okta',
      systemKey,
      ...extra,
    });
    const entries = [
      entry('csv:b', 'a'),
      entry('connector:1', 'z', { lastLoginAt: 'unknown' }),
      entry('connector:1', 'b'),
    ];
    const json = snapshotJson('c1', '2026-01-01T00:00:00.000Z', entries);
    const sorted = [entries[2], entries[1], entries[0]];
    expect(json).toBe(
      canonicalJson({ campaign: 'c1', takenAt: '2026-01-01T00:00:00.000Z', accounts: sorted }),
    );
  });
});
