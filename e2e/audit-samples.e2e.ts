/**
 * Populations and samples in a real browser against the real server: an auditor invited to a
 * Type II engagement produces the incident population for the window, draws the sample for a
 * control (the size shown with why), records one exception with its note and downloads the
 * population and the sample, which redraw to the same items; axe at desktop and phone width.
 */
import { readFileSync } from 'node:fs';
import { drawSample, parsePopulationFile } from '@vigil/core';
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

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'populations and samples: produce, draw, test, download (needs /usr/bin/chromium)',
  () => {
    let walk: AuditWalk;
    let owner: BrowserContext;
    let page: Page;
    let base: string;
    let engagementId = '';
    let control = { id: '', code: '', title: '' };
    auditWalk('audit-samples', (w) => {
      walk = w;
      ({ companyContext: owner, auditor: page, base } = w);
    });

    it('sets up an engagement with incidents in its window and invites an auditor (API)', async () => {
      const req = owner.request;
      const headers = await setUpOrganization(owner, base);
      expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
      control = (await (await req.get(`${base}/api/controls?limit=1`)).json()).items[0];
      const engagement = await req.post(`${base}/api/engagements`, {
        headers,
        data: { name: 'SOC 2 Type II', reportType: 'type2', windowStart: day(-150), windowEnd: day(30) },
      });
      expect(engagement.status(), await engagement.text()).toBe(201);
      engagementId = (await engagement.json()).id;
      for (const [title, n] of [
        ['Phishing wave', -120],
        ['Lost laptop', -60],
        ['Leaked token', -10],
      ] as const) {
        const res = await req.post(`${base}/api/incidents`, {
          headers,
          data: { title, severity: 'high', source: 'internal', detectedAt: `${day(n)}T09:00:00Z` },
        });
        expect(res.status(), await res.text()).toBe(201);
      }
      await inviteAuditor(walk, headers, engagementId);
    });

    it('lets the auditor produce the incident population with its completeness record', async () => {
      await page.goto(`${base}/engagements/${engagementId}/samples`);
      await expect
        .poll(() => page.getByRole('heading', { name: 'Populations and samples' }).isVisible())
        .toBe(true);
      await expect.poll(() => page.getByText('No populations yet.').isVisible()).toBe(true);
      await shot(page, 'audit-samples-01-empty');
      await page.getByRole('button', { name: 'Incidents', exact: true }).click();
      const card = page.getByRole('region', { name: /^Incidents, / });
      await expect.poll(() => card.isVisible()).toBe(true);
      await expect.poll(() => card.getByRole('cell', { name: '3', exact: true }).isVisible()).toBe(true);
      await expect
        .poll(() => card.getByText('The incident register', { exact: false }).isVisible())
        .toBe(true);
      // Dates and fields in words: the name, the query and the rest of the card show no ISO dates.
      await expect
        .poll(() =>
          card.getByText(/^incidents detected from \d{1,2} [A-Z][a-z]{2} \d{4} through /).isVisible(),
        )
        .toBe(true);
      // biome-ignore lint/performance/useDomNodeTextContent: the text as the reader sees it, hidden parts left out
      const text = await card.innerText();
      expect(text).toMatch(/Incidents, \d{1,2} [A-Z][a-z]{2} \d{4} to \d{1,2} [A-Z][a-z]{2} \d{4}/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|detected_at|_/);
      await shot(page, 'audit-samples-02-population');
    });

    it('draws a sample for a control, showing the size and why first', async () => {
      const card = page.getByRole('region', { name: /^Incidents, / });
      await choose(page, 'Control to test', `${control.code} ${control.title}`);
      await expect.poll(() => card.getByText(/^Sample size \d+:/).isVisible()).toBe(true);
      await card.getByRole('button', { name: 'Draw the sample' }).click();
      await expect
        .poll(() =>
          card.getByRole('heading', { name: `Sample for ${control.code} ${control.title}` }).isVisible(),
        )
        .toBe(true);
      await card.getByRole('button', { name: 'Check the sample again' }).click();
      await expect.poll(() => card.getByText(/^Matches: /).isVisible()).toBe(true);
      await shot(page, 'audit-samples-03-drawn');
    });

    it('records one exception with its note', async () => {
      const card = page.getByRole('region', { name: /^Incidents, / });
      const note = card.getByRole('textbox', { name: /^Note for / }).first();
      await note.fill('No root cause was recorded');
      const answer = page.waitForResponse(
        (r) => r.url().endsWith('/results') && r.request().method() === 'PUT',
      );
      await card
        .getByRole('button', { name: /^Exception for / })
        .first()
        .click();
      expect((await answer).status()).toBe(200);
      await expect.poll(() => card.getByText('Exception', { exact: true }).first().isVisible()).toBe(true);
      await expect.poll(() => card.getByText('No root cause was recorded').first().isVisible()).toBe(true);
      await shot(page, 'audit-samples-04-exception');
    });

    it('downloads the population and the sample, which redraw to the same items', async () => {
      const card = page.getByRole('region', { name: /^Incidents, / });
      const fetchDownload = async (name: string) => {
        const download = page.waitForEvent('download');
        await card.getByRole('link', { name }).click();
        return readFileSync((await (await download).path())!, 'utf8');
      };
      const populationText = await fetchDownload('Download the population');
      const sample = JSON.parse(await fetchDownload('Download the sample'));
      const population = parsePopulationFile(populationText);
      expect(population.items).toHaveLength(3);
      expect(sample.populationHash).toBe(population.hash);
      const redrawn = drawSample({
        engagementId: sample.engagementId,
        controlId: sample.controlId,
        population,
        size: sample.size,
      });
      expect(redrawn.items.map((i) => i.item.id)).toEqual(sample.itemIds);
    });

    it('lets an admin change the sample sizes, refusing a band larger than its population', async () => {
      const admin = walk.company;
      await admin.goto(`${base}/engagements/${engagementId}/samples`);
      const form = admin.getByRole('form', { name: 'Sample sizes' });
      await expect.poll(() => form.isVisible()).toBe(true);
      await expect.poll(() => admin.getByText(/^Sample for /).isVisible()).toBe(true);
      expect(await admin.getByRole('button', { name: 'Draw the sample' }).count()).toBe(0);
      await form.getByLabel('Band 3: sample size').fill('20');
      await form.getByRole('button', { name: 'Save sample sizes' }).click();
      await expect
        .poll(() => form.getByText(/cannot be drawn from a population of 11 items/).isVisible())
        .toBe(true);
      await form.getByLabel('Band 3: sample size').fill('10');
      await form.getByRole('button', { name: 'Save sample sizes' }).click();
      await expect
        .poll(() => form.getByText('Your organization’s own sizes are in use.', { exact: false }).isVisible())
        .toBe(true);
      await shot(admin, 'audit-samples-05-sizes');
    });

    it('passes axe at phone width with the sample shown', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Populations and samples' }).isVisible())
        .toBe(true);
      await shot(page, 'audit-samples-06-phone');
    });
  },
);
