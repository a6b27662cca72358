/**
 * The risk register in a real browser against the real server: the owner adds a risk from the
 * library with a second member as its owner, links a control, accepts it until a date (the owner
 * approves, not being the risk's owner), takes the annual assessment, and the second member
 * approves it and sees the heat map of inherent and current risk. Then the owner edits the matrix
 * (a preset, a renamed and recoloured level, a refused grid that names the cell, a changed cell),
 * describes a fraud risk from scratch, edits it and links and unlinks evidence; axe at every state.
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
    let headers: Record<string, string> = {};
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
      headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
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

    it('edits the risk matrix: a preset, a renamed and recoloured level, a refused grid, a changed cell', async () => {
      await owner.goto(`${base}/risks`);
      await owner.getByRole('button', { name: 'Edit the risk matrix' }).click();
      const editor = owner.getByRole('region', { name: 'Edit the risk matrix' });
      // The register's ransomware risk sits on impact 5 of the default 5 by 5: a 4 by 4 is refused.
      await editor.getByLabel('Start from a preset').selectOption({ label: '4 by 4' });
      await editor.getByRole('button', { name: 'Load preset' }).click();
      await editor.getByRole('button', { name: 'Save risk matrix' }).click();
      await expect
        .poll(() => editor.getByText(/The risk "Ransomware" uses impact level 5/).isVisible())
        .toBe(true);
      await editor.getByLabel('Start from a preset').selectOption({ label: '5 by 5' });
      await editor.getByRole('button', { name: 'Load preset' }).click();
      await editor.getByLabel('Risk level 1', { exact: true }).fill('Tolerable');
      await editor.getByLabel('Colour of risk level 1').fill('#a5d6a7');
      // Without its highest level, the cells that were "Critical" have no level: the server names the first.
      await editor.getByRole('button', { name: 'Remove the highest risk level' }).click();
      await editor.getByRole('button', { name: 'Save risk matrix' }).click();
      await expect
        .poll(() => editor.getByText(/likelihood "Likely" and impact "Severe"/).isVisible())
        .toBe(true);
      await shot(owner, 'risks-04-matrix-refused');
      await editor.getByRole('button', { name: 'Add a risk level' }).click();
      await editor.getByLabel('Risk level 4', { exact: true }).fill('Critical');
      await editor
        .getByLabel('Risk level for likelihood Rare and impact Severe')
        .selectOption({ label: 'High' });
      await editor.getByRole('button', { name: 'Save risk matrix' }).click();
      const heat = owner.getByRole('table', { name: 'Before treatment (inherent risk)' });
      await expect.poll(() => heat.getByRole('columnheader', { name: 'Major' }).isVisible()).toBe(true);
      const rare = heat.getByRole('row').filter({ hasText: /^Rare/ });
      await expect.poll(() => rare.getByText('Tolerable').first().isVisible()).toBe(true);
      await expect.poll(() => rare.getByText('High').last().isVisible()).toBe(true);
      const saved = await owner.context().request.get(`${base}/api/risks/matrix`);
      const m = await saved.json();
      expect(m.levels[0]).toEqual({ label: 'Tolerable', colour: '#a5d6a7' });
      expect(m.grid[0][4]).toBe(3);
      await shot(owner, 'risks-05-matrix-saved');
      await owner.getByRole('button', { name: 'Close the matrix editor' }).click();
    });

    it('describes a fraud risk from scratch with all its fields', async () => {
      await owner.getByRole('button', { name: 'Describe a new risk' }).click();
      const form = owner.getByRole('form', { name: 'Add this risk' });
      await form.getByLabel('Title').fill('Payroll fraud by an insider');
      await form.getByLabel('Description').fill('Someone in finance changes bank details of an employee.');
      await form.getByLabel('Category').selectOption({ label: 'Fraud' });
      await form.getByLabel('Affected system components').fill('payroll export, bank portal');
      await form.getByRole('combobox', { name: 'Risk owner' }).click();
      await owner.getByRole('option', { name: SECOND.name }).first().click();
      await form.getByLabel('Likelihood before treatment').selectOption({ label: 'Likely' });
      await form.getByLabel('Impact before treatment').selectOption({ label: 'Major' });
      await form.getByLabel('Likelihood now').selectOption({ label: 'Unlikely' });
      await form.getByLabel('Impact now').selectOption({ label: 'Moderate' });
      await form.getByLabel('Target likelihood').selectOption({ label: 'Rare' });
      await form.getByLabel('Target impact').selectOption({ label: 'Moderate' });
      await shot(owner, 'risks-06-new-risk-form');
      await form.getByRole('button', { name: 'Add this risk' }).click();
      const row = owner.getByRole('row').filter({ hasText: 'Payroll fraud by an insider' });
      await expect.poll(() => row.getByText('High (Likely, Major)').isVisible()).toBe(true);
      await expect.poll(() => row.getByText('Medium (Unlikely, Moderate)').isVisible()).toBe(true);
      await expect.poll(() => row.getByText(SECOND.name).isVisible()).toBe(true);
      const list = await (await owner.context().request.get(`${base}/api/risks`)).json();
      const risk = list.items.find((r: { title: string }) => r.title === 'Payroll fraud by an insider');
      expect(risk).toMatchObject({
        category: 'fraud',
        components: ['payroll export', 'bank portal'],
        targetLikelihood: 1,
        targetImpact: 3,
        templateId: null,
      });
    });

    it('edits the risk, links evidence and unlinks it again', async () => {
      const upload = await owner.context().request.post(`${base}/api/evidence`, {
        headers,
        multipart: {
          file: { name: 'payroll-review.txt', mimeType: 'text/plain', buffer: Buffer.from('Reviewed.') },
          title: 'Payroll change review, March',
        },
      });
      expect(upload.status(), await upload.text()).toBe(201);
      await owner.reload();
      await owner.getByRole('button', { name: 'Manage Payroll fraud by an insider' }).click();
      const form = owner.getByRole('form', { name: 'Save changes' });
      await form.getByLabel('Title').fill('Payroll fraud by an insider or a vendor');
      await form.getByLabel('Status').selectOption({ label: 'Being treated' });
      await form.getByLabel('Likelihood now').selectOption({ label: 'Rare' });
      await form.getByRole('button', { name: 'Save changes' }).click();
      const row = owner.getByRole('row').filter({ hasText: 'Payroll fraud by an insider or a vendor' });
      await expect.poll(() => row.getByText('Being treated').isVisible()).toBe(true);
      await expect.poll(() => row.getByText('Tolerable (Rare, Moderate)').isVisible()).toBe(true);
      await choose(owner, 'Evidence to link', 'Payroll change review, March');
      await owner.getByRole('button', { name: 'Link evidence' }).click();
      const unlink = owner.getByRole('button', { name: 'Unlink Payroll change review, March' });
      await expect.poll(() => unlink.isVisible()).toBe(true);
      await shot(owner, 'risks-07-risk-edited');
      const trail = await (await owner.context().request.get(`${base}/api/risks`)).json();
      const risk = trail.items.find((r: { title: string }) => r.title.startsWith('Payroll fraud'));
      expect(risk.evidence.map((e: { title: string }) => e.title)).toEqual(['Payroll change review, March']);
      await unlink.click();
      await expect.poll(() => unlink.isVisible()).toBe(false);
      await expect.poll(() => owner.getByText('None yet.').last().isVisible()).toBe(true);
    });

    it('links the risk to an incident from the incident page, and the register shows the incident', async () => {
      const created = await owner.context().request.post(`${base}/api/incidents`, {
        headers,
        data: {
          title: 'Bank details changed without approval',
          severity: 'high',
          source: 'internal',
          detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
        },
      });
      expect(created.status(), await created.text()).toBe(201);
      await owner.goto(`${base}/incidents/${(await created.json()).id}`);
      const section = owner.getByRole('region', { name: 'Linked risks' });
      await expect
        .poll(() => section.getByText('No risk of the register is linked yet.').isVisible())
        .toBe(true);
      await choose(owner, 'Risk to link', 'Payroll fraud by an insider or a vendor');
      await section.getByRole('button', { name: 'Link risk' }).click();
      await expect
        .poll(() =>
          section.getByRole('link', { name: 'Payroll fraud by an insider or a vendor' }).isVisible(),
        )
        .toBe(true);
      await shot(owner, 'risks-08-incident-linked');
      await section.getByRole('link', { name: 'Payroll fraud by an insider or a vendor' }).click();
      const row = owner.getByRole('row').filter({ hasText: 'Payroll fraud by an insider or a vendor' });
      await expect
        .poll(() => row.getByRole('link', { name: 'Bank details changed without approval' }).isVisible())
        .toBe(true);
      await shot(owner, 'risks-09-register-with-incident');
    });
  },
);
