/**
 * The risk register in a real browser against the real server: the owner adds a risk from the
 * library with a second member as its owner, links a control, accepts it until a date (the owner
 * approves, not being the risk's owner), takes the annual assessment, and the second member
 * approves it and sees the heat map of inherent and current risk.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  choose,
  hasChromium,
  launchChromium,
  type RunningServer,
  shot,
  startVigil,
  stopVigil,
} from './support.ts';

const PASSWORD = 'correct horse battery staple';
const OWNER = { email: 'grace@acme.test', name: 'Grace Hopper' };
const SECOND = { email: 'ada@acme.test', name: 'Ada Second' };

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'risks: from the library to an approved annual assessment (needs /usr/bin/chromium)',
  () => {
    let vigil: { server: RunningServer; dataDir: string } | undefined;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    let owner: Page;
    let second: Page;
    let base: string;
    let stepFailed = false;
    const pageErrors: string[] = [];

    async function personPage(): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (err) => pageErrors.push(err.message));
      return page;
    }

    beforeAll(async () => {
      vigil = await startVigil();
      base = vigil.server.url.replace(/\/$/, '');
      browser = await launchChromium();
      owner = await personPage();
      second = await personPage();
    });

    beforeEach((ctx) => {
      if (stepFailed) ctx.skip();
      ctx.onTestFailed(async () => {
        stepFailed = true;
        await shot(owner, 'risks-failed-step').catch(() => undefined);
      });
    });

    afterEach(() => {
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    });

    afterAll(async () => {
      for (const c of contexts) await c.close();
      await browser?.close();
      await stopVigil(vigil);
    });

    it('sets up the organization, adopts the controls and invites a second member (API)', async () => {
      const req = owner.context().request;
      const setup = await req.post(`${base}/api/setup`, {
        data: { organizationName: 'Acme Cloud', ...OWNER, password: PASSWORD },
      });
      expect(setup.status()).toBe(200);
      const headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
      expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
      const invite = await req.post(`${base}/api/invitations`, {
        headers,
        data: { email: SECOND.email, role: 'admin' },
      });
      expect(invite.status(), await invite.text()).toBe(201);
      const token = new URL((await invite.json()).url).searchParams.get('token');
      const accepted = await second.context().request.post(`${base}/api/invitations/accept`, {
        data: { token, name: SECOND.name, password: PASSWORD },
      });
      expect(accepted.status(), await accepted.text()).toBe(200);
    });

    it('adds a risk from the library, owned by the second member', async () => {
      await owner.goto(`${base}/risks`);
      await expect.poll(() => owner.getByText('No risk in the register yet.').isVisible()).toBe(true);
      await choose(owner, 'Common risk', /^Ransomware/);
      await choose(owner, 'Risk owner', SECOND.name);
      await expect.poll(() => owner.getByText(/Suggested controls:/).isVisible()).toBe(true);
      await owner.getByRole('button', { name: 'Add risk' }).click();
      const row = owner.getByRole('row').filter({ hasText: 'Ransomware' });
      await expect.poll(() => row.getByText(SECOND.name).isVisible()).toBe(true);
      await expect.poll(() => row.getByText('High (Possible, Severe)').first().isVisible()).toBe(true);
      await shot(owner, 'risks-01-register');
    });

    it('links a control and accepts the risk until a date', async () => {
      await owner.getByRole('button', { name: 'Manage Ransomware' }).click();
      await choose(owner, 'Control to link', /^OPS-05 /);
      await owner.getByRole('button', { name: 'Link control' }).click();
      const row = owner.getByRole('row').filter({ hasText: 'Ransomware' });
      await expect.poll(() => row.getByText(/OPS-05/).isVisible()).toBe(true);
      const until = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
      await owner.getByLabel('Justification').fill('Backups are isolated and restore within hours');
      await owner.getByLabel('Accepted until').fill(until);
      await owner.getByRole('button', { name: 'Accept risk' }).click();
      await expect.poll(() => row.getByText(`Accepted until ${until}`).isVisible()).toBe(true);
      await expect
        .poll(() => owner.getByText(`Approved by ${OWNER.name} until ${until}`, { exact: false }).isVisible())
        .toBe(true);
      await shot(owner, 'risks-02-accepted');
    });

    it('takes the annual assessment, which the second member approves, and shows the heat map', async () => {
      await owner.getByRole('button', { name: 'Take the annual assessment' }).click();
      await expect.poll(() => owner.getByText('Waiting for approval').isVisible()).toBe(true);
      await second.goto(`${base}/risks`);
      await second.getByRole('button', { name: 'Approve assessment' }).click();
      await expect.poll(() => second.getByText(`Approved by ${SECOND.name}`).isVisible()).toBe(true);
      await second.getByRole('button', { name: /^Show assessment of / }).click();
      const inherent = second.getByRole('table', { name: /^Before treatment \(inherent risk\), \d{4}-/ });
      await expect.poll(() => inherent.isVisible()).toBe(true);
      const possible = inherent.getByRole('row').filter({ hasText: /^Possible/ });
      await expect.poll(() => possible.getByText('1 risk', { exact: true }).isVisible()).toBe(true);
      await shot(second, 'risks-03-assessment');
      const pdf = await second
        .context()
        .request.get(
          `${base}${await second.getByRole('link', { name: 'Download PDF' }).getAttribute('href')}`,
        );
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    });
  },
);
