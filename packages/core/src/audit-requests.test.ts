import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AuditRequestStatus,
  readRequestList,
  requestOverdue,
  requestTransition,
  resolveRequestList,
  waitingOn,
} from './audit-requests.ts';
import { parseCsv } from './lms-import.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../test/fixtures', name), 'utf8');
/** The auditor's list names its columns its own way: "PBC No." for the reference, "TSC" for criteria. */
const COLUMNS = { reference: 'PBC No.', controls: 'Control Reference' };

describe('the request loop', () => {
  it('goes open → submitted → flagged → submitted → accepted', () => {
    let s: AuditRequestStatus = 'open';
    for (const [step, to] of [
      ['submit', 'submitted'],
      ['flag', 'flagged'],
      ['submit', 'submitted'],
      ['accept', 'accepted'],
    ] as const) {
      const next = requestTransition(s, step);
      expect(next).toEqual({ to });
      s = to;
    }
  });

  it('refuses every other step with words', () => {
    expect(requestTransition('open', 'accept')).toEqual({
      refused: 'the request cannot be accepted: the company has not submitted it yet',
    });
    expect(requestTransition('open', 'flag')).toMatchObject({ refused: /not submitted/ });
    expect(requestTransition('submitted', 'submit')).toMatchObject({ refused: /waits for the auditor/ });
    expect(requestTransition('flagged', 'accept')).toMatchObject({
      refused: /flagged and waits for the company/,
    });
    for (const step of ['submit', 'accept', 'flag'] as const) {
      expect(requestTransition('accepted', step)).toMatchObject({ refused: /already accepted/ });
    }
  });

  it('says who a request waits on and when it is overdue', () => {
    expect(waitingOn('open')).toBe('company');
    expect(waitingOn('flagged')).toBe('company');
    expect(waitingOn('submitted')).toBe('auditor');
    expect(waitingOn('accepted')).toBeNull();
    expect(requestOverdue({ dueDate: '2026-10-01', status: 'submitted' }, '2026-10-02')).toBe(true);
    expect(requestOverdue({ dueDate: '2026-10-02', status: 'open' }, '2026-10-02')).toBe(false);
    expect(requestOverdue({ dueDate: '2026-10-01', status: 'accepted' }, '2026-10-02')).toBe(false);
    expect(requestOverdue({ dueDate: null, status: 'open' }, '2026-10-02')).toBe(false);
  });
});

describe("reading the auditor's request list", () => {
  it('reads a list with renamed columns, quoted cells, US and ISO dates and lists of criteria', () => {
    const rows = readRequestList('pbc.csv', parseCsv(fixture('request-list.csv')), COLUMNS);
    expect(rows.map((r) => r.reference)).toEqual(['PBC-01', 'PBC-02', 'PBC-03', 'PBC-10']);
    expect(rows[0]).toEqual({
      line: 2,
      reference: 'PBC-01',
      description: 'Population of new hires during the period, with start dates',
      controls: ['HR-01'],
      criteria: ['CC1.4'],
      dueDate: '2026-10-15',
      assigneeEmail: 'member@alpha.test',
    });
    expect(rows[1]).toMatchObject({ criteria: ['CC6.2', 'CC6.3'], assigneeEmail: null });
    expect(rows[2]).toMatchObject({ controls: [], dueDate: '2026-10-22' });
    expect(rows[3]).toMatchObject({ dueDate: null });
  });

  it('names the file and the column when a mapped column is missing', () => {
    const text = fixture('request-list.csv');
    expect(() => readRequestList('pbc.csv', parseCsv(text), { ...COLUMNS, due_date: 'Deadline' })).toThrow(
      /^pbc\.csv: line 1: missing column "Deadline" \(chosen for due date\); the header has "PBC No\.", /,
    );
    // Without the choice, "PBC No." is not a usual name for the reference.
    expect(() => readRequestList('pbc.csv', parseCsv(text))).toThrow(
      /pbc\.csv: line 1: missing column reference/,
    );
  });

  it('names the line and the reference repeated, whatever its case', () => {
    expect(() =>
      readRequestList('dup.csv', parseCsv(fixture('request-list-duplicate.csv')), COLUMNS),
    ).toThrow('dup.csv: line 4: repeats the reference "pbc-01" of line 2');
  });

  it('names the line and the field of a bad date, an empty description or a bad email', () => {
    const head = 'PBC No.,Request,Due Date,Client Contact\n';
    const cols = { reference: 'PBC No.' };
    const read = (body: string) => () => readRequestList('x.csv', parseCsv(head + body), cols);
    expect(read('A-1,Thing,31/31/2026,\n')).toThrow(
      /^x\.csv: line 2, column "Due Date": "31\/31\/2026" is not a date/,
    );
    expect(read('A-1,Thing,,\nA-2,,,\n')).toThrow(
      'x.csv: line 3, column "Request": is empty (expected what is requested)',
    );
    expect(read('A-1,Thing,,someone\n')).toThrow(
      /line 2, column "Client Contact": "someone" is not an email/,
    );
    expect(() => readRequestList('x.csv', parseCsv(head), cols)).toThrow(/has a header but no requests/);
  });

  it('matches controls and assignees, naming the line and field of what is unknown', () => {
    const rows = readRequestList('pbc.csv', parseCsv(fixture('request-list.csv')), COLUMNS);
    const controls = new Map([
      ['HR-01', 'c-hr'],
      ['AC-02', 'c-ac'],
    ]);
    const members = new Map([['member@alpha.test', 'u-1']]);
    const criteria = new Set(['CC1.4', 'CC6.2', 'CC6.3', 'CC8.1', 'CC4.1']);
    const ok = resolveRequestList('pbc.csv', rows, controls, members, criteria);
    expect(ok.map((r) => [r.controlIds, r.assigneeId])).toEqual([
      [['c-hr'], 'u-1'],
      [['c-ac'], null],
      [[], 'u-1'],
      [[], null],
    ]);
    expect(() => resolveRequestList('pbc.csv', rows, new Map(), members, criteria)).toThrow(
      'pbc.csv: line 2, controls: "HR-01" is not a control of this organization',
    );
    expect(() => resolveRequestList('pbc.csv', rows, controls, new Map(), criteria)).toThrow(
      'pbc.csv: line 2, assignee: "member@alpha.test" is not a member of this organization',
    );
    expect(() => resolveRequestList('pbc.csv', rows, controls, members, new Set(['CC1.4']))).toThrow(
      'pbc.csv: line 3, criteria: "CC6.2" is not a SOC 2 criterion',
    );
  });
});
