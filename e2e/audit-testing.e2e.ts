/**
 * Testing and exceptions in a real browser against the real server: an auditor invited to the
 * engagement records a control's test with one exception ("no exceptions noted" is refused first,
 * in words), the company writes management's response, and the register shows it; axe at desktop
 * and phone width at every state.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type AuditWalk,
  auditWalk,
  choose,
  hasChromium,
  inviteAuditor,
  setUpOrganization,
  shot,
} from './support.ts';

const EXCEPTION = 'One change merged without a recorded approval';
const REWORDED = `${EXCEPTION}, found in the approvals of 25 merged changes`;
const CAUSE = 'Branch protection was switched off for one day during a migration.';
const RESPONSE = 'Branch protection now requires an approval on every repository.';

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'testing and exceptions: auditor tests, company responds (needs /usr/bin/chromium)',
  () => {
    let walk: AuditWalk;
    let ownerContext: BrowserContext;
    let auditorContext: BrowserContext;
    let owner: Page;
    let auditor: Page;
    let base: string;
    let engagementId = '';
    let control = { code: '', title: '' };
    auditWalk('audit-testing', (w) => {
      walk = w;
      ({ companyContext: ownerContext, auditorContext, company: owner, auditor, base } = w);
    });

    it('sets up an organization, an engagement and an invited auditor (API)', async () => {
      const req = ownerContext.request;
      const headers = await setUpOrganization(ownerContext, base);
      expect((await req.put(`${base}/api/scope`, { headers, data: { categories: ['security'] } })).ok()).toBe(
        true,
      );
      expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
      const engagement = await req.post(`${base}/api/engagements`, {
        headers,
        data: { name: 'SOC 2 Type I 2026', reportType: 'type1', asOfDate: '2026-06-30' },
      });
      expect(engagement.status(), await engagement.text()).toBe(201);
      engagementId = (await engagement.json()).id;
      await inviteAuditor(walk, headers, engagementId);
      const testing = await (
        await auditorContext.request.get(`${base}/api/engagements/${engagementId}/testing`)
      ).json();
      control = { code: testing.controls[0].controlCode, title: testing.controls[0].controlTitle };
    });

    it('lets the auditor record a test with one exception, refusing "no exceptions noted" in words', async () => {
      await auditor.goto(`${base}/engagements/${engagementId}/testing`);
      await expect
        .poll(() => auditor.getByRole('heading', { name: 'Testing and exceptions' }).isVisible())
        .toBe(true);
      await expect.poll(() => auditor.getByText('No exceptions match.').isVisible()).toBe(true);
      await shot(auditor, 'audit-testing-01-auditor');
      await auditor.getByRole('button', { name: `Open ${control.code}`, exact: true }).click();
      const test = auditor.getByRole('form', { name: `Test of ${control.code}` });
      await test
        .getByRole('textbox', { name: 'Attribute 1', exact: true })
        .fill('Approval recorded before merge');
      await test.getByLabel('Procedure and notes').fill('Inspected the approvals of 25 merged changes.');

      const record = auditor.getByRole('form', { name: `Record an exception for ${control.code}` });
      await record.getByLabel('Sample item').fill('Change 12 of 25');
      await record.getByRole('textbox', { name: 'What was found' }).fill(EXCEPTION);
      await record.getByRole('textbox', { name: 'Cause' }).fill('Branch protection was off for a day.');
      await record.getByRole('button', { name: 'Record the exception' }).click();
      await expect
        .poll(() => auditor.getByRole('cell', { name: EXCEPTION, exact: false }).first().isVisible())
        .toBe(true);

      await choose(auditor, 'Conclusion', 'No exceptions noted');
      await test.getByRole('button', { name: 'Save the test' }).click();
      await expect
        .poll(() => test.getByText(/cannot be recorded for .* while this exception is open/).isVisible())
        .toBe(true);
      await shot(auditor, 'audit-testing-02-refused');
      await choose(auditor, 'Conclusion', /^Exceptions noted$/);
      const saved = auditor.waitForResponse(
        (r) => r.url().includes('/testing/') && r.request().method() === 'PUT',
      );
      await test.getByRole('button', { name: 'Save the test' }).click();
      expect((await saved).status()).toBe(200);
      await expect.poll(() => auditor.getByText('Exceptions noted').first().isVisible()).toBe(true);
      expect(await auditor.getByRole('button', { name: /^Respond to/ }).count()).toBe(0);
      await shot(auditor, 'audit-testing-03-tested');
    });

    it('lets the auditor reword the exception, refusing an empty description in words', async () => {
      await auditor.getByRole('button', { name: 'Edit exception 1' }).click();
      const form = auditor.getByRole('form', { name: 'Edit exception 1' });
      const found = form.getByRole('textbox', { name: 'What was found' });
      expect(await found.inputValue()).toBe(EXCEPTION);
      await found.fill('');
      await form.getByRole('button', { name: 'Save the exception' }).click();
      await expect.poll(() => form.getByText(/describe the exception/i).isVisible()).toBe(true);
      await shot(auditor, 'audit-testing-04-edit-refused');
      await found.fill(REWORDED);
      await form.getByRole('textbox', { name: 'Cause' }).fill(CAUSE);
      await form.getByRole('combobox', { name: "Auditor's conclusion", exact: true }).click();
      await auditor.getByRole('option', { name: 'Isolated instance' }).first().click();
      await form.getByRole('button', { name: 'Save the exception' }).click();
      await expect.poll(() => form.isVisible()).toBe(false);
      await expect
        .poll(() => auditor.getByRole('cell', { name: REWORDED, exact: false }).isVisible())
        .toBe(true);
      await expect.poll(() => auditor.getByText(`Cause: ${CAUSE}`).isVisible()).toBe(true);
      await expect
        .poll(() => auditor.getByRole('cell', { name: 'Isolated instance' }).isVisible())
        .toBe(true);
      await shot(auditor, 'audit-testing-05-edited');
    });

    it("lets the company write management's response, shown in the register", async () => {
      await owner.goto(`${base}/engagements/${engagementId}/testing`);
      await expect
        .poll(() => owner.getByRole('cell', { name: EXCEPTION, exact: false }).first().isVisible())
        .toBe(true);
      expect(await owner.getByRole('form', { name: /^Record an exception/ }).count()).toBe(0);
      expect(await owner.getByRole('button', { name: /^Edit exception/ }).count()).toBe(0);
      await expect
        .poll(() => owner.getByRole('cell', { name: REWORDED, exact: false }).isVisible())
        .toBe(true);
      await owner.getByRole('button', { name: 'Respond to exception 1' }).click();
      const form = owner.getByRole('form', { name: "Management's response to exception 1" });
      await form.getByRole('textbox', { name: "Management's response" }).fill(RESPONSE);
      await choose(owner, 'Remediation owner', 'Ada Lovelace');
      await form.getByLabel('Remediation date').fill('2026-07-15');
      await choose(owner, 'Remediation', 'Remediation in progress');
      await shot(owner, 'audit-testing-06-response-form');
      await form.getByRole('button', { name: 'Save the response' }).click();
      await expect.poll(() => owner.getByRole('cell', { name: RESPONSE }).isVisible()).toBe(true);
      await expect.poll(() => owner.getByText('Remediation in progress').first().isVisible()).toBe(true);
      await shot(owner, 'audit-testing-07-register');
      await auditor.reload();
      await expect.poll(() => auditor.getByRole('cell', { name: RESPONSE }).isVisible()).toBe(true);
    });
  },
);
