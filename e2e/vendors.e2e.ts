/**
 * Vendors in a real browser against the real server: add a critical vendor through the questionnaire,
 * attach its SOC 2 Type II report (a real PDF made here), record it as a carved-out subservice
 * organization with a CSOC and a CUEC mapped to our controls, complete its review, then change the
 * questionnaire and see the tier follow; axe at desktop and phone width at every state.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const OWNER = { email: 'ada@acme.test', password: 'correct horse battery staple' };

/** A one-page SOC 2 report, made with the PDF library the server uses (standard fonts only). */
async function socReportPdf(): Promise<string> {
  const pdfmake = createRequire(import.meta.url)('pdfmake') as {
    setFonts(f: Record<string, Record<string, string>>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
  };
  pdfmake.setFonts({
    Helvetica: {
      normal: 'Helvetica',
      bold: 'Helvetica-Bold',
      italics: 'Helvetica-Oblique',
      bolditalics: 'Helvetica-BoldOblique',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  const bytes = await pdfmake
    .createPdf({
      defaultStyle: { font: 'Helvetica' },
      content: ['Cloudhost Inc. — SOC 2 Type II report', 'Period: 2025-01-01 to 2025-12-31'],
    })
    .getBuffer();
  const file = join(mkdtempSync(join(tmpdir(), 'vigil-vendor-')), 'cloudhost-soc2.pdf');
  writeFileSync(file, bytes);
  return file;
}

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'vendors: a critical vendor with its SOC 2 report (needs /usr/bin/chromium)',
  () => {
    let vigil: { server: RunningServer; dataDir: string } | undefined;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let base: string;
    let stepFailed = false;
    const pageErrors: string[] = [];

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
        await capture(page, 'vendors-failed-step').catch(() => undefined);
      });
    });

    afterEach(() => {
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    });

    afterAll(async () => {
      await browser?.close();
      await stopVigil(vigil);
    });

    it('sets up an organization', async () => {
      const setup = await context.request.post(`${base}/api/setup`, {
        data: { organizationName: 'Acme Cloud', name: 'Ada Lovelace', ...OWNER },
      });
      expect(setup.status()).toBe(200);
      // Our own controls, for mapping the vendor's complementary controls to them.
      const headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
      expect((await context.request.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
    });

    it('adds a critical vendor from the questionnaire', async () => {
      await page.goto(`${base}/vendors`);
      await expect.poll(() => page.getByText('No vendors yet.').isVisible()).toBe(true);
      await shot(page, 'vendors-01-empty');
      await page.getByRole('button', { name: 'Add vendor' }).click();
      const form = page.getByRole('form', { name: 'Add a vendor' });
      await form.getByLabel('Name').fill('Cloudhost');
      await form.getByLabel('Services provided').fill('Hosting of the production platform');
      await choose(page, 'Data accessed', 'High');
      await choose(page, 'Business impact', 'High');
      await form.getByLabel('Part of our system').check();
      await shot(page, 'vendors-02-questionnaire');
      await form.getByRole('button', { name: 'Add vendor' }).click();
      const table = page.getByRole('table', { name: 'Vendors' });
      const row = table.getByRole('row').filter({ hasText: 'Cloudhost' });
      await expect.poll(() => row.getByText('Critical').isVisible()).toBe(true);
      await shot(page, 'vendors-03-list');
      await row.getByRole('link', { name: 'Cloudhost' }).click();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Cloudhost', level: 1 }).isVisible())
        .toBe(true);
    });

    it('attaches its SOC 2 Type II report, refusing a period that ends before it starts', async () => {
      const pdf = await socReportPdf();
      const form = page.getByRole('form', { name: 'Add a report' });
      await choose(page, 'Kind', 'SOC 2 Type II');
      await form.getByLabel('Period start').fill('2025-12-31');
      await form.getByLabel('Period end').fill('2025-01-01');
      await form.getByLabel('Auditor').fill('Example Assurance LLP');
      await form.locator('input[type="file"]').setInputFiles(pdf);
      await form.getByRole('button', { name: 'Add report' }).click();
      await expect
        .poll(() => form.getByText(/period ends on 2025-01-01, before it starts on 2025-12-31/i).isVisible())
        .toBe(true);
      await form.getByLabel('Period start').fill('2025-01-01');
      await form.getByLabel('Period end').fill('2025-12-31');
      await form.getByRole('button', { name: 'Add report' }).click();
      const reports = page.getByRole('table', { name: 'Reports' });
      await expect
        .poll(() => reports.getByText('Example Assurance LLP · cloudhost-soc2.pdf').isVisible())
        .toBe(true);
      await expect.poll(() => reports.getByText('2025-01-01 to 2025-12-31').isVisible()).toBe(true);
      expect(await form.getByLabel('Auditor').inputValue()).toBe('');
      await shot(page, 'vendors-04-report');
    });

    it('records it as a carved-out subservice organization, a CSOC and a CUEC mapped to our controls', async () => {
      const form = page.getByRole('form', { name: 'Subservice organization' });
      await choose(page, 'Method in our report', 'Carve-out');
      const csocs = form.getByRole('group', {
        name: 'Complementary subservice organization controls we rely on',
      });
      await csocs.getByRole('button', { name: 'Add a control we rely on' }).click();
      await csocs
        .getByLabel('Statement 1', { exact: true })
        .fill('Physical access to the data centres is restricted to authorised staff');
      await csocs.getByRole('combobox', { name: 'Our controls for statement 1' }).click();
      const firstControl = page.getByRole('option').first();
      const controlName = (await firstControl.textContent())!.trim();
      await firstControl.click();
      await page.keyboard.press('Escape');
      const cuecs = form.getByRole('group', {
        name: 'Complementary user entity controls the vendor expects of us',
      });
      await cuecs.getByRole('button', { name: 'Add a control the vendor expects of us' }).click();
      await cuecs
        .getByLabel('Statement 1', { exact: true })
        .fill('Customers review who has access to their hosting account');
      await shot(page, 'vendors-05-subservice-mapping');
      await form.getByRole('button', { name: 'Save subservice section' }).click();
      await expect.poll(() => page.getByText('Subservice organization saved').isVisible()).toBe(true);
      await page.reload();
      const saved = page.getByRole('group', {
        name: 'Complementary subservice organization controls we rely on',
      });
      await expect
        .poll(() => saved.getByLabel('Statement 1', { exact: true }).inputValue())
        .toBe('Physical access to the data centres is restricted to authorised staff');
      await expect.poll(() => saved.getByText(controlName, { exact: true }).isVisible()).toBe(true);
      await expect
        .poll(() =>
          page
            .getByRole('group', { name: 'Complementary user entity controls the vendor expects of us' })
            .getByLabel('Statement 1', { exact: true })
            .inputValue(),
        )
        .toBe('Customers review who has access to their hosting account');
      await shot(page, 'vendors-05-subservice');
    });

    it('completes the review, which then reads only, with the next one due in a year', async () => {
      await choose(page, 'Conclusion', 'Approved with conditions');
      await choose(page, 'Residual risk', 'Moderate');
      await page.getByLabel('Notes').fill('Bridge letter requested for January');
      await page.getByRole('button', { name: 'Complete review' }).click();
      const done = page.getByRole('table', { name: 'Completed reviews' });
      await expect.poll(() => done.getByText('Approved with conditions').isVisible()).toBe(true);
      await expect.poll(() => done.getByText('Ada Lovelace').isVisible()).toBe(true);
      const next = new Date();
      next.setUTCFullYear(next.getUTCFullYear() + 1);
      const due = next.toISOString().slice(0, 10);
      await expect
        .poll(() => page.getByRole('heading', { name: `Review due ${due}` }).isVisible())
        .toBe(true);
      await shot(page, 'vendors-06-review-completed');
    });

    it('sets the tier by hand only with a reason, and records the DPA date', async () => {
      const form = page.getByRole('form', { name: 'Vendor details' });
      await form.getByLabel('Data processing agreement signed').fill('2025-02-01');
      await choose(page, 'Tier set by hand', 'High');
      await form.getByRole('button', { name: 'Save vendor' }).click();
      await expect.poll(() => form.getByText(/say why the tier differs/i).isVisible()).toBe(true);
      await form.getByLabel('Why the tier differs').fill('Only hosts the marketing site');
      await form.getByRole('button', { name: 'Save vendor' }).click();
      await expect
        .poll(() => page.getByText('Tier set by hand (the questionnaire gives Critical)').isVisible())
        .toBe(true);
      await expect.poll(() => page.getByText('2025-02-01', { exact: true }).first().isVisible()).toBe(true);
      await shot(page, 'vendors-07-edited');
    });

    it('changes the questionnaire later: the computed tier follows and the override keeps its reason', async () => {
      const form = page.getByRole('form', { name: 'Vendor details' });
      await form.getByLabel('Services provided').fill('Hosting of the marketing site');
      await choose(page, 'Data accessed', 'Low');
      await choose(page, 'Business impact', 'Low');
      await expect
        .poll(() => form.getByText('The questionnaire gives the tier Moderate.').isVisible())
        .toBe(true);
      await form.getByRole('button', { name: 'Save vendor' }).click();
      await expect
        .poll(() => page.getByText('Tier set by hand (the questionnaire gives Moderate)').isVisible())
        .toBe(true);
      await expect.poll(() => page.getByText('Only hosts the marketing site').isVisible()).toBe(true);
      await expect.poll(() => page.getByText('Hosting of the marketing site').first().isVisible()).toBe(true);
      await shot(page, 'vendors-08-questionnaire-changed');
    });
  },
);
