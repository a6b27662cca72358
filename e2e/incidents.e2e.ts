/**
 * Incidents in a real browser against the real server: a Trivy report makes the critical
 * vulnerability check fail, the check is promoted to an incident from its page, the incident is
 * triaged, contained and resolved, gets a timeline entry and a follow-up (which lands in "My
 * tasks"), is refused closing without lessons learned and then closed with them; a period without
 * incidents is attested on the register. Every state is scanned with axe at desktop and phone width.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserWalk, choose, hasChromium, setUpOrganization, shot } from './support.ts';

const TRIVY = join(
  import.meta.dirname,
  '../packages/connectors/src/scanners/fixtures/trivy-image-debian-buster.json.golden',
);
const CHECK = 'vuln.no_critical_unfixed';

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'incidents: a failing check promoted and closed (needs /usr/bin/chromium)',
  () => {
    let page: Page;
    let context: BrowserContext;
    let base: string;
    browserWalk('incidents', (walk) => {
      ({ page, context, base } = walk);
    });
    const go = (path: string) => page.goto(`${base}${path}`);
    const text = (t: string | RegExp) => page.getByText(t).first();
    const timeline = () => page.getByRole('list', { name: 'Timeline' });

    it('sets up an organization and uploads a Trivy report that makes the critical check fail (API)', async () => {
      const req = context.request;
      const headers = await setUpOrganization(context, base);
      expect((await req.put(`${base}/api/scope`, { headers, data: { categories: ['security'] } })).ok()).toBe(
        true,
      );
      expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
      const connector = await req.post(`${base}/api/integrations`, {
        headers,
        data: { kind: 'trivy.json', name: 'Production images' },
      });
      expect(connector.status(), await connector.text()).toBe(201);
      const sent = await req.post(`${base}/api/integrations/${(await connector.json()).id}/upload`, {
        headers,
        multipart: {
          file: { name: 'trivy.json', mimeType: 'application/json', buffer: readFileSync(TRIVY) },
        },
      });
      expect(sent.status(), await sent.text()).toBe(200);
    });

    it('promotes the failing check to an incident from its page', async () => {
      await go(`/monitoring/checks/${CHECK}`);
      const open = page.getByRole('button', { name: 'Open an incident' });
      await expect.poll(() => open.isVisible()).toBe(true);
      await shot(page, 'incidents-01-failing-check');
      await open.click();
      await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
      await expect
        .poll(() => page.getByRole('heading', { level: 1, name: /: failing on 1 resource$/ }).isVisible())
        .toBe(true);
      expect(await text('Monitoring alert').isVisible()).toBe(true);
      expect(await page.getByRole('list', { name: 'Failing results when promoted' }).textContent()).toMatch(
        /Trivy/,
      );
      await expect
        .poll(() =>
          timeline()
            .getByText(/Promoted from the failing check/)
            .isVisible(),
        )
        .toBe(true);
      await shot(page, 'incidents-02-promoted');
    });

    it('moves it through triage, containment and resolution, each move on the timeline', async () => {
      for (const [button, to] of [
        ['Mark triaged', 'New to Triaged'],
        ['Mark contained', 'Triaged to Contained'],
        ['Mark resolved', 'Contained to Resolved'],
      ] as const) {
        await page.getByRole('button', { name: button }).click();
        await expect.poll(() => timeline().getByText(`Status moved from ${to}`).isVisible()).toBe(true);
      }
    });

    it('adds a timeline entry and a follow-up action with an owner and due date', async () => {
      const entry = page.getByRole('form', { name: 'Add to the timeline' });
      await entry.getByLabel('What happened').fill('Rebuilt the image on a patched base');
      await entry.getByRole('button', { name: 'Add entry' }).click();
      await expect
        .poll(() =>
          timeline()
            .getByText(/Rebuilt the image on a patched base/)
            .isVisible(),
        )
        .toBe(true);

      const followUp = page.getByRole('form', { name: 'Add a follow-up action' });
      await followUp.getByLabel('Action').fill('Pin base images to patched digests');
      await choose(page, 'Owner', 'Ada Lovelace');
      await followUp.getByLabel('Due').fill('2030-01-31');
      await followUp.getByRole('button', { name: 'Add follow-up' }).click();
      const table = page.getByRole('table', { name: 'Follow-up actions' });
      await expect.poll(() => table.getByText('Pin base images to patched digests').isVisible()).toBe(true);
      expect(await table.getByText('Ada Lovelace').isVisible()).toBe(true);
      await shot(page, 'incidents-03-resolved');
    });

    it('records the root cause, a customer notification deadline and significance', async () => {
      const form = page.getByRole('form', { name: 'Analysis and notifications' });
      await form.getByLabel('Root cause').fill('The base image was pinned to an old Debian release');
      await form.getByRole('checkbox', { name: 'Customers must be notified' }).check();
      // Without a deadline the server refuses, naming the field; the form shows it there.
      await form.getByRole('button', { name: 'Save analysis' }).click();
      await expect.poll(() => form.getByText('Say by when they must be notified').isVisible()).toBe(true);
      await form.getByLabel('Notify customers by').fill('2030-01-15T09:00');
      await form.getByRole('switch', { name: /^Significant/ }).check();
      await form.getByRole('button', { name: 'Save analysis' }).click();
      await expect.poll(() => text(/^By Jan 15, 2030/).isVisible()).toBe(true);
      expect(await page.getByText('Significant', { exact: true }).isVisible()).toBe(true);
      await shot(page, 'incidents-03b-analysis');
    });

    it('refuses closing without lessons learned, then closes with them', async () => {
      await page.getByRole('button', { name: 'Close incident' }).click();
      await expect
        .poll(() => text('Record the lessons learned before closing the incident').isVisible())
        .toBe(true);
      await page.getByLabel('Lessons learned').fill('Scan base images nightly, not only on release');
      await page.getByRole('button', { name: 'Close incident' }).click();
      await expect
        .poll(() => timeline().getByText('Status moved from Resolved to Closed').isVisible())
        .toBe(true);
      expect(await text('Scan base images nightly, not only on release').isVisible()).toBe(true);
      await shot(page, 'incidents-04-closed');
    });

    it('shows the follow-up in My tasks', async () => {
      await go('/my-tasks');
      await expect.poll(() => text(/Pin base images to patched digests \(incident /).isVisible()).toBe(true);
    });

    it('lists the incident and records a period without incidents for the auditor', async () => {
      await go('/incidents');
      const table = page.getByRole('table', { name: 'Incidents' });
      await expect.poll(() => table.getByText(/failing on 1 resource/).isVisible()).toBe(true);
      expect(await table.getByText('Closed').isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Record a period without incidents' }).click();
      const form = page.getByRole('form', { name: 'Period without incidents' });
      await form.getByLabel('From').fill('2020-01-01');
      await form.getByLabel('To').fill('2020-03-31');
      await form.getByRole('button', { name: 'Record period' }).click();
      await expect.poll(() => text(/^No incidents between .*2020.* and .*2020/).isVisible()).toBe(true);
      await shot(page, 'incidents-05-register');
    });
  },
);
