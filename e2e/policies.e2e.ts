/**
 * Policies as people use them: the owner writes one from a template and sends it for approval, an
 * approver publishes it, an employee (linked to a person in the register) reads and accepts it,
 * and a major version asks for acceptance again while the first acceptance stays on version 1.0.
 */
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
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
const APPROVER = { email: 'ada@acme.test', name: 'Ada Approver' };
const EMPLOYEE = { email: 'erin@acme.test', name: 'Erin Employee' };

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'policies: publish, accept, and accept again after a major version (needs /usr/bin/chromium)',
  () => {
    let vigil: { server: RunningServer; dataDir: string } | undefined;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    let owner: Page;
    let approver: Page;
    let employee: Page;
    let base: string;
    let policyPath = '';
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

    /** Invites a member with a role through the API and accepts in that person's own browser. */
    async function join(page: Page, headers: Record<string, string>, who: typeof APPROVER, role: string) {
      const invite = await owner.context().request.post(`${base}/api/invitations`, {
        headers,
        data: { email: who.email, role },
      });
      expect(invite.status(), await invite.text()).toBe(201);
      const token = new URL((await invite.json()).url).searchParams.get('token');
      const accepted = await page.context().request.post(`${base}/api/invitations/accept`, {
        data: { token, name: who.name, password: PASSWORD },
      });
      expect(accepted.status(), await accepted.text()).toBe(200);
    }

    beforeAll(async () => {
      vigil = await startVigil();
      base = vigil.server.url.replace(/\/$/, '');
      browser = await launchChromium();
      owner = await personPage();
      approver = await personPage();
      employee = await personPage();
    });

    beforeEach((ctx) => {
      if (stepFailed) ctx.skip();
      ctx.onTestFailed(async () => {
        stepFailed = true;
        await shot(owner, 'policies-failed-step').catch(() => undefined);
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

    it('sets up the organization, an approver and an employee who is in the person register (API)', async () => {
      const setup = await owner.context().request.post(`${base}/api/setup`, {
        data: { organizationName: 'Acme Cloud', ...OWNER, password: PASSWORD },
      });
      expect(setup.status()).toBe(200);
      const headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
      await join(approver, headers, APPROVER, 'admin');
      await join(employee, headers, EMPLOYEE, 'employee');
      const users = (await (await owner.context().request.get(`${base}/api/users`)).json()).items as {
        id: string;
        email: string;
        role: string;
      }[];
      const erin = users.find((u) => u.email === EMPLOYEE.email)!;
      expect(erin.role).toBe('employee');
      // Added to the register after she joined: the entry links itself to her sign-in by email.
      for (const person of [
        { name: EMPLOYEE.name, email: EMPLOYEE.email, workerType: 'employee' },
        { name: 'Carl Contractor', email: 'carl@acme.test', workerType: 'contractor' },
      ]) {
        const res = await owner.context().request.post(`${base}/api/people`, { headers, data: person });
        expect(res.status(), await res.text()).toBe(201);
      }
      const [linked] = await vigil!.server.database.db
        .select({ userId: schema.people.userId })
        .from(schema.people)
        .where(eq(schema.people.email, EMPLOYEE.email));
      expect(linked!.userId).toBe(erin.id);
    });

    it('the owner creates the Acceptable Use Policy from its template and sends it for approval', async () => {
      await owner.goto(`${base}/policies`);
      await expect.poll(() => owner.getByText('No policies yet').isVisible()).toBe(true);
      await shot(owner, 'policies-01-empty');
      await owner.getByRole('button', { name: 'New policy' }).click();
      const form = owner.getByRole('form', { name: 'New policy' });
      await choose(owner, 'Start from', 'Acceptable Use Policy');
      await form.getByLabel(/^Approvers/).click({ force: true });
      await owner.getByRole('option', { name: APPROVER.name }).click();
      await form.getByRole('textbox', { name: /^Security contact/ }).fill('security@acme.test');
      await shot(owner, 'policies-02-new-form', false);
      await form.getByRole('button', { name: 'Create policy' }).click();
      await owner.waitForURL('**/policies/*');
      policyPath = new URL(owner.url()).pathname;
      await expect.poll(() => owner.getByRole('heading', { name: 'Draft 1.0' }).isVisible()).toBe(true);
      const editor = owner.getByRole('textbox', { name: /Text of version 1\.0/ });
      await expect.poll(() => editor.inputValue()).toContain('Acme Cloud gives its people laptops');
      expect(await editor.inputValue()).toContain('security@acme.test');
      await shot(owner, 'policies-03-draft');
      await owner.getByRole('button', { name: 'Send for approval' }).click();
      await expect.poll(() => owner.getByText('You sent this version for approval').isVisible()).toBe(true);
    });

    it('the approver publishes it', async () => {
      await approver.goto(`${base}${policyPath}`);
      await approver.getByRole('button', { name: 'Approve and publish 1.0' }).click();
      await expect.poll(() => approver.getByText('1.0, since').isVisible()).toBe(true);
      await expect.poll(() => approver.getByRole('link', { name: 'PDF of 1.0' }).isVisible()).toBe(true);
      await shot(approver, 'policies-04-published');
    });

    it('the employee finds it in their tasks, reads it and accepts it', async () => {
      // An employee has no dashboard: signing in lands on their own tasks.
      await employee.goto(`${base}/`);
      await employee.waitForURL('**/my-tasks');
      const task = employee.getByRole('link', {
        name: 'Read and accept the Acceptable Use Policy, version 1.0',
      });
      await expect.poll(() => task.isVisible()).toBe(true);
      await expect
        .poll(() => employee.getByRole('link', { name: 'Accept the policies' }).isVisible())
        .toBe(true);
      await shot(employee, 'policies-05-my-tasks');
      await task.click();
      await expect
        .poll(() => employee.getByRole('heading', { name: 'Acceptable Use Policy', level: 1 }).isVisible())
        .toBe(true);
      await shot(employee, 'policies-06-read');
      await employee.getByRole('button', { name: 'I have read and accept version 1.0' }).click();
      await expect.poll(() => employee.getByText(/You accepted version 1\.0 on/).isVisible()).toBe(true);
      // Her onboarding's "accept the policies" went with the last acceptance; her training is still due.
      await employee.getByRole('link', { name: 'My tasks' }).click();
      const tasks = employee.getByRole('table', { name: 'Your tasks' });
      await expect
        .poll(() => tasks.getByRole('link', { name: 'Complete security awareness training' }).isVisible())
        .toBe(true);
      expect(await tasks.getByRole('link').allTextContents()).toEqual([
        'Complete security awareness training',
      ]);
      // Nothing of the policy administration is open to an employee.
      const list = await employee.context().request.get(`${base}/api/policies`);
      expect(list.status()).toBe(403);
    });

    it('a major version asks again, while the first acceptance stays on version 1.0', async () => {
      await owner.goto(`${base}${policyPath}`);
      await owner.getByRole('button', { name: 'New version' }).click();
      await owner.getByRole('radio', { name: /^Major/ }).check();
      await owner.getByRole('textbox', { name: /^What changes$/ }).fill('No customer data in AI tools');
      await owner.getByRole('button', { name: 'Start draft' }).click();
      const editor = owner.getByRole('textbox', { name: /Text of version 2\.0/ });
      await expect.poll(() => editor.isVisible()).toBe(true);
      await editor.fill(
        `${await editor.inputValue()}\n## AI tools\n\nNever paste customer data into an AI tool.\n`,
      );
      await owner.getByRole('button', { name: 'Send for approval' }).click();
      await expect.poll(() => owner.getByText('You sent this version for approval').isVisible()).toBe(true);

      await approver.goto(`${base}${policyPath}`);
      await approver.getByRole('button', { name: 'Approve and publish 2.0' }).click();
      await expect.poll(() => approver.getByText('2.0, since').isVisible()).toBe(true);
      await approver.getByRole('tab', { name: 'Changes from the previous version' }).click();
      await expect.poll(() => approver.getByText(/\+ Never paste customer data/).isVisible()).toBe(true);

      const matrix = approver.getByRole('table', { name: 'Acceptance by person and version' });
      const erinRow = matrix.getByRole('row', { name: /Erin Employee/ });
      await expect.poll(() => erinRow.getByRole('cell').nth(1).textContent()).toMatch(/^Accepted /);
      await expect.poll(() => erinRow.getByRole('cell').nth(2).textContent()).toMatch(/^Not yet/);
      await shot(approver, 'policies-07-major-published');

      await employee.goto(`${base}/my/policies`);
      await employee.getByRole('link', { name: 'Acceptable Use Policy' }).click();
      await employee.getByRole('button', { name: 'I have read and accept version 2.0' }).click();
      await expect.poll(() => employee.getByText(/You accepted version 2\.0 on/).isVisible()).toBe(true);

      await approver.reload();
      await expect.poll(() => erinRow.getByRole('cell').nth(1).textContent()).toMatch(/^Accepted /);
      await expect.poll(() => erinRow.getByRole('cell').nth(2).textContent()).toMatch(/^Accepted /);
      // Carl had not accepted 1.0 when 2.0 replaced it the same day, weeks before it was due: not missing.
      const carlRow = matrix.getByRole('row', { name: /Carl Contractor/ });
      expect(await carlRow.getByRole('cell').nth(1).textContent()).toBe('Replaced before it was due');
      expect(await carlRow.getByRole('cell').nth(2).textContent()).toMatch(/^Not yet accepted \(due /);
      await shot(approver, 'policies-08-matrix');
    });
  },
);
