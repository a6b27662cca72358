/**
 * Exercises in a real browser against the real server: record a ransomware tabletop with a
 * follow-up action (which lands in My tasks), then a backup restore that missed its recovery-time
 * objective and is shown as "not met"; then mark the follow-up done and reopen it, and change both
 * exercises; axe at desktop and phone width at every state.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserWalk, choose, hasChromium, setUpOrganization, shot } from './support.ts';

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)('exercises: a tabletop and a restore test (needs /usr/bin/chromium)', () => {
  let page: Page;
  let context: BrowserContext;
  let base: string;
  browserWalk('exercises', (walk) => {
    ({ page, context, base } = walk);
  });

  it('sets up an organization', async () => {
    await setUpOrganization(context, base);
  });

  it('records a ransomware tabletop with a follow-up action', async () => {
    await page.goto(`${base}/exercises`);
    await expect.poll(() => page.getByText('No tabletop exercise recorded yet.').isVisible()).toBe(true);
    await shot(page, 'exercises-01-empty');
    const form = page.getByRole('form', { name: 'Record a tabletop exercise' });
    await form.getByLabel('Findings').fill('Nobody knew where the offline backups are listed.');
    await form.getByLabel('Follow-up action').fill('Write the backup runbook');
    await choose(page, 'Action owner', 'Ada Lovelace');
    await form.getByLabel('Action due').fill('2030-06-01');
    await form.getByRole('button', { name: 'Record tabletop' }).click();
    const table = page.getByRole('table').first();
    await expect
      .poll(() => table.getByText('Write the backup runbook — Ada Lovelace, due 2030-06-01').isVisible())
      .toBe(true);
    await expect.poll(() => table.getByRole('cell', { name: 'Ransomware' }).isVisible()).toBe(true);
  });

  it('records a backup restore that missed its RTO and shows it as not met', async () => {
    const form = page.getByRole('form', { name: 'Record a continuity test' });
    await form.getByLabel('What was restored or failed over').fill('Customer database');
    await form.getByLabel('Target RTO (minutes)').fill('60');
    await form.getByLabel('Achieved RTO (minutes)').fill('95');
    await form.getByRole('button', { name: 'Record test' }).click();
    const table = page.getByRole('table').nth(1);
    await expect.poll(() => table.getByText('Backup restore: Customer database').isVisible()).toBe(true);
    await expect.poll(() => table.getByText('Not met').isVisible()).toBe(true);
    await expect.poll(() => table.getByText('60 min / 95 min').isVisible()).toBe(true);
    await shot(page, 'exercises-02-recorded');
  });

  it('shows the follow-up action in My tasks', async () => {
    await page.goto(`${base}/my-tasks`);
    await expect
      .poll(() => page.getByText('Write the backup runbook (follow-up of a tabletop exercise)').isVisible())
      .toBe(true);
    await shot(page, 'exercises-03-my-tasks');
  });

  it('marks the follow-up done, which leaves My tasks, and reopens it', async () => {
    await page.goto(`${base}/exercises`);
    const table = page.getByRole('table').first();
    await table.getByRole('button', { name: 'Mark done: Write the backup runbook' }).click();
    await expect.poll(() => table.getByText('Done', { exact: true }).isVisible()).toBe(true);
    await expect
      .poll(() => table.getByText('Write the backup runbook — Ada Lovelace, due 2030-06-01').isVisible())
      .toBe(true);
    await shot(page, 'exercises-04-action-done');
    await page.goto(`${base}/my-tasks`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByText('Write the backup runbook (follow-up of a tabletop exercise)').count())
      .toBe(0);
    await page.goto(`${base}/exercises`);
    await table.getByRole('button', { name: 'Reopen: Write the backup runbook' }).click();
    await expect
      .poll(() => table.getByRole('button', { name: 'Mark done: Write the backup runbook' }).isVisible())
      .toBe(true);
    await expect.poll(() => table.getByText('Done', { exact: true }).count()).toBe(0);
  });

  it('changes the tabletop: another scenario and what it found', async () => {
    const table = page.getByRole('table').first();
    await table.getByRole('button', { name: /^Edit the tabletop exercise of / }).click();
    const form = page.getByRole('form', { name: /^Change the tabletop exercise of / });
    await choose(page, 'Scenario', 'Phishing');
    await form.getByLabel('Findings').fill('The backup list is in the wiki, but nobody knew.');
    await form.getByLabel('Notes').fill('Run again next spring.');
    await shot(page, 'exercises-05-editing-tabletop');
    await form.getByRole('button', { name: 'Save tabletop' }).click();
    await expect.poll(() => table.getByRole('cell', { name: 'Phishing' }).isVisible()).toBe(true);
    await expect
      .poll(() => table.getByText('The backup list is in the wiki, but nobody knew.').isVisible())
      .toBe(true);
    // Saving brings back the form for recording the next one.
    await expect
      .poll(() => page.getByRole('form', { name: 'Record a tabletop exercise' }).isVisible())
      .toBe(true);
  });

  it('changes the restore test to a faster achieved RTO, which now meets its objective', async () => {
    const table = page.getByRole('table').nth(1);
    await table.getByRole('button', { name: /^Edit the test of Customer database on / }).click();
    const form = page.getByRole('form', { name: /^Change the test of / });
    await form.getByLabel('Achieved RTO (minutes)').fill('45');
    await form.getByRole('button', { name: 'Save test' }).click();
    await expect.poll(() => table.getByText('60 min / 45 min').isVisible()).toBe(true);
    await expect.poll(() => table.getByText('Met', { exact: true }).isVisible()).toBe(true);
    await shot(page, 'exercises-06-test-changed');
  });
});
