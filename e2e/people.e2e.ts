/**
 * Offboarding as an owner lives it in the browser: an Okta export, then an HR roster in which a
 * worker leaves today. The leaver's page shows the offboarding opened with the Okta account still
 * active; the next Okta export shows it suspended, and the account closes with its lag, in time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, type RunningServer, shot, startVigil, stopVigil } from './support.ts';

const FIXTURES = join(import.meta.dirname, '../packages/connectors/src/saas/fixtures');
const OWNER = { email: 'grace@acme.test', password: 'correct horse battery staple' };
const oktaUsers = readFileSync(join(FIXTURES, 'identity/okta-users.json'), 'utf8');
const oktaSuspended = JSON.stringify(
  (JSON.parse(oktaUsers) as { profile: { email: string }; status: string }[]).map((u) =>
    u.profile.email === 'dr.dre@example.com' ? { ...u, status: 'SUSPENDED' } : u,
  ),
);
const today = new Date().toISOString().slice(0, 10);
const roster =
  'email,name,worker_type,employment_status,start_date,termination_date,manager_email,department\n' +
  `dr.dre@example.com,Andre Young,employee,terminated,2019-03-01,${today},isaac.brock@example.com,Engineering\n` +
  'isaac.brock@example.com,Isaac Brock,employee,active,2018-09-01,,,Executive\n' +
  'easy-e@example.com,Eric Wright,contractor,active,2021-02-01,,isaac.brock@example.com,Sales\n';

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'offboarding measured from the identity uploads (needs /usr/bin/chromium)',
  () => {
    let vigil: { server: RunningServer; dataDir: string } | undefined;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let base: string;
    let stepFailed = false;
    const pageErrors: string[] = [];

    const go = (path: string) => page.goto(`${base}${path}`);
    const region = (name: string) => page.getByRole('region', { name });

    async function uploaded(name: string, file: { name: string; buffer: Buffer }) {
      await go('/integrations');
      const connector = region(name);
      await connector
        .locator('input[type="file"]')
        .setInputFiles({ ...file, mimeType: 'application/octet-stream' });
      await connector.getByRole('button', { name: 'Upload', exact: true }).click();
      await expect.poll(() => connector.getByText('Import finished').isVisible()).toBe(true);
    }

    beforeAll(async () => {
      vigil = await startVigil();
      base = vigil.server.url.replace(/\/$/, '');
      browser = await launchChromium();
      context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (err) => pageErrors.push(err.message));
    });

    beforeEach((ctx) => {
      if (stepFailed) ctx.skip();
      ctx.onTestFailed(async () => {
        stepFailed = true;
        await shot(page, 'people-failed-step').catch(() => undefined);
      });
    });

    afterEach(() => {
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    });

    afterAll(async () => {
      await browser?.close();
      await stopVigil(vigil);
    });

    it('sets up an organization with an Okta connector and an HR roster connector (API)', async () => {
      const req = context.request;
      const setup = await req.post(`${base}/api/setup`, {
        data: { organizationName: 'Acme Cloud', name: 'Grace Hopper', ...OWNER },
      });
      expect(setup.status()).toBe(200);
      const headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
      for (const [kind, name] of [
        ['okta.users', 'Okta'],
        ['hr.roster.vigil', 'HR roster'],
      ]) {
        const res = await req.post(`${base}/api/integrations`, { headers, data: { kind, name } });
        expect(res.status(), await res.text()).toBe(201);
      }
    });

    it('the roster with an end date opens the offboarding; the Okta account is still active', async () => {
      await uploaded('Okta', { name: 'users.json', buffer: Buffer.from(oktaUsers) });
      await uploaded('HR roster', { name: 'roster.csv', buffer: Buffer.from(roster) });
      await go('/people');
      const row = page.getByRole('row', { name: /Andre Young/ });
      await expect.poll(() => row.getByText('Terminated').isVisible()).toBe(true);
      // Inside the offboarding deadline the account is due, not yet an exception.
      expect(await row.getByText('1 account due for removal').isVisible()).toBe(true);
      expect(await row.getByText('1 active account').count()).toBe(0);
      await expect.poll(() => page.getByText('Accounts that match nobody').isVisible()).toBe(true);
      await shot(page, 'people-01-register');

      await row.getByRole('link', { name: 'Andre Young' }).click();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Andre Young', level: 1 }).isVisible())
        .toBe(true);
      const offboarding = page.getByRole('table', { name: 'Offboarding' });
      const account = offboarding.getByRole('row', { name: /dr\.dre@example\.com/ });
      expect(await account.getByText('Still active, within deadline').isVisible()).toBe(true);
      expect(await account.getByText('Not yet').isVisible()).toBe(true);
      expect(await page.getByText('Terminated with active accounts').count()).toBe(0);
      await shot(page, 'people-02-offboarding-open');
    });

    it('the next Okta upload shows the account suspended: the item closes with its lag, in time', async () => {
      const personPath = new URL(page.url()).pathname;
      await uploaded('Okta', { name: 'users.json', buffer: Buffer.from(oktaSuspended) });
      await go(personPath);
      const account = page
        .getByRole('table', { name: 'Offboarding' })
        .getByRole('row', { name: /dr\.dre@example\.com/ });
      await expect.poll(() => account.getByText('Removed in time').isVisible()).toBe(true);
      expect(await account.getByRole('cell', { name: 'none', exact: true }).isVisible()).toBe(true);
      expect(await page.getByText('Terminated with active accounts').count()).toBe(0);
      await shot(page, 'people-03-offboarding-closed');
    });
  },
);
