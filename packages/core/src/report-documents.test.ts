import { describe, expect, it } from 'vitest';
import {
  type BridgeFacts,
  carryReviewed,
  type DescriptionFacts,
  draftBridgeLetter,
  draftSystemDescription,
  editSection,
} from './report-documents.ts';

const empty: DescriptionFacts = {
  organization: 'Acme',
  engagement: 'SOC 2 2026',
  periodWords: 'Type II, 2026-01-01 to 2026-06-30',
  categories: ['Security'],
  components: [],
  incidents: [],
  criteria: [],
  notRelevant: [],
  subservice: [],
  changes: [],
};

describe('draftSystemDescription', () => {
  it('gives the nine DC 200 sections in order, all marked generated', () => {
    const s = draftSystemDescription(empty);
    expect(s.map((x) => x.key)).toEqual(['dc1', 'dc2', 'dc3', 'dc4', 'dc5', 'dc6', 'dc7', 'dc8', 'dc9']);
    expect(s.every((x) => x.generated)).toBe(true);
  });

  it('says plainly when a source has no data', () => {
    const s = draftSystemDescription(empty);
    const body = (k: string) => s.find((x) => x.key === k)!.body;
    expect(body('dc3')).toContain('No system components are recorded');
    expect(body('dc4')).toContain('No incidents marked significant');
    expect(body('dc7')).toContain('No subservice organizations');
    expect(body('dc9')).toContain('No changes');
  });

  it('words components by kind, incidents, criteria with controls, CSOCs and CUECs, not-relevant criteria', () => {
    const s = draftSystemDescription({
      ...empty,
      components: [
        {
          kind: 'infrastructure',
          kindName: 'Infrastructure',
          name: 'AWS production',
          description: 'EU region',
        },
        { kind: 'people', kindName: 'People', name: 'Engineering', description: '' },
      ],
      incidents: [
        {
          title: 'Leaked key',
          severity: 'high',
          status: 'closed',
          detectedOn: '2026-02-03',
          rootCause: 'Key in a log',
          lessonsLearned: null,
        },
      ],
      criteria: [
        { id: 'CC6.1', title: 'Logical access', controls: [{ code: 'AC-01', title: 'SSO everywhere' }] },
      ],
      notRelevant: [{ id: 'CC6.4', title: 'Physical access', justifications: ['No offices; cloud only'] }],
      subservice: [
        {
          name: 'AWS',
          services: 'Hosting',
          method: 'carve_out',
          csocs: [{ text: 'AWS restricts physical access' }],
          cuecs: [{ text: 'Customers manage their own users' }],
        },
      ],
      changes: [{ on: '2026-03-01', what: 'Control AC-01 changed: description' }],
    });
    const body = (k: string) => s.find((x) => x.key === k)!.body;
    expect(body('dc3')).toContain('Infrastructure:\n- AWS production: EU region');
    expect(body('dc3')).toContain('excludes the subservice organizations AWS');
    expect(body('dc4')).toContain(
      'Leaked key (high severity, detected 3 Feb 2026, closed). Cause: Key in a log',
    );
    expect(body('dc5')).toContain('CC6.1 Logical access:\n- AC-01 SSO everywhere');
    expect(body('dc6')).toContain('Customers manage their own users (with AWS)');
    expect(body('dc7')).toContain('carve-out method');
    expect(body('dc7')).toContain('- AWS restricts physical access');
    expect(body('dc8')).toContain('CC6.4 Physical access: No offices; cloud only');
    expect(body('dc9')).toContain('1 Mar 2026: Control AC-01 changed');
  });
});

describe('draftBridgeLetter', () => {
  const facts: BridgeFacts = {
    organization: 'Acme',
    engagement: 'SOC 2 2026',
    auditFirm: 'Audit & Co',
    periodWords: 'Type II, 2026-01-01 to 2026-06-30',
    periodEnd: '2026-06-30',
    gapStart: '2026-07-01',
    gapEnd: '2026-09-15',
    changes: [],
    incidents: [],
    failingChecks: [],
    newSubservice: [],
  };
  it('names the report, its period and the gap, and says when nothing changed', () => {
    const s = draftBridgeLetter(facts);
    const text = s.map((x) => x.body).join('\n');
    expect(text).toContain(
      '"SOC 2 2026" of Acme, examined by Audit & Co (Type II, 2026-01-01 to 2026-06-30).',
    );
    expect(text).toContain('from 1 Jul 2026 to 15 Sep 2026');
    expect(text).toContain('recorded no control changes');
  });
  it('lists failing checks and new subservice organizations for management to confirm', () => {
    const s = draftBridgeLetter({
      ...facts,
      failingChecks: [{ title: 'MFA on every account', failing: 2 }],
      newSubservice: [{ name: 'Stripe', services: 'Payments', since: '2026-08-01' }],
    });
    const body = s.find((x) => x.key === 'changes')!.body;
    expect(body).toContain('Failing now: MFA on every account (2 results)');
    expect(body).toContain('New subservice organization since 1 Aug 2026: Stripe (Payments)');
  });
});

describe('editing and carrying sections', () => {
  it('new text clears the mark; the same text confirms', () => {
    const s = draftSystemDescription(empty);
    const edited = editSection(s, 'dc1', 'We run payroll.');
    expect(edited.confirmed).toBe(false);
    expect(edited.sections[0]).toMatchObject({ body: 'We run payroll.', generated: false });
    const confirmed = editSection(s, 'dc4', s[3]!.body);
    expect(confirmed.confirmed).toBe(true);
    expect(confirmed.sections[3]!.generated).toBe(false);
  });
  it('a new draft keeps reviewed sections and regenerates the rest', () => {
    const first = editSection(draftSystemDescription(empty), 'dc2', '99.9% uptime').sections;
    const fresh = draftSystemDescription({ ...empty, organization: 'Acme Ltd' });
    const next = carryReviewed(fresh, first);
    expect(next[1]).toMatchObject({ body: '99.9% uptime', generated: false });
    expect(next[0]!.body).toContain('Acme Ltd');
    expect(next[0]!.generated).toBe(true);
  });
});
