/**
 * The leavers check joins two connectors: an HR roster and an Okta users export, uploaded in either
 * order. A leaver still active in Okta fails as soon as both are there, and passes once Okta is
 * uploaded again with the account deactivated, without the roster being uploaded again; deleting
 * the Okta connector turns the results into errors, as if it had never been connected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@vigil/db';
import { and, eq, isNull } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upload } from '../test/monitoring-http.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';
import { reevaluateLeavers } from './account-lookup.ts';
import { defaultRegistry } from './registry.ts';

const FIXTURES = join(import.meta.dirname, '../../../../packages/connectors/src/saas/fixtures');
const roster = readFileSync(join(FIXTURES, 'hr/bamboohr-leavers.csv'), 'utf8');
const credentialReport = readFileSync(join(FIXTURES, '../../cloud/fixtures/credential-report.csv'), 'utf8');
const oktaUsers = readFileSync(join(FIXTURES, 'identity/okta-users.json'), 'utf8');
/** The same export after Dr. Dre's account was deactivated in Okta. */
const oktaDeactivated = JSON.stringify(
  (JSON.parse(oktaUsers) as { profile: { email: string }; status: string }[]).map((u) =>
    u.profile.email === 'dr.dre@example.com' ? { ...u, status: 'DEPROVISIONED' } : u,
  ),
);
const CHECK = 'hr.leaver_accounts_disabled';

let t: TestApp;
let owner: Client;

beforeEach(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
  await owner.request('POST', '/api/controls/adopt');
});
afterEach(() => t?.close());

