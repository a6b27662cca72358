/**
 * The activity calendar in a real browser against the real server: adopted controls put their
 * recurring activities on the month grid; one is completed with an uploaded file, which schedules
 * the next period; the list view groups by month; the calendar feed address serves iCalendar.
 */
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  capture,
  hasChromium,
  launchChromium,
  type RunningServer,
  shot,
  startVigil,
  stopVigil,
} from './support.ts';

const OWNER = { email: 'ada@acme.test', password: 'correct horse battery staple' };

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'calendar: recurring activities from the control library (needs /usr/bin/chromium)',
  () => {
    let vigil: { server: RunningServer; dataDir: string } | undefined;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let base: string;
    let req: APIRequestContext;
    let headers: Record<string, string>;
    let reviewId = '';
    let stepFailed = false;
    const pageErrors: string[] = [];
    const today = new Date().toISOString().slice(0, 10);

    beforeAll(async () => {
      vigil = await startVigil();
      base = vigil.server.url.replace(/\/$/, '');
      browser = await launchChromium();
      context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (err) => pageErrors.push(err.message));
      req = context.request;
    });

    beforeEach((ctx) => {
      if (stepFailed) ctx.skip();
      ctx.onTestFailed(async () => {
        stepFailed = true;
        await capture(page, 'calendar-failed-step').catch(() => undefined);
      });
    });

    afterEach(() => {
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    });

    afterAll(async () => {
      await browser?.close();
      await stopVigil(vigil);
    });

    it('adopts the control library, which schedules its activities (API)', async () => {
      const setup = await req.post(`${base}/api/setup`, {
        data: { organizationName: 'Acme Cloud', name: 'Ada Lovelace', ...OWNER },
      });
      expect(setup.status()).toBe(200);
      headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
      expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
      const list = await (await req.get(`${base}/api/activities`)).json();
      const review = list.items.find((a: { controlCode: string }) => a.controlCode === 'AC-05');
      reviewId = review.id;
      // Due today, so the walk finds it in this month's grid whatever the date.
      const moved = await req.patch(`${base}/api/activities/${reviewId}`, {
        headers,
        data: { dueDate: today },
      });
      expect(moved.status(), await moved.text()).toBe(200);
    });

    it('shows the month as a table of days with the activities as links', async () => {
      await page.goto(`${base}/calendar`);
      const grid = page.getByRole('table', { name: /^Activities due in / });
      await expect.poll(() => grid.isVisible()).toBe(true);
      await expect.poll(() => grid.getByRole('columnheader').count()).toBe(7);
      const link = grid.getByRole('link', { name: /User access review for AC-05/ });
      await expect.poll(() => link.isVisible()).toBe(true);
      await expect.poll(() => page.locator('td[aria-current="date"]').count()).toBe(1);
      await shot(page, 'calendar-01-month');
      // Keyboard: the link is in the tab order and opens the activity.
      await link.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'User access review for AC-05' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await expect.poll(() => dialog.getByText(/Evidence that completes it/).isVisible()).toBe(true);
      await shot(page, 'calendar-02-activity');
    });

    it('refuses completion without evidence, then completes it with an uploaded file', async () => {
      const dialog = page.getByRole('dialog', { name: 'User access review for AC-05' });
      await dialog.getByRole('button', { name: 'Mark complete' }).click();
      await expect.poll(() => dialog.getByText(/choose or upload the evidence/i).isVisible()).toBe(true);
      await dialog.locator('input[type="file"]').setInputFiles({
        name: 'access-review.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('account,decision\nalice,keep\nbob,revoke\n'),
      });
      await dialog.getByRole('button', { name: 'Mark complete' }).click();
      // The dialog stays open on the record it made: who, when, the evidence, and the next period.
      await expect.poll(() => dialog.getByText(/^Completed on .+ by Ada Lovelace/).isVisible()).toBe(true);
      await expect
        .poll(() => dialog.getByRole('heading', { name: 'Every occurrence' }).isVisible())
        .toBe(true);
      await shot(page, 'calendar-03-completed');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      const detail = await (await req.get(`${base}/api/activities/${reviewId}`)).json();
      expect(detail).toMatchObject({ status: 'completed', completedOn: today, late: false });
      expect(detail.evidenceTitle).toMatch(/^User access review, period ending/);
      expect(detail.history.map((h: { status: string }) => h.status)).toEqual(['open', 'completed']);
    });

    it('lists activities grouped by month, the next period included', async () => {
      await page.getByText('List', { exact: true }).click();
      await page.waitForURL('**/calendar?view=list');
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().isVisible()).toBe(true);
      const links = page.getByRole('link', { name: 'User access review for AC-05' });
      await expect.poll(() => links.count()).toBe(2);
      await shot(page, 'calendar-04-list');
    });

    it('makes a calendar feed address that serves the owner’s activities as iCalendar', async () => {
      await page.getByRole('button', { name: 'Make my calendar address' }).click();
      const address = page.locator('pre, code').filter({ hasText: '/api/calendar/cal_' }).first();
      await expect.poll(() => address.isVisible()).toBe(true);
      const url = (await address.textContent())!.trim();
      const res = await req.get(url.replace(/^https?:\/\/[^/]+/, base));
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain('BEGIN:VCALENDAR');
      await shot(page, 'calendar-05-feed');
    });
  },
);
