import { CONTROL_TEMPLATES, CRITERIA } from '@vigil/catalog';
import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../check.ts';
import { evaluateOne } from '../evaluate.ts';
import type { Resource } from '../resource.ts';
import { SAAS_CHECKS } from './saas.ts';

const now = new Date('2025-06-01T12:00:00Z');
const run = (id: string, type: string, attributes: Record<string, unknown>) => {
  const check = SAAS_CHECKS.find((c) => c.id === id) as unknown as CheckDefinition<unknown>;
  const resource: Resource = { source: 't', type, externalId: 'x', name: 'x', attributes };
  return evaluateOne(check, resource, now);
};

const repo = (protection: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  full_name: 'acme/api',
  default_branch: 'main',
  archived: false,
  protection: { sources: ['classic'], ...protection },
  ...extra,
});
const user = (extra: Record<string, unknown>) => ({
  provider: 'okta',
  user_id: 'u1',
  status: 'active',
  provider_status: 'ACTIVE',
  enabled: true,
  mfa_enforcement: 'policy',
  ...extra,
});
const device = (extra: Record<string, unknown>) => ({ tool: 'intune', hostname: 'lt-1', ...extra });

describe('saas check catalogue', () => {
  it('has at least 20 checks with unique, prefixed ids', () => {
    const ids = SAAS_CHECKS.map((c) => c.id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(gh|idp|hr|mdm)\.[a-z0-9_.]+$/);
  });

  it('maps every check to known criteria and control templates, with rationale and remediation', () => {
    const criteria = new Set(CRITERIA.map((c) => c.id));
    const controls = new Set(CONTROL_TEMPLATES.map((t) => t.id));
    for (const c of SAAS_CHECKS) {
      expect(c.criteria.length, c.id).toBeGreaterThan(0);
      for (const id of c.criteria) expect(criteria.has(id), `${c.id} → ${id}`).toBe(true);
      for (const id of c.controls) expect(controls.has(id), `${c.id} → ${id}`).toBe(true);
      expect(c.rationale.length, c.id).toBeGreaterThan(40);
      expect(c.remediation.length, c.id).toBeGreaterThan(20);
    }
  });
});

describe('GitHub checks', () => {
  it('fails a branch that allows force pushes, naming attribute, expected and actual', () => {
    expect(
      run('gh.repo.force_push_blocked', 'github.repository', repo({ allow_force_pushes: true })),
    ).toEqual({
      status: 'fail',
      reason: 'force pushes are allowed',
      attribute: 'protection.allow_force_pushes',
      expected: false,
      actual: true,
    });
  });

  it('errors when the protection could not be read', () => {
    expect(run('gh.repo.required_reviews', 'github.repository', repo({}))).toMatchObject({
      status: 'error',
      attribute: 'protection.required_approving_review_count',
    });
  });

  it('is not applicable to archived repositories', () => {
    expect(run('gh.repo.no_bypass', 'github.repository', repo({}, { archived: true })).status).toBe(
      'not_applicable',
    );
  });

  it('requires both the org setting and no member without 2FA', () => {
    expect(
      run('gh.org.2fa_required', 'github.org', { login: 'acme', two_factor_requirement_enabled: true })
        .status,
    ).toBe('error');
    expect(
      run('gh.org.2fa_required', 'github.org', {
        login: 'acme',
        two_factor_requirement_enabled: true,
        members_without_2fa_count: 0,
      }).status,
    ).toBe('pass');
    expect(
      run('gh.org.least_privilege', 'github.org', { login: 'acme', default_repository_permission: 'write' }),
    ).toMatchObject({
      status: 'fail',
      expected: ['none', 'read'],
      actual: 'write',
    });
  });
});

describe('identity checks', () => {
  it('measures inactivity from the sweep time', () => {
    expect(
      run('idp.inactive_users', 'identity.user', user({ last_login_at: '2025-01-01T00:00:00.000Z' })).status,
    ).toBe('fail');
    expect(
      run('idp.inactive_users', 'identity.user', user({ last_login_at: '2025-05-01T00:00:00.000Z' })).status,
    ).toBe('pass');
    expect(run('idp.inactive_users', 'identity.user', user({ last_login_at: null }))).toMatchObject({
      status: 'error',
      attribute: 'created_at',
    });
  });

  it('skips accounts that cannot sign in', () => {
    expect(run('idp.user_mfa', 'identity.user', user({ enabled: false, status: 'suspended' })).status).toBe(
      'not_applicable',
    );
  });
});

describe('HR and MDM checks', () => {
  it('flags a worker still active after the termination date', () => {
    expect(
      run('hr.active_not_past_termination', 'hr.employee', {
        status: 'active',
        termination_date: '2025-05-31',
      }).status,
    ).toBe('fail');
    expect(
      run('hr.active_not_past_termination', 'hr.employee', {
        status: 'active',
        termination_date: '2025-06-30',
      }).status,
    ).toBe('pass');
  });

  it('reads Windows builds and macOS majors against the support baseline', () => {
    expect(
      run('mdm.os_current', 'endpoint.device', device({ platform: 'windows', os_version: '10.0.19045.4529' }))
        .status,
    ).toBe('pass');
    expect(
      run('mdm.os_current', 'endpoint.device', device({ platform: 'windows', os_version: '10.0.19044.1' }))
        .status,
    ).toBe('fail');
    expect(
      run('mdm.os_current', 'endpoint.device', device({ platform: 'macos', os_version: '13.6' })).status,
    ).toBe('fail');
    expect(
      run('mdm.os_current', 'endpoint.device', device({ platform: 'windows', os_version: 'unknown' })).status,
    ).toBe('error');
  });

  it('treats a missing encryption state as an error, never a pass', () => {
    expect(run('mdm.disk_encryption', 'endpoint.device', device({}))).toMatchObject({
      status: 'error',
      attribute: 'disk_encrypted',
    });
  });

  it('rejects attributes that do not fit the resource type', () => {
    expect(
      run('mdm.checked_in_recently', 'endpoint.device', device({ last_check_in_at: 'last week' })),
    ).toMatchObject({
      status: 'error',
      attribute: 'last_check_in_at',
    });
  });
});
