import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../check.ts';
import { evaluateOne } from '../evaluate.ts';
import type { Resource } from '../resource.ts';
import { SAAS_CHECKS } from './saas.ts';

const now = new Date('2026-04-01T12:00:00Z');
const check = SAAS_CHECKS.find(
  (c) => c.id === 'gh.change.approved_before_merge',
) as unknown as CheckDefinition<unknown>;
const change = (extra: Record<string, unknown>): Resource => ({
  source: 'github',
  type: 'github.merged_change',
  externalId: 'acme/api#7',
  name: 'acme/api #7',
  attributes: {
    repository: 'acme/api',
    number: 7,
    title: 'Rotate keys',
    author: 'alice',
    merged_at: '2026-03-02T10:00:00Z',
    merged_by: 'alice',
    approvals: [],
    first_approval_at: null,
    ci_status: 'success',
    ...extra,
  },
});

describe('changes to the default branch are approved before merge', () => {
  it('passes a change approved by someone else before merge', () => {
    const r = evaluateOne(
      check,
      change({
        approvals: [{ reviewer: 'bob', approved_at: '2026-03-02T09:00:00Z' }],
        required_approvals: 1,
      }),
      now,
    );
    expect(r.status).toBe('pass');
    expect(r.reason).toContain('bob');
  });

  it('fails a change merged without approval past protection, in words', () => {
    const r = evaluateOne(check, change({ required_approvals: 1 }), now);
    expect(r.status).toBe('fail');
    expect(r.reason).toBe(
      'change #7 was merged without an approval, and merged past branch protection that required approval',
    );
  });

  it('fails a change approved only by its author or only after merge', () => {
    const own = evaluateOne(
      check,
      change({ approvals: [{ reviewer: 'alice', approved_at: '2026-03-02T09:00:00Z' }] }),
      now,
    );
    expect(own.reason).toContain('approved only by its author');
    const late = evaluateOne(
      check,
      change({ approvals: [{ reviewer: 'bob', approved_at: '2026-03-03T09:00:00Z' }] }),
      now,
    );
    expect(late.status).toBe('fail');
    expect(late.reason).toContain('approved only after it was merged');
  });

  it('reports an error rather than a result for a malformed change', () => {
    const r = evaluateOne(check, change({ merged_at: 'yesterday' }), now);
    expect(r.status).not.toBe('pass');
  });
});
