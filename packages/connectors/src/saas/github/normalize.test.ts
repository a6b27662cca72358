/**
 * Merged changes built from responses shaped as GitHub's REST API returns them (`pull-request-simple`,
 * `pull-request` and `pull-request-review` in github/rest-api-description), through the same parsing
 * the importer and the collector use.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../test/helpers.ts';
import { normalizeMergedChange } from './normalize.ts';
import { GhPullSchema, GhReviewSchema } from './schemas.ts';

const user = (login: string, id: number) => ({
  login,
  id,
  node_id: `MDQ6VXNlcj${id}`,
  avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
  gravatar_id: '',
  url: `https://api.github.com/users/${login}`,
  html_url: `https://github.com/${login}`,
  type: 'User',
  site_admin: false,
});

const USERS = { octocat: user('octocat', 1), hubot: user('hubot', 2), monalisa: user('monalisa', 3) };
type Login = keyof typeof USERS;
const MERGED_AT = '2026-03-02T10:00:00Z';

/** A pull request as the list endpoint returns it: no `merged`, `merged_by` or counts. */
const listed = {
  url: 'https://api.github.com/repos/acme/api/pulls/42',
  id: 1_900_000_042,
  node_id: 'PR_kwDOAAAAAAAAAA42',
  html_url: 'https://github.com/acme/api/pull/42',
  number: 42,
  state: 'closed',
  locked: false,
  title: 'Rotate signing keys',
  user: USERS.octocat,
  body: 'Rotates the keys.',
  labels: [],
  milestone: null,
  created_at: '2026-03-01T15:00:00Z',
  updated_at: MERGED_AT,
  closed_at: MERGED_AT,
  merged_at: MERGED_AT,
  merge_commit_sha: 'e5bd3914e2e596debea16f433f57875b5b90bcd6',
  assignee: null,
  assignees: [],
  requested_reviewers: [],
  requested_teams: [],
  head: {
    label: 'octocat:rotate',
    ref: 'rotate',
    sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
    user: USERS.octocat,
  },
  base: {
    label: 'acme:main',
    ref: 'main',
    sha: '9fceb02d0ae598e95dc970b74767f19372d61af8',
    user: USERS.octocat,
  },
  author_association: 'MEMBER',
  auto_merge: null,
  draft: false,
};

/** The same pull request read on its own, which adds who merged it. */
const single = {
  ...listed,
  merged: true,
  mergeable: null,
  rebaseable: null,
  mergeable_state: 'unknown',
  merged_by: USERS.monalisa,
  comments: 2,
  review_comments: 1,
  maintainer_can_modify: false,
  commits: 3,
  additions: 40,
  deletions: 12,
  changed_files: 4,
};

let reviewId = 80;
const review = (login: Login, state: string, submittedAt: string) => {
  const id = reviewId++;
  return {
    id,
    node_id: `PRR_kwDOAAAAAAAAAA${id}`,
    user: USERS[login],
    body: state === 'APPROVED' ? '' : 'See the comments.',
    state,
    html_url: `https://github.com/acme/api/pull/42#pullrequestreview-${id}`,
    pull_request_url: 'https://api.github.com/repos/acme/api/pulls/42',
    author_association: 'MEMBER',
    _links: {
      html: { href: `https://github.com/acme/api/pull/42#pullrequestreview-${id}` },
      pull_request: { href: 'https://api.github.com/repos/acme/api/pulls/42' },
    },
    submitted_at: submittedAt,
    commit_id: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  };
};

const change = (
  reviews: ReturnType<typeof review>[],
  opts: { requiredApprovals?: number; single?: unknown } = {},
) =>
  normalizeMergedChange('acme/api', GhPullSchema.parse(listed), {
    single: opts.single === undefined ? undefined : GhPullSchema.parse(opts.single),
    reviews: reviews.map((r) => GhReviewSchema.parse(r)),
    checkRuns: undefined,
    status: undefined,
    requiredApprovals: 'requiredApprovals' in opts ? opts.requiredApprovals : 1,
  });

const attrs = (r: ReturnType<typeof change>) =>
  r.attributes as { approvals: { reviewer: string; approved_at: string }[]; merged_by: string | null };

