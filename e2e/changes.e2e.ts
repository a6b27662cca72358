/**
 * Change management in a real browser against the real server: a GitHub export with its change
 * history goes in, the change population lists the two merges into the default branch with the one
 * merged without approval flagged in words, and a member justifies it after the fact; axe at desktop
 * and phone width at every state.
 */
import { join } from 'node:path';
import { tarGzOf } from '@vigil/server/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserWalk, hasChromium, setUpOrganization, shot } from './support.ts';

const BUNDLE = join(import.meta.dirname, '../packages/connectors/src/saas/fixtures/github-bundle-changes');

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'changes: the population and a justified merge (needs /usr/bin/chromium)',
  () => {
    let page: Page;
    let context: BrowserContext;
    let base: string;
    browserWalk('changes', (walk) => {
      ({ page, context, base } = walk);
    });

    it('sets up an organization and uploads a GitHub export with its change history (API)', async () => {
      const req = context.request;
      const headers = await setUpOrganization(context, base);
      const connector = await req.post(`${base}/api/integrations`, {
        headers,
        data: { kind: 'github.bundle', name: 'GitHub' },
      });
      expect(connector.status(), await connector.text()).toBe(201);
      const sent = await req.post(`${base}/api/integrations/${(await connector.json()).id}/upload`, {
        headers,
        multipart: {
          file: { name: 'github-export.tar.gz', mimeType: 'application/gzip', buffer: await tarGzOf(BUNDLE) },
        },
      });
      expect(sent.status(), await sent.text()).toBe(200);
    });

    it('lists the merged changes with the one that skipped approval flagged', async () => {
      await page.goto(`${base}/changes`);
      const table = page.getByRole('table', { name: 'Merged changes' });
      await expect
        .poll(() => table.getByText('github/hello-world #1348', { exact: true }).isVisible())
        .toBe(true);
      await expect
        .poll(() => table.getByText('github/hello-world #1347', { exact: true }).isVisible())
        .toBe(true);
      await expect
        .poll(() =>
          page.getByText(/2 changes merged between .*; 1 skipped approval, 0 of them justified/).isVisible(),
        )
        .toBe(true);
      await expect
        .poll(() =>
          table
            .getByText('merged without an approval; merged past branch protection that required approval')
            .isVisible(),
        )
        .toBe(true);
      await expect.poll(() => table.getByText('Approved before merge').isVisible()).toBe(true);
      // Who merged #1347 is known from its single read; #1348 has none, and says so in words.
      await expect.poll(() => table.getByText('by hubot', { exact: true }).isVisible()).toBe(true);
      await expect.poll(() => table.getByText('merged by: unknown').isVisible()).toBe(true);
      await expect
        .poll(() => table.getByText('Branch protection required 2 approvals when collected').count())
        .toBe(2);
      await shot(page, 'changes-01-population');
      await page.getByLabel('Only changes that skipped approval').check();
      await expect.poll(() => table.getByText('github/hello-world #1347', { exact: true }).count()).toBe(0);
      await expect
        .poll(() => table.getByText('github/hello-world #1348', { exact: true }).isVisible())
        .toBe(true);
    });

    it('justifies the flagged merge after the fact, refused first when the author approves it', async () => {
      await page.getByRole('button', { name: 'Justify github/hello-world #1348' }).click();
      const form = page.getByRole('form', { name: 'Justify the change' });
      await form.getByLabel('Why it was merged this way').fill('Hotfix for the checkout outage at night');
      await form.getByLabel('Approved after the fact by').fill('octocat');
      await form.getByRole('button', { name: 'Record the justification' }).click();
      await expect
        .poll(() => form.getByText('Must be someone other than the author of the change').isVisible())
        .toBe(true);
      await shot(page, 'changes-02-refused');
      await form.getByLabel('Approved after the fact by').fill('hubot');
      await form.getByRole('button', { name: 'Record the justification' }).click();
      const table = page.getByRole('table', { name: 'Merged changes' });
      await expect
        .poll(() =>
          table
            .getByText(
              /Hotfix for the checkout outage at night — approved after the fact by hubot, recorded by Ada Lovelace/,
            )
            .isVisible(),
        )
        .toBe(true);
      await expect.poll(() => table.getByText('Justified').isVisible()).toBe(true);
      await shot(page, 'changes-03-justified');
    });
  },
);
