/**
 * An access review in a real browser against the real server: an Okta export is collected, the
 * owner starts a review of it, keeps three accounts with reasons and revokes Dr. Dre's, the next
 * Okta export shows the account deprovisioned and the revocation is verified with its lag, and the
 * review closes with its report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  capture,
  choose,
  hasChromium,
  launchChromium,
  type RunningServer,
  shot,
  startVigil,
  stopVigil,
} from './support.ts';

const OKTA = join(import.meta.dirname, '../packages/connectors/src/saas/fixtures/identity/okta-users.json');
const OWNER = { email: 'ada@acme.test', password: 'correct horse battery staple' };
const users = JSON.parse(readFileSync(OKTA, 'utf8')) as { profile: { email: string }; status: string }[];
const deprovisioned = JSON.stringify(
  users.map((u) => (u.profile.email === 'dr.dre@example.com' ? { ...u, status: 'DEPROVISIONED' } : u)),
);

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'access reviews: one revoke verified by the next sweep (needs /usr/bin/chromium)',
  () => {
    let vigil: { server: RunningServer; dataDir: string } | undefined;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let base: string;
    let headers: Record<string, string> = {};
    let oktaId = '';
    let stepFailed = false;
    const pageErrors: string[] = [];

    const go = (path: string) => page.goto(`${base}${path}`);
    const text = (t: string | RegExp) => page.getByText(t).first();
    const uploadOkta = async (req: APIRequestContext, content: string) => {
      const res = await req.post(`${base}/api/integrations/${oktaId}/upload`, {
        headers,
        multipart: {
          file: { name: 'okta-users.json', mimeType: 'application/json', buffer: Buffer.from(content) },
        },
      });
      expect(res.status(), await res.text()).toBe(200);
    };

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
        await capture(page, 'access-reviews-failed-step').catch(() => undefined);
      });
    });

    afterEach(() => {
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    });

    afterAll(async () => {
      await browser?.close();
      await stopVigil(vigil);
    });

    it('sets up an organization and collects an Okta export (API)', async () => {
      const req = context.request;
      const setup = await req.post(`${base}/api/setup`, {
        data: { organizationName: 'Acme Cloud', name: 'Ada Lovelace', ...OWNER },
      });
      expect(setup.status()).toBe(200);
      headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
      const connector = await req.post(`${base}/api/integrations`, {
        headers,
        data: { kind: 'okta.users', name: 'Okta' },
      });
      expect(connector.status(), await connector.text()).toBe(201);
      oktaId = (await connector.json()).id;
      await uploadOkta(req, JSON.stringify(users));
    });

    it('starts a review of Okta, freezing its accounts with their flags', async () => {
      await go('/access-reviews');
      await expect.poll(() => text('No access review yet.').isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Start an access review' }).click();
      await page.getByRole('checkbox', { name: /^Okta/ }).check();
      await choose(page, 'Owner of Okta', 'Ada Lovelace');
      await shot(page, 'access-reviews-01-new');
      await page.getByRole('button', { name: 'Take the snapshot and start' }).click();
      await expect.poll(() => text('0 of 4 decided · 4 flagged').isVisible()).toBe(true);
      await page.getByRole('link', { name: 'Quarterly access review' }).click();
      await page.waitForURL('**/access-reviews/*');
      await expect.poll(() => text('dr.dre@example.com').isVisible()).toBe(true);
      await expect.poll(() => page.getByText('Administrator or privileged').count()).toBeGreaterThan(0);
      // Nobody is in the person register yet: every account is an orphan.
      await expect.poll(() => page.getByText('No matching person').count()).toBeGreaterThan(3);
      await shot(page, 'access-reviews-02-campaign');
    });

    it('refuses keeping a flagged account without a reason, then records the decisions', async () => {
      const decide = async (account: string, decision: 'Keep' | 'Revoke', reason: string) => {
        await page.getByRole('button', { name: `Decide ${account} in Okta` }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('radio', { name: decision }).check();
        await dialog.getByLabel(/^Reason/).fill(reason);
        await dialog.getByRole('button', { name: 'Save decision' }).click();
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      };
      await page.getByRole('button', { name: 'Decide easy-e@example.com in Okta' }).click();
      const dialog = page.getByRole('dialog');
      // The browser's own required check is skipped so the server's answer is what shows.
      await dialog.locator('form').evaluate((f) => f.setAttribute('novalidate', ''));
      await dialog.getByRole('button', { name: 'Save decision' }).click();
      await expect
        .poll(() => dialog.getByText('A flagged account can only be kept with a reason').isVisible())
        .toBe(true);
      await shot(page, 'access-reviews-03-reason-required', false);
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      await decide('easy-e@example.com', 'Keep', 'On parental leave, returns next month');
      await decide('isaac.brock@example.com', 'Keep', 'Starts on Monday');
      await decide('john.doe@example.com', 'Keep', 'Suspended already; kept for legal hold');
      await decide('dr.dre@example.com', 'Revoke', 'Left the company in March');
      await expect.poll(() => text('4 of 4 accounts decided').isVisible()).toBe(true);
      const remediations = page.getByRole('table').filter({ hasText: 'Waiting for a sweep' });
      await expect.poll(() => remediations.getByText('dr.dre@example.com in Okta').isVisible()).toBe(true);
    });

    it('verifies the revocation when the next Okta export shows the account deprovisioned', async () => {
      await uploadOkta(context.request, deprovisioned);
      await page.reload();
      const verified = page.getByRole('table').filter({ hasText: 'Verified' });
      await expect.poll(() => verified.getByText('account disabled').isVisible()).toBe(true);
      await expect.poll(() => verified.getByText(/minute/).isVisible()).toBe(true);
      await expect.poll(() => text('1 of 1 revocations verified').isVisible()).toBe(true);
      await shot(page, 'access-reviews-04-verified');
    });

    it('closes the review, keeping its report as evidence', async () => {
      await page.getByRole('button', { name: 'Close the review' }).click();
      await expect.poll(() => text(/the report is kept as evidence\.$/).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Decide' }).count()).toBe(0);
      const csv = await context.request.get(
        `${base}/api/access-reviews/${page.url().split('/').pop()}/report.csv`,
      );
      expect(await csv.text()).toMatch(/dr\.dre@example\.com.*Revoke,Left the company in March/);
      await shot(page, 'access-reviews-05-closed');
    });
  },
);
