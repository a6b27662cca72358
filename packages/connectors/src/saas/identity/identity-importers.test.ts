import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect, fixture, importError, onlyImportErrors, runCheck, tempFile } from '../test/helpers.ts';
import { googleUsersCsvImporter, googleUsersJsonImporter } from './google.ts';
import { oktaUsersImporter } from './okta.ts';

const byName = async (...args: Parameters<typeof collect>) =>
  new Map((await collect(...args)).map((r) => [r.name, r]));

describe('okta.users importer', () => {
  it('normalizes the Okta docs users with their factors and roles', async () => {
    const users = await byName(oktaUsersImporter, fixture('identity/okta-users.json'));
    expect(users.get('easy-e@example.com')!.attributes).toMatchObject({
      provider: 'okta',
      status: 'active',
      enabled: true,
      mfa_enrolled: true,
      mfa_factors: ['token:software:totp'],
      is_admin: false,
      mfa_enforcement: 'policy',
    });
    // A factor still pending activation is not enrollment.
    expect(users.get('dr.dre@example.com')!.attributes).toMatchObject({
      mfa_enrolled: false,
      is_admin: true,
      admin_roles: ['SUPER_ADMIN'],
    });
    expect(users.get('isaac.brock@example.com')!.attributes).toMatchObject({
      status: 'staged',
      enabled: false,
      last_login_at: null,
    });
  });

  it('feeds the identity checks', async () => {
    const users = await byName(oktaUsersImporter, fixture('identity/okta-users.json'));
    expect(runCheck('idp.admin_mfa', users.get('dr.dre@example.com')!)).toMatchObject({
      status: 'fail',
      attribute: 'mfa_enrolled',
      expected: true,
      actual: false,
    });
    expect(runCheck('idp.user_mfa', users.get('easy-e@example.com')!).status).toBe('pass');
    expect(runCheck('idp.inactive_users', users.get('dr.dre@example.com')!)).toMatchObject({
      status: 'fail',
      actual: '2013-12-12T18:14:42.000Z',
    });
    expect(runCheck('idp.inactive_users', users.get('easy-e@example.com')!).status).toBe('pass');
    expect(runCheck('idp.disabled_users_no_admin', users.get('john.doe@example.com')!)).toMatchObject({
      status: 'fail',
      actual: true,
    });
    expect(runCheck('idp.stale_pending_users', users.get('isaac.brock@example.com')!).status).toBe('fail');
    expect(runCheck('idp.mfa_enforced', users.get('easy-e@example.com')!).status).toBe('not_applicable');
  });

  it('treats users exported without factors as missing MFA input', async () => {
    const path = tempFile(
      JSON.stringify([{ id: 'u1', status: 'ACTIVE', profile: { login: 'a@example.com' } }]),
    );
    const [user] = await collect(oktaUsersImporter, path);
    expect(runCheck('idp.user_mfa', user!)).toMatchObject({ status: 'error', attribute: 'mfa_enrolled' });
    expect(runCheck('idp.inactive_users', user!)).toMatchObject({
      status: 'error',
      attribute: 'last_login_at',
    });
  });

  it('names the JSON path of an unknown status', async () => {
    const path = tempFile(
      '[\n{"id":"u1","status":"ACTIVE","profile":{"login":"a"}},\n{"id":"u2","status":"ZOMBIE","profile":{"login":"b"}}\n]',
    );
    const err = await importError(oktaUsersImporter, path, 'users.json');
    expect(err.message).toMatch(/^users\.json: \$\[1\]\.status: not a Okta user/);
  });

  it('rejects non-UTF-8 input naming the line', async () => {
    const path = tempFile(
      Buffer.concat([
        Buffer.from('[\n{"id":"u1",\n"status":"'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}]'),
      ]),
    );
    expect((await importError(oktaUsersImporter, path, 'users.json')).message).toBe(
      'users.json: line 3: is not valid UTF-8 text (export the file as UTF-8)',
    );
  });

  it('accepts pages written back to back', async () => {
    const u = (id: string) => ({ id, status: 'ACTIVE', profile: { login: `${id}@example.com` } });
    const path = tempFile(`${JSON.stringify([u('a')])}\n${JSON.stringify([u('b'), u('c')])}\n`);
    expect((await collect(oktaUsersImporter, path)).map((r) => r.externalId)).toEqual(['a', 'b', 'c']);
  });

  it('survives fuzzed input with only ImportErrors', async () => {
    const valid = JSON.stringify([
      { id: 'u1', status: 'ACTIVE', lastLogin: null, profile: { login: 'a@x' }, factors: [] },
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.uint8Array({ maxLength: 200 }),
          fc
            .tuple(fc.nat(valid.length), fc.string({ maxLength: 5 }))
            .map(([at, ins]) => valid.slice(0, at) + ins + valid.slice(at)),
        ),
        async (content) => onlyImportErrors(oktaUsersImporter, tempFile(content)),
      ),
      { numRuns: 200 },
    );
  });
});

