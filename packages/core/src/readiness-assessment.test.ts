import { describe, expect, it } from 'vitest';
import {
  type AssessedControl,
  type AssessedPolicy,
  type AssessmentScope,
  assessReadiness,
  shareScore,
} from './readiness-assessment.ts';

const control = (over: Partial<AssessedControl> = {}): AssessedControl => ({
  id: 'c1',
  code: 'AC-01',
  title: 'Unique accounts',
  status: 'implemented',
  applicable: true,
  criteria: ['CC6.1'],
  currentEvidence: 1,
  expiredEvidence: 0,
  checksPassing: 0,
  checksFailing: 0,
  activitiesDue: 0,
  activitiesOverdue: 0,
  openExceptions: 0,
  ...over,
});

const policy = (over: Partial<AssessedPolicy> = {}): AssessedPolicy => ({
  id: 'p1',
  title: 'Access Control Policy',
  criteria: ['CC6.1'],
  published: true,
  acceptancesRequested: 3,
  acceptancesOverdue: 0,
  ...over,
});

const scope = (over: Partial<AssessmentScope> = {}): AssessmentScope => ({
  categories: [
    {
      id: 'security',
      name: 'Security',
      criteria: [
        { id: 'CC6.1', title: 'Logical access' },
        { id: 'CC6.2', title: 'Registration' },
      ],
    },
  ],
  controls: [control()],
  policies: [],
  policyTemplates: new Map(),
  ...over,
});

describe('readiness assessment', () => {
  it('scores a criterion by the share of its requirements met', () => {
    const a = assessReadiness(scope());
    const [cc61, cc62] = a.categories[0]!.criteria;
    expect(cc61).toMatchObject({ score: 100, requirementsMet: 3, requirements: 3, gaps: [] });
    expect(cc62).toMatchObject({ score: 0, requirementsMet: 0, requirements: 1 });
    expect(cc62!.gaps).toEqual([
      { area: 'controls', action: 'Map a control to CC6.2 Registration.', link: '/criteria/CC6.2' },
    ]);
    expect(a.categories[0]!.score).toBe(50);
    expect(a.score).toBe(50);
  });

  it('asks to implement a control and to evidence it, linking to the control', () => {
    const a = assessReadiness(scope({ controls: [control({ status: 'in_progress', currentEvidence: 0 })] }));
    const cc61 = a.categories[0]!.criteria[0]!;
    expect(cc61.score).toBe(33.3);
    expect(cc61.gaps.map((g) => [g.area, g.link])).toEqual([
      ['controls', '/controls/c1'],
      ['evidence', '/controls/c1'],
    ]);
    expect(cc61.gaps[0]!.action).toBe('Implement AC-01 Unique accounts: it is in progress.');
  });

  it('names expired evidence and sends to the evidence library', () => {
    const a = assessReadiness(scope({ controls: [control({ currentEvidence: 0, expiredEvidence: 2 })] }));
    expect(a.gaps[0]).toMatchObject({
      area: 'evidence',
      action: 'Replace the expired evidence of AC-01 Unique accounts.',
      link: '/evidence',
    });
  });

  it('a passing check stands in for evidence; a failing one is a gap', () => {
    const passing = assessReadiness(scope({ controls: [control({ currentEvidence: 0, checksPassing: 2 })] }));
    expect(passing.categories[0]!.criteria[0]!.score).toBe(100);
    const failing = assessReadiness(scope({ controls: [control({ checksPassing: 1, checksFailing: 2 })] }));
    expect(failing.gaps[0]).toMatchObject({
      area: 'checks',
      action: 'Fix the 2 failing checks of AC-01 Unique accounts.',
      link: '/monitoring',
    });
  });

  it('counts overdue activities and open exceptions', () => {
    const a = assessReadiness(
      scope({ controls: [control({ activitiesDue: 4, activitiesOverdue: 1, openExceptions: 2 })] }),
    );
    expect(a.gaps.map((g) => g.area)).toEqual(['activities', 'exceptions', 'controls']);
    expect(a.gaps[0]!.action).toBe('Complete the 1 overdue activity of AC-01 Unique accounts.');
    expect(a.gaps[1]!.action).toContain('2 accepted risks that rely on AC-01');
    expect(a.categories[0]!.criteria[0]!).toMatchObject({ requirementsMet: 3, requirements: 5, score: 60 });
  });

  it('leaves out controls that do not apply', () => {
    const a = assessReadiness(scope({ controls: [control({ applicable: false, status: 'not_started' })] }));
    expect(a.categories[0]!.criteria[0]!.gaps.map((g) => g.action)).toEqual([
      'Map a control to CC6.1 Logical access.',
    ]);
  });

  it('expects a policy where the catalog has one, published and accepted on time', () => {
    const templates = new Map([['CC6.1', ['Access Control Policy']]]);
    const none = assessReadiness(scope({ policyTemplates: templates }));
    expect(none.gaps[0]).toMatchObject({ area: 'policies', link: '/policies' });
    expect(none.gaps[0]!.action).toContain('from the Access Control Policy template');
    const draft = assessReadiness(
      scope({ policyTemplates: templates, policies: [policy({ published: false })] }),
    );
    expect(draft.categories[0]!.criteria[0]!.gaps).toEqual([
      expect.objectContaining({ action: 'Publish the Access Control Policy.', link: '/policies/p1' }),
    ]);
    const late = assessReadiness(scope({ policies: [policy({ acceptancesOverdue: 2 })] }));
    expect(late.gaps[0]!.action).toBe(
      'Follow up the 2 people who did not accept the Access Control Policy on time.',
    );
    expect(assessReadiness(scope({ policies: [policy()] })).categories[0]!.criteria[0]!.score).toBe(100);
  });

  it('lists a gap shared by several criteria once, naming them all', () => {
    const a = assessReadiness(
      scope({ controls: [control({ status: 'not_started', criteria: ['CC6.1', 'CC6.2'] })] }),
    );
    const implement = a.gaps.filter((g) => g.area === 'controls');
    expect(implement).toHaveLength(1);
    expect(implement[0]!.criteria).toEqual(['CC6.1', 'CC6.2']);
  });

  it('scores nothing to meet as zero', () => {
    expect(shareScore(0, 0)).toBe(0);
    expect(shareScore(2, 3)).toBe(66.7);
    expect(assessReadiness(scope({ categories: [] })).score).toBe(0);
  });
});
