/**
 * The system description in a real browser against the real server: from the engagement page, draft
 * it from Vigil's data, edit one section, approve the version (a second approval is refused by the
 * API), download the Word file and read its text back; then the bridge letter is drafted the same way.
 * axe at desktop and phone width at every state.
 */
import mammoth from 'mammoth';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y.ts';
import { browserWalk, hasChromium, setUpOrganization, shot } from './support.ts';

const SERVICES = 'Acme Cloud runs hosted payroll for small firms across Europe.';

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'report documents: system description and bridge letter (needs /usr/bin/chromium)',
  () => {
    let page: Page;
    let context: BrowserContext;
    let base: string;
    let headers: { 'x-csrf-token': string };
    let engagementId: string;
    browserWalk('report-documents', (walk) => {
      ({ page, context, base } = walk);
    });

    it('sets up an organization with controls, a system and an engagement (API)', async () => {
      const req = context.request;
      headers = await setUpOrganization(context, base);
      expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
      const system = await req.post(`${base}/api/systems`, {
        headers,
        data: { name: 'Payroll web application', kind: 'software', description: 'What customers sign in to' },
      });
      expect(system.status(), await system.text()).toBe(201);
      const e = await req.post(`${base}/api/engagements`, {
        headers,
        data: {
          name: 'Acme Type II 2026',
          reportType: 'type2',
          windowStart: '2026-01-01',
          windowEnd: '2026-06-30',
        },
      });
      expect(e.status(), await e.text()).toBe(201);
      engagementId = (await e.json()).id;
    });

    it('drafts the system description from the engagement page', async () => {
      await page.goto(`${base}/engagements/${engagementId}`);
      await page.getByRole('link', { name: 'System description' }).click();
      await expect.poll(() => page.getByText('No version yet.').isVisible()).toBe(true);
      await expectAccessible(page, 'system-description-empty');
      await page.getByRole('button', { name: "Draft from Vigil's data" }).click();
      await expect.poll(() => page.getByText('9 of 9 sections not yet reviewed.').isVisible()).toBe(true);
      await expect
        .poll(() => page.getByText(/Payroll web application: What customers sign in to/).isVisible())
        .toBe(true);
      await expect.poll(() => page.getByText('Generated, not yet reviewed', { exact: true }).count()).toBe(9);
      await shot(page, 'report-documents-01-draft');
      await expectAccessible(page, 'system-description-draft');
    });

    it('edits one section, which loses its generated mark', async () => {
      await page.getByRole('button', { name: 'Edit services provided' }).click();
      const text = page.getByLabel('Text of "Services provided"');
      await text.fill(SERVICES);
      await expectAccessible(page, 'system-description-editing');
      const answer = page.waitForResponse(
        (r) => r.url().includes('/sections/dc1') && r.request().method() === 'PUT',
      );
      await page.getByRole('button', { name: 'Save services provided' }).click();
      expect((await answer).status()).toBe(200);
      await expect.poll(() => page.getByText('8 of 9 sections not yet reviewed.').isVisible()).toBe(true);
      await expect.poll(() => page.getByText(SERVICES).isVisible()).toBe(true);
      await expect.poll(() => page.getByText('Reviewed', { exact: true }).count()).toBe(1);
    });

    it('approves the version; approving it again is refused and changes nothing', async () => {
      await page.getByRole('button', { name: 'Approve version 1' }).click();
      await expect
        .poll(() => page.getByText(/^Approved by Ada Lovelace on \d{4}-\d{2}-\d{2}/).isVisible())
        .toBe(true);
      await expect.poll(() => page.getByRole('button', { name: 'Edit services provided' }).count()).toBe(0);
      await shot(page, 'report-documents-02-approved');
      await expectAccessible(page, 'system-description-approved');
      const again = await context.request.post(
        `${base}/api/engagements/${engagementId}/documents/system-description/versions/1/approve`,
        { headers },
      );
      expect(again.status()).toBe(409);
      expect((await again.json()).error.message).toBe(
        'Version 1 of the system description is already approved; an approved version is not approved twice',
      );
    });

    it('downloads the Word file, whose text has the edit, the marks and no ids', async () => {
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download Word (DOCX)' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('system-description-acme-type-ii-2026-v1.docx');
      const { value: text } = await mammoth.extractRawText({ path: (await file.path())! });
      expect(text).toContain('System description: Acme Type II 2026');
      expect(text).toContain(SERVICES);
      expect(text).toContain('Components of the system and its boundaries');
      expect(text).toContain('Payroll web application: What customers sign in to');
      expect(text.match(/\[Generated by Vigil, not yet reviewed\]/g)).toHaveLength(8);
      expect(text).toMatch(/Version 1, approved by Ada Lovelace on \d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    });

    it('drafts the bridge letter for the time after the period', async () => {
      await page.goto(`${base}/engagements/${engagementId}`);
      await page.getByRole('link', { name: 'Bridge letter' }).click();
      await page.getByRole('button', { name: "Draft from Vigil's data" }).click();
      await expect
        .poll(() => page.getByText(/This letter covers the period from 1 Jul 2026 to/).isVisible())
        .toBe(true);
      await expect
        .poll(() => page.getByRole('heading', { name: "Management's statement" }).isVisible())
        .toBe(true);
      const opening =
        'This letter concerns the SOC 2 report "Acme Type II 2026" of Acme Cloud (Type II, 1 Jan 2026 to 30 Jun 2026).';
      expect(await page.getByText(opening).isVisible()).toBe(true);
      // Section buttons read as a sentence: "Confirm the gap period", not "Confirm The gap period".
      expect(await page.getByRole('button', { name: 'Confirm the gap period' }).count()).toBe(1);
      await shot(page, 'report-documents-03-bridge-letter');
      await expectAccessible(page, 'bridge-letter-draft');
    });
  },
);