describe('google_workspace.users importer', () => {
  it('reads a users.list page', async () => {
    const users = await byName(googleUsersJsonImporter, fixture('identity/google-users.json'));
    expect(users.size).toBe(4);
    expect(users.get('admin@example.edu')!.attributes).toMatchObject({
      is_admin: true,
      admin_roles: ['super_admin'],
      mfa_enrolled: false,
    });
    expect(users.get('newhire@example.edu')!.attributes).toMatchObject({ last_login_at: null });
    expect(users.get('former@example.edu')!.attributes).toMatchObject({
      status: 'suspended',
      enabled: false,
    });
  });

  it('feeds the 2SV checks', async () => {
    const users = await byName(googleUsersJsonImporter, fixture('identity/google-users.json'));
    expect(runCheck('idp.admin_mfa', users.get('admin@example.edu')!).status).toBe('fail');
    expect(runCheck('idp.mfa_enforced', users.get('admin@example.edu')!)).toMatchObject({
      status: 'fail',
      attribute: 'mfa_enforced',
    });
    expect(runCheck('idp.mfa_enforced', users.get('stanley@example.edu')!).status).toBe('pass');
    expect(runCheck('idp.inactive_users', users.get('newhire@example.edu')!)).toMatchObject({
      status: 'fail',
      actual: null,
    });
  });

  it('survives fuzzed input with only ImportErrors', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.json(), fc.string(), fc.constant('{"users":[{"id":"1"'), fc.constant('{"kind":"x"}')),
        async (c) => onlyImportErrors(googleUsersJsonImporter, tempFile(c)),
      ),
      { numRuns: 200 },
    );
  });
});

describe('google_workspace.users_csv importer', () => {
  it('reads the Admin console export', async () => {
    const users = await byName(googleUsersCsvImporter, fixture('identity/google-users.csv'));
    expect(users.get('rita@example.edu')!.attributes).toMatchObject({
      mfa_enrolled: true,
      mfa_enforced: true,
      last_login_at: '2025-05-11T15:36:14.000Z',
    });
    expect(users.get('never@example.edu')!.attributes).toMatchObject({ last_login_at: null });
    expect(users.get('old@example.edu')!.attributes).toMatchObject({ status: 'suspended', enabled: false });
    // No admin column in this export: the admin check cannot pass.
    expect(runCheck('idp.admin_mfa', users.get('rita@example.edu')!)).toMatchObject({
      status: 'error',
      attribute: 'is_admin',
    });
  });

  it('names a missing column', async () => {
    const path = tempFile(
      'First Name [Required],Email Address [Required],Status [READ ONLY],Last Sign In [READ ONLY]\nA,a@x,Active,Never logged in\n',
    );
    expect((await importError(googleUsersCsvImporter, path, 'users.csv')).message).toMatch(
      /^users\.csv: line 1: missing column "2sv Enrolled \[READ ONLY\]" or "2sv Enrolled"/,
    );
  });

  it('names the line and column of a bad value', async () => {
    const path = tempFile(
      'Email Address [Required],Status [READ ONLY],Last Sign In [READ ONLY],2sv Enrolled [READ ONLY],2sv Enforced [READ ONLY]\na@x,Active,2025/01/01 10:00:00,True,True\nb@x,Active,yesterday,True,True\n',
    );
    expect((await importError(googleUsersCsvImporter, path, 'users.csv')).message).toMatch(
      /^users\.csv: line 3: column "Last Sign In \[READ ONLY\]": "yesterday" is not a timestamp/,
    );
  });

  it('survives fuzzed input with only ImportErrors', async () => {
    const head =
      'Email Address [Required],Status [READ ONLY],Last Sign In [READ ONLY],2sv Enrolled [READ ONLY],2sv Enforced [READ ONLY]\n';
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => head + s),
          fc.uint8Array({ maxLength: 100 }),
        ),
        async (c) => onlyImportErrors(googleUsersCsvImporter, tempFile(c)),
      ),
      { numRuns: 200 },
    );
  });
});
