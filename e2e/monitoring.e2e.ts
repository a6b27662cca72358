/**
 * Monitoring in a real browser against the real server: connect a Trivy importer, upload a real
 * Trivy report with a fixable critical vulnerability, find the failing check and its resource,
 * see a malformed export refused by file and line, record and verify manual evidence, and read
 * the engagement's operating effectiveness; then a live GitHub connector against a loopback API.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiServer } from '@vigil/connectors/saas/test/api-server';
import { GITHUB_TEST_TOKEN, githubApi } from '@vigil/connectors/saas/test/github-api';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  capture,
  choose,
  hasChromium,
  launchChromium,
  type RunningServer,
  shot,
  startVigil,
  stopVigil,
} from './support.ts';

const FIXTURE = join(
  import.meta.dirname,
  '../packages/connectors/src/scanners/fixtures/trivy-image-debian-buster.json.golden',
);
const CHECK = 'vuln.no_critical_unfixed';
const OWNER = { email: 'ada@acme.test', password: 'correct horse battery staple' };

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!hasChromium)(
  'monitoring: from an uploaded scan to Type II effectiveness (needs /usr/bin/chromium)',
  () => {
    let vigil: { server: RunningServer; dataDir: string } | undefined;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let base: string;
    let scratch: string;
    let engagementId = '';
    let stepFailed = false;
    const pageErrors: string[] = [];

    const go = (path: string) => page.goto(`${base}${path}`);
    const text = (t: string | RegExp) => page.getByText(t).first();
    const connector = () => page.getByRole('region', { name: 'Production images' });

    beforeAll(async () => {
      vigil = await startVigil();
      base = vigil.server.url.replace(/\/$/, '');
      scratch = mkdtempSync(join(tmpdir(), 'vigil-e2e-files-'));
      browser = await launchChromium();
      context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (err) => pageErrors.push(err.message));
    });

    beforeEach((ctx) => {
      if (stepFailed) ctx.skip();
      ctx.onTestFailed(async () => {
        stepFailed = true;
        await capture(page, 'monitoring-failed-step').catch(() => undefined);
      });
    });

    afterEach(() => {
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    });

    afterAll(async () => {
      await browser?.close();
      await stopVigil(vigil);
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    it('sets up an organization with adopted controls and a Type II window around today (API)', async () => {
      // The first walk covers setup in the UI; here the browser context's own API client does it.
      const req = context.request;
      const setup = await req.post(`${base}/api/setup`, {
        data: { organizationName: 'Acme Cloud', name: 'Ada Lovelace', ...OWNER },
      });
      expect(setup.status()).toBe(200);
      const headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
      expect((await req.put(`${base}/api/scope`, { headers, data: { categories: ['security'] } })).ok()).toBe(
        true,
      );
      expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
      const engagement = await req.post(`${base}/api/engagements`, {
        headers,
        data: { name: 'SOC 2 Type II', reportType: 'type2', windowStart: isoDay(-60), windowEnd: isoDay(60) },
      });
      expect(engagement.status(), await engagement.text()).toBe(201);
      engagementId = (await engagement.json()).id;
    });

    it('adds a Trivy connector and uploads a real report, showing the run result', async () => {
      await go('/integrations');
      await expect.poll(() => text('Nothing connected yet').isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Add connector' }).click();
      await choose(page, 'Kind', 'Trivy vulnerability report (JSON)');
      await page.getByLabel(/^Name/).fill('Production images');
      await page
        .getByRole('form', { name: 'Add a connector' })
        .getByRole('button', { name: 'Add connector' })
        .click();
      await expect.poll(() => connector().isVisible()).toBe(true);
      await expect.poll(() => connector().getByText('Never run').isVisible()).toBe(true);

      await connector().locator('input[type="file"]').setInputFiles(FIXTURE);
      await connector().getByRole('button', { name: 'Upload', exact: true }).click();
      await expect.poll(() => connector().getByText('Import finished').isVisible()).toBe(true);
      await expect
        .poll(() =>
          connector()
            .getByText(/3 resources seen, 6 transitions/)
            .isVisible(),
        )
        .toBe(true);
      await expect.poll(() => connector().getByText('Succeeded').isVisible()).toBe(true);
      const runs = page.getByRole('table', { name: 'Recent runs' });
      await expect.poll(() => runs.getByText('Succeeded').count()).toBe(1);
      await shot(page, 'monitoring-01-integrations');
    });

    it('lists the failing critical check with its count, filtered in the URL', async () => {
      await go('/monitoring');
      const row = page.locator(`tr[data-check="${CHECK}"]`);
      await expect.poll(() => row.getByTestId('fail-count').textContent()).toBe('1');
      await choose(page, 'Severity', 'Critical');
      await page.waitForURL('**/monitoring?severity=critical');
      await expect.poll(() => row.isVisible()).toBe(true);
      expect(
        await page.locator('tr[data-check="vuln.scan_recent"]').count(),
        'medium checks are filtered out',
      ).toBe(0);
      await shot(page, 'monitoring-02-checks');
      await row.getByRole('link', { name: 'No fixable critical vulnerabilities' }).click();
      await page.waitForURL(`**/monitoring/checks/${CHECK}`);
    });

    it('shows the failing resource with its reason, attribute and values, and the history', async () => {
      await expect.poll(() => text('Failing now (1)').isVisible()).toBe(true);
      const failing = page.getByRole('table', { name: 'Failing resources' });
      await expect
        .poll(() => failing.getByText('debian-buster.tar.gz', { exact: false }).isVisible())
        .toBe(true);
      expect(await failing.getByText('1 critical vulnerability has a fix: CVE-2019-18224').count()).toBe(1);
      // Words, not ids: the attribute and the resource type as people read them.
      expect(await failing.getByText('Fixable counts › critical').count()).toBe(1);
      expect(await failing.getByText('Scanned image or repository · Trivy').count()).toBe(1);
      expect(await page.getByText('vuln.target').count()).toBe(0);
      await expect.poll(() => text('How to fix it').isVisible()).toBe(true);
      expect(await page.getByRole('table', { name: 'History' }).getByText('Now (open)').count()).toBe(1);
      await shot(page, 'monitoring-03-check-detail');
    });

    it('refuses a malformed export naming the file and line, and shows it as the last error', async () => {
      const broken = join(scratch, 'broken-trivy.json');
      writeFileSync(broken, '{"SchemaVersion": 2,\n "ArtifactName": "api",\n "Results": [\n  {"Target": ');
      await go('/integrations');
      await connector().locator('input[type="file"]').setInputFiles(broken);
      await connector().getByRole('button', { name: 'Upload', exact: true }).click();
      const fileInput = connector().getByRole('button', { name: 'Export file' });
      await expect.poll(() => fileInput.getAttribute('aria-invalid')).toBe('true');
      await expect
        .poll(() =>
          connector()
            .getByText(/^broken-trivy\.json: line 4: /)
            .first()
            .isVisible(),
        )
        .toBe(true);
      const lastError = connector().getByRole('alert').filter({ hasText: 'Last run failed' });
      await expect.poll(() => lastError.textContent()).toMatch(/broken-trivy\.json: line 4/);
      const runs = page.getByRole('table', { name: 'Recent runs' });
      await expect.poll(() => runs.getByText('Failed').count()).toBe(1);
      await shot(page, 'monitoring-04-upload-error');

      // The failed run changes no result: the critical check still fails, and beside that status the
      // page says its collector is failing.
      await go(`/monitoring/checks/${CHECK}`);
      await expect
        .poll(() =>
          page
            .getByText(/^Collector failing since /)
            .first()
            .isVisible(),
        )
        .toBe(true);
      expect(await page.getByText('Failing', { exact: true }).count()).toBeGreaterThan(0);
      await shot(page, 'monitoring-04b-collector-failing', false);
      await go('/monitoring');
      const row = page.locator(`tr[data-check="${CHECK}"]`);
      await expect.poll(() => row.getByTestId('fail-count').textContent()).toBe('1');
      // Once where it shows: the copy under the name is for phones (display: none at this width).
      expect(
        await row
          .getByText(/^Collector failing since /)
          .locator('visible=true')
          .count(),
      ).toBe(1);
    });

    it('uploads manual evidence linked to a control and verifies its hash', async () => {
      await go('/evidence');
      await page.getByRole('button', { name: 'Upload evidence' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Upload evidence' });
      await dialog.locator('input[type="file"]').setInputFiles({
        name: 'vulnerability-policy.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Critical vulnerabilities with a fix are patched within 15 days.\n'),
      });
      await dialog.getByLabel('Title').fill('Vulnerability management policy');
      await choose(page, 'Controls', /^OPS-02 /);
      await page.keyboard.press('Escape');
      await dialog.getByRole('button', { name: 'Upload evidence' }).click();
      const drawer = page.getByRole('dialog', { name: 'Evidence' });
      await expect.poll(() => drawer.getByText('Vulnerability management policy').isVisible()).toBe(true);
      await expect.poll(() => drawer.getByTestId('evidence-sha256').textContent()).toMatch(/^[0-9a-f]{64}$/);
      await drawer.getByRole('button', { name: 'Verify hash' }).click();
      await expect.poll(() => drawer.getByText('Hash verified').isVisible()).toBe(true);
      await shot(page, 'monitoring-05-evidence-verified', false);

      await drawer.getByRole('link', { name: 'OPS-02' }).click();
      await page.waitForURL('**/controls/*');
      const checks = page.getByRole('region', { name: 'Automated checks' });
      await expect
        .poll(() => checks.getByRole('link', { name: 'No fixable critical vulnerabilities' }).isVisible())
        .toBe(true);
      const evidence = page.getByRole('region', { name: 'Evidence' });
      await expect.poll(() => evidence.getByText('Vulnerability management policy').isVisible()).toBe(true);
      await shot(page, 'monitoring-06-control');
    });

    it('shows failing checks beside the control status, warns before Implemented, and on the dashboard', async () => {
      // Still on OPS-02, whose critical-vulnerability check fails.
      const facts = page.getByText('Checks failing', { exact: true }).first();
      await expect.poll(() => facts.isVisible()).toBe(true);
      const form = page.getByRole('form', { name: 'Edit control' });
      await choose(page, 'Status', 'Implemented');
      const warning = form.getByTestId('failing-checks-warning');
      await expect.poll(() => warning.isVisible()).toBe(true);
      expect(await warning.textContent()).toMatch(/will not count toward readiness until its checks pass/);
      await shot(page, 'monitoring-06b-implemented-warning', false);
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      await expect
        .poll(() => form.getByRole('button', { name: 'Save', exact: true }).isDisabled())
        .toBe(true);

      await go('/');
      const panel = page.getByRole('region', { name: 'Monitoring' });
      await expect
        .poll(() => panel.getByRole('link', { name: /^Critical: \d+ checks?$/ }).isVisible())
        .toBe(true);
      expect(
        await panel
          .getByRole('link', { name: /1 connector failed on the last run: Production images/ })
          .count(),
      ).toBe(1);
      // Implemented but failing: no credit, and the page says why.
      await expect.poll(() => page.getByTestId('stat-readiness').textContent()).toBe('0%');
      expect(await page.getByTestId('readiness-rule').textContent()).toMatch(
        /1 implemented control does not count because a check is failing/,
      );
      // The Type II window started 60 days ago: the engagement reads Observation without any edit.
      expect(await text('Observation').isVisible()).toBe(true);
      await shot(page, 'monitoring-06c-dashboard-monitoring');
      await panel.getByRole('link', { name: /^Critical: \d+ checks?$/ }).click();
      await page.waitForURL(/\/monitoring\?(?=.*status=failing)(?=.*severity=critical)/);
      await expect.poll(() => page.locator(`tr[data-check="${CHECK}"]`).count()).toBe(1);
      // The controls list shows the failure beside the status too.
      await go('/controls?q=OPS-02');
      const row = page.getByRole('row').filter({ hasText: 'OPS-02' });
      // At desktop width the copy of the status under the name (for phones) is hidden: count what shows.
      const shown = (text: string) => row.getByText(text, { exact: true }).filter({ visible: true });
      await expect.poll(() => shown('Checks failing').count()).toBe(1);
      expect(await shown('Implemented').count()).toBe(1);
      await shot(page, 'monitoring-06d-controls-list', false);
    });

    it('opens effectiveness from the dashboard: chart, worst-first table, exceptions and CSV', async () => {
      await go('/');
      const download = page.getByRole('link', { name: 'Download audit package' });
      expect(await download.getAttribute('href')).toBe(`/api/engagements/${engagementId}/package`);
      const archive = await context.request.get(`${base}/api/engagements/${engagementId}/package`);
      expect(archive.headers()['content-type']).toBe('application/gzip');
      expect([...(await archive.body()).subarray(0, 2)], 'gzip magic').toEqual([0x1f, 0x8b]);
      await page.getByRole('link', { name: 'Operating effectiveness' }).click();
      await page.waitForURL(`**/engagements/${engagementId}/effectiveness`);
      const table = page.getByRole('table', { name: 'Operating effectiveness by control' });
      await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(1);
      const firstRow = table.getByRole('row').nth(1);
      expect(await firstRow.getByText('Exception').count(), 'worst first').toBe(1);
      await expect.poll(() => page.locator('.recharts-surface').first().isVisible()).toBe(true);
      const exceptions = page.getByRole('table', { name: 'Exceptions' });
      await expect.poll(() => exceptions.getByText('Still failing').count()).toBeGreaterThan(0);
      const csv = await context.request.get(`${base}/api/engagements/${engagementId}/effectiveness.csv`);
      expect(await csv.text()).toContain(CHECK);
      expect(await page.getByRole('link', { name: 'Export exceptions (CSV)' }).getAttribute('href')).toBe(
        `/api/engagements/${engagementId}/effectiveness.csv`,
      );
      await shot(page, 'monitoring-07-effectiveness');

      await page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(() => page.getByRole('button', { name: 'Open navigation' }).isVisible()).toBe(true);
      await shot(page, 'monitoring-08-effectiveness-phone', false);
      await go('/monitoring');
      await expect.poll(() => page.locator(`tr[data-check="${CHECK}"]`).count()).toBe(1);
      await shot(page, 'monitoring-09-checks-phone', false);
      await page.setViewportSize({ width: 1366, height: 900 });
    });

    it('adds a signed webhook alert channel, shows its secret once, and sends a test', async () => {
      await go('/settings/alerts');
      await choose(page, 'Kind', 'Webhook (signed)');
      await page.getByLabel(/^Name/).fill('SIEM webhook');
      await page.getByLabel(/^URL/).fill('http://127.0.0.1:9/vigil');
      await page.getByRole('button', { name: 'Add channel' }).click();
      await expect.poll(() => page.getByTestId('webhook-secret').textContent()).toMatch(/\S{20,}/);
      await shot(page, 'monitoring-10-webhook-secret', false);
      await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
      const channels = page.getByRole('table', { name: 'Alert channels' });
      await expect.poll(() => channels.getByText('SIEM webhook').isVisible()).toBe(true);
      // The secret is not shown again once its dialog is closed.
      await expect.poll(() => page.getByTestId('webhook-secret').count()).toBe(0);
      await channels.getByRole('button', { name: 'Send test' }).click();
      await expect.poll(() => channels.getByText(/^Test (sent|failed)/).isVisible()).toBe(true);
      await shot(page, 'monitoring-11-alerts');
    });

    it('adds a live GitHub connector from its generated form and runs it against a loopback API', async () => {
      const github = await startApiServer(githubApi());
      try {
        await go('/integrations');
        await page.getByRole('button', { name: 'Add connector' }).click();
        await choose(page, 'Kind', 'GitHub organization (live, REST API)');
        const form = page.getByRole('form', { name: 'Add a connector' });
        await form.getByLabel(/^Name/).fill('GitHub org');
        await form.getByLabel(/^Organization/).fill('github');
        await form.getByLabel(/^API URL/).fill(github.base);
        const token = form.getByLabel(/^Token/);
        expect(await token.getAttribute('type')).toBe('password');
        await token.fill(GITHUB_TEST_TOKEN);
        await form.getByRole('button', { name: 'Add connector' }).click();
        const live = page.getByRole('region', { name: 'GitHub org' });
        await expect.poll(() => live.getByText('Credentials set').isVisible()).toBe(true);
        await live.getByRole('button', { name: 'Run now' }).click();
        await expect
          .poll(
            () =>
              live
                .getByRole('status')
                .filter({ hasText: /^Run succeeded: 4 resources/ })
                .isVisible(),
            {
              timeout: 30_000,
            },
          )
          .toBe(true);
        await expect.poll(() => live.getByText('Succeeded', { exact: true }).isVisible()).toBe(true);
        expect(await page.content()).not.toContain(GITHUB_TEST_TOKEN);

        // Replacing the token with a revoked one: the next run fails and says why.
        await live.getByRole('button', { name: 'Settings and credentials' }).click();
        const dialog = page.getByRole('dialog');
        expect(await dialog.getByLabel(/^Token/).inputValue()).toBe('');
        expect(await dialog.getByLabel(/^Organization/).inputValue()).toBe('github');
        await dialog.getByLabel(/^Token/).fill('ghp_revoked');
        await dialog.getByRole('button', { name: 'Save settings' }).click();
        await expect.poll(() => dialog.isVisible()).toBe(false);
        await live.getByRole('button', { name: 'Run now' }).click();
        const lastError = live.getByRole('alert').filter({ hasText: 'Last run failed' });
        await expect.poll(() => lastError.textContent()).toMatch(/401 Bad credentials/);
        await shot(page, 'monitoring-12-live-connector');
      } finally {
        await github.close();
      }
    });

    it('chooses the columns of an HR roster from the export itself, remembers them and imports it', async () => {
      const roster = join(scratch, 'people.csv');
      writeFileSync(
        roster,
        'Mail,State,Joined,Left\nana@acme.test,Active,03/01/2024,\nbo@acme.test,Terminated,01/15/2020,02/01/2024\n',
      );
      await go('/integrations');
      await page.getByRole('button', { name: 'Add connector' }).click();
      await choose(page, 'Kind', 'HRIS roster: BambooHR (custom report)');
      const form = page.getByRole('form', { name: 'Add a connector' });
      await form.getByLabel(/^Name/).fill('People');
      await form.getByRole('button', { name: 'Add connector' }).click();
      const people = page.getByRole('region', { name: 'People' });
      await expect.poll(() => people.getByText('Never run').isVisible()).toBe(true);

      await people.locator('input[type="file"]').setInputFiles(roster);
      await people.getByRole('button', { name: 'Choose columns from this file' }).click();
      const dialog = page.getByRole('dialog', { name: 'Columns of People' });
      // The file's own names are offered, and each required field without a usual name says so.
      await expect
        .poll(() => dialog.getByText('Your file has no column with the usual name: choose one').count())
        .toBe(4);
      for (const [label, column] of [
        ['Work email', 'Mail'],
        ['Employment status', 'State'],
        ['Start date', 'Joined'],
        ['Termination date', 'Left'],
      ] as const) {
        await dialog.getByLabel(new RegExp(`^${label}`)).fill(column);
      }
      await expect
        .poll(() => dialog.getByText('Your file has no column with the usual name: choose one').count())
        .toBe(0);
      await shot(page, 'monitoring-13-choose-columns', false);
      await dialog.getByRole('button', { name: 'Save columns' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);

      await people.getByRole('button', { name: 'Upload', exact: true }).click();
      await expect.poll(() => people.getByText('Import finished').isVisible()).toBe(true);
      await expect.poll(() => people.getByText(/people\.csv: 2 resources seen/).isVisible()).toBe(true);

      // Remembered: the settings open with the chosen columns.
      await people.getByRole('button', { name: 'Choose columns', exact: true }).click();
      expect(await dialog.getByLabel(/^Work email/).inputValue()).toBe('Mail');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    });
  },
);
