/**
 * The readiness assessment: per criterion in scope, what Vigil's own records say about being ready
 * for the audit, and what to do next. Each criterion is scored on a list of requirements (a control
 * mapped; each mapped control implemented, evidenced, with its checks passing and its recurring
 * activities on time; each policy covering it published and accepted; no exception left open), and
 * every unmet requirement becomes a gap saying what to do and where.
 */
import { z } from 'zod';
import type { ControlStatus } from './vocabulary.ts';

export const ReadinessAreaSchema = z.enum([
  'controls',
  'policies',
  'evidence',
  'checks',
  'activities',
  'exceptions',
]);
export type ReadinessArea = z.infer<typeof ReadinessAreaSchema>;

export interface AssessedControl {
  id: string;
  code: string;
  title: string;
  status: ControlStatus;
  applicable: boolean;
  criteria: readonly string[];
  /** Evidence items valid today. */
  currentEvidence: number;
  /** Evidence items whose validity ended and that nothing current replaces. */
  expiredEvidence: number;
  checksPassing: number;
  /** Checks failing or in error. */
  checksFailing: number;
  /** Recurring activities that came due up to today, done or not. */
  activitiesDue: number;
  /** Of those, the ones still open after their due date. */
  activitiesOverdue: number;
  /** Exceptions in force that lean on this control (accepted risks it mitigates). */
  openExceptions: number;
}

export interface AssessedPolicy {
  id: string;
  title: string;
  criteria: readonly string[];
  /** Whether a version is published. */
  published: boolean;
  /** Acceptance requests sent for the published version. */
  acceptancesRequested: number;
  /** Acceptance requests still open after their due date. */
  acceptancesOverdue: number;
}

export interface AssessmentScope {
  categories: readonly {
    id: string;
    name: string;
    criteria: readonly { id: string; title: string }[];
  }[];
  controls: readonly AssessedControl[];
  policies: readonly AssessedPolicy[];
  /** Catalog policy templates covering each criterion, by name: a criterion with some expects a policy. */
  policyTemplates: ReadonlyMap<string, readonly string[]>;
}

export interface ReadinessGap {
  area: ReadinessArea;
  /** What to do next, in words. */
  action: string;
  /** The page of the web app where it is done. */
  link: string;
}

export interface CriterionReadiness {
  id: string;
  title: string;
  /** 0..100, one decimal: the share of the criterion's requirements met. */
  score: number;
  requirementsMet: number;
  requirements: number;
  controls: number;
  policies: number;
  gaps: ReadinessGap[];
}

export interface CategoryAssessment {
  id: string;
  name: string;
  /** The average of its criteria's scores. */
  score: number;
  criteria: CriterionReadiness[];
}

