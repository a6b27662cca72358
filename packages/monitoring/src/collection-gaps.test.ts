import { describe, expect, it } from 'vitest';
import { collectionGaps, type FinishedRun, mergeSpans, STILL_OPEN, withoutGaps } from './collection-gaps.ts';
import { computeEffectiveness, type StoredInterval } from './effectiveness.ts';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const run = (status: FinishedRun['status'], n: number): FinishedRun => ({
  status,
  startedAt: day(n),
  finishedAt: day(n),
});

describe('collection gaps', () => {
  it('runs from the first failed run to the next success, and stays open at the end', () => {
    const runs = [
      run('succeeded', 0),
      run('failed', 3),
      run('failed', 4),
      run('succeeded', 6),
      run('failed', 8),
    ];
    expect(collectionGaps(runs, null, day(10))).toEqual([
      { from: day(3), to: day(6) },
      { from: day(8), to: STILL_OPEN },
    ]);
  });

  it('starts twice the schedule after the last success for a scheduled connector', () => {
    const daily = 24 * 60;
    const runs = [run('succeeded', 0), run('succeeded', 1), run('succeeded', 5)];
    expect(collectionGaps(runs, daily, day(6))).toEqual([{ from: day(3), to: day(5) }]);
    // Failing and stale together make one gap from whichever began first.
    expect(
      collectionGaps([run('succeeded', 0), run('failed', 1), run('succeeded', 4)], daily, day(5)),
    ).toEqual([{ from: day(1), to: day(4) }]);
  });

  it('ignores runs that start after the end, and an upload-only connector is never stale', () => {
    expect(collectionGaps([run('succeeded', 0), run('failed', 7)], null, day(5))).toEqual([]);
    // Still stale at the end: nothing after it is evaluated either, whatever the window.
    expect(collectionGaps([run('succeeded', 0)], 24 * 60, day(5))).toEqual([
      { from: day(2), to: STILL_OPEN },
    ]);
    expect(collectionGaps([], 60, day(5))).toEqual([]);
  });

  it('merges overlapping and touching spans', () => {
    expect(
      mergeSpans([
        { from: day(4), to: day(6) },
        { from: day(1), to: day(2) },
        { from: day(2), to: day(3) },
        { from: day(5), to: day(9) },
      ]),
    ).toEqual([
      { from: day(1), to: day(3) },
      { from: day(4), to: day(9) },
    ]);
  });
});

describe('effectiveness without the gaps', () => {
  const pass: StoredInterval = {
    checkId: 'c',
    resourceKey: '',
    resourceName: '',
    status: 'pass',
    reason: '',
    from: day(0),
    to: null,
  };
  const fail: StoredInterval = { ...pass, resourceKey: 'r', status: 'fail', from: day(2), to: day(3) };

  it('counts passing time in a gap as not evaluated, never as operating', () => {
    const gaps = [{ from: day(5), to: day(8) }];
    const cut = withoutGaps([pass], () => gaps);
    expect(cut.map((i) => [i.from, i.to])).toEqual([
      [day(0), day(5)],
      [day(8), null],
    ]);
    const eff = computeEffectiveness(cut, day(0), day(10));
    expect(eff.evaluatedShare).toBeCloseTo(0.7);
    expect(eff.operatingShare).toBe(1);
    expect(eff.timeline.map((s) => s.state)).toEqual(['operating', 'not_evaluated', 'operating']);
  });

  it('leaves nothing evaluated after a gap still open', () => {
    const cut = withoutGaps([pass], () => [{ from: day(5), to: STILL_OPEN }]);
    expect(cut.map((i) => [i.from, i.to])).toEqual([[day(0), day(5)]]);
  });

  it('keeps a failure through a gap, and leaves checks without gaps alone', () => {
    const cut = withoutGaps([pass, fail], (id) => (id === 'c' ? [{ from: day(1), to: day(4) }] : []));
    expect(cut.filter((i) => i.status === 'fail')).toEqual([fail]);
    const eff = computeEffectiveness(cut, day(0), day(10));
    expect(eff.exceptions).toHaveLength(1);
    expect(eff.timeline.map((s) => s.state)).toEqual([
      'operating',
      'not_evaluated',
      'exception',
      'not_evaluated',
      'operating',
    ]);
    expect(withoutGaps([pass], () => [])).toEqual([pass]);
  });
});
