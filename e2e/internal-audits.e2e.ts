/**
 * Internal audits in a real browser against the real server: plan an audit of two controls (a period
 * that ends before it starts is refused first), record one effective with evidence and one exception
 * with a finding, close the finding, complete the audit and open the next year's plan, which also
 * shows on the calendar; axe at desktop and phone width at every state.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserWalk, choose, hasChromium, setUpOrganization, shot } from './support.ts';

const FINDING = 'Two leavers kept their access for a month';

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)('internal audits: plan, test, find, complete (needs /usr/bin/chromium)', () => {
  let page: Page;
  let context: BrowserContext;
  let base: string;
  browserWalk('internal-audits', (walk) => {
    ({ page, context, base } = walk);
  });
  let controls: { code: string; title: string }[] = [];
  const label = (c: { code: string; title: string }) => `${c.code} ${c.title}`;
  /** Clicks a save button and waits for the server's answer to the result it sends. */
  const saved = async (button: ReturnType<Page['getByRole']>) => {
    const answer = page.waitForResponse(
      (r) => r.url().includes('/results/') && r.request().method() === 'PUT',
    );
    await button.click();
    expect((await answer).status()).toBe(200);
  };

  it('sets up an organization with controls and one evidence item (API)', async () => {
    const req = context.request;
    const headers = await setUpOrganization(context, base);
    expect((await req.put(`${base}/api/scope`, { headers, data: { categories: ['security'] } })).ok()).toBe(
      true,
    );
    expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
    controls = (await (await req.get(`${base}/api/controls?limit=2`)).json()).items;
    expect(controls).toHaveLength(2);
    const uploaded = await req.post(`${base}/api/evidence`, {
      headers,
      multipart: {
        title: 'Access review sign-off',
        file: { name: 'review.txt', mimeType: 'text/plain', buffer: Buffer.from('signed off') },
      },
    });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
  });

  it('refuses a period that ends before it starts, then plans an audit of two controls', async () => {
    await page.goto(`${base}/internal-audits`);
    await expect.poll(() => page.getByText('No internal audit planned yet.').isVisible()).toBe(true);
    await shot(page, 'internal-audits-01-empty');
    const form = page.getByRole('form', { name: 'Plan an internal audit' });
    await form.getByLabel('Title').fill('Annual internal audit');
    await choose(page, 'Lead auditor', 'Ada Lovelace');
    await form.getByLabel('Planned date').fill('2030-11-04');
    await form.getByLabel('Period from').fill('2030-01-01');
    await form.getByLabel('Period to').fill('2029-12-31');
    for (const c of controls) await choose(page, 'Controls in scope', label(c));
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Plan audit' }).click();
    await expect
      .poll(() => form.getByText('The period must not end before it starts').isVisible())
      .toBe(true);
    await form.getByLabel('Period to').fill('2030-10-31');
    await form.getByRole('button', { name: 'Plan audit' }).click();
    const link = page.getByRole('table').getByRole('link', { name: 'Annual internal audit' });
    await expect.poll(() => link.isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: '0 of 2' }).isVisible()).toBe(true);
    await shot(page, 'internal-audits-02-planned');
  });

  it("puts the planned audit in its lead auditor's tasks", async () => {
    await page.goto(`${base}/my-tasks`);
    await expect
      .poll(() => page.getByText("Carry out the internal audit 'Annual internal audit'").isVisible())
      .toBe(true);
  });

  it('records one control effective with evidence and one with an exception and its finding', async () => {
    await page.goto(`${base}/internal-audits`);
    await page.getByRole('table').getByRole('link', { name: 'Annual internal audit' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Annual internal audit' }).isVisible())
      .toBe(true);
    const [first, second] = controls as [{ code: string; title: string }, { code: string; title: string }];

    const effective = page.getByRole('form', { name: `Result for ${first.code}` });
    await effective.getByRole('combobox', { name: 'Result', exact: true }).click();
    await page.getByRole('option', { name: 'Effective' }).click();
    await effective.getByRole('combobox', { name: 'Evidence looked at' }).click();
    await page.getByRole('option', { name: 'Access review sign-off' }).click();
    await page.keyboard.press('Escape');
    await effective.getByLabel('Notes').fill('Sampled 25 access changes; all approved.');
    await saved(effective.getByRole('button', { name: 'Save result' }));

    const exception = page.getByRole('form', { name: `Result for ${second.code}` });
    await exception.getByRole('combobox', { name: 'Result', exact: true }).click();
    await page.getByRole('option', { name: 'Exception' }).click();
    await exception.getByLabel('Notes').fill('Two of ten leavers still had access.');
    await saved(exception.getByRole('button', { name: 'Save result' }));
    const addFor = page
      .getByRole('form', { name: `Result for ${second.code}` })
      .getByRole('button', { name: 'Add a finding for this exception' });
    await expect.poll(() => addFor.isVisible()).toBe(true);
    await addFor.click();

    const findingForm = page.getByRole('form', { name: 'Add a finding' });
    await expect
      .poll(() => findingForm.getByRole('combobox', { name: 'Control', exact: true }).inputValue())
      .toBe(label(second));
    await findingForm.getByRole('textbox', { name: /^Finding/ }).fill(FINDING);
    await choose(page, 'Finding owner', 'Ada Lovelace');
    await findingForm.getByLabel('Due date').fill('2030-12-15');
    await findingForm.getByLabel('Remediation').fill('Remove the accounts; add the check to offboarding.');
    await findingForm.getByRole('button', { name: 'Add finding' }).click();
    const findings = page.locator('table', { has: page.getByRole('columnheader', { name: 'Remediation' }) });
    await expect
      .poll(() => findings.getByRole('cell', { name: FINDING, exact: true }).isVisible())
      .toBe(true);
    await shot(page, 'internal-audits-03-finding-open');
  });

  it('moves the finding to remediated and then closed', async () => {
    await page.getByRole('button', { name: `Mark remediated: ${FINDING}` }).click();
    await page.getByRole('button', { name: `Close: ${FINDING}` }).click();
    const findings = page.locator('table', { has: page.getByRole('columnheader', { name: 'Remediation' }) });
    await expect.poll(() => findings.getByText('Closed', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: `Reopen: ${FINDING}` }).isVisible()).toBe(true);
  });

  it('completes the audit, shows it read-only and opens the next year’s plan', async () => {
    const complete = page.getByRole('form', { name: 'Complete the audit' });
    await complete.getByLabel('Conclusion').fill('Access control works, with one exception now fixed.');
    await complete.getByRole('button', { name: 'Complete audit' }).click();
    await expect
      .poll(() => page.getByText('This audit was completed', { exact: false }).isVisible())
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Save result' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('cell', { name: 'Exception' }).isVisible()).toBe(true);
    await shot(page, 'internal-audits-04-completed');
    await page.getByRole('link', { name: 'Open the next audit, planned from this one' }).click();
    await expect.poll(() => page.getByText(/Planned for .*2031/).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Save result' }).count()).toBe(2);
    await shot(page, 'internal-audits-05-next-plan');
  });

  it('shows the next plan on the calendar in its month', async () => {
    await page.goto(`${base}/calendar?month=2031-11`);
    const card = page.getByRole('heading', { name: /Internal audits planned in/ });
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: 'Annual internal audit' }).isVisible()).toBe(true);
    await shot(page, 'internal-audits-06-calendar');
  });
});
