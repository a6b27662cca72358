import { describe, expect, it } from 'vitest';
import { readLmsExport, resolveLmsRows } from './lms-import.ts';
import {
  addMonths,
  completionState,
  cycleLabel,
  cycleOf,
  cyclesBetween,
  inAudience,
  trainingDueDate,
  worksDuring,
} from './training.ts';

describe('training cycles', () => {
  it('numbers annual cycles from the course start and names calendar years by their year', () => {
    expect(cycleOf('2025-01-01', 12, '2025-06-30')).toEqual({
      number: 1,
      start: '2025-01-01',
      end: '2025-12-31',
    });
    expect(cycleOf('2025-01-01', 12, '2026-01-01')).toEqual({
      number: 2,
      start: '2026-01-01',
      end: '2026-12-31',
    });
    expect(cycleLabel(cycleOf('2025-01-01', 12, '2026-03-01'))).toBe('2026');
  });

  it('puts a retraining in the next cycle, never the one it follows', () => {
    const first = cycleOf('2025-07-01', 12, '2026-06-30');
    const second = cycleOf('2025-07-01', 12, '2026-07-01');
    expect(first.start).toBe('2025-07-01');
    expect(second.start).toBe('2026-07-01');
    expect(cycleLabel(first)).toBe('Jul 2025 – Jun 2026');
  });

  it('handles short cadences, dates before the start and month ends', () => {
    expect(cycleOf('2026-01-01', 3, '2026-04-01')).toMatchObject({ number: 2, end: '2026-06-30' });
    expect(cycleOf('2026-01-01', 12, '2025-05-05')).toMatchObject({ number: 0, start: '2025-01-01' });
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(cycleLabel(cycleOf('2026-03-01', 1, '2026-03-09'))).toBe('Mar 2026');
    expect(cyclesBetween('2024-01-01', 12, '2024-05-01', '2026-02-01').map((c) => c.start)).toEqual([
      '2024-01-01',
      '2025-01-01',
      '2026-01-01',
    ]);
  });
});

describe('due dates', () => {
  const cycle = { start: '2026-01-01', end: '2026-12-31' };
  it('is the end of the cycle, or 30 days after a new hire starts when that is later', () => {
    expect(trainingDueDate(cycle, null)).toBe('2026-12-31');
    expect(trainingDueDate(cycle, '2026-03-01')).toBe('2026-12-31');
    expect(trainingDueDate(cycle, '2026-12-20')).toBe('2027-01-19');
  });

  it('marks completions done, late, open or missing', () => {
    expect(completionState('2026-12-31', '2026-12-31', '2027-02-01')).toBe('done');
    expect(completionState('2026-12-31', '2027-01-02', '2027-02-01')).toBe('late');
    expect(completionState('2026-12-31', null, '2026-12-31')).toBe('open');
    expect(completionState('2026-12-31', null, '2027-01-01')).toBe('missing');
  });

  it('asks only people who work during the cycle', () => {
    expect(worksDuring({ startDate: '2027-01-01', endDate: null }, cycle)).toBe(false);
    expect(worksDuring({ startDate: '2020-01-01', endDate: '2025-12-31' }, cycle)).toBe(false);
    expect(worksDuring({ startDate: '2020-01-01', endDate: '2026-01-01' }, cycle)).toBe(true);
  });
});

describe('audiences', () => {
  const p = {
    workerType: 'employee' as const,
    department: 'engineering ',
    status: 'active' as const,
    inScope: true,
  };
  it('follows the course audience and leaves out people out of scope or terminated', () => {
    expect(inAudience({ audience: 'all_staff', audienceDepartment: null }, p)).toBe(true);
    expect(inAudience({ audience: 'contractors', audienceDepartment: null }, p)).toBe(false);
    expect(inAudience({ audience: 'department', audienceDepartment: 'Engineering' }, p)).toBe(true);
    expect(inAudience({ audience: 'department', audienceDepartment: 'Sales' }, p)).toBe(false);
    expect(inAudience({ audience: 'all_staff', audienceDepartment: null }, { ...p, inScope: false })).toBe(
      false,
    );
    expect(
      inAudience({ audience: 'all_staff', audienceDepartment: null }, { ...p, status: 'terminated' }),
    ).toBe(false);
  });
});

