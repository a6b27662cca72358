/**
 * Audit requests in a real browser against the real server, with two people at once: the company
 * imports the auditor's request list (its own column names), answers one request with a new upload
 * and submits it; the auditor, signed in in a second browser, flags it with a reason; the company
 * resubmits and the auditor accepts. Axe at desktop and phone width on the workspace and the list.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AuditWalk, auditWalk, hasChromium, inviteAuditor, setUpOrganization, shot } from './support.ts';

const REASON = 'The Q2 review has no reviewer sign-off';
const LIST = [
  'PBC No.,Request,Control Reference,TSC,Due Date,Client Contact',
  'PBC-01,"Evidence of quarterly user access reviews, with reviewer sign-off",AC-01,CC6.2,10/15/2030,ada@acme.test',
  'PBC-02,Population of new hires during the period,,CC1.4,10/22/2030,',
].join('\n');

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'audit requests: import, answer, flag, resubmit, accept (needs /usr/bin/chromium)',
  () => {
    let walk: AuditWalk;
    let company: BrowserContext;
    let page: Page;
    let auditor: Page;
    let base: string;
    let engagementId = '';
    auditWalk('audit-requests', (w) => {
      walk = w;
      ({ companyContext: company, company: page, auditor, base } = w);
    });
    const request = (p: Page) => p.getByRole('region', { name: 'Request PBC-01' });
    const open = async (p: Page) => {
      await p.goto(`${base}/engagements/${engagementId}/requests`);
      await p.getByRole('button', { name: 'PBC-01' }).click();
      await expect.poll(() => request(p).isVisible()).toBe(true);
    };

    it('sets up an organization, an engagement and an invited auditor (API)', async () => {
      const req = company.request;
      const headers = await setUpOrganization(company, base);
      expect((await req.put(`${base}/api/scope`, { headers, data: { categories: ['security'] } })).ok()).toBe(
        true,
      );
      expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
      const engagement = await req.post(`${base}/api/engagements`, {
        headers,
        data: { name: 'SOC 2 Type I 2030', reportType: 'type1', asOfDate: '2030-09-30' },
      });
      expect(engagement.status()).toBe(201);
      engagementId = (await engagement.json()).id;
      await inviteAuditor(walk, headers, engagementId);
    });

    it('shows the audit workspace from the engagement card', async () => {
      await page.goto(`${base}/`);
      await page.getByRole('link', { name: 'Open audit workspace' }).click();
      await expect
        .poll(() => page.getByRole('heading', { name: 'SOC 2 Type I 2030' }).isVisible())
        .toBe(true);
      await expect.poll(() => page.getByText('No requests yet.').isVisible()).toBe(true);
      await shot(page, 'audit-requests-01-workspace-empty');
    });

    it("imports the auditor's request list with its own column names", async () => {
      await page.getByRole('link', { name: 'All requests' }).click();
      await expect.poll(() => page.getByText('No requests match.').isVisible()).toBe(true);
      await shot(page, 'audit-requests-02-list-empty');
      await page.getByRole('button', { name: 'Import request list' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[type="file"]').setInputFiles({
        name: 'PBC list.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(LIST),
      });
      await dialog.getByLabel('Column for reference').fill('PBC No.');
      await dialog.getByLabel('Column for controls').fill('Control Reference');
      await shot(page, 'audit-requests-03-import');
      await dialog.getByRole('button', { name: 'Import' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'PBC-02' }).isVisible()).toBe(true);
      await shot(page, 'audit-requests-04-imported');
    });

    it('answers a request with a new upload and submits it', async () => {
      await page.getByRole('button', { name: 'PBC-01' }).click();
      const r = request(page);
      await r.locator('form[aria-label="Upload new evidence"] input[type="file"]').setInputFiles({
        name: 'access-reviews.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Q1-Q3 access reviews, signed'),
      });
      await r.getByLabel('Title of the evidence').fill('Access reviews Q1 to Q3');
      await r.getByRole('button', { name: 'Upload and add' }).click();
      await expect
        .poll(() => r.getByText('Access reviews Q1 to Q3 (access-reviews.txt)').isVisible())
        .toBe(true);
      await r.getByRole('button', { name: 'Submit to the auditor' }).click();
      await expect.poll(() => r.getByText('Submitted', { exact: true }).isVisible()).toBe(true);
      await shot(page, 'audit-requests-05-submitted');
    });

    it('the auditor flags it with a reason', async () => {
      await auditor.goto(`${base}/engagements/${engagementId}`);
      await expect
        .poll(() => auditor.getByText('1 waiting on your review', { exact: false }).isVisible())
        .toBe(true);
      await shot(auditor, 'audit-requests-06-auditor-workspace');
      await open(auditor);
      const r = request(auditor);
      await r.getByRole('button', { name: 'Flag and send back' }).click();
      await expect.poll(() => r.getByText('Say what is missing or wrong').isVisible()).toBe(true);
      await r.getByLabel('What is missing or wrong').fill(REASON);
      await r.getByRole('button', { name: 'Flag and send back' }).click();
      await expect.poll(() => r.getByText('Flagged', { exact: true }).isVisible()).toBe(true);
      await shot(auditor, 'audit-requests-07-flagged');
    });

    it('the company sees the reason and resubmits', async () => {
      await open(page);
      const r = request(page);
      await expect.poll(() => r.getByText(REASON).first().isVisible()).toBe(true);
      await r.getByRole('button', { name: 'Resubmit to the auditor' }).click();
      await expect.poll(() => r.getByText('Submitted', { exact: true }).isVisible()).toBe(true);
    });

    it('the auditor accepts, and the history tells every step', async () => {
      await open(auditor);
      const r = request(auditor);
      await r.getByRole('button', { name: 'Accept' }).click();
      await expect.poll(() => r.getByText('Accepted', { exact: true }).isVisible()).toBe(true);
      await expect
        .poll(() => r.getByText("Grace Auditor accepted the audit request 'PBC-01'").isVisible())
        .toBe(true);
      await expect
        .poll(() =>
          r.getByText("Ada Lovelace resubmitted the audit request 'PBC-01' to the auditor").isVisible(),
        )
        .toBe(true);
      await shot(auditor, 'audit-requests-08-accepted');
    });
  },
);
