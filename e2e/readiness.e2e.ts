/**
 * Readiness in a real browser against the real server: a new organization sees every criterion in
 * scope with what to do next, takes an assessment, finds it in the list with its fingerprint and
 * downloads, and follows a next step to the page where it is done; axe at desktop and phone width.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserWalk, hasChromium, setUpOrganization, shot } from './support.ts';

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)('readiness: the assessment and its snapshots (needs /usr/bin/chromium)', () => {
  let page: Page;
  let context: BrowserContext;
  let base: string;
  browserWalk('readiness', (walk) => {
    ({ page, context, base } = walk);
  });

  it('sets up an organization', async () => {
    await setUpOrganization(context, base);
  });

  it('shows every criterion in scope with the next step, reached from the navigation', async () => {
    await page.goto(`${base}/`);
    await page
      .getByRole('link', { name: /^Readiness/ })
      .first()
      .click();
    await expect.poll(() => page.getByRole('heading', { name: 'What to do next' }).isVisible()).toBe(true);
    const steps = page.getByRole('list', { name: 'What to do next' });
    await expect
      .poll(() => steps.getByRole('link', { name: /^Map a control to CC1\.1 / }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByRole('table', { name: 'Security criteria' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('No assessment taken yet.').isVisible()).toBe(true);
    // Pointer and focus in the page, as a reader's would be, not resting on the navigation.
    await page.getByText('No assessment taken yet.').click();
    await shot(page, 'readiness-01-current');
  });

  it('takes an assessment and lists it with its fingerprint and downloads', async () => {
    await page.getByRole('button', { name: 'Take assessment' }).click();
    const taken = page.getByRole('table', { name: 'Assessments taken' });
    await expect.poll(() => taken.getByText('Ada Lovelace').isVisible()).toBe(true);
    await expect
      .poll(async () => /^[0-9a-f]{64}$/.test((await taken.locator('td').nth(4).textContent()) ?? ''))
      .toBe(true);
    const pdf = taken.getByRole('link', { name: /^PDF of the assessment taken on / });
    const pdfRes = await context.request.get(`${base}${await pdf.getAttribute('href')}`);
    expect(pdfRes.status()).toBe(200);
    expect((await pdfRes.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = taken.getByRole('link', { name: /^Spreadsheet of the assessment taken on / });
    const xlsxRes = await context.request.get(`${base}${await xlsx.getAttribute('href')}`);
    expect(xlsxRes.status()).toBe(200);
    await shot(page, 'readiness-02-taken');
  });

  it('follows a next step to the page where it is done', async () => {
    await page
      .getByRole('list', { name: 'What to do next' })
      .getByRole('link', { name: /^Map a control to CC1\.1 / })
      .click();
    await expect.poll(() => page.url()).toContain('/criteria/CC1.1');
  });
});
