import { describe, expect, it } from 'vitest';
import {
  acceptanceDueDate,
  assertEditable,
  assertMayApprove,
  assertTransition,
  canTransition,
  inPolicyAudience,
  liveVersionOn,
  matrixCell,
  matrixCellText,
  nextVersionNumber,
  planPublish,
  remindersDue,
  versionLabel,
} from './policies.ts';

describe('version numbers', () => {
  it('starts at 1.0 and bumps the major or the minor of the last published version', () => {
    expect(nextVersionNumber(null, 'minor')).toEqual({ major: 1, minor: 0 });
    expect(nextVersionNumber({ major: 1, minor: 0 }, 'minor')).toEqual({ major: 1, minor: 1 });
    expect(nextVersionNumber({ major: 1, minor: 3 }, 'major')).toEqual({ major: 2, minor: 0 });
    expect(versionLabel({ major: 2, minor: 1 })).toBe('2.1');
  });
});

describe('lifecycle', () => {
  it('goes draft → pending approval → published → superseded, or pending → rejected', () => {
    expect(canTransition('draft', 'pending_approval')).toBe(true);
    expect(canTransition('pending_approval', 'published')).toBe(true);
    expect(canTransition('pending_approval', 'rejected')).toBe(true);
    expect(canTransition('published', 'superseded')).toBe(true);
    expect(canTransition('draft', 'published')).toBe(false);
    expect(canTransition('rejected', 'pending_approval')).toBe(false);
    expect(canTransition('superseded', 'published')).toBe(false);
  });

  it('names both statuses when a move is refused', () => {
    expect(() => assertTransition('1.0', 'published', 'pending_approval')).toThrow(
      'version 1.0 is published and cannot become waiting for approval',
    );
  });

  it('lets only a draft change', () => {
    expect(() => assertEditable('1.0', 'draft')).not.toThrow();
    expect(() => assertEditable('1.0', 'published')).toThrow(/can no longer be changed/);
    expect(() => assertEditable('1.0', 'pending_approval')).toThrow(/waiting for approval/);
  });
});

describe('approval', () => {
  it('refuses the person who submitted the version, and anyone not named as approver', () => {
    expect(() => assertMayApprove('a', { submittedBy: 'a' }, ['a', 'b'])).toThrow(
      /someone else must approve/,
    );
    expect(() => assertMayApprove('c', { submittedBy: 'a' }, ['a', 'b'])).toThrow(/approver named/);
    expect(() => assertMayApprove('b', { submittedBy: 'a' }, ['a', 'b'])).not.toThrow();
  });
});

describe('live on a date', () => {
  const v1 = { id: 'v1', publishedAt: new Date('2026-01-10T15:00:00Z') };
  const v2 = { id: 'v2', publishedAt: new Date('2026-03-01T09:00:00Z') };
  const draft = { id: 'd', publishedAt: null };
  it('is the last version published on or before the day', () => {
    expect(liveVersionOn([v1, v2, draft], '2026-01-09')).toBeNull();
    expect(liveVersionOn([v1, v2, draft], '2026-01-10')?.id).toBe('v1');
    expect(liveVersionOn([v2, v1], '2026-02-28')?.id).toBe('v1');
    expect(liveVersionOn([v1, v2], '2026-03-01')?.id).toBe('v2');
    expect(liveVersionOn([v1, v2], '2027-01-01')?.id).toBe('v2');
  });
});

describe('acceptance due date', () => {
  it('is 30 days after publication or after the start date, whichever is later', () => {
    expect(acceptanceDueDate('2026-03-01', null)).toBe('2026-03-31');
    expect(acceptanceDueDate('2026-03-01', '2020-05-01')).toBe('2026-03-31');
    expect(acceptanceDueDate('2026-03-01', '2026-04-15')).toBe('2026-05-15');
    expect(acceptanceDueDate('2026-03-01', null, 14)).toBe('2026-03-15');
  });
});

describe('audience', () => {
  const base = {
    workerType: 'employee',
    department: 'Engineering',
    status: 'active',
    inScope: true,
  } as const;
  it('resolves all staff, employees, contractors and engineering; never the terminated or out of scope', () => {
    expect(inPolicyAudience('all_staff', base)).toBe(true);
    expect(inPolicyAudience('employees', base)).toBe(true);
    expect(inPolicyAudience('contractors', base)).toBe(false);
    expect(inPolicyAudience('contractors', { ...base, workerType: 'contractor' })).toBe(true);
    expect(inPolicyAudience('engineering', { ...base, department: ' engineering ' })).toBe(true);
    expect(inPolicyAudience('engineering', { ...base, department: 'Sales' })).toBe(false);
    expect(inPolicyAudience('all_staff', { ...base, status: 'terminated' })).toBe(false);
    expect(inPolicyAudience('all_staff', { ...base, inScope: false })).toBe(false);
    expect(inPolicyAudience('all_staff', { ...base, status: 'on_leave' })).toBe(true);
  });
});

