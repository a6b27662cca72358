import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';
import { assignableRoles, can, isWritePermission } from './permissions.ts';
import { computeReadiness, readinessScore } from './readiness.ts';

describe('password policy', () => {
  it('refuses short, common, repetitive and self-referencing passwords', () => {
    expect(passwordProblem('short1!')).toMatch(/at least 12/);
    expect(passwordProblem('password123')).toMatch(/at least 12/);
    expect(passwordProblem('administrator')).toMatch(/too common/);
    expect(passwordProblem('aaaaaaaaaaaaaaa')).toMatch(/different characters/);
    expect(passwordProblem('grace.hopper-2026!', { email: 'grace.hopper@example.com' })).toMatch(/email/);
  });
  it('accepts a long passphrase', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });
});

describe('permissions', () => {
  it('lets auditors and viewers read but never write', () => {
    expect(can('auditor', 'controls.read')).toBe(true);
    expect(can('auditor', 'controls.edit')).toBe(false);
    expect(can('viewer', 'controls.edit')).toBe(false);
    expect(can('auditor', 'users.read')).toBe(false);
  });
  it('keeps administration to owners and admins', () => {
    expect(can('member', 'users.manage')).toBe(false);
    expect(can('admin', 'users.manage')).toBe(true);
    expect(isWritePermission('controls.edit')).toBe(true);
    expect(isWritePermission('controls.read')).toBe(false);
  });
  it('lets only an owner create owners', () => {
    expect(assignableRoles('admin')).not.toContain('owner');
    expect(assignableRoles('owner')).toContain('owner');
    expect(assignableRoles('member')).toEqual([]);
  });
});

describe('readiness', () => {
  // Readiness counts only controls that are met (implemented, evidenced or passing, nothing
  // failing): coverage alone used to earn half the score, so a mapped library read 50 % with
  // nothing implemented (issue 11).
  it('scores the share of applicable controls met per category, with no credit for mapping', () => {
    const criteria = new Map([
      ['security', ['CC1.1', 'CC1.2']],
      ['availability', ['A1.1']],
    ]);
    const [security, availability] = computeReadiness(criteria, [
      { status: 'implemented', applicable: true, criteria: ['CC1.1'], met: true },
      { status: 'not_started', applicable: true, criteria: ['CC1.1', 'A1.1'], met: false },
      { status: 'implemented', applicable: false, criteria: ['CC1.2'], met: true },
    ]);
    expect(security).toMatchObject({
      criteriaCovered: 1,
      criteriaMet: 1,
      controlsTotal: 2,
      controlsImplemented: 1,
      controlsMet: 1,
      controlsNotApplicable: 1,
      uncoveredCriteria: ['CC1.2'],
      score: 50,
    });
    expect(availability).toMatchObject({ criteriaCovered: 1, criteriaMet: 0, controlsMet: 0, score: 0 });
  });
  it('reads 0 when every control is mapped but none is met', () => {
    const [security] = computeReadiness(new Map([['security', ['CC1.1']]]), [
      { status: 'not_started', applicable: true, criteria: ['CC1.1'], met: false },
      { status: 'implemented', applicable: true, criteria: ['CC1.1'], met: false },
    ]);
    expect(security).toMatchObject({ criteriaCovered: 1, criteriaMet: 0, controlsImplemented: 1, score: 0 });
  });
  it('rounds the share to one decimal and reads 0 with no controls', () => {
    expect(readinessScore(1, 3)).toBe(33.3);
    expect(readinessScore(0, 0)).toBe(0);
    expect(readinessScore(4, 4)).toBe(100);
  });
});