export interface ReadinessAssessment {
  /** The average over every criterion in scope. */
  score: number;
  categories: CategoryAssessment[];
  /** Every gap once, with the criteria it holds back. */
  gaps: (ReadinessGap & { criteria: string[] })[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The share met as a percentage with one decimal; a criterion with nothing to meet is not ready. */
export function shareScore(met: number, total: number): number {
  return total === 0 ? 0 : round1((met / total) * 100);
}

function average(scores: readonly number[]): number {
  return scores.length === 0 ? 0 : round1(scores.reduce((a, b) => a + b, 0) / scores.length);
}

class Tally {
  met = 0;
  total = 0;
  readonly gaps: ReadinessGap[] = [];
  require(ok: boolean, gap: ReadinessGap) {
    this.total += 1;
    if (ok) this.met += 1;
    else this.gaps.push(gap);
  }
}

function assessControl(t: Tally, c: AssessedControl) {
  const name = `${c.code} ${c.title}`;
  const page = `/controls/${c.id}`;
  t.require(c.status === 'implemented', {
    area: 'controls',
    action: `Implement ${name}: it is ${c.status === 'in_progress' ? 'in progress' : 'not started'}.`,
    link: page,
  });
  t.require(c.currentEvidence > 0 || c.checksPassing > 0, {
    area: 'evidence',
    action:
      c.expiredEvidence > 0
        ? `Replace the expired evidence of ${name}.`
        : `Upload evidence for ${name}, or connect a check that covers it.`,
    link: c.expiredEvidence > 0 ? '/evidence' : page,
  });
  if (c.checksPassing + c.checksFailing > 0)
    t.require(c.checksFailing === 0, {
      area: 'checks',
      action: `Fix the ${plural(c.checksFailing, 'failing check')} of ${name}.`,
      link: '/monitoring',
    });
  if (c.activitiesDue > 0)
    t.require(c.activitiesOverdue === 0, {
      area: 'activities',
      action: `Complete the ${plural(c.activitiesOverdue, 'overdue activity', 'overdue activities')} of ${name}.`,
      link: '/calendar?view=list&status=overdue',
    });
  if (c.openExceptions > 0)
    t.require(false, {
      area: 'exceptions',
      action: `Review the ${plural(c.openExceptions, 'accepted risk')} that ${c.openExceptions === 1 ? 'relies' : 'rely'} on ${name}; an auditor will ask about ${c.openExceptions === 1 ? 'it' : 'them'}.`,
      link: '/risks',
    });
}

function assessPolicy(t: Tally, p: AssessedPolicy) {
  const page = `/policies/${p.id}`;
  t.require(p.published, { area: 'policies', action: `Publish the ${p.title}.`, link: page });
  if (p.published && p.acceptancesRequested > 0)
    t.require(p.acceptancesOverdue === 0, {
      area: 'policies',
      action: `Follow up the ${plural(p.acceptancesOverdue, 'person', 'people')} who did not accept the ${p.title} on time.`,
      link: page,
    });
}

function assessCriterion(s: AssessmentScope, criterion: { id: string; title: string }): CriterionReadiness {
  const t = new Tally();
  const controls = s.controls.filter((c) => c.applicable && c.criteria.includes(criterion.id));
  const policies = s.policies.filter((p) => p.criteria.includes(criterion.id));
  t.require(controls.length > 0, {
    area: 'controls',
    action: `Map a control to ${criterion.id} ${criterion.title}.`,
    link: `/criteria/${criterion.id}`,
  });
  for (const c of controls) assessControl(t, c);
  const templates = s.policyTemplates.get(criterion.id) ?? [];
  if (templates.length > 0)
    t.require(policies.length > 0, {
      area: 'policies',
      action: `Write a policy covering ${criterion.id}, for example from the ${templates[0]} template.`,
      link: '/policies',
    });
  for (const p of policies) assessPolicy(t, p);
  return {
    id: criterion.id,
    title: criterion.title,
    score: shareScore(t.met, t.total),
    requirementsMet: t.met,
    requirements: t.total,
    controls: controls.length,
    policies: policies.length,
    gaps: t.gaps,
  };
}

/** Assesses every criterion of every category in scope, in the order given. */
export function assessReadiness(s: AssessmentScope): ReadinessAssessment {
  const categories = s.categories.map((cat) => {
    const criteria = cat.criteria.map((c) => assessCriterion(s, c));
    return { id: cat.id, name: cat.name, score: average(criteria.map((c) => c.score)), criteria };
  });
  const all = categories.flatMap((c) => c.criteria);
  const gaps = new Map<string, ReadinessGap & { criteria: string[] }>();
  for (const c of all)
    for (const g of c.gaps) {
      const key = `${g.link}\n${g.action}`;
      const seen = gaps.get(key);
      if (seen) {
        if (!seen.criteria.includes(c.id)) seen.criteria.push(c.id);
      } else gaps.set(key, { ...g, criteria: [c.id] });
    }
  return { score: average(all.map((c) => c.score)), categories, gaps: [...gaps.values()] };
}
