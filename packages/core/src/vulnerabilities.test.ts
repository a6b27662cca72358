import { describe, expect, it } from 'vitest';
import {
  acceptanceSpans,
  DEFAULT_SLA_DAYS,
  dueDate,
  findingStanding,
  penTestFindingsFromCsv,
  policyInForce,
  validateAcceptance,
  validatePenTestDates,
  validateSlaDays,
} from './vulnerabilities.ts';

const d = (s: string) => new Date(s);

describe('SLA policy', () => {
  it('uses the defaults before any version', () => {
    expect(policyInForce([], d('2026-01-01T00:00:00Z'))).toEqual(DEFAULT_SLA_DAYS);
    expect(dueDate([], 'critical', d('2026-01-01T00:00:00Z'))?.toISOString()).toBe(
      '2026-01-16T00:00:00.000Z',
    );
  });

  it('fixes the due date from the version in force at detection', () => {
    const versions = [{ effectiveAt: d('2026-03-01T00:00:00Z'), days: { ...DEFAULT_SLA_DAYS, critical: 7 } }];
    expect(dueDate(versions, 'critical', d('2026-02-28T00:00:00Z'))?.toISOString()).toBe(
      '2026-03-15T00:00:00.000Z',
    );
    expect(dueDate(versions, 'critical', d('2026-03-02T00:00:00Z'))?.toISOString()).toBe(
      '2026-03-09T00:00:00.000Z',
    );
    expect(dueDate(versions, 'unknown', d('2026-03-02T00:00:00Z'))).toBeNull();
  });

  it('refuses negative and fractional days naming the severity', () => {
    expect(() => validateSlaDays({ ...DEFAULT_SLA_DAYS, high: -1 })).toThrow(/high: .*negative/);
    expect(() => validateSlaDays({ ...DEFAULT_SLA_DAYS, low: 1.5 })).toThrow(/low: .*whole/);
    expect(() => validateSlaDays({ critical: 1, high: 2, medium: 3 })).toThrow(/low/);
    expect(validateSlaDays({ critical: 1, high: 2, medium: 3, low: 4 })).toEqual({
      critical: 1,
      high: 2,
      medium: 3,
      low: 4,
    });
  });
});

describe('finding standing', () => {
  const due = d('2026-01-16T00:00:00Z');
  it('classifies remediation on time and late', () => {
    expect(
      findingStanding({ due, remediatedAt: d('2026-01-10T00:00:00Z'), asOf: d('2026-06-01T00:00:00Z') }),
    ).toBe('remediated_on_time');
    expect(
      findingStanding({ due, remediatedAt: d('2026-01-20T00:00:00Z'), asOf: d('2026-06-01T00:00:00Z') }),
    ).toBe('remediated_late');
  });
  it('is open until due, then overdue', () => {
    expect(findingStanding({ due, remediatedAt: null, asOf: d('2026-01-15T00:00:00Z') })).toBe('open');
    expect(findingStanding({ due, remediatedAt: null, asOf: d('2026-01-17T00:00:00Z') })).toBe('overdue');
  });
  it('is accepted until the acceptance expires, then counts again', () => {
    const acceptances = [{ acceptedAt: d('2026-01-10T00:00:00Z'), expiresAt: d('2026-02-01T00:00:00Z') }];
    expect(findingStanding({ due, remediatedAt: null, asOf: d('2026-01-20T00:00:00Z'), acceptances })).toBe(
      'accepted',
    );
    expect(findingStanding({ due, remediatedAt: null, asOf: d('2026-02-02T00:00:00Z'), acceptances })).toBe(
      'overdue',
    );
  });
  it('counts only approved exceptions, from their approval to their expiry', () => {
    const expiresAt = d('2026-02-01T00:00:00Z');
    expect(
      acceptanceSpans([
        { approvedAt: null, expiresAt },
        { approvedAt: d('2026-01-10T00:00:00Z'), expiresAt },
      ]),
    ).toEqual([{ acceptedAt: d('2026-01-10T00:00:00Z'), expiresAt }]);
  });
  it('refuses an acceptance approved by its requester', () => {
    const base = {
      requesterId: 'a',
      approverId: 'a',
      justification: 'x',
      expiresAt: d('2027-01-01T00:00:00Z'),
      now: d('2026-01-01T00:00:00Z'),
    };
    expect(() => validateAcceptance(base)).toThrow(/approverId/);
    expect(() => validateAcceptance({ ...base, approverId: 'b', justification: ' ' })).toThrow(
      /justification/,
    );
    expect(() =>
      validateAcceptance({ ...base, approverId: 'b', expiresAt: d('2025-01-01T00:00:00Z') }),
    ).toThrow(/expiresAt/);
    expect(() => validateAcceptance({ ...base, approverId: 'b' })).not.toThrow();
  });
});

describe('pen-test CSV', () => {
  it('reads findings with optional columns', () => {
    const rows = [
      ['Identifier', 'Title', 'Severity', 'Description', 'Status'],
      ['PT-1', 'SQL injection', 'Critical', 'In the search form', 'Open'],
      ['', 'Verbose errors', 'Informational', '', ''],
    ];
    expect(penTestFindingsFromCsv(rows, 'r.csv')).toEqual([
      {
        identifier: 'PT-1',
        title: 'SQL injection',
        severity: 'critical',
        description: 'In the search form',
        status: 'Open',
      },
      { identifier: null, title: 'Verbose errors', severity: 'low', description: '', status: null },
    ]);
  });
  it('refuses a renamed column naming the column and the file', () => {
    expect(() => penTestFindingsFromCsv([['title', 'risk', 'description']], 'r.csv')).toThrow(
      /r\.csv: column "severity" is missing/,
    );
  });
  it('refuses a bad row naming the line', () => {
    const rows = [
      ['title', 'severity', 'description'],
      ['A', 'high', ''],
      ['B', 'urgent', ''],
    ];
    expect(() => penTestFindingsFromCsv(rows, 'r.csv')).toThrow(/r\.csv: line 3: severity "urgent"/);
    expect(() =>
      penTestFindingsFromCsv(
        [
          ['title', 'severity', 'description'],
          ['', 'high', ''],
        ],
        'r.csv',
      ),
    ).toThrow(/line 2: title is empty/);
  });
  it('refuses a test ending before it starts', () => {
    expect(() => validatePenTestDates('2026-02-02', '2026-02-01')).toThrow(/endDate/);
  });
});
