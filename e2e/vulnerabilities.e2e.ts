/**
 * Vulnerabilities in a real browser against the real server: an editor sets the critical SLA to zero
 * days, a real Trivy report is uploaded, and its fixable critical finding is listed as overdue in the
 * SLA report; a penetration test is recorded with a finding; axe at desktop and phone width.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y.ts';
import {
  capture,
  hasChromium,
  launchChromium,
  type RunningServer,
  shot,
  startVigil,
  stopVigil,
} from './support.ts';

const TRIVY = join(
  import.meta.dirname,
  '../packages/connectors/src/scanners/fixtures/trivy-image-debian-buster.json.golden',
);
const OWNER = { email: 'ada@acme.test', password: 'correct horse battery staple' };

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'vulnerabilities: an overdue scanner finding in the SLA report (needs /usr/bin/chromium)',
  () => {
    let vigil: { server: RunningServer; dataDir: string } | undefined;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let base: string;
    let headers: Record<string, string> = {};
    let stepFailed = false;
    const pageErrors: string[] = [];
    const go = (path: string) => page.goto(`${base}${path}`);

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
        await capture(page, 'vulnerabilities-failed-step').catch(() => undefined);
      });
    });

    afterEach(() => {
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    });

    afterAll(async () => {
      await browser?.close();
      await stopVigil(vigil);
    });

    it('sets up an organization (API)', async () => {
      const setup = await context.request.post(`${base}/api/setup`, {
        data: { organizationName: 'Acme Cloud', name: 'Ada Lovelace', ...OWNER },
      });
      expect(setup.status()).toBe(200);
      headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
    });

    it('refuses a negative SLA naming the severity, then sets critical to zero days', async () => {
      await go('/vulnerabilities');
      await expect.poll(() => page.getByText('No open finding in this window.').isVisible()).toBe(true);
      await expectAccessible(page, 'vulnerabilities-empty');
      const high = page.getByLabel('High (days)');
      await high.fill('-3');
      await page.getByRole('button', { name: 'Save SLA' }).click();
      await expect
        .poll(() =>
          page
            .getByText(/the number of days cannot be negative/i)
            .first()
            .isVisible(),
        )
        .toBe(true);
      await high.fill('30');
      await page.getByLabel('Critical (days)').fill('0');
      await page.getByRole('button', { name: 'Save SLA' }).click();
      await expect.poll(() => page.getByText(/In force since/).isVisible()).toBe(true);
    });

    it('lists the critical finding of an uploaded Trivy report as overdue', async () => {
      const req = context.request;
      const connector = await req.post(`${base}/api/integrations`, {
        headers,
        data: { kind: 'trivy.json', name: 'Trivy' },
      });
      expect(connector.status(), await connector.text()).toBe(201);
      const id = (await connector.json()).id as string;
      const res = await req.post(`${base}/api/integrations/${id}/upload`, {
        headers,
        multipart: {
          file: { name: 'trivy.json', mimeType: 'application/json', buffer: readFileSync(TRIVY) },
        },
      });
      expect(res.status(), await res.text()).toBe(200);
      await go('/vulnerabilities');
      const row = page.getByRole('row', { name: /CVE-2019-18224/ });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.getByText('Overdue').count()).toBe(1);
      const table = page.getByRole('table', { name: 'SLA report by severity' });
      const critical = table.getByRole('row', { name: /^Critical/ });
      expect(await critical.locator('td').nth(1).textContent()).not.toBe('0');
      await shot(page, 'vulnerabilities-01-overdue');
      await expectAccessible(page, 'vulnerabilities-overdue');
    });

    it('records a penetration test with a finding', async () => {
      await go('/pen-tests');
      await page.getByRole('button', { name: 'Record a penetration test' }).click();
      await page.getByLabel('Vendor').fill('Acme Security');
      await page.getByLabel('First day').fill('2026-03-01');
      await page.getByLabel('Last day').fill('2026-03-10');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('link', { name: 'Acme Security' }).click();
      await page.waitForURL('**/pen-tests/*');
      await page.getByLabel('Finding title').fill('SQL injection in search');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect.poll(() => page.getByText('SQL injection in search').first().isVisible()).toBe(true);
      await shot(page, 'vulnerabilities-02-pen-test');
      await expectAccessible(page, 'pen-test-detail');
    });
  },
);
