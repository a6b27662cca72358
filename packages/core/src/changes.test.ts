import { describe, expect, it } from 'vitest';
import {
  type ChangeReview,
  changeDeviations,
  changePopulation,
  ciStatusAtMerge,
  countingApprovals,
  firstApprovalAt,
  justificationProblem,
} from './changes.ts';

const review = (
  reviewer: string,
  state: ChangeReview['state'],
  submittedAt: string | null,
): ChangeReview => ({
  reviewer,
  state,
  submittedAt,
});

describe('approvals that count', () => {
  it('keeps each reviewer’s latest decisive review, ignoring comments and pending reviews', () => {
    const approvals = countingApprovals([
      review('bob', 'APPROVED', '2026-03-01T10:00:00Z'),
      review('bob', 'COMMENTED', '2026-03-01T11:00:00Z'),
      review('carol', 'PENDING', null),
      review('dave', 'APPROVED', '2026-03-01T09:00:00Z'),
    ]);
    expect(approvals).toEqual([
      { reviewer: 'dave', approvedAt: '2026-03-01T09:00:00Z' },
      { reviewer: 'bob', approvedAt: '2026-03-01T10:00:00Z' },
    ]);
    expect(firstApprovalAt(approvals)).toBe('2026-03-01T09:00:00Z');
  });

  it('drops an approval later dismissed or followed by changes requested from the same reviewer', () => {
    // Given out of order on purpose: the submission time decides which review is latest.
    const approvals = countingApprovals([
      review('bob', 'CHANGES_REQUESTED', '2026-03-01T12:00:00Z'),
      review('bob', 'APPROVED', '2026-03-01T10:00:00Z'),
      // GitHub dismisses in place: the approval itself now reads DISMISSED, with its submission time.
      review('carol', 'DISMISSED', '2026-03-01T10:00:00Z'),
    ]);
    expect(approvals).toEqual([]);
    expect(firstApprovalAt(approvals)).toBeNull();
  });

  it('counts an approval given again after changes were requested', () => {
    const approvals = countingApprovals([
      review('Bob', 'CHANGES_REQUESTED', '2026-03-01T09:00:00Z'),
      review('bob', 'APPROVED', '2026-03-01T10:00:00Z'),
    ]);
    expect(approvals).toEqual([{ reviewer: 'bob', approvedAt: '2026-03-01T10:00:00Z' }]);
  });
});

describe('approvals that count as of the merge', () => {
  const merged = '2026-03-02T10:00:00Z';
  it('keeps an approval the merge relied on when the reviewer requested changes afterwards', () => {
    const approvals = countingApprovals(
      [
        review('bob', 'APPROVED', '2026-03-02T09:00:00Z'),
        review('bob', 'CHANGES_REQUESTED', '2026-03-02T11:00:00Z'),
      ],
      merged,
    );
    expect(approvals).toEqual([{ reviewer: 'bob', approvedAt: '2026-03-02T09:00:00Z' }]);
    expect(changeDeviations({ author: 'alice', mergedAt: merged, approvals, requiredApprovals: 1 })).toEqual(
      [],
    );
  });

  it('keeps the approval given before the merge when the reviewer approved again afterwards', () => {
    const approvals = countingApprovals(
      [review('bob', 'APPROVED', '2026-03-02T09:00:00Z'), review('bob', 'APPROVED', '2026-03-02T12:00:00Z')],
      merged,
    );
    expect(approvals).toEqual([{ reviewer: 'bob', approvedAt: '2026-03-02T09:00:00Z' }]);
  });

  it('lists an approval given after changes were requested before the merge as after the merge', () => {
    const approvals = countingApprovals(
      [
        review('bob', 'CHANGES_REQUESTED', '2026-03-02T09:00:00Z'),
        review('bob', 'APPROVED', '2026-03-02T12:00:00Z'),
      ],
      merged,
    );
    expect(approvals).toEqual([{ reviewer: 'bob', approvedAt: '2026-03-02T12:00:00Z' }]);
    expect(changeDeviations({ author: 'alice', mergedAt: merged, approvals, requiredApprovals: 1 })).toEqual([
      'approved_after_merge',
      'protection_bypassed',
    ]);
  });

  it('drops an approval withdrawn after the merge when none stood at the merge', () => {
    const approvals = countingApprovals(
      [
        review('bob', 'APPROVED', '2026-03-02T11:00:00Z'),
        review('bob', 'CHANGES_REQUESTED', '2026-03-02T12:00:00Z'),
      ],
      merged,
    );
    expect(approvals).toEqual([]);
  });

  it('counts an approval submitted in the same second as the merge', () => {
    expect(countingApprovals([review('bob', 'APPROVED', merged)], merged)).toEqual([
      { reviewer: 'bob', approvedAt: merged },
    ]);
  });
});