const connector = async (kind: string, name: string) => {
  const res = await owner.request('POST', '/api/integrations', { kind, name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const send = async (id: string, name: string, content: string) => {
  const res = await upload(t, owner, `/api/integrations/${id}/upload`, name, content);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { transitions: number };
};

/** The open result of the check per worker, as `status: reason`. */
async function results(): Promise<Record<string, string>> {
  const rows = await t.database.db
    .select({
      name: schema.resources.name,
      status: schema.checkIntervals.status,
      reason: schema.checkIntervals.reason,
    })
    .from(schema.checkIntervals)
    .innerJoin(schema.resources, eq(schema.resources.id, schema.checkIntervals.resourceId))
    .where(and(eq(schema.checkIntervals.checkId, CHECK), isNull(schema.checkIntervals.to)));
  return Object.fromEntries(rows.map((r) => [r.name, `${r.status}: ${r.reason}`]));
}

const alertsOf = async (kind: string) =>
  (await t.database.db.select().from(schema.alertOutbox).where(eq(schema.alertOutbox.kind, kind))).filter(
    (r) => (r.payload as { checkId?: string }).checkId === CHECK,
  );

const daysAgo = /\d+ days ago/;
const failing = expect.stringMatching(
  new RegExp(
    '^fail: Andre Young \\(dr\\.dre@example\\.com\\) terminated on 2025-03-31, \\d+ days ago, ' +
      'still has an active account after the offboarding deadline \\(the end of 2025-04-01\\): ' +
      'Okta dr\\.dre@example\\.com \\(active\\)$',
  ),
);
const others = {
  'John Doe': 'pass: accounts disabled: Okta john.doe@example.com (suspended)',
  'Maria Lopez': 'pass: no active account found in: Okta',
  'Final User': 'pass: no active account found in: Okta',
  'Easy E': 'not_applicable: worker is active',
  'Isaac Brock': 'not_applicable: worker is active',
};

describe('leavers with an active account, across an HR roster and Okta', () => {
  it('HR first: no identity data is an error, Okta brings the failure, deactivating the account clears it', async () => {
    const hr = await connector('hr.roster.bamboohr', 'BambooHR');
    const okta = await connector('okta.users', 'Okta');
    await send(hr, 'roster.csv', roster);
    expect(await results()).toEqual({
      'Andre Young': 'error: no identity provider connected',
      'John Doe': 'error: no identity provider connected',
      'Maria Lopez': 'error: no identity provider connected',
      'Final User': 'error: no identity provider connected',
      'Easy E': 'not_applicable: worker is active',
      'Isaac Brock': 'not_applicable: worker is active',
    });

    await send(okta, 'users.json', oktaUsers);
    expect(await results()).toEqual({ 'Andre Young': failing, ...others });
    const detail = (await owner.request('GET', `/api/monitoring/checks/${CHECK}`)).json();
    expect(detail.failing.items).toEqual([
      expect.objectContaining({
        name: 'Andre Young',
        reason: expect.stringMatching(daysAgo),
        attribute: 'accounts',
        actual: ['Okta dr.dre@example.com'],
      }),
    ]);
    expect(await alertsOf('fail')).toHaveLength(1);

    await send(okta, 'users.json', oktaDeactivated);
    expect(await results()).toEqual({
      'Andre Young': 'pass: accounts disabled: Okta dr.dre@example.com (deprovisioned)',
      ...others,
    });
    expect(await alertsOf('recovered')).toHaveLength(1);
    expect((await owner.request('GET', `/api/monitoring/checks/${CHECK}`)).json().failing.total).toBe(0);

    // The roster's next sweep agrees with what the re-evaluation wrote: nothing to change.
    expect((await send(hr, 'roster.csv', roster)).transitions).toBe(0);
    // An Okta upload that changes no account leaves the roster's results alone.
    expect((await send(okta, 'users.json', oktaDeactivated)).transitions).toBe(0);
  });

  it('Okta first: the roster fails on arrival, and the deactivation clears it', async () => {
    const okta = await connector('okta.users', 'Okta');
    const hr = await connector('hr.roster.bamboohr', 'BambooHR');
    await send(okta, 'users.json', oktaUsers);
    expect(await results()).toEqual({});

    await send(hr, 'roster.csv', roster);
    expect(await results()).toEqual({ 'Andre Young': failing, ...others });

    await send(okta, 'users.json', oktaDeactivated);
    expect((await results())['Andre Young']).toBe(
      'pass: accounts disabled: Okta dr.dre@example.com (deprovisioned)',
    );

    // Active again (a rehire, or a mistaken reactivation): the failure comes back from Okta's side alone.
    await send(okta, 'users.json', oktaUsers);
    expect(await results()).toEqual({ 'Andre Young': failing, ...others });
    expect((await send(hr, 'roster.csv', roster)).transitions).toBe(0);

    // Okta's connector deleted: its accounts are no longer known, and the leavers say so at once.
    const removed = await owner.request('DELETE', `/api/integrations/${okta}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await results()).toEqual({
      'Andre Young': 'error: no identity provider connected',
      'John Doe': 'error: no identity provider connected',
      'Maria Lopez': 'error: no identity provider connected',
      'Final User': 'error: no identity provider connected',
      'Easy E': 'not_applicable: worker is active',
      'Isaac Brock': 'not_applicable: worker is active',
    });
    expect((await send(hr, 'roster.csv', roster)).transitions).toBe(0);
  });

  it('finds a leaver’s AWS user by the name before the @ of the work email', async () => {
    const hr = await connector('hr.roster.bamboohr', 'BambooHR');
    const okta = await connector('okta.users', 'Okta');
    const aws = await connector('file.auto', 'Production AWS');
    await send(hr, 'roster.csv', roster);
    await send(okta, 'users.json', oktaDeactivated);
    await send(aws, 'credential-report.csv', credentialReport);
    const now = await results();
    expect(now['Final User']).toMatch(
      /^fail: Final User \(final\.user@example\.com\) terminated on 2025-02-28, \d+ days ago, still has an active account after the offboarding deadline \(the end of 2025-03-03\): AWS final\.user$/,
    );
    // A result keeps the reason it began with: Maria has passed since Okta alone was searched.
    expect(now['Maria Lopez']).toBe('pass: no active account found in: Okta');
    // A second roster connector's workers begin now, with both systems searched.
    await send(await connector('hr.roster.bamboohr', 'Contractors'), 'roster.csv', roster);
    const reasons = await t.database.db
      .select({ reason: schema.checkIntervals.reason })
      .from(schema.checkIntervals)
      .where(and(eq(schema.checkIntervals.checkId, CHECK), isNull(schema.checkIntervals.to)));
    expect(reasons.map((r) => r.reason)).toContain('no active account found in: AWS, Okta');
    expect(now['Andre Young']).toBe('pass: accounts disabled: Okta dr.dre@example.com (deprovisioned)');
  });
  // Andre Young left yesterday: one business day (the default) runs to the end of today at least.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = yesterday.split('-');
  const recent = roster.replace('03/31/2025', `${m}/${d}/${y}`);

  it('waits for the offboarding deadline the organization set before failing an active account', async () => {
    const hr = await connector('hr.roster.bamboohr', 'BambooHR');
    const okta = await connector('okta.users', 'Okta');
    await send(okta, 'users.json', oktaUsers);
    await send(hr, 'roster.csv', recent);
    expect((await results())['Andre Young']).toMatch(
      new RegExp(
        `^not_applicable: not due yet: Andre Young \\(dr\\.dre@example\\.com\\) left on ${yesterday}, and the ` +
          'offboarding deadline is the end of \\d{4}-\\d{2}-\\d{2}; still active: Okta dr\\.dre@example\\.com \\(active\\)$',
      ),
    );
    expect(await alertsOf('fail')).toEqual([]);

    // With no business day after the termination date, the account was due off by the end of it.
    const set = await owner.request('PUT', '/api/people/settings', { offboardingSlaBusinessDays: 0 });
    expect(set.statusCode, set.body).toBe(200);
    await send(hr, 'roster.csv', recent);
    expect((await results())['Andre Young']).toMatch(
      new RegExp(
        `still has an active account after the offboarding deadline \\(the end of ${yesterday}\\): Okta`,
      ),
    );
    expect(await alertsOf('fail')).toHaveLength(1);
  });

  it('fails the account once the deadline has passed, from the daily look, with no new file', async () => {
    const hr = await connector('hr.roster.bamboohr', 'BambooHR');
    const okta = await connector('okta.users', 'Okta');
    await send(okta, 'users.json', oktaUsers);
    await send(hr, 'roster.csv', recent);
    expect((await results())['Andre Young']).toMatch(/^not_applicable: not due yet: /);
    const checks = defaultRegistry().checks;
    // Today the deadline has not passed: the daily look changes nothing.
    expect(await reevaluateLeavers(t.database.db, checks, new Date())).toBe(0);
    // Five days on, one business day after yesterday is over whatever the weekday.
    const later = new Date(Date.now() + 5 * 86_400_000);
    // Two transitions: the 'not due yet' interval ends and the failing one begins.
    expect(await reevaluateLeavers(t.database.db, checks, later)).toBe(2);
    expect((await results())['Andre Young']).toMatch(
      /^fail: Andre Young \(dr\.dre@example\.com\) terminated on .* still has an active account after the offboarding deadline/,
    );
    expect(await alertsOf('fail')).toHaveLength(1);
    expect(await reevaluateLeavers(t.database.db, checks, later)).toBe(0);
  });
});