describe('LMS export', () => {
  const today = '2026-06-01';
  const good = [
    '"User Email","Course Title","Completion Date","Score"',
    '"ana@acme.test","Security awareness","03/14/2026","92%"',
    '"bo@acme.test","Security awareness","2026-02-01T10:00:00Z",""',
  ].join('\r\n');

  it('reads the usual column names, US dates, percentages and empty scores', () => {
    expect(readLmsExport('report.csv', good, { today })).toEqual([
      { line: 2, email: 'ana@acme.test', course: 'Security awareness', completedOn: '2026-03-14', score: 92 },
      {
        line: 3,
        email: 'bo@acme.test',
        course: 'Security awareness',
        completedOn: '2026-02-01',
        score: null,
      },
    ]);
  });

  it('uses a chosen column and names the missing one otherwise', () => {
    const renamed = good.replace('"User Email"', '"Learner"');
    expect(() => readLmsExport('report.csv', renamed, { today })).toThrow(
      /report\.csv: line 1: missing column email .*"Learner"/,
    );
    expect(readLmsExport('report.csv', renamed, { today, columns: { email: 'Learner' } })).toHaveLength(2);
    expect(() => readLmsExport('report.csv', good, { today, columns: { email: 'Mail' } })).toThrow(
      /missing column "Mail" \(chosen for email\)/,
    );
  });

  it('names the line and column of a bad date, a future date, a bad score and a repeated row', () => {
    const line = (row: string) => `${good}\r\n${row}`;
    expect(() => readLmsExport('r.csv', line('"c@acme.test","X","31/02/2026",""'), { today })).toThrow(
      /r\.csv: line 4, column "Completion Date": "31\/02\/2026" is not a date/,
    );
    expect(() => readLmsExport('r.csv', line('"c@acme.test","X","2026-07-01",""'), { today })).toThrow(
      /line 4, column "Completion Date": 2026-07-01 is in the future/,
    );
    expect(() => readLmsExport('r.csv', line('"c@acme.test","X","2026-01-01","A+"'), { today })).toThrow(
      /line 4, column "Score": "A\+" is not a score/,
    );
    expect(() =>
      readLmsExport('r.csv', line('"ANA@acme.test","Security awareness","2026-03-14","92"'), { today }),
    ).toThrow(/line 4: repeats line 2/);
  });

  it('matches people and courses, and refuses unknown ones and two completions in one cycle', () => {
    const rows = readLmsExport('r.csv', good, { today });
    const people = new Map([
      ['ana@acme.test', 'p1'],
      ['bo@acme.test', 'p2'],
    ]);
    const courses = [{ id: 'c1', title: 'Security Awareness', cadenceMonths: 12, cycleStart: '2026-01-01' }];
    expect(resolveLmsRows('r.csv', rows, people, courses).map((r) => [r.personId, r.cycle.start])).toEqual([
      ['p1', '2026-01-01'],
      ['p2', '2026-01-01'],
    ]);
    expect(() => resolveLmsRows('r.csv', rows, new Map([['ana@acme.test', 'p1']]), courses)).toThrow(
      /line 3, email: nobody in the person register has the email bo@acme\.test/,
    );
    expect(() => resolveLmsRows('r.csv', rows, people, [])).toThrow(/line 2, course: no course is called/);
    const twice = readLmsExport(
      'r.csv',
      `${good}\r\n"ana@acme.test","Security awareness","2026-04-01","80"`,
      { today },
    );
    expect(() => resolveLmsRows('r.csv', twice, people, courses)).toThrow(
      /twice in the cycle .* \(lines 2 and 4\)/,
    );
  });
});