describe('change deviations', () => {
  const merged = '2026-03-02T10:00:00Z';
  it('finds none for a change approved by someone else before merge', () => {
    const facts = {
      author: 'alice',
      mergedAt: merged,
      approvals: [{ reviewer: 'bob', approvedAt: '2026-03-02T09:00:00Z' }],
      requiredApprovals: 1,
    };
    expect(changeDeviations(facts)).toEqual([]);
  });

  it('flags a merge without approval, and a bypass where protection required one', () => {
    expect(changeDeviations({ author: 'alice', mergedAt: merged, approvals: [] })).toEqual([
      'merged_without_approval',
    ]);
    expect(
      changeDeviations({ author: 'alice', mergedAt: merged, approvals: [], requiredApprovals: 1 }),
    ).toEqual(['merged_without_approval', 'protection_bypassed']);
  });

  it('flags a change approved only by its author', () => {
    const approvals = [{ reviewer: 'Alice', approvedAt: '2026-03-02T09:00:00Z' }];
    expect(changeDeviations({ author: 'alice', mergedAt: merged, approvals })).toEqual([
      'approved_only_by_author',
    ]);
  });

  it('flags a change approved only after merge', () => {
    const approvals = [{ reviewer: 'bob', approvedAt: '2026-03-02T11:00:00Z' }];
    expect(changeDeviations({ author: 'alice', mergedAt: merged, approvals, requiredApprovals: 1 })).toEqual([
      'approved_after_merge',
      'protection_bypassed',
    ]);
  });

  it('flags a bypass when fewer independent approvals came before merge than protection required', () => {
    const approvals = [{ reviewer: 'bob', approvedAt: '2026-03-02T09:00:00Z' }];
    expect(changeDeviations({ author: 'alice', mergedAt: merged, approvals, requiredApprovals: 2 })).toEqual([
      'protection_bypassed',
    ]);
  });
});

describe('CI status at merge', () => {
  it('is none without check runs or statuses', () => {
    expect(ciStatusAtMerge([], 'pending', 0)).toBe('none');
  });
  it('fails on any failed check run or an erroring status, else waits on a running one', () => {
    expect(ciStatusAtMerge(['success', 'failure'])).toBe('failure');
    expect(ciStatusAtMerge(['success'], 'error', 1)).toBe('failure');
    expect(ciStatusAtMerge(['success', null])).toBe('pending');
    expect(ciStatusAtMerge(['success', 'skipped', 'neutral'], 'success', 2)).toBe('success');
  });
});

describe('change population', () => {
  const c = (
    repository: string,
    number: number,
    mergedAt: string,
    deviations: string[] = [],
    justified = false,
  ) => ({
    repository,
    number,
    author: 'alice',
    mergedAt,
    deviations: deviations as never[],
    justified,
  });
  const all = [
    c('acme/api', 1, '2026-02-28T23:59:59Z'),
    c('acme/api', 2, '2026-03-01T00:00:00Z', ['merged_without_approval'], true),
    c('acme/web', 3, '2026-03-15T12:00:00Z', ['approved_after_merge']),
    c('acme/api', 4, '2026-03-31T23:59:59Z'),
    c('acme/api', 5, '2026-04-01T00:00:00Z'),
  ];
  it('keeps the changes merged within the period, both days included, newest first', () => {
    expect(changePopulation(all, { from: '2026-03-01', to: '2026-03-31' }).map((x) => x.number)).toEqual([
      4, 3, 2,
    ]);
  });
  it('filters to deviations (justified ones stay listed) and to one repository', () => {
    const period = { from: '2026-03-01', to: '2026-03-31' };
    expect(changePopulation(all, { ...period, deviationsOnly: true }).map((x) => x.number)).toEqual([3, 2]);
    expect(changePopulation(all, { ...period, repository: 'acme/api' }).map((x) => x.number)).toEqual([4, 2]);
  });
});

describe('emergency-change justification', () => {
  it('needs a reason and an approver other than the author', () => {
    expect(justificationProblem({ author: 'alice', approver: 'bob', reason: 'Outage fix' })).toBeNull();
    expect(justificationProblem({ author: 'alice', approver: 'bob', reason: '  ' })).toMatch(/^reason:/);
    expect(justificationProblem({ author: 'alice', approver: '', reason: 'Outage fix' })).toMatch(
      /^approver:/,
    );
    expect(justificationProblem({ author: 'alice', approver: 'Alice', reason: 'Outage fix' })).toBe(
      'approver: must be someone other than the author of the change',
    );
  });
});
