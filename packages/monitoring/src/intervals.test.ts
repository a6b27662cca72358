import { describe, expect, it } from 'vitest';
import { computeEffectiveness, type StoredInterval, stateAt } from './effectiveness.ts';
import { diffIntervals } from './intervals.ts';

describe('interval diff', () => {
  it('writes nothing for unchanged outcomes, closes and opens on a change, closes gone resources', () => {
    const open = [
      { checkId: 'c1', resourceKey: 'r1', status: 'pass' as const, reason: 'ok' },
      { checkId: 'c1', resourceKey: 'r2', status: 'pass' as const, reason: 'ok' },
      { checkId: 'c1', resourceKey: 'r3', status: 'fail' as const, reason: 'no mfa' },
    ];
    const diff = diffIntervals(open, [
      { checkId: 'c1', resourceKey: 'r1', status: 'pass', reason: 'ok, differently worded' },
      { checkId: 'c1', resourceKey: 'r2', status: 'fail', reason: 'mfa removed' },
      { checkId: 'c1', resourceKey: 'r4', status: 'pass', reason: 'new user' },
    ]);
    expect(diff.unchanged).toBe(1);
    expect(diff.close.map((c) => c.resourceKey).sort()).toEqual(['r2', 'r3']);
    expect(diff.open.map((o) => `${o.resourceKey}:${o.status}`).sort()).toEqual(['r2:fail', 'r4:pass']);
  });
});

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const interval = (
  resourceKey: string,
  status: StoredInterval['status'],
  from: number,
  to: number | null,
): StoredInterval => ({
  checkId: 'aws.iam.console_user_mfa',
  resourceKey,
  resourceName: resourceKey,
  status,
  reason: status === 'fail' ? 'mfaActive is false' : 'ok',
  from: day(from),
  to: to === null ? null : day(to),
});

describe('operating effectiveness', () => {
  it('measures the share of the window without failures and lists each exception', () => {
    const e = computeEffectiveness(
      [
        interval('alice', 'pass', 0, 3),
        interval('alice', 'fail', 3, 4),
        interval('alice', 'pass', 4, null),
        interval('bob', 'pass', 0, null),
      ],
      day(0),
      day(10),
    );
    expect(e.operatingShare).toBeCloseTo(0.9);
    expect(e.evaluatedShare).toBe(1);
    expect(e.exceptions).toEqual([
      {
        checkId: 'aws.iam.console_user_mfa',
        resourceKey: 'alice',
        resourceName: 'alice',
        reason: 'mfaActive is false',
        failedFrom: day(3),
        remediatedAt: day(4),
        durationMs: 86_400_000,
      },
    ]);
    expect(e.timeline.map((s) => s.state)).toEqual(['operating', 'exception', 'operating']);
  });

  it('reports an exception still open at the end of the window without a remediation date', () => {
    const e = computeEffectiveness(
      [interval('carol', 'pass', -30, 8), interval('carol', 'fail', 8, null)],
      day(0),
      day(10),
    );
    expect(e.exceptions[0]).toMatchObject({ remediatedAt: null, durationMs: 2 * 86_400_000 });
    expect(e.operatingShare).toBeCloseTo(0.8);
  });

  it('does not count time with no evaluation as operating', () => {
    const e = computeEffectiveness(
      [interval('dave', 'pass', 5, null), interval('erin', 'error', 0, 5)],
      day(0),
      day(10),
    );
    expect(e.evaluatedShare).toBeCloseTo(0.5);
    expect(e.operatingShare).toBe(1);
    expect(e.timeline[0]).toMatchObject({ state: 'not_evaluated', from: day(0), to: day(5) });
  });

  it('gives the state at a Type I as-of date', () => {
    const all = [
      interval('alice', 'pass', 0, 3),
      interval('alice', 'fail', 3, 4),
      interval('alice', 'pass', 4, null),
    ];
    expect(stateAt(all, new Date(Date.UTC(2026, 0, 4, 12))).map((i) => i.status)).toEqual(['fail']);
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => computeEffectiveness([], day(5), day(1))).toThrow(/end after/);
  });
});

describe('a resource two connectors report', () => {
  it('is one exception, spanning both reports of its failure, and one failing resource at an instant', () => {
    // The same user failing in two connectors' copies of one credential report, a day apart.
    const e = computeEffectiveness(
      [interval('alice', 'fail', 2, 5), interval('alice', 'fail', 3, 6), interval('bob', 'fail', 8, 9)],
      day(0),
      day(10),
    );
    expect(e.exceptions.map((x) => [x.resourceKey, x.failedFrom, x.remediatedAt])).toEqual([
      ['alice', day(2), day(6)],
      ['bob', day(8), day(9)],
    ]);
    expect(e.timeline.filter((s) => s.state === 'exception').map((s) => s.failing)).toEqual([1, 1]);
    expect(
      stateAt([interval('alice', 'fail', 2, null), interval('alice', 'fail', 3, null)], day(4)),
    ).toHaveLength(1);
  });

  it('keeps separate failures of one resource that do not meet apart', () => {
    const e = computeEffectiveness(
      [interval('alice', 'fail', 1, 2), interval('alice', 'fail', 4, 5)],
      day(0),
      day(10),
    );
    expect(e.exceptions).toHaveLength(2);
  });
});