describe('merged change from GitHub responses', () => {
  it('takes who merged from the single read only; the list leaves it unknown', () => {
    expect(attrs(change([], { single })).merged_by).toBe('monalisa');
    expect(attrs(change([])).merged_by).toBeNull();
    expect(attrs(change([], { single: { ...single, merged_by: null } })).merged_by).toBeNull();
  });

  it('counts an approval the merge relied on although the reviewer requested changes after it', () => {
    const r = change([
      review('hubot', 'COMMENTED', '2026-03-02T08:00:00Z'),
      review('hubot', 'APPROVED', '2026-03-02T09:00:00Z'),
      review('hubot', 'CHANGES_REQUESTED', '2026-03-02T11:00:00Z'),
    ]);
    expect(attrs(r).approvals).toEqual([{ reviewer: 'hubot', approved_at: '2026-03-02T09:00:00.000Z' }]);
    expect(runCheck('gh.change.approved_before_merge', r).status).toBe('pass');
  });

  it('counts no approval from a reviewer who approved, then requested changes before the merge', () => {
    const r = change([
      review('hubot', 'APPROVED', '2026-03-02T08:00:00Z'),
      review('hubot', 'CHANGES_REQUESTED', '2026-03-02T09:00:00Z'),
    ]);
    expect(attrs(r).approvals).toEqual([]);
    const result = runCheck('gh.change.approved_before_merge', r);
    expect(result.status).toBe('fail');
    expect(result.reason).toContain('merged without an approval');
  });

  it('counts no dismissed approval (GitHub turns the review itself to DISMISSED)', () => {
    const r = change([
      review('hubot', 'DISMISSED', '2026-03-02T08:00:00Z'),
      review('monalisa', 'COMMENTED', '2026-03-02T09:00:00Z'),
    ]);
    expect(attrs(r).approvals).toEqual([]);
    expect(runCheck('gh.change.approved_before_merge', r).status).toBe('fail');
  });

  it('flags a change approved only after its merge', () => {
    const r = change([
      review('hubot', 'CHANGES_REQUESTED', '2026-03-02T08:00:00Z'),
      review('hubot', 'APPROVED', '2026-03-02T12:00:00Z'),
    ]);
    expect(attrs(r).approvals).toEqual([{ reviewer: 'hubot', approved_at: '2026-03-02T12:00:00.000Z' }]);
    const result = runCheck('gh.change.approved_before_merge', r);
    expect(result.status).toBe('fail');
    expect(result.reason).toContain('approved only after it was merged');
    expect(result.reason).toContain('merged past branch protection that required approval');
  });

  it('flags a change approved only by its author, whatever the case of the login', () => {
    // GitHub refuses a self-approval from the pull request's opener, but GitHub Enterprise Server
    // history and renamed accounts still hold them; the rule must not count one.
    const selfApproval = { ...review('octocat', 'APPROVED', '2026-03-02T09:00:00Z') };
    selfApproval.user = { ...USERS.octocat, login: 'OctoCat' };
    const r = change([selfApproval]);
    const result = runCheck('gh.change.approved_before_merge', r);
    expect(result.status).toBe('fail');
    expect(result.reason).toContain('approved only by its author');
  });

  it('judges against the approvals protection required as collected, and invents none when unknown', () => {
    const reviews = [review('hubot', 'APPROVED', '2026-03-02T09:00:00Z')];
    expect(
      runCheck('gh.change.approved_before_merge', change(reviews, { requiredApprovals: 2 })).reason,
    ).toContain('merged past branch protection that required approval');
    expect(
      runCheck('gh.change.approved_before_merge', change(reviews, { requiredApprovals: undefined })).status,
    ).toBe('pass');
    // Without any approval and protection unknown, only the missing approval is reported.
    expect(
      runCheck('gh.change.approved_before_merge', change([], { requiredApprovals: undefined })).reason,
    ).toBe('change #42 was merged without an approval');
  });

  it('names only the approvals given before the merge when it passes', () => {
    const r = change([
      review('hubot', 'APPROVED', '2026-03-02T09:00:00Z'),
      review('monalisa', 'APPROVED', '2026-03-02T12:00:00Z'),
    ]);
    const result = runCheck('gh.change.approved_before_merge', r);
    expect(result.status).toBe('pass');
    expect(result.reason).toBe('change #42 was approved before merge by hubot');
  });
});