describe('what publishing does to acceptance requests', () => {
  const audience = [
    { personId: 'ann', startDate: null },
    { personId: 'bob', startDate: '2026-06-20' },
    { personId: 'cat', startDate: null },
  ];
  const open = [{ id: 'r-ann', personId: 'ann' }];

  it('a major version closes open requests and asks everyone again', () => {
    const plan = planPublish({
      version: { major: 2, minor: 0 },
      publishedOn: '2026-06-01',
      audience,
      open,
      acceptedThisMajor: new Set(),
    });
    expect(plan.close).toEqual(['r-ann']);
    expect(plan.carry).toEqual([]);
    expect(plan.create).toEqual([
      { personId: 'ann', dueDate: '2026-07-01' },
      { personId: 'bob', dueDate: '2026-07-20' },
      { personId: 'cat', dueDate: '2026-07-01' },
    ]);
  });

  it('a minor version carries open requests forward and asks only people not yet asked or covered', () => {
    const plan = planPublish({
      version: { major: 1, minor: 1 },
      publishedOn: '2026-06-01',
      audience,
      open,
      acceptedThisMajor: new Set(['cat']),
    });
    expect(plan).toEqual({
      close: [],
      carry: ['r-ann'],
      create: [{ personId: 'bob', dueDate: '2026-07-20' }],
    });
  });
});

describe('reminders', () => {
  it('sends 7 days and 1 day before, then overdue after the due date', () => {
    expect(remindersDue('2026-03-31', '2026-03-01')).toEqual([]);
    expect(remindersDue('2026-03-31', '2026-03-24')).toEqual(['due_7']);
    expect(remindersDue('2026-03-31', '2026-03-30')).toEqual(['due_1']);
    expect(remindersDue('2026-03-31', '2026-03-31')).toEqual(['due_1']);
    expect(remindersDue('2026-03-31', '2026-04-01')).toEqual(['overdue']);
  });
});

describe('matrix cells', () => {
  const request = { dueDate: '2026-03-31', state: 'open' as const };
  it('marks accepted, late, covered, pending, missing, replaced and not asked', () => {
    const today = '2026-04-10';
    expect(matrixCell({ acceptedAt: '2026-03-20T10:00:00Z', coveredBy: null, request, today })).toBe(
      'accepted',
    );
    expect(matrixCell({ acceptedAt: '2026-04-02T10:00:00Z', coveredBy: null, request, today })).toBe('late');
    expect(matrixCell({ acceptedAt: null, coveredBy: '2026-01-01', request: null, today })).toBe('covered');
    expect(matrixCell({ acceptedAt: null, coveredBy: null, request, today: '2026-03-30' })).toBe('pending');
    expect(matrixCell({ acceptedAt: null, coveredBy: null, request, today })).toBe('missing');
    expect(
      matrixCell({
        acceptedAt: null,
        coveredBy: null,
        request: { ...request, state: 'closed', closedOn: '2026-04-05' },
        today: '2026-04-10',
      }),
    ).toBe('missing');
    // A new major closed the request before it was due: nobody was late, whatever today is.
    expect(
      matrixCell({
        acceptedAt: null,
        coveredBy: null,
        request: { ...request, state: 'closed', closedOn: '2026-03-15' },
        today,
      }),
    ).toBe('replaced');
    expect(matrixCell({ acceptedAt: null, coveredBy: null, request: null, today })).toBe('not_asked');
  });
});

describe('matrix cells in words', () => {
  const long = (d: string) => `day ${d}`;
  it('writes the acceptance date, and the due date only for a request still owed', () => {
    expect(
      matrixCellText({ state: 'late', acceptedAt: '2026-04-02T10:00:00Z', dueDate: '2026-03-31' }, long),
    ).toBe('Accepted late day 2026-04-02');
    expect(matrixCellText({ state: 'missing', acceptedAt: null, dueDate: '2026-03-31' })).toBe(
      'Missing (due 2026-03-31)',
    );
    expect(matrixCellText({ state: 'pending', acceptedAt: null, dueDate: '2026-03-31' }, long)).toBe(
      'Not yet accepted (due day 2026-03-31)',
    );
    expect(matrixCellText({ state: 'replaced', acceptedAt: null, dueDate: '2026-03-31' })).toBe(
      'Replaced before it was due',
    );
    expect(matrixCellText({ state: 'not_asked', acceptedAt: null, dueDate: null })).toBe('');
  });
});
